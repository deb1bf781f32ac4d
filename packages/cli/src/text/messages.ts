/**
 * Every sentence the CLI prints of its own — usage errors, I/O errors, summaries, progress
 * labels, the words of the stylish report — in English and Bahasa Indonesia, one entry a
 * message. Templates name their arguments in braces, as the diagnostics' code table does
 * (core's `fillTemplate` fills them); both languages of an entry use the same names.
 * Diagnostics keep their own table in @lontar/core; help texts are in args/help-texts.ts.
 */

/** A text in English and Bahasa Indonesia: `L(english, indonesian)`. */
function L<const En extends string, const Id extends string>(en: En, id: Id): { readonly en: En; readonly id: Id } {
  return { en, id };
}

/** The CLI's messages by key. */
export const CLI_MESSAGES = {
  // Bad usage (exit 2, printed with the command's usage line and where its help is).
  "usage.missingCommand": L("missing command", "perintah belum disebut"),
  "usage.moreHelp": L("For its options: lontar {command} --help", "Opsi-opsinya: lontar {command} --help"),
  "usage.unknownOption": L("unknown option '{option}'", "opsi tidak dikenal '{option}'"),
  "usage.unknownCommand": L("unknown command '{command}'", "perintah tidak dikenal '{command}'"),
  "usage.unknownOptionNear": L("unknown option '{option}'; did you mean `{near}`?", "opsi tidak dikenal '{option}'; maksud Anda `{near}`?"),
  "usage.unknownCommandNear": L("unknown command '{command}'; did you mean `{near}`?", "perintah tidak dikenal '{command}'; maksud Anda `{near}`?"),
  "usage.optionTwice": L("option '{option}' is given twice, '{first}' then '{second}'; give it once", "opsi '{option}' diberikan dua kali, '{first}' lalu '{second}'; berikan sekali saja"),
  "usage.unexpectedArgument": L("unexpected argument '{argument}'", "argumen tak terduga '{argument}'"),
  "usage.optionNeedsValue": L("option '{option}' needs a value", "opsi '{option}' memerlukan nilai"),
  "usage.optionTakesNoValue": L("option '{option}' takes no value", "opsi '{option}' tidak menerima nilai"),
  "usage.badOption": L("invalid option '{option}'", "opsi tidak sah '{option}'"),
  "usage.optionValueDash": L("option '{option}' needs a value, and what follows it starts with '-'; a value that starts with '-' is written '{option}=-…'", "opsi '{option}' memerlukan nilai, dan yang mengikutinya diawali '-'; nilai yang diawali '-' ditulis '{option}=-…'"),
  "usage.wholeNumber": L("--{name} expects a whole number, got '{value}'", "--{name} memerlukan bilangan bulat, bukan '{value}'"),
  "usage.negativeMaxWarnings": L(
    "--max-warnings expects a whole number, got '{value}': 0 or more; to allow any number of warnings, leave the option out",
    "--max-warnings memerlukan bilangan bulat, bukan '{value}': 0 atau lebih; agar peringatan berapa pun diterima, jangan pakai opsinya",
  ),
  "usage.atLeastOne": L("--{name} expects at least 1", "--{name} memerlukan paling sedikit 1"),
  "usage.year": L("--year expects a year such as 2027, got '{value}'", "--year memerlukan tahun seperti 2027, bukan '{value}'"),
  "usage.lang": L("--lang expects en or id, got '{value}'", "--lang memerlukan en atau id, bukan '{value}'"),
  "usage.langTookPath": L(
    "--lang expects en or id, got '{value}', a path: --lang was given no value and took the next argument; write --lang en or --lang id",
    "--lang memerlukan en atau id, bukan '{value}', sebuah path: --lang tidak diberi nilai dan mengambil argumen berikutnya; tulis --lang en atau --lang id",
  ),
  "usage.unknownFormat": L("unknown format '{format}' (expected {formats})", "format tidak dikenal '{format}' (pilihan: {formats})"),
  "usage.unknownFormatNear": L("unknown format '{format}'; did you mean `{near}`?", "format tidak dikenal '{format}'; maksud Anda `{near}`?"),
  "usage.unknownFormatGitlab": L(
    "unknown format '{format}'; GitLab reads `--format codequality` (findings on a merge request's diff) and `--format junit` (the pipeline's Tests tab)",
    "format tidak dikenal '{format}'; GitLab membaca `--format codequality` (temuan pada diff merge request) dan `--format junit` (tab Tests pipeline)",
  ),
  "usage.unknownFormatFor": L("unknown format '{format}'; {tool} reads `--format {near}`", "format tidak dikenal '{format}'; {tool} membaca `--format {near}`"),
  "usage.missingFmtPath": L(
    "missing path: name the .lontar files or folders whose formatted text to print, or give --check or --write to check or format this folder's",
    "path belum disebut: sebutkan berkas atau folder .lontar yang teks terformatnya akan ditampilkan, atau beri --check atau --write untuk memeriksa atau memformat folder ini",
  ),
  "usage.missingDemoPath": L("missing path: name an example workspace, e.g. examples/watualang", "path belum disebut: sebutkan ruang kerja contoh, mis. examples/watualang"),
  "usage.initNotFolder": L("`{path}` is a file: lontar init makes a folder for a new workspace; name a folder, e.g. lontar init my-library", "`{path}` adalah berkas: lontar init membuat folder untuk ruang kerja baru; sebutkan sebuah folder, mis. lontar init perpustakaan-saya"),
  "usage.unknownDemo": L("no folder `{name}`, and no example of that name; the examples shipped with lontar: {examples}", "tidak ada folder `{name}`, dan tidak ada contoh bernama itu; contoh yang disertakan lontar: {examples}"),
  "usage.missingCode": L("missing diagnostic code or keyword", "kode diagnostik atau kata kunci belum disebut"),
  "usage.checkAndWrite": L("--check and --write cannot be used together", "--check dan --write tidak dapat dipakai bersamaan"),
  "usage.missingOut": L("missing --out <dir>", "--out <folder> belum disebut"),
  "usage.fromAfterTo": L("--from {from} is after --to {to}", "--from {from} jatuh setelah --to {to}"),
  "usage.horizonTooLong": L(
    "the horizon {from}..{to} spans more than {max} years; a plan covers at most {max}: check the years of --from and --to",
    "cakrawala {from}..{to} mencakup lebih dari {max} tahun; sebuah rencana mencakup paling lama {max} tahun: periksa tahun --from dan --to",
  ),
  "usage.horizonTooLongAgreements": L(
    "with no horizon declared, the plan covers the agreements' validity, {from}..{to}, more than {max} years; a plan covers at most {max}: declare a horizon, give --from and --to, or check the years of the agreements",
    "tanpa cakrawala yang dideklarasikan, rencana mencakup masa berlaku kesepakatan, {from}..{to}, lebih dari {max} tahun; sebuah rencana mencakup paling lama {max} tahun: deklarasikan cakrawala, berikan --from dan --to, atau periksa tahun kesepakatannya",
  ),
  "usage.threads": L("--threads expects 1 to 64, got '{value}'", "--threads memerlukan 1 sampai 64, bukan '{value}'"),
  "usage.csvSeparator": L("--csv-separator expects ',', ';' or tab, got '{value}'", "--csv-separator memerlukan ',', ';' atau tab, bukan '{value}'"),
  "usage.date": L("--{name} expects a date YYYY-MM-DD, got '{value}'", "--{name} memerlukan tanggal YYYY-MM-DD, bukan '{value}'"),
  "usage.dateDayFirst": L("--{name} expects a date YYYY-MM-DD, got '{value}': write --{name} {date}", "--{name} memerlukan tanggal YYYY-MM-DD, bukan '{value}': tulis --{name} {date}"),
  "usage.noSuchDay": L("--{name} {value} is no day on the calendar: {month} has {days} days", "--{name} {value} tidak ada di kalender: {month} memiliki {days} hari"),
  "usage.fromAfterEnd": L(
    "--from {from} is after the last day to plan, {to} (the workspace's horizon, else its agreements' end): give --to as well, or an earlier --from",
    "--from {from} jatuh setelah hari terakhir yang direncanakan, {to} (cakrawala ruang kerja, atau akhir kesepakatannya): berikan juga --to, atau --from yang lebih awal",
  ),
  "usage.toBeforeStart": L(
    "--to {to} is before the first day to plan, {from} (the workspace's horizon, else its agreements' start): give --from as well, or a later --to",
    "--to {to} jatuh sebelum hari pertama yang direncanakan, {from} (cakrawala ruang kerja, atau awal kesepakatannya): berikan juga --from, atau --to yang lebih akhir",
  ),
  "usage.missingStdio": L("missing --stdio (the only transport)", "--stdio belum disebut (satu-satunya jalur)"),
  "usage.outHoldsCwd": L("--out {dir} holds the working directory: name a folder of its own for the results", "--out {dir} memuat direktori kerja: sebutkan folder tersendiri untuk hasilnya"),
  "usage.outIsInput": L(
    "--out {dir} is a file of the workspace, not a folder for the results: name a new folder, such as --out plan",
    "--out {dir} adalah berkas ruang kerja, bukan folder untuk hasilnya: sebutkan folder baru, misalnya --out rencana",
  ),
  "usage.outHoldsInput": L("--out {dir} holds {input}: name a folder of its own for the results", "--out {dir} memuat {input}: sebutkan folder tersendiri untuk hasilnya"),
  "usage.outHoldsForeign": L(
    "--out {dir} holds files that lontar did not write and a plan would replace: {files}; nothing was written. Move them out of the folder, or name another folder for the results (lontar lists the files it wrote in {manifest} and replaces only those)",
    "--out {dir} memuat berkas yang tidak ditulis lontar dan akan tertimpa rencana: {files}; tidak ada yang ditulis. Pindahkan berkas itu dari foldernya, atau sebutkan folder lain untuk hasilnya (lontar mencatat berkas yang ditulisnya di {manifest} dan hanya menimpa berkas itu)",
  ),
  "usage.outHoldsForeign.more": L("{named} (and {more} more)", "{named} (dan {more} lainnya)"),
  "usage.noHorizon": L(
    "no horizon: declare `horizon <from>..<to>` in the workspace or pass --from and --to",
    "tidak ada cakrawala: deklarasikan `cakrawala <dari>..<sampai>` di ruang kerja atau berikan --from dan --to",
  ),
  "usage.emptyPath": L(
    "an empty path ('') names no file or folder: is a variable unset? Name the files or folders",
    "path kosong ('') tidak menyebut berkas atau folder apa pun: apakah ada variabel yang belum diisi? Sebutkan berkas atau foldernya",
  ),
  "usage.noLontarFiles": L("no .lontar files in {paths}", "tidak ada berkas .lontar di {paths}"),
  "usage.noLontarFilesHere": L(
    "no .lontar files in the current folder or below it: run lontar in the workspace's folder, or name its files or folders",
    "tidak ada berkas .lontar di folder saat ini atau di bawahnya: jalankan lontar di folder ruang kerja, atau sebutkan berkas atau foldernya",
  ),
  // Files that cannot be read or written (exit 2).
  "input.noSuchPath": L("cannot read '{path}': no such file or folder", "tidak dapat membaca '{path}': berkas atau folder tidak ada"),
  "input.noSuchPathNear": L("cannot read '{path}': no such file or folder; did you mean `{near}`?", "tidak dapat membaca '{path}': berkas atau folder tidak ada; maksud Anda `{near}`?"),
  "input.cannotRead": L("cannot read '{path}': {reason} ({code})", "tidak dapat membaca '{path}': {reason} ({code})"),
  "input.unreadableFolder": L(
    "cannot read {folder}: {reason} ({code}); the .lontar files in it would be left out",
    "tidak dapat membaca {folder}: {reason} ({code}); berkas .lontar di dalamnya akan terlewat",
  ),
  "input.noMatch": L(
    "'{path}' matches no file or folder: the shell passes a pattern that matches nothing as it is written, and lontar does not expand it; name the folder instead (it is searched for .lontar files)",
    "'{path}' tidak cocok dengan berkas atau folder apa pun: shell meneruskan pola yang tidak cocok dengan apa pun apa adanya, dan lontar tidak menjabarkannya; sebutkan foldernya saja (folder ditelusuri untuk berkas .lontar)",
  ),
  "input.otherCaseExtension": L(
    "'{path}' is not read: lontar reads files whose name ends in `.lontar`, in lower case; rename it '{renamed}' (or move it out of the workspace)",
    "'{path}' tidak dibaca: lontar membaca berkas yang namanya berakhiran `.lontar`, dengan huruf kecil; ganti namanya menjadi '{renamed}' (atau pindahkan keluar dari ruang kerja)",
  ),
  "input.tooDeep": L("'{path}' is nested more than {max} folders deep", "'{path}' bersarang lebih dari {max} folder"),
  "input.tooManyFiles": L("more than {max} .lontar files; check fewer folders at once", "lebih dari {max} berkas .lontar; periksa lebih sedikit folder sekaligus"),
  "run.outParentNotWritable": L(
    "cannot write the plan to {dir}: lontar writes it beside that folder first, in {parent}, and swaps it in whole, and {parent} cannot be written: {reason} ({code}); nothing was planned. Name an --out folder whose parent you may write to",
    "tidak dapat menulis rencana ke {dir}: lontar menulisnya dulu di samping folder itu, di {parent}, lalu menukarnya utuh, dan {parent} tidak dapat ditulisi: {reason} ({code}); tidak ada yang direncanakan. Sebutkan folder --out yang induknya boleh Anda tulisi",
  ),
  "input.fileSystem": L("{path}: {reason} ({code})", "{path}: {reason} ({code})"),
  // Runs that stopped.
  "run.outputFailed": L(
    "cannot write the output: {reason} ({code}); what was written is incomplete",
    "tidak dapat menulis keluaran: {reason} ({code}); yang sudah tertulis tidak lengkap",
  ),
  "run.internalError": L("internal error (please report it): {detail}", "galat internal (mohon laporkan): {detail}"),
  "run.workspaceHasErrors": L("the workspace has errors; nothing was planned", "ruang kerja memiliki galat; tidak ada yang direncanakan"),
  "run.tooLarge": L("the workspace is too large; nothing was planned", "ruang kerja terlalu besar; tidak ada yang direncanakan"),
  "run.unknownCode": L("unknown code or keyword '{code}'", "kode atau kata kunci tidak dikenal '{code}'"),
  "sarif.ruleHelp": L("Run `lontar explain {code}` for examples and fixes.", "Jalankan `lontar explain {code}` untuk contoh dan perbaikannya."),
  "run.unknownCodeNear": L("unknown code or keyword '{code}'; did you mean `{near}`?", "kode atau kata kunci tidak dikenal '{code}'; maksud Anda `{near}`?"),
  "run.alreadyExists": L("{path} already exists; not overwriting it", "{path} sudah ada; tidak ditimpa"),
  "run.created": L("Created {files}\nNext: lontar check {dir}\n", "Dibuat: {files}\nBerikutnya: lontar check {dir}\n"),
  "run.notFormatted.one": L("{count} file is not formatted; run lontar fmt --write", "{count} berkas belum diformat; jalankan lontar fmt --write"),
  "run.notFormatted.other": L("{count} files are not formatted; run lontar fmt --write", "{count} berkas belum diformat; jalankan lontar fmt --write"),
  // Progress bar labels.
  "progress.formatting": L("formatting", "memformat"),
  "progress.expanding": L("expanding", "menjabarkan"),
  "progress.planning": L("planning", "merencanakan"),
  "progress.writing": L("writing", "menulis"),
  "progress.checking": L("checking the plan", "memeriksa rencana"),
  // The stylish report.
  "report.error": L("error", "galat"),
  "report.moreErrors": L(" (and {count} more errors)", " (dan {count} galat lain)"),
  "report.moreError": L(" (and 1 more error)", " (dan 1 galat lain)"),
  "report.warning": L("warning", "peringatan"),
  "report.info": L("info", "catatan"),
  "report.note": L("note:", "catatan:"),
  "report.help": L("help:", "saran:"),
  "report.notesOnly": L("ℹ {notes}, no errors or warnings in the files", "ℹ {notes}, tanpa galat atau peringatan dalam berkas"),
  "report.summary": L("✖ {problems} ({errors}, {warnings}){notes}", "✖ {problems} ({errors}, {warnings}){notes}"),
  "report.summaryNotes": L(" and {notes}", " dan {notes}"),
  "check.tooManyWarnings": L("too many warnings ({warnings}, at most {max} allowed by --max-warnings)", "terlalu banyak peringatan ({warnings}, paling banyak {max} menurut --max-warnings)"),
  "check.tooManyWarningsQuiet": L(
    "too many warnings ({warnings}, at most {max} allowed by --max-warnings), which --quiet hides: run without --quiet to see them",
    "terlalu banyak peringatan ({warnings}, paling banyak {max} menurut --max-warnings), yang disembunyikan --quiet: jalankan tanpa --quiet untuk melihatnya",
  ),
  "check.importedAlone": L(
    "hint: {file} is imported by {importer}, whose declarations a check of {file} alone does not see; check the folder: lontar check {folder}",
    "saran: {file} diimpor oleh {importer}, yang deklarasinya tidak terlihat bila {file} diperiksa sendiri; periksa foldernya: lontar check {folder}",
  ),
  "check.notImported": L(
    "note: {file} declares {names}, used in {given}, which does not import it: checked without it, a site or route stop declared nowhere is a place of its own, whose opening hours and closures are not read; add `{keyword} \"{import}\"` to {given}, or check the folder: lontar check {folder}",
    "catatan: {file} mendeklarasikan {names}, yang dipakai di {given}, tetapi tidak diimpor olehnya: tanpa berkas itu, lokasi atau perhentian rute yang tidak dideklarasikan menjadi tempat tersendiri, yang jam buka dan hari tutupnya tidak dibaca; tambahkan `{keyword} \"{import}\"` ke {given}, atau periksa foldernya: lontar check {folder}",
  ),
  "check.notImportedNames": L(
    "note: {file} declares {names}, which {given} uses but does not import; add `{keyword} \"{import}\"` to {given}, or check the folder: lontar check {folder}",
    "catatan: {file} mendeklarasikan {names}, yang dipakai {given} tetapi tidak diimpornya; tambahkan `{keyword} \"{import}\"` ke {given}, atau periksa foldernya: lontar check {folder}",
  ),
  "check.severalPlans": L(
    "note: {folder} holds {count} horizons, declared in {folders}: a folder is one workspace, its folders included, so their files were checked together, as one plan; if each is a plan of its own, check one at a time: lontar check {one}",
    "catatan: {folder} memuat {count} `cakrawala`, yang dideklarasikan di {folders}: satu folder adalah satu ruang kerja, termasuk folder di dalamnya, jadi berkas-berkasnya diperiksa bersama sebagai satu rencana; bila masing-masing rencana sendiri, periksa satu per satu: lontar check {one}",
  ),
  "check.notLontarFiles": L(
    "note: left out {paths}: not .lontar files; rename a file meant to be checked to end in .lontar",
    "catatan: {paths} dilewati: bukan berkas .lontar; ganti nama berkas yang perlu diperiksa agar berakhiran .lontar",
  ),
  "check.planNotChecked": L(
    "note: the plan and the agreements of {workspace} were not checked, because the workspace has errors; fix them and check again",
    "catatan: rencana dan kesepakatan {workspace} tidak diperiksa, karena ruang kerjanya memiliki galat; perbaiki galatnya lalu periksa lagi",
  ),
  "check.staticNotPlanned": L(
    "note: --static checked the language only: the plan and the {agreements} of {workspace} were not checked; check without --static to know whether they are kept",
    "catatan: --static hanya memeriksa bahasanya: rencana dan {agreements} {workspace} tidak diperiksa; periksa tanpa --static untuk mengetahui apakah kesepakatan itu terpenuhi",
  ),
  "check.agreementNotChecked": L(
    "not checked: the workspace has errors, so no plan was made to check this agreement against",
    "tidak diperiksa: ruang kerjanya memiliki galat, jadi tidak ada rencana untuk memeriksa kesepakatan ini",
  ),
  "check.agreementRefused": L(
    "not checked: the plan was refused (LON4011, too many sessions), so no agreement was checked against it",
    "tidak diperiksa: rencana ditolak (LON4011, sesinya terlalu banyak), jadi tidak ada kesepakatan yang diperiksa terhadapnya",
  ),
  "check.agreementStatic": L(
    "not checked: --static checks the language only, not the plan this agreement is kept by",
    "tidak diperiksa: --static hanya memeriksa bahasanya, bukan rencana yang memenuhi kesepakatan ini",
  ),
  "check.fixesNotWritten": L(
    "could not write the fixes to {files}: {folder}: {reason} ({code}); the files are unchanged and the report shows them as they are. Copy the workspace to a folder you may write to (cp -r) and run lontar check --fix there",
    "tidak dapat menulis perbaikan ke {files}: {folder}: {reason} ({code}); berkasnya tidak berubah dan laporannya menunjukkan berkas apa adanya. Salin ruang kerjanya ke folder yang boleh Anda tulisi (cp -r) lalu jalankan lontar check --fix di sana",
  ),
  "fmt.notWritten": L(
    "could not write the formatted text to {files}: {folder}: {reason} ({code}); those files are unchanged. Copy the workspace to a folder you may write to (cp -r) and run lontar fmt --write there",
    "tidak dapat menulis teks yang diformat ke {files}: {folder}: {reason} ({code}); berkas itu tidak berubah. Salin ruang kerjanya ke folder yang boleh Anda tulisi (cp -r) lalu jalankan lontar fmt --write di sana",
  ),
  "check.clean": L("✔ no problems in {files}", "✔ tidak ada masalah dalam {files}"),
  "check.fixed": L("fixed {problems} in {files}", "{problems} diperbaiki di {files}"),
  "count.problem.one": L("{count} problem", "{count} masalah"),
  "count.problem.other": L("{count} problems", "{count} masalah"),
  "count.error.one": L("{count} error", "{count} galat"),
  "count.error.other": L("{count} errors", "{count} galat"),
  "count.warning.one": L("{count} warning", "{count} peringatan"),
  "count.warning.other": L("{count} warnings", "{count} peringatan"),
  "count.note.one": L("{count} note", "{count} catatan"),
  "count.note.other": L("{count} notes", "{count} catatan"),
  "count.file.one": L("{count} file", "{count} berkas"),
  "count.file.other": L("{count} files", "{count} berkas"),
  "count.agreement.one": L("{count} agreement", "{count} kesepakatan"),
  "count.agreement.other": L("{count} agreements", "{count} kesepakatan"),
  // The plan summary.
  "plan.title": L("Plan {from} … {to}", "Rencana {from} … {to}"),
  "plan.horizonFromAgreements": L(
    "  horizon      taken from the agreements' validity, as the workspace declares no `horizon`; sessions outside it are not planned; write `horizon` to plan another span",
    "  cakrawala    diambil dari masa berlaku kesepakatan, karena ruang kerja tidak menyatakan `cakrawala`; sesi di luarnya tidak direncanakan; tulis `cakrawala` untuk merencanakan rentang lain",
  ),
  "plan.occurrences": L("  occurrences  {total} ({scheduled} scheduled, {unassigned} unassigned, {cancelled} cancelled)", "  pelaksanaan  {total} ({scheduled} terjadwal, {unassigned} belum ditempatkan, {cancelled} dibatalkan)"),
  "plan.agreements": L("  agreements   {list}", "  kesepakatan  {list}"),
  "plan.noAgreements": L("none", "tidak ada"),
  "plan.finding": L("obligation {number}: {planned} planned, {expected} expected ({from}..{to})", "kewajiban {number}: {planned} direncanakan, diharapkan {expected} ({from}..{to})"),
  "plan.findingGroup": L(
    "obligation {number}: not met in {count} periods ({from}..{to}): {planned} planned, {expected} expected",
    "kewajiban {number}: tidak terpenuhi di {count} periode ({from}..{to}): {planned} direncanakan, diharapkan {expected}",
  ),
  "plan.findingPeriods": L(
    "obligation {number}: not met in {count} {periods} ({names}): {planned} planned, {expected} expected",
    "kewajiban {number}: tidak terpenuhi dalam {count} {periods} ({names}): {planned} direncanakan, diharapkan {expected}",
  ),
  "plan.noRoomOne": L(
    "  no room      one session of {programs} does not fit in its period (holidays, closures, opening hours or the windows leave too little time; `lontar check` says which: LON5108)",
    "  tidak muat   satu sesi {programs} tidak muat dalam periodenya (hari libur, hari tutup, jam buka atau jendelanya menyisakan terlalu sedikit waktu; `lontar check` menyebut yang mana: LON5108)",
  ),
  "plan.noRoom": L(
    "  no room      {count} sessions of {programs} do not fit in their periods (holidays, closures, opening hours or the windows leave too little time; `lontar check` says which: LON5108)",
    "  tidak muat   {count} sesi {programs} tidak muat dalam periodenya (hari libur, hari tutup, jam buka atau jendelanya menyisakan terlalu sedikit waktu; `lontar check` menyebut yang mana: LON5108)",
  ),
  "plan.allCancelled": L(
    "  cancelled    {programs}: every session of theirs is cancelled (`lontar check` says why: LON5104)",
    "  batal semua  {programs}: setiap sesinya dibatalkan (`lontar check` menyebut sebabnya: LON5104)",
  ),
  "plan.neverHeld": L(
    "  never held   {programs}: no schedule of theirs gives a session in the horizon (LON5104)",
    "  tanpa sesi   {programs}: tidak satu pun jadwalnya memberi sesi dalam cakrawala (LON5104)",
  ),
  "plan.budget": L("  budget       {budget}: {planned} of {amount} planned, {remaining} left", "  anggaran     {budget}: {planned} dari {amount} direncanakan, sisa {remaining}"),
  "plan.budgetUnpaid": L(
    "    {program}: scheduled sessions outside its period {from}..{to}: {count}, {total} not paid (LON5107)",
    "    {program}: sesi terjadwal di luar periodenya {from}..{to}: {count}, {total} tidak dibayar (LON5107)",
  ),
  "plan.score": L("  score        hard {hard}, medium {medium}, soft {soft}", "  skor         berat {hard}, sedang {medium}, ringan {soft}"),
  "plan.feasible": L(" (feasible)", " (layak)"),
  "plan.closedSessions": L(" (not as it stands: {count} held while their library is closed)", " (belum layak apa adanya: {count} sesi saat perpustakaannya tutup)"),
  "plan.unpaidSessions": L(" (not as it stands: {count} sessions no budget pays, {total}; LON5107)", " (belum layak apa adanya: {count} sesi tidak dibayar anggaran mana pun, {total}; LON5107)"),
  "plan.notPlaced": L(" (not in full: {count} not placed)", " (belum lengkap: {count} belum ditempatkan)"),
  "plan.agreementsNotMet": L(" (agreements not kept: {count})", " (kesepakatan belum terpenuhi: {count})"),
  // What the count is of: the schedule's rules broken (a session not placed, held while its library is closed), not the agreements, said on their own line above (a walk read "pelanggaran 0" under an unmet agreement as all well).
  "plan.violations": L("  violations   {count} in the schedule{levels}{above}", "  pelanggaran  {count} pada jadwal{levels}{above}"),
  "plan.violationLevels": L(" (hard {hard}, medium {medium}, soft {soft})", " (berat {hard}, sedang {medium}, ringan {soft})"),
  "plan.agreementsAbove": L("; agreements above", "; kesepakatan di atas"),
  "plan.checkHint": L("  next         `{command}` tells each of the plan's problems at its line, with what to change", "  berikutnya   `{command}` menjelaskan tiap masalah rencana ini di barisnya, dengan yang perlu diubah"),
  "plan.estimatedHolidays": L(
    "  holidays     {years}: estimated, as no decree (SKB) of that year is in Lontar's data yet; cuti bersama days are not included",
    "  hari libur   {years}: perkiraan, karena SKB tahun itu belum ada di data Lontar; hari cuti bersama belum termasuk",
  ),
  "plan.wrote": L("Wrote {count} files to {dir}/", "Menulis {count} berkas ke {dir}/"),
  // After the summary, when the outputs' language (the workspace's keywords') is not the messages' and --lang did not choose.
  "plan.outputsInEnglish": L(
    "Note: the outputs are in English, the language of the workspace's keywords; --lang id writes them in Bahasa Indonesia.",
    "Catatan: keluaran ditulis dalam bahasa Inggris, bahasa kata kunci ruang kerja ini; --lang id menuliskannya dalam bahasa Indonesia.",
  ),
  "plan.outputsInIndonesian": L(
    "Note: the outputs are in Bahasa Indonesia, the language of the workspace's keywords; --lang en writes them in English.",
    "Catatan: keluaran ditulis dalam bahasa Indonesia, bahasa kata kunci ruang kerja ini; --lang en menuliskannya dalam bahasa Inggris.",
  ),
} as const;
