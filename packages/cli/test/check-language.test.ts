import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { workspaceTemplate } from "../src/init/templates.js";
import { run, tempDir, workspaceIn } from "./support/run.js";
import { spawnLontar } from "./support/spawn.js";

const [starter] = workspaceTemplate("en");
const CLEAN = starter?.text ?? "";
// A misspelt partner (LON2002), a property given twice (LON3008) and a misspelt keyword (a syntax error).
const BROKEN = `${CLEAN.replace("  kind government_agency\n", "  kind government_agency\n  kind government_agency\n").replace("and disdk", "and disdk").replace("and disdik", "and disdk")}\nroom gudang at dispusip_solok { capasity 60 }\n`;

/** A folder holding a workspace in `ws/`. */
const workspace = (text: string): string => workspaceIn(text);

describe("the language of the messages", () => {
  it("`lontar check --lang id` on a broken file prints the messages, suggestions and summary codes in Bahasa Indonesia", async () => {
    const dir = workspace(BROKEN);
    const id = await run(["check", "--static", "--lang", "id", "ws"], dir);
    const en = await run(["check", "--static", "--lang", "en", "ws"], dir);
    expect(id.code).toBe(1);
    expect(en.stdout).toContain("`disdk` is not declared");
    expect(id.stdout).toContain("`disdk` tidak dideklarasikan");
    expect(id.stdout).not.toContain("is not declared");
    expect(id.stdout).toContain("ada mitra bernama `disdik`");
    expect(id.stdout).toMatch(/`jenis` ditulis lagi di baris \d+, dan yang terakhir yang dipakai: yang ini tidak/);
    expect(id.stdout).toMatch(/tak terduga: `capasity`.*maksud Anda `capacity`\?/);
    // The same findings at the same places, with the same codes.
    const codes = (text: string): string[] => [...text.matchAll(/^\S+:\d+:\d+ .* (LON\d{4})$/gm)].map((m) => m[0].replace(/ {2}.* {2}/, " "));
    expect(codes(id.stdout)).toEqual(codes(en.stdout));
    expect(codes(id.stdout).length).toBeGreaterThanOrEqual(3);
  });

  it("takes --lang before the command too (`lontar --lang id check ws`, `--lang=id`)", async () => {
    const dir = workspace(BROKEN);
    const after = await run(["check", "--static", "ws", "--lang", "id"], dir);
    const before = await run(["--lang", "id", "check", "--static", "ws"], dir);
    const joined = await run(["--lang=id", "check", "--static", "ws"], dir);
    expect(before.code).toBe(1);
    expect(before.stdout).toContain("masalah");
    expect(before).toEqual(after);
    expect(joined).toEqual(after);
  });

  it("follows LANG=id_ID.UTF-8 without --lang, and LC_ALL and LC_MESSAGES before LANG", async () => {
    const dir = workspace(BROKEN);
    const chosen = await run(["check", "--static", "--lang", "id", "ws"], dir);
    expect(await run(["check", "--static", "ws"], dir, { LANG: "id_ID.UTF-8" })).toEqual(chosen);
    expect(await run(["check", "--static", "ws"], dir, { LANG: "en_US.UTF-8", LC_MESSAGES: "id_ID" })).toEqual(chosen);
    const english = await run(["check", "--static", "ws"], dir, {});
    expect(english.stdout).toContain("is not declared");
    expect(await run(["check", "--static", "ws"], dir, { LANG: "id_ID.UTF-8", LC_ALL: "C" })).toEqual(english);
    expect(await run(["check", "--static", "--lang", "en", "ws"], dir, { LANG: "id_ID.UTF-8" })).toEqual(english);
  });

  it("refuses a language it does not have (exit 2)", async () => {
    const result = await run(["check", "--lang", "fr", "ws"], workspace(CLEAN));
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("--lang expects en or id, got 'fr'");
  });

  it("names the rules of a SARIF log in the chosen language", async () => {
    const result = await run(["check", "--static", "--format", "sarif", "--lang", "id", "ws"], workspace(BROKEN));
    const rules = (JSON.parse(result.stdout) as { runs: { tool: { driver: { rules: { id: string; shortDescription: { text: string } }[] } } }[] }).runs[0]?.tool.driver.rules ?? [];
    expect(rules.find((rule) => rule.id === "LON2002")?.shortDescription.text).toBe("nama tidak dikenal");
  });

  it("a `lontar check` process started with LANG=id_ID.UTF-8 prints Indonesian messages", async () => {
    const dir = workspace(BROKEN);
    const result = await spawnLontar(["check", "--static", path.join(dir, "ws")], { env: { LANG: "id_ID.UTF-8", LC_ALL: "", LC_MESSAGES: "" } });
    expect(result.status).toBe(1);
    expect(result.stdout).toContain("`disdk` tidak dideklarasikan");
  });

  it("prints the report's own words in Bahasa Indonesia too: severities, suggestions, the summary", async () => {
    const dir = workspace(BROKEN);
    const id = await run(["check", "--static", "--lang", "id", "ws"], dir);
    expect(id.stdout).toMatch(/^\S+:\d+:\d+ {2}galat {2}/m);
    expect(id.stdout).toMatch(/^\S+:\d+:\d+ {2}peringatan {2}/m);
    expect(id.stdout).toContain("  saran: ");
    expect(id.stdout.trimEnd().split("\n").at(-1)).toMatch(/^✖ \d+ masalah \(\d+ galat, \d+ peringatan\)$/);
    expect(id.stdout).not.toMatch(/\b(?:error|warning|help:|problems?)\b/);
  });

  it("prints usage errors, help and I/O errors in the chosen language", async () => {
    const dir = workspace(CLEAN);
    const usage = await run(["check", "--lang", "id", "--format", "xml", "ws"], dir);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toMatch(/^lontar: format tidak dikenal 'xml' \(pilihan: .*\)\n\nPenggunaan: lontar check/);
    const help = await run(["check", "--help"], dir, { LANG: "id_ID.UTF-8" });
    expect(help.stdout).toMatch(/^Penggunaan: lontar check \[path…\] \[opsi\]/);
    expect((await run(["--help"], dir, { LC_ALL: "id_ID.UTF-8" })).stdout).toMatch(/^Penggunaan: lontar <perintah>/);
    expect((await run(["help", "fmt", "--lang", "id"], dir)).stdout).toMatch(/^Penggunaan: lontar fmt/);
    const missing = await run(["check", "--lang", "id", "tidak/ada.lontar"], dir);
    expect(missing).toEqual({ code: 2, stdout: "", stderr: "lontar: tidak dapat membaca 'tidak/ada.lontar': berkas atau folder tidak ada\n" });
    const unknown = await run(["frobnicate"], dir, { LANG: "id_ID.UTF-8" });
    expect(unknown.stderr).toMatch(/^lontar: perintah tidak dikenal 'frobnicate'\n\nPenggunaan: lontar <perintah>/);
    const flag = await run(["fmt", "--no-such-flag", "ws"], dir, { LANG: "id_ID.UTF-8" });
    expect(flag.stderr).toMatch(/^lontar: opsi tidak dikenal '--no-such-flag'\n\nPenggunaan: lontar fmt/);
  });

  it("says in Bahasa Indonesia which files `fmt --check` would change", async () => {
    const dir = workspace(CLEAN.replace("\n  ", "\n      "));
    const result = await run(["fmt", "--check", "ws"], dir, { LANG: "id_ID.UTF-8" });
    expect(result.code).toBe(1);
    expect(result.stderr).toBe("1 berkas belum diformat; jalankan lontar fmt --write\n");
  });

  it("keeps the machine formats' codes and structure the same in both languages", async () => {
    const dir = workspace(BROKEN);
    for (const format of ["json", "sarif", "github"]) {
      const en = await run(["check", "--static", "--format", format, "--lang", "en", "ws"], dir);
      const id = await run(["check", "--static", "--format", format, "--lang", "id", "ws"], dir);
      // SARIF rules carry their code's page (help.markdown), which is prose in each language: the codes are counted outside it.
      const withoutHelp = (text: string): string =>
        format === "sarif"
          ? JSON.stringify(JSON.parse(text, (key: string, value: unknown) => (key === "help" ? undefined : value)))
          : text;
      const codes = (text: string): string[] => [...withoutHelp(text).matchAll(/LON\d{4}/g)].map((m) => m[0]);
      expect(codes(id.stdout), format).toEqual(codes(en.stdout));
      expect(id.code, format).toBe(en.code);
    }
    const github = await run(["check", "--static", "--format", "github", "--lang", "id", "ws"], dir);
    for (const line of github.stdout.trimEnd().split("\n")) expect(line).toMatch(/^::(?:error|warning|notice) file=[^,]*,line=\d+,.*title=LON\d{4}::/);
  });

  it("a `lontar check` process under LANG=id_ID.UTF-8 prints Indonesian report words and summary", async () => {
    const dir = workspace(BROKEN);
    const result = await spawnLontar(["check", "--static", path.join(dir, "ws")], { env: { LANG: "id_ID.UTF-8", LC_ALL: "", LC_MESSAGES: "" } });
    expect(result.status).toBe(1);
    expect(result.stdout).toContain("  saran: ");
    expect(result.stdout).toMatch(/✖ \d+ masalah \(\d+ galat, \d+ peringatan\)\n$/);
    const usage = await spawnLontar(["check", "--format", "xml"], { env: { LANG: "id_ID.UTF-8", LC_ALL: "", LC_MESSAGES: "" } });
    expect(usage.status).toBe(2);
    expect(usage.stderr).toMatch(/^lontar: format tidak dikenal 'xml' .*\n\nPenggunaan: lontar check/);
    const empty = await spawnLontar(["check"], { cwd: tempDir(), env: { LANG: "id_ID.UTF-8", LC_ALL: "", LC_MESSAGES: "" } });
    expect(empty.status).toBe(2);
    expect(empty.stderr).toMatch(/^lontar: tidak ada berkas \.lontar di folder saat ini/);
  });

  it("lists allowed values as an Indonesian planner writes them, under the table's bilingual title", async () => {
    const dir = tempDir();
    mkdirSync(path.join(dir, "ws"));
    writeFileSync(path.join(dir, "ws", "mitra.lontar"), "mitra pkk_kota {\n  jenis pkkk\n}\n\nmitra dinas {\n  jenis dinass_pendidikan\n}\n");
    const id = await run(["check", "--static", "--lang", "id", "ws"], dir);
    expect(id.stdout).toContain("`pkkk` bukan jenis mitra yang dikenal; yang diizinkan: `sekolah`, `madrasah`, `pesantren`, `perguruan_tinggi`, `opd`, `lsm`, `komunitas`, `lembaga_adat`, `lembaga_keagamaan`, `pkk`");
    // Under English messages, an Indonesian file still lists the words it is written with.
    const en = await run(["check", "--static", "--lang", "en", "ws"], dir);
    expect(en.stdout).toContain("`pkkk` is not a known partner kind; allowed: `sekolah`, `madrasah`, `pesantren`, `perguruan_tinggi`, `opd`");
  });

  // A village library's Saturday program paid from a budget of Rp 500.000 at Rp 100.000 a session (25 sessions).
  const village = (capacity: number): string => `cakrawala 2026-01-01..2026-06-30

perpustakaan p {
  nama "P"
  jenjang desa
  wilayah "Jawa Timur" / "Kabupaten Ngawi"
}

ruang aula di p {
  kapasitas ${capacity}
}

anggaran dana di p {
  jumlah Rp 500.000
  periode 2026
}

program a di p {
  judul "A"
  kategori mendongeng
  peserta 40
  jadwal setiap minggu pada sabtu pukul 09:00 selama 2 jam
  butuh ruang aula
  biaya Rp 100.000 per sesi dari dana
}
`;

  it("blames sessions on a room too small for the group, not on a budget the plan does not spend", async () => {
    const id = await run(["check", "--lang", "id", "ws"], workspace(village(20)));
    expect(id.code).toBe(1);
    expect(id.stdout).toContain("`a` tidak dapat berlangsung pada 2026-01-03 pukul 09:00 (dan 24 sesi lain): tidak ada ruang yang memuat 40 orang; yang terbesar memuat 20  LON5103");
    const findings = id.stdout.split("\n").filter((line) => / LON\d{4}$/.test(line) || line.startsWith("  saran: "));
    // The finding, and what to change: the participants the room holds, or a room for them.
    expect(findings).toEqual([expect.stringContaining("LON5103"), "  saran: turunkan `peserta` menjadi 20 orang atau kurang, atau pakai ruang yang memuat 40 orang"]);
    expect(findings.join("\n")).not.toMatch(/anggaran|budget|\bRp\b/);
  });

  it("tells a session the budget stops in Bahasa Indonesia, rupiah written with dots", async () => {
    const id = await run(["check", "--lang", "id", "ws"], workspace(village(40)));
    expect(id.code).toBe(1);
    expect(id.stdout).toContain("`a` tidak dapat berlangsung pada 2026-02-07 pukul 09:00 (dan 19 sesi lain): anggaran dana (Rp 500.000) akan terpakai sampai Rp 600.000  LON5103");
    expect(id.stdout).toContain("  saran: naikkan pagu anggaran dana menjadi paling sedikit Rp 2.500.000");
    expect(id.stdout).not.toMatch(/\b(?:budget|would|reach|Rp \d{4,})\b/);
  });
});
