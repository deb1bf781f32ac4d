import { mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { run, tempDir } from "./support/run.js";

const MAIN = 'impor "./program.lontar"\nperpustakaan lib {\n  jenjang desa\n  wilayah "Jawa Tengah" / "Kabupaten Klaten"\n}\n';
const PROGRAM = "program kelas di lib {\n  kategori kelas\n  jadwal sekali 2026-03-02 pukul 09:00 selama 2 jam\n}\ncakrawala 2026-01-01..2026-12-31\n";

function workspace(folder = ""): string {
  const cwd = tempDir();
  const dir = path.join(cwd, folder);
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, "utama.lontar"), MAIN);
  writeFileSync(path.join(dir, "program.lontar"), PROGRAM);
  return cwd;
}

describe("lontar check on a file another file imports", () => {
  it("hints at checking the folder when the file's names are declared by its importer", async () => {
    const cwd = workspace("ws");
    const alone = await run(["check", "--static", "--lang", "id", "ws/program.lontar"], cwd);
    expect(alone.code).toBe(1);
    expect(alone.stdout).toContain("LON2002");
    // Its names are its importer's: no advice to declare them again (a walk of stop 59: 18 errors, each with "declare it").
    expect(alone.stdout).not.toContain("bila ia baru, deklarasikan");
    expect(alone.stderr).toContain("ws/program.lontar diimpor oleh ws/utama.lontar");
    expect(alone.stderr).toContain("lontar check ws");
    const english = await run(["check", "--static", "--lang", "en", "ws/program.lontar"], cwd);
    expect(english.stderr).toContain("hint: ws/program.lontar is imported by ws/utama.lontar");
    // Before the report and, for a reader whose many errors scrolled it away, after it; once beside a machine's format.
    expect(alone.stderr.split("diimpor oleh").length - 1).toBe(2);
    const json = await run(["check", "--static", "--format", "json", "ws/program.lontar"], cwd);
    expect(json.stderr.split("is imported by").length - 1).toBe(1);
    // The file given twice is hinted at once (a CI walk, stop 53: the ::notice came twice).
    const twice = await run(["check", "--static", "--format", "github", "ws/program.lontar", "ws/program.lontar"], cwd);
    expect(twice.stdout.split("is imported by").length - 1).toBe(1);
  });

  it("says nothing when the folder is checked, or when no file imports the one checked", async () => {
    const cwd = workspace("ws");
    const folder = await run(["check", "--static", "ws"], cwd);
    expect(folder.code).toBe(0);
    expect(folder.stderr).toBe("");
    writeFileSync(path.join(cwd, "ws", "utama.lontar"), MAIN.replace('impor "./program.lontar"\n', ""));
    const orphan = await run(["check", "--static", "--lang", "en", "ws/program.lontar"], cwd);
    expect(orphan.stdout).toContain("LON2002");
    // With no importer, the advice stays.
    expect(orphan.stdout).toContain("if it is new, declare it");
    // No importer to hint at; the file beside it that declares `lib` is named instead (check-not-imported.test.ts).
    expect(orphan.stderr).not.toContain("is imported by");
    expect(orphan.stderr).toMatch(/^note: ws\/utama\.lontar declares `lib`, which ws\/program\.lontar uses but does not import; add `impor "\.\/utama\.lontar"` to ws\/program\.lontar/);
  });

  it("quotes a folder whose name has a space in the command it suggests", async () => {
    const cwd = workspace("rencana desa");
    const alone = await run(["check", "--static", "--lang", "en", "rencana desa/program.lontar"], cwd);
    expect(alone.stderr).toContain('lontar check "rencana desa"');
  });

  it("reads the files beside it only inside the folder: a link out of it that imports the file is not read", async () => {
    const cwd = workspace("ws");
    writeFileSync(path.join(cwd, "ws", "utama.lontar"), MAIN.replace('impor "./program.lontar"\n', ""));
    writeFileSync(path.join(cwd, "outside.lontar"), 'impor "./ws/program.lontar"\n');
    symlinkSync(path.join(cwd, "outside.lontar"), path.join(cwd, "ws", "linked.lontar"));
    const alone = await run(["check", "--static", "--lang", "en", "ws/program.lontar"], cwd);
    expect(alone.stdout).toContain("LON2002");
    expect(alone.stderr).not.toContain("is imported by");
    expect(alone.stderr).not.toContain("linked.lontar");
  });
});
