import { chmodSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { run, tempDir } from "./support/run.js";

const LIBRARY = `perpustakaan perpus_desa {
  jenjang desa
  wilayah "Jawa Barat" / "Kabupaten Bogor"
  buka Senin-Jumat 08.00-16.00
}
`;
// Certain mistakes in a row (a later one found only once the one before is fixed), and one with two readings.
const PROGRAM = `cakrawala Januari - Desember 2027
program dongeng di perpus_desa {
  kategori mendongeng
  sasaran anak anak
  jadwal setiap hari Selasa jam 9 pagi selama 2 jam
  peserta dua puluh
  biaya Rp 1 juta 500 ribu per kegiatan
}
`;
const FIXED = `cakrawala 2027-01-01..2027-12-31
program dongeng di perpus_desa {
  kategori mendongeng
  sasaran anak_anak
  jadwal setiap selasa pukul 09:00 selama 2 jam
  peserta 20
  biaya Rp 1.500.000 per kegiatan
}
`;

describe("lontar check --fix", () => {
  it("writes every certain fix into the files named, pass after pass, and reports what is left", async () => {
    const dir = tempDir();
    const main = path.join(dir, "main.lontar");
    const library = path.join(dir, "library.lontar");
    writeFileSync(main, `impor "./library.lontar"\n${PROGRAM}`);
    writeFileSync(library, LIBRARY);
    chmodSync(main, 0o600);
    const result = await run(["check", "--fix", "--static", "--lang", "en", "main.lontar"], dir);
    expect(readFileSync(main, "utf8")).toBe(`impor "./library.lontar"\n${FIXED}`);
    expect(statSync(main).mode & 0o777).toBe(0o600);
    // Imported, not named: left as written (its mistakes are still reported).
    expect(readFileSync(library, "utf8")).toBe(LIBRARY);
    expect(result.stderr).toBe("lontar: fixed 7 problems in main.lontar\n");
    // What is left: the cost's `per kegiatan` (two readings, none applied) and the library's forms.
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("main.lontar:8:26");
    expect(result.stdout).toContain("library.lontar:4:");
    // Fixed, then named too: nothing is left there but the cost's two readings.
    const again = await run(["check", "--fix", "--static", "--lang", "id", "main.lontar", "library.lontar"], dir);
    expect(again.stderr).toBe("lontar: 3 masalah diperbaiki di library.lontar\n");
    expect(readFileSync(library, "utf8")).toContain("buka senin..jumat 08:00-16:00");
    expect(again.stdout).not.toContain("library.lontar");
  });

  it("leaves a file with nothing to fix untouched, and says nothing of fixes", async () => {
    const dir = tempDir();
    const file = path.join(dir, "a.lontar");
    const clean = LIBRARY.replace("Senin-Jumat 08.00-16.00", "senin..jumat 08:00-16:00");
    writeFileSync(file, clean);
    const before = statSync(file).mtimeMs;
    const result = await run(["check", "--fix", "--static", "a.lontar"], dir);
    expect(result).toMatchObject({ code: 0, stderr: "" });
    expect(readFileSync(file, "utf8")).toBe(clean);
    expect(statSync(file).mtimeMs).toBe(before);
  });

  it("counts a fix of several edits as one problem: an agreement's parties written the other way round, swapped (stop 43's walk)", async () => {
    const dir = tempDir();
    const file = path.join(dir, "a.lontar");
    const agreement = `mitra unpatti {\n  nama "Universitas Pattimura"\n  jenis perguruan_tinggi\n}\nkesepakatan mou {\n  antara unpatti dan perpus_desa\n  berlaku 2027-01-01..2027-12-31\n}\n`;
    writeFileSync(file, LIBRARY.replace("Senin-Jumat 08.00-16.00", "senin..jumat 08:00-16:00") + agreement);
    const result = await run(["check", "--fix", "--static", "--lang", "en", "a.lontar"], dir);
    // With --static, the note that no plan checked the agreement follows (a CI walk, stop 53).
    expect(result.stderr).toBe("lontar: fixed 1 problem in a.lontar\nnote: --static checked the language only: the plan and the 1 agreement of a.lontar were not checked; check without --static to know whether they are kept\n");
    expect(readFileSync(file, "utf8")).toContain("  antara perpus_desa dan unpatti\n");
  });
});
