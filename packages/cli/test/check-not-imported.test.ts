/**
 * A file named on its own that leaves out the import of a file beside it declaring the
 * villages its route visits: checked alone, the stops are places of their own (no opening
 * hours, no closures) and the run passed in silence (a pustakawan's walk, stop 52). `check`
 * and `plan` now say which file declares them and what to do.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { run, tempDir } from "./support/run.js";

const MAIN = `cakrawala 2027-01-01..2027-12-31
perpustakaan dispus_ende {
  jenjang kabupaten
  wilayah "Nusa Tenggara Timur" / "Kabupaten Ende"
}
program keliling_barat di dispus_ende {
  kategori perpustakaan_keliling
  rute bergilir desa_nangapanda, desa_wolowaru
  jadwal setiap minggu pada senin pukul 08:00 selama 4 jam
}
`;
const VILLAGES = `perpustakaan desa_nangapanda {
  jenjang desa
  wilayah "Nusa Tenggara Timur" / "Kabupaten Ende"
  tutup 2027-01-04 "Pesta adat"
}
perpustakaan desa_wolowaru {
  jenjang desa
  wilayah "Nusa Tenggara Timur" / "Kabupaten Ende"
}
`;

function workspace(main = MAIN): string {
  const cwd = tempDir();
  mkdirSync(path.join(cwd, "ws"));
  writeFileSync(path.join(cwd, "ws", "utama.lontar"), main);
  writeFileSync(path.join(cwd, "ws", "desa.lontar"), VILLAGES);
  return cwd;
}

describe("lontar check and plan on a file that leaves out the file declaring its route's stops", () => {
  it("names the file, the names it declares, the import to add and the folder to check, in both languages", async () => {
    const cwd = workspace();
    const id = await run(["check", "--lang", "id", "ws/utama.lontar"], cwd);
    expect(id.code).toBe(0);
    expect(id.stderr).toBe(
      "catatan: ws/desa.lontar mendeklarasikan `desa_nangapanda`, `desa_wolowaru`, yang dipakai di ws/utama.lontar, tetapi tidak diimpor olehnya: tanpa berkas itu, lokasi atau perhentian rute yang tidak dideklarasikan menjadi tempat tersendiri, yang jam buka dan hari tutupnya tidak dibaca; tambahkan `impor \"./desa.lontar\"` ke ws/utama.lontar, atau periksa foldernya: lontar check ws\n",
    );
    const github = await run(["check", "--format", "github", "ws/utama.lontar"], cwd);
    expect(github.stdout).toMatch(/^::notice file=ws\/utama\.lontar::note: ws\/desa\.lontar declares `desa_nangapanda`, `desa_wolowaru`, used in ws\/utama\.lontar/m);
    const plan = await run(["plan", "--lang", "en", "ws/utama.lontar", "--out", "out"], cwd);
    expect(plan.code).toBe(0);
    expect(plan.stderr).toContain("note: ws/desa.lontar declares `desa_nangapanda`, `desa_wolowaru`, used in ws/utama.lontar");
  });

  it("says it beside the errors of a name declared only in the file left out", async () => {
    const cwd = workspace(MAIN.replace("di dispus_ende {\n  kategori", "di desa_wolowaru {\n  kategori"));
    const result = await run(["check", "--static", "--lang", "en", "ws/utama.lontar"], cwd);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("LON2002");
    expect(result.stderr).toContain('note: ws/desa.lontar declares `desa_nangapanda`, `desa_wolowaru`, which ws/utama.lontar uses but does not import; add `impor "./desa.lontar"` to ws/utama.lontar, or check the folder: lontar check ws');
  });

  it("names the file that uses the names when several are given, in its keywords' language", async () => {
    const cwd = workspace();
    const [head, program] = [MAIN.slice(0, MAIN.indexOf("program")), MAIN.slice(MAIN.indexOf("program"))];
    writeFileSync(path.join(cwd, "ws", "utama.lontar"), head);
    writeFileSync(path.join(cwd, "ws", "program.lontar"), program.replace("rute bergilir", "rute bergilir").replace("kategori perpustakaan_keliling", "kategori perpustakaan_keliling"));
    const result = await run(["check", "--lang", "en", "ws/utama.lontar", "ws/program.lontar"], cwd);
    expect(result.stderr).toBe('note: ws/desa.lontar declares `desa_nangapanda`, `desa_wolowaru`, used in ws/program.lontar, which does not import it: checked without it, a site or route stop declared nowhere is a place of its own, whose opening hours and closures are not read; add `impor "./desa.lontar"` to ws/program.lontar, or check the folder: lontar check ws\n');
    const english = `horizon 2027-01-01..2027-12-31\nlibrary dispus_ende {\n  tier regency\n  region "Nusa Tenggara Timur" / "Kabupaten Ende"\n}\nprogram route at dispus_ende {\n  category mobile_library\n  route rotating desa_nangapanda, desa_wolowaru\n  schedule every week on monday at 08:00 for 4h\n}\n`;
    writeFileSync(path.join(cwd, "ws", "english.lontar"), english);
    expect((await run(["check", "ws/english.lontar"], cwd)).stderr).toContain('add `import "./desa.lontar"` to ws/english.lontar');
  });

  it("says nothing of a file another file imports (the folder is its workspace), nor when the run checks the folder too", async () => {
    const cwd = workspace();
    writeFileSync(path.join(cwd, "ws", "induk.lontar"), 'impor "./utama.lontar"\nimpor "./desa.lontar"\n');
    expect((await run(["check", "ws/utama.lontar"], cwd)).stderr).toBe("");
    const both = workspace();
    expect((await run(["check", "ws/utama.lontar", "ws"], both)).stderr).toBe("");
  });

  it("says nothing once the file is imported, when the folder is checked, or when no file beside it declares the names", async () => {
    const imported = workspace(`impor "./desa.lontar"\n${MAIN}`);
    expect((await run(["check", "ws/utama.lontar"], imported)).stderr).toBe("");
    const cwd = workspace();
    expect((await run(["check", "ws"], cwd)).stderr).toBe("");
    writeFileSync(path.join(cwd, "ws", "desa.lontar"), VILLAGES.replaceAll("desa_", "kampung_"));
    expect((await run(["check", "ws/utama.lontar"], cwd)).stderr).toBe("");
  });
});
