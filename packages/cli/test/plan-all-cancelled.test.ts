/**
 * A program every session of which is cancelled (a storytelling contest set on 17 August, a
 * holiday) was one cancelled row among many under "the plan can be carried out" (a
 * pustakawan's walk, stop 52): the plan summary and the report's verdict now name it.
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { run, tempDir } from "./support/run.js";

const SOURCE = `cakrawala 2027-01-01..2027-12-31
perpustakaan dispus_ende {
  jenjang kabupaten
  wilayah "Nusa Tenggara Timur" / "Kabupaten Ende"
}
program lomba_bercerita di dispus_ende {
  judul "Lomba Bercerita"
  kategori lomba_bercerita
  jadwal sekali 2027-08-17 pukul 08:00 selama 5 jam
}
program kelas di dispus_ende {
  kategori kelas
  jadwal sekali 2027-08-18 pukul 08:00 selama 2 jam
}
`;

describe("lontar plan of a program whose every session is cancelled", () => {
  it("names it in the summary and in the report, in both languages, and no other program", async () => {
    const cwd = tempDir();
    writeFileSync(path.join(cwd, "utama.lontar"), SOURCE);
    const id = await run(["plan", "--lang", "id", "utama.lontar", "--out", "keluaran"], cwd);
    expect(id.code).toBe(0);
    expect(id.stdout).toContain("\n  batal semua  lomba_bercerita: setiap sesinya dibatalkan (`lontar check` menyebut sebabnya: LON5104)\n");
    const html = readFileSync(path.join(cwd, "keluaran", "index.html"), "utf8");
    expect(html).toContain('<p class="bad">Program yang semua kegiatannya dibatalkan, pada hari libur, hari tutup atau karena sebab yang tercantum padanya: Lomba Bercerita.');
    const en = await run(["plan", "--lang", "en", "utama.lontar", "--out", "out"], cwd);
    expect(en.stdout).toContain("\n  cancelled    lomba_bercerita: every session of theirs is cancelled (`lontar check` says why: LON5104)\n");
    expect(readFileSync(path.join(cwd, "out", "index.html"), "utf8")).toContain('<p class="bad">Programs all of whose sessions are cancelled, on holidays, on closures or for the reasons listed with them: Lomba Bercerita.');
    writeFileSync(path.join(cwd, "utama.lontar"), SOURCE.replace("2027-08-17", "2027-08-19"));
    const held = await run(["plan", "--lang", "en", "utama.lontar", "--out", "out"], cwd);
    expect(held.stdout).not.toContain("cancelled    ");
    // The report's script carries every word of the report: the paragraph is what must not be there.
    expect(readFileSync(path.join(cwd, "out", "index.html"), "utf8")).not.toContain('<p class="bad">Programs all of whose sessions are cancelled');
  });
});
