import { describe, expect, it } from "vitest";
import { formatSource } from "@lontar/dsl";

// Words spelled alike in both languages (`program`, `september`, `target`) carry no language
// of their own; the formatter must not turn the keywords that depend on them into English.
describe("keywords spelled alike in both languages", () => {
  const library = 'perpustakaan dispusip { nama "D" jenjang kota wilayah "Sumatera Barat" }\n';

  it("keeps `di` after a `program` in a Bahasa Indonesia file", () => {
    const { text } = formatSource(`${library}program lomba di dispusip { judul "Lomba" kategori lomba_membaca jadwal sekali 2019-04-20 pukul 08:00 selama 6 jam }\n`, "a.lontar");
    expect(text).toContain("program lomba di dispusip {");
    expect(text).not.toMatch(/\bat dispusip\b/);
  });

  it("keeps a month spelled alike (september) in the language around it", () => {
    const { text } = formatSource(`${library}program hkp { judul "HKP" kategori pameran jadwal setiap tahun pada 14 september pukul 09:00 selama 2 jam }\n`, "a.lontar");
    expect(text).toContain("setiap tahun pada 14 september pukul 09:00");
  });

  it("takes English context in an English file", () => {
    const { text } = formatSource('library l { name "L" tier city region "Sumatera Barat" }\nprogram p at l { title "P" category exhibition schedule every year on 14 september at 09:00 for 2h }\n', "b.lontar");
    expect(text).toContain("program p at l {");
    expect(text).toMatch(/every year on 14 sep(tember)? at 09:00/);
  });

  it("is still idempotent", () => {
    const once = formatSource(`${library}program lomba di dispusip { judul "Lomba" kategori lomba_membaca jadwal setiap tahun pada 14 september pukul 09:00 selama 2 jam }\n`, "a.lontar").text;
    expect(formatSource(once, "a.lontar").text).toBe(once);
  });

  // Found by `pnpm fuzz --seed 20260917 --runs 200000` (a mutant of watualang/programs.lontar):
  // `staf` (Indonesian) in an English file's needs list, then the next `program … at …`.
  // `program` took its language from `staf` before it, so its `at` was written `di`; on the
  // second pass `staf` had become `staff`, and `di` went back to `at`.
  it("takes a `program`'s language from its own `at`, not from the keyword before it", () => {
    const source = 'program a at x {\n  needs room r, staf s\n}\n\nprogram b at y {\n  title "B"\n}\n';
    const once = formatSource(source, "c.lontar").text;
    expect(once).toContain("program b at y {");
    expect(formatSource(once, "c.lontar").text).toBe(once);
  });

  it("still writes `di` for a `program … di …` after an English keyword", () => {
    const once = formatSource('program a at x {\n  title "A"\n}\n\nprogram b di y {\n  judul "B"\n}\n', "d.lontar").text;
    expect(once).toContain("program b di y {");
    expect(formatSource(once, "d.lontar").text).toBe(once);
  });

  it("keeps `at` / `di` as written, whatever the declaration keyword's language", () => {
    const source = 'ruang aula at x {\n  kapasitas 60\n}\n\nroom lab di y {\n  capacity 20\n}\n';
    const once = formatSource(source, "e.lontar").text;
    expect(once).toContain("ruang aula at x {");
    expect(once).toContain("room lab di y {");
    expect(formatSource(once, "e.lontar").text).toBe(once);
  });
});
