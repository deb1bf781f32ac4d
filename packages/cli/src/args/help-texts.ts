import type { Language } from "@lontar/core";
import type { PlanOutputFile } from "@lontar/planner";
import type { FormatName } from "../format/format-names.js";

/** A help text in English and Bahasa Indonesia. */
interface HelpText {
  /** English. */
  readonly en: string;
  /** Bahasa Indonesia. */
  readonly id: string;
}

/**
 * Each format as `lontar check --help` names it, with what reads it: keyed by the format
 * names, so a format added is a type error here until the help names it. A type import
 * only: the help loads no formatter.
 */
const FORMAT_HELP: Readonly<Record<FormatName, HelpText>> = {
  stylish: { en: "stylish (default)", id: "stylish (bawaan)" },
  json: { en: "json", id: "json" },
  sarif: { en: "sarif (GitHub code scanning)", id: "sarif (GitHub code scanning)" },
  github: { en: "github (annotations)", id: "github (anotasi)" },
  junit: { en: "junit (test reports)", id: "junit (laporan tes)" },
  codequality: { en: "codequality (GitLab Code Quality: findings on a merge request's diff)", id: "codequality (GitLab Code Quality: temuan pada diff merge request)" },
};

/** The formats of `--format`, wrapped in the help's column of option descriptions (26 columns in). */
function formatList(language: Language): string {
  const list = Object.values(FORMAT_HELP).map((format) => format[language]).join(", ");
  return wrapped(list, 78 - 26).split("\n").join(`\n${" ".repeat(26)}`);
}

/**
 * What `plan --out` writes, as `lontar plan --help` names it: keyed by the planner's own list
 * of its output files (PLAN_OUTPUT_FILES, which writePlanOutputs owns its folder by), so a file
 * the writer gains is a type error here until the help names it. A type import only: the help
 * loads no planner.
 */
const PLAN_FILES: Readonly<Record<PlanOutputFile, HelpText>> = {
  "plan.json": { en: "plan.json", id: "plan.json" },
  "plan.xlsx": { en: "plan.xlsx (up to 100,000 sessions)", id: "plan.xlsx (sampai 100.000 sesi)" },
  "calendar.ics": { en: "calendar.ics", id: "calendar.ics" },
  "calendars/*.ics": { en: "calendars/*.ics (one per library, resource and partner)", id: "calendars/*.ics (satu per perpustakaan, sumber daya dan mitra)" },
  "occurrences.csv": { en: "occurrences.csv", id: "occurrences.csv" },
  "index.html": { en: "index.html (the report)", id: "index.html (laporannya)" },
};

/** `text` wrapped at `width` columns, at spaces. */
function wrapped(text: string, width = 78): string {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(" ")) {
    if (line.length > 0 && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line.length > 0 ? `${line} ${word}` : word;
  }
  return [...lines, line].join("\n");
}

/** The sentence of `lontar plan --help` that names every file `plan --out` writes. */
function planWrites(language: Language): string {
  const files = Object.values(PLAN_FILES).map((f) => f[language]);
  const list = `${files.slice(0, -1).join(", ")} ${language === "id" ? "dan" : "and"} ${files[files.length - 1] ?? ""}`;
  return wrapped(language === "id" ? `Rencanakan ruang kerja dan tulis ke <folder>: ${list}.` : `Plan a workspace and write into <dir>: ${list}.`);
}

/** The overview printed by `lontar help` and `lontar --help`, in both languages. */
export const MAIN_USAGE: HelpText = {
  en: `Usage: lontar <command> [options]

Commands:
  check [paths…]     check .lontar files (default: the current folder)
  fmt [paths…]       format .lontar files (--check or --write: the current folder)
  plan [paths…]      plan a workspace and write calendars (--out DIR)
  explain <CODE|KW>  explain a diagnostic code or a keyword, e.g. lontar explain LON2001
  init [dir]         create a starter workspace (--lang en|id)
  demo [example]     plan an example workspace and show where the results are
  lsp --stdio        run the language server for editors (VS Code, Neovim, Helix, Zed)
  help [command]     show help for a command

Options:
  -h, --help         show help
  -v, --version      print the version

Messages are in English or Bahasa Indonesia: --lang en|id, else LC_ALL, LC_MESSAGES or
LANG (id_* gives Bahasa Indonesia).

Exit codes: check: 0 no errors (warnings pass, unless more than --max-warnings),
1 errors found or too many warnings; fmt --check: 1 when a file would change;
plan: 1 when the workspace has errors (no plan is made), else 0 once its files
are written, whatever the plan holds; every command: 2 usage or I/O error.
`,
  id: `Penggunaan: lontar <perintah> [opsi]

Perintah:
  check [path…]        periksa berkas .lontar (bawaan: folder saat ini)
  fmt [path…]          format berkas .lontar (--check atau --write: folder saat ini)
  plan [path…]         rencanakan ruang kerja dan tulis kalender (--out FOLDER)
  explain <KODE|KATA>  jelaskan kode diagnostik atau kata kunci, mis. lontar explain LON2001
  init [folder]        buat ruang kerja awal (--lang en|id)
  demo [contoh]        rencanakan ruang kerja contoh dan tunjukkan letak hasilnya
  lsp --stdio          jalankan server bahasa untuk editor (VS Code, Neovim, Helix, Zed)
  help [perintah]      tampilkan bantuan sebuah perintah

Opsi:
  -h, --help           tampilkan bantuan
  -v, --version        cetak versi

Pesan dalam bahasa Inggris atau Bahasa Indonesia: --lang en|id, atau LC_ALL, LC_MESSAGES
atau LANG (id_* memberi Bahasa Indonesia).

Kode keluar: check: 0 tanpa galat (peringatan lolos, kecuali melebihi
--max-warnings), 1 ada galat atau peringatan terlalu banyak; fmt --check: 1 bila
ada berkas yang akan berubah; plan: 1 bila ruang kerjanya memiliki galat (tidak ada
rencana yang dibuat), selain itu 0 setelah berkasnya ditulis, apa pun isi rencananya;
semua perintah: 2 galat penggunaan atau I/O.
`,
};

const LANG_OPTION: HelpText = {
  en: `  -l, --lang <en|id>      language of the messages (default: from LC_ALL,
                          LC_MESSAGES or LANG; id_* gives Bahasa Indonesia);
                          a locale is read too (id_ID, id-ID, en_US)`,
  id: `  -l, --lang <en|id>      bahasa pesan (bawaan: dari LC_ALL, LC_MESSAGES
                          atau LANG; id_* memberi Bahasa Indonesia); lokal
                          juga dibaca (id_ID, id-ID, en_US)`,
};

/** Usage text of each command, in both languages, printed by `lontar <command> --help` and on usage errors. */
export const COMMAND_USAGE = {
  check: {
    en: `Usage: lontar check [paths…] [options]

Check .lontar files (folders are searched for *.lontar) and report problems.
With no path, check the current folder, as \`lontar check .\` does.

Options:
  -f, --format <name>     ${formatList("en")}
  -q, --quiet             report errors only
      --max-warnings <n>  exit 1 when there are more than n warnings
      --fix               write the certain fixes (a mistake with one spelling)
                          into the files named, then report what is left
      --static            language checks only, without planning compliance
      --max-occurrences <n>
                          refuse to plan compliance for a workspace of more
                          than n occurrences in the horizon (default 2,000,000)
      --color, --no-color force colour on or off
${LANG_OPTION.en}
  -h, --help              show this help

Exit codes: 0 no errors (warnings and notes pass, unless more warnings than
--max-warnings), 1 errors found or too many warnings, 2 usage or I/O error
(a path that does not exist, an unknown option).
`,
    id: `Penggunaan: lontar check [path…] [opsi]

Periksa berkas .lontar (folder ditelusuri untuk *.lontar) dan laporkan masalahnya.
Tanpa path, periksa folder saat ini, seperti \`lontar check .\`.

Opsi:
  -f, --format <nama>     ${formatList("id")}
  -q, --quiet             laporkan galat saja
      --max-warnings <n>  keluar dengan 1 bila ada lebih dari n peringatan
      --fix               tulis perbaikan yang pasti (kesalahan dengan satu ejaan)
                          ke berkas yang disebut, lalu laporkan sisanya
      --static            pemeriksaan bahasa saja, tanpa merencanakan kepatuhan
      --max-occurrences <n>
                          tolak merencanakan kepatuhan ruang kerja yang punya
                          lebih dari n pelaksanaan di cakrawala (bawaan 2.000.000)
      --color, --no-color paksa warna hidup atau mati
${LANG_OPTION.id}
  -h, --help              tampilkan bantuan ini

Kode keluar: 0 tanpa galat (peringatan dan catatan lolos, kecuali peringatan
melebihi --max-warnings), 1 ada galat atau peringatan terlalu banyak, 2 galat
penggunaan atau I/O (path yang tidak ada, opsi yang tidak dikenal).
`,
  },
  fmt: {
    en: `Usage: lontar fmt [paths…] [--check | --write]

Format .lontar files. Without an option, print the formatted text; with --check
or --write and no path, the .lontar files of the current folder.

Options:
      --check             list the files that would change; exit 1 if any would
      --write             rewrite the files in place
${LANG_OPTION.en}
  -h, --help              show this help
`,
    id: `Penggunaan: lontar fmt [path…] [--check | --write]

Format berkas .lontar. Tanpa opsi, cetak teks yang sudah diformat; dengan --check
atau --write tanpa path, berkas .lontar folder ini.

Opsi:
      --check             daftar berkas yang akan berubah; keluar dengan 1 bila ada
      --write             tulis ulang berkasnya di tempat
${LANG_OPTION.id}
  -h, --help              tampilkan bantuan ini
`,
  },
  plan: {
    en: `Usage: lontar plan [paths…] --out <dir> [options]

${planWrites("en")}
With no path, plan the current folder, as \`lontar plan . --out <dir>\` does.
Exits 0 once the plan is written, even when it cannot hold every session or
keep every agreement (its summary says so): to fail on those, run lontar check.

Options:
  -o, --out <dir>     where to write the results (required); a folder already
                      there keeps every file lontar did not write (its list is
                      .lontar-plan-files.json), and a file of an output's name
                      that lontar did not write stops the run
      --from <date>   first day of the horizon (YYYY-MM-DD; default: the
                      workspace's horizon, else the earliest agreement's start)
      --to <date>     last day of the horizon (YYYY-MM-DD; default: the
                      workspace's horizon, else the latest agreement's end).
                      A workspace with no horizon takes both as its horizon:
                      schedules without \`from\` start at --from
      --seed <n>      seed for the search (default 1)
      --threads <n>   worker threads (1-64; the plan is the same for any n).
                      Default: one fewer than the cores, at most 8, for
                      workspaces of 500+ programs; else this thread only
      --max-occurrences <n>
                      refuse a workspace whose schedules give more than n
                      occurrences in the horizon (default 2,000,000)
  -l, --lang <en|id>  language of the report, calendars and spreadsheets
                      (default: the language the workspace is written in),
                      and of the messages (default: from LC_ALL, LC_MESSAGES
                      or LANG)
      --csv-separator <,|;|tab>
                      field separator of occurrences.csv (default: ';'
                      for a workspace in Bahasa Indonesia, ',' otherwise)
  -h, --help          show this help
`,
    id: `Penggunaan: lontar plan [path…] --out <folder> [opsi]

${planWrites("id")}
Tanpa path, rencanakan folder saat ini, seperti \`lontar plan . --out <folder>\`.
Keluar dengan 0 setelah rencananya ditulis, meski tidak semua sesi tertampung
atau tidak semua kesepakatan terpenuhi (ringkasannya menyebutkannya): untuk
gagal karena itu, jalankan lontar check.

Opsi:
  -o, --out <folder>  tempat menulis hasilnya (wajib); folder yang sudah ada
                      menyimpan setiap berkas yang tidak ditulis lontar
                      (daftarnya .lontar-plan-files.json), dan berkas bernama
                      seperti keluaran yang tidak ditulis lontar menghentikannya
      --from <tgl>    hari pertama cakrawala (YYYY-MM-DD; bawaan: cakrawala
                      ruang kerja, atau awal kesepakatan yang paling awal)
      --to <tgl>      hari terakhir cakrawala (YYYY-MM-DD; bawaan: cakrawala
                      ruang kerja, atau akhir kesepakatan yang paling akhir).
                      Ruang kerja tanpa cakrawala memakai keduanya sebagai
                      cakrawala: jadwal tanpa \`mulai\` dimulai pada --from
      --seed <n>      benih pencarian (bawaan 1)
      --threads <n>   utas pekerja (1-64; rencananya sama untuk n berapa pun).
                      Bawaan: satu kurang dari jumlah inti, paling banyak 8,
                      untuk ruang kerja 500+ program; selain itu utas ini saja
      --max-occurrences <n>
                      tolak ruang kerja yang jadwalnya memberi lebih dari n
                      pelaksanaan di cakrawala (bawaan 2.000.000)
  -l, --lang <en|id>  bahasa laporan, kalender dan lembar kerja (bawaan:
                      bahasa penulisan ruang kerja), dan bahasa pesan
                      (bawaan: dari LC_ALL, LC_MESSAGES atau LANG)
      --csv-separator <,|;|tab>
                      pemisah kolom occurrences.csv (bawaan: ';' untuk
                      ruang kerja berbahasa Indonesia, ',' selain itu)
  -h, --help          tampilkan bantuan ini
`,
  },
  explain: {
    en: `Usage: lontar explain <CODE|KEYWORD> [--lang en|id]

Show the documentation of a diagnostic code, e.g. lontar explain LON2001 (or 2001), or of a
keyword in either language (a declaration's, a property's with its allowed values, a
schedule's or an agreement's), e.g. lontar explain tier or lontar explain jenjang.

Options:
  -l, --lang <en|id>  language of a code's page (default: from LC_ALL,
                      LC_MESSAGES or LANG); a keyword is explained in its
                      own language, one spelled alike in both (kpi,
                      program) in this one
  -h, --help          show this help
`,
    id: `Penggunaan: lontar explain <KODE|KATA_KUNCI> [--lang en|id]

Tampilkan dokumentasi kode diagnostik, mis. lontar explain LON2001 (atau 2001), atau kata kunci
dalam salah satu bahasa (deklarasi, properti beserta nilai yang diizinkan, jadwal atau
kesepakatan), mis. lontar explain tier atau lontar explain jenjang.

Opsi:
  -l, --lang <en|id>  bahasa halaman kode (bawaan: dari LC_ALL, LC_MESSAGES
                      atau LANG); kata kunci dijelaskan dalam bahasanya
                      sendiri, dan kata kunci yang sama ejaannya dalam
                      kedua bahasa (kpi, program) dalam bahasa pilihan ini
  -h, --help          tampilkan bantuan ini
`,
  },
  init: {
    en: `Usage: lontar init [dir] [--lang en|id] [--year YYYY]

Create a starter workspace (a library, a partner, a program and an agreement) in dir
(default: the current folder). Existing files are never overwritten.

Options:
  -l, --lang <en|id>  keyword language: English or Bahasa Indonesia (default: the
                      language of LC_ALL / LC_MESSAGES / LANG, else en)
  -y, --year <YYYY>   the year of the starter's dates, e.g. next year's (default 2026)
  -h, --help          show this help
`,
    id: `Penggunaan: lontar init [folder] [--lang en|id] [--year TTTT]

Buat ruang kerja awal (perpustakaan, mitra, program dan kesepakatan) di folder
(bawaan: folder saat ini). Berkas yang sudah ada tidak pernah ditimpa.

Opsi:
  -l, --lang <en|id>  bahasa kata kunci: Inggris atau Bahasa Indonesia (bawaan: bahasa
                      LC_ALL / LC_MESSAGES / LANG, selain itu en)
  -y, --year <TTTT>   tahun tanggal-tanggal contohnya, misalnya tahun depan (bawaan 2026)
  -h, --help          tampilkan bantuan ini
`,
  },
  demo: {
    en: `Usage: lontar demo [<dir>|<example>] [--out <dir>]

Plan an example workspace, print a summary and where the calendar and the HTML page were
written. <dir> is a workspace folder; <example> one of the examples shipped with lontar:
langsa, ntt-plm-2019, solok-interaksi, solok-rakor-2019 or watualang (the default;
solok-rakor-2019, written in Bahasa Indonesia, for a reader of it).

Options:
  -o, --out <dir>     where to write the results (default: a new temporary folder)
  -l, --lang <en|id>  language of the outputs and messages
  -h, --help          show this help
`,
    id: `Penggunaan: lontar demo [<folder>|<contoh>] [--out <folder>]

Rencanakan ruang kerja contoh, cetak ringkasannya dan letak kalender serta halaman HTML
yang ditulis. <folder> adalah folder ruang kerja; <contoh> salah satu contoh yang disertakan
lontar: langsa, ntt-plm-2019, solok-interaksi, solok-rakor-2019 (bawaan dalam Bahasa
Indonesia, bahasa penulisannya) atau watualang (bawaan dalam bahasa Inggris).

Opsi:
  -o, --out <folder>  tempat menulis hasilnya (bawaan: folder sementara yang baru)
  -l, --lang <en|id>  bahasa hasil dan pesan
  -h, --help          tampilkan bantuan ini
`,
  },
  lsp: {
    en: `Usage: lontar lsp --stdio [--lang en|id]

Run the Lontar language server over stdin and stdout, for editors that speak the
Language Server Protocol (VS Code, Neovim, Helix, Zed). It serves the workspace folder
the editor opens.

Options:
      --stdio         talk over stdin and stdout (the only transport)
  -l, --lang <en|id>  language of the server's texts, unless the editor's settings name one
                      (default: the editor's locale, else LC_ALL / LC_MESSAGES / LANG)
  -h, --help          show this help
`,
    id: `Penggunaan: lontar lsp --stdio [--lang en|id]

Jalankan server bahasa Lontar lewat stdin dan stdout, untuk editor yang mendukung
Language Server Protocol (VS Code, Neovim, Helix, Zed). Server melayani folder ruang
kerja yang dibuka editor.

Opsi:
      --stdio         berkomunikasi lewat stdin dan stdout (satu-satunya jalur)
  -l, --lang <en|id>  bahasa teks server, kecuali pengaturan editor menyebutkannya
                      (bawaan: locale editor, lalu LC_ALL / LC_MESSAGES / LANG)
  -h, --help          tampilkan bantuan ini
`,
  },
  help: {
    en: `Usage: lontar help [command]

Show help for lontar or for one command.
`,
    id: `Penggunaan: lontar help [perintah]

Tampilkan bantuan lontar atau sebuah perintah.
`,
  },
} as const satisfies Readonly<Record<string, HelpText>>;

/** The name of a lontar command. */
export type CommandName = keyof typeof COMMAND_USAGE;

/** Whether `name` is a lontar command. */
export function isCommandName(name: string): name is CommandName {
  return Object.hasOwn(COMMAND_USAGE, name);
}

/** The usage text of `command` (the overview when undefined) in `language`. */
export function usageText(command: CommandName | undefined, language: Language): string {
  return (command === undefined ? MAIN_USAGE : COMMAND_USAGE[command])[language];
}
