/**
 * A folder holding several plans, each in its own folder with its own horizon (`dokumen/`
 * with `rencana-2026/` and `rencana-2027/`), checked as one: a folder is one workspace, so
 * every name is declared twice. A walk of stop 59 got 22 errors and no word why; a note now
 * names the folders and the command for one of them, first, in `check` and in `plan`.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { run, tempDir } from "./support/run.js";

const plan = (year: number) =>
  `cakrawala ${year}-01-01..${year}-12-31\nperpustakaan lib {\n  jenjang desa\n  wilayah "Nusa Tenggara Timur" / "Kabupaten Sikka"\n}\n` +
  `program kelas di lib {\n  kategori kelas\n  jadwal sekali ${year}-03-02 pukul 09:00 selama 2 jam\n}\n`;

function documents(folders: readonly string[]): string {
  const cwd = tempDir();
  folders.forEach((folder, i) => {
    mkdirSync(path.join(cwd, "dokumen", folder), { recursive: true });
    writeFileSync(path.join(cwd, "dokumen", folder, "rencana.lontar"), plan(2026 + i));
  });
  return cwd;
}

describe("a folder of several plans, each with its own horizon", () => {
  it("is checked as one workspace, with a note first naming its plans' folders and how to check one", async () => {
    const cwd = documents(["rencana-2026", "rencana-2027"]);
    const checked = await run(["check", "--static", "--lang", "id", "dokumen"], cwd);
    expect(checked.code).toBe(1);
    expect(checked.stdout).toContain("LON2001");
    expect(checked.stderr.split("\n")[0]).toBe(
      "catatan: folder dokumen memuat 2 `cakrawala`, yang dideklarasikan di dokumen/rencana-2026, dokumen/rencana-2027: satu folder adalah satu ruang kerja, termasuk folder di dalamnya, jadi berkas-berkasnya diperiksa bersama sebagai satu rencana; bila masing-masing rencana sendiri, periksa satu per satu: lontar check dokumen/rencana-2027",
    );
    const here = await run(["check", "--static", "--lang", "en"], path.join(cwd, "dokumen"));
    expect(here.stderr).toContain("note: this folder holds 2 horizons, declared in rencana-2026, rencana-2027: a folder is one workspace, its folders included");
    expect(here.stderr).toContain("check one at a time: lontar check rencana-2027");
    const planned = await run(["plan", "--lang", "en", "--out", "out", "dokumen"], cwd);
    expect(planned.code).toBe(1);
    expect(planned.stderr).toContain("note: the folder dokumen holds 2 horizons, declared in dokumen/rencana-2026, dokumen/rencana-2027");
  });

  // A review of stop 59: plans a level deeper, and a folder's own plan beside one in a folder inside it, got no note.
  it("names the plans' folders at any depth, the folder given among them", async () => {
    const cwd = documents(["2026/rencana", "2027/rencana"]);
    expect((await run(["check", "--static", "dokumen"], cwd)).stderr).toContain("holds 2 horizons, declared in dokumen/2026/rencana, dokumen/2027/rencana:");
    const own = documents(["."]);
    mkdirSync(path.join(own, "dokumen", "lama"));
    writeFileSync(path.join(own, "dokumen", "lama", "rencana.lontar"), plan(2025).replace(/\blib\b/g, "lib_lama").replace(/kelas/g, "kelas_lama"));
    const both = await run(["check", "--static", "dokumen"], own);
    expect(both.stderr).toContain("holds 2 horizons, declared in dokumen, dokumen/lama: ");
    expect(both.stderr).toContain("check one at a time: lontar check dokumen/lama");
  });

  it("says nothing of one plan's folder, nor of one plan with its files in folders", async () => {
    const cwd = documents(["rencana-2026", "rencana-2027"]);
    const one = await run(["check", "--static", "dokumen/rencana-2027"], cwd);
    expect(one.code).toBe(0);
    expect(one.stderr).toBe("");
    const single = documents(["rencana-2026"]);
    mkdirSync(path.join(single, "dokumen", "mitra"));
    writeFileSync(path.join(single, "dokumen", "mitra", "pkk.lontar"), 'mitra pkk {\n  nama "TP PKK"\n  jenis pkk\n}\n');
    const folders = await run(["check", "--static", "dokumen"], single);
    expect(folders.stderr).not.toContain("horizon");
  });
});
