/**
 * LON3008 `sameAs`: `name` is another word for `title` in a program and an agreement, and the
 * title wins when both are written, so the name would be lost in silence: it is said at the
 * name, wherever it stands; one alone, or a library's own `name` (no `title` there), is no warning.
 */
import { describe, expect, it } from "vitest";
import { checkSource, localizeDiagnostic } from "@lontar/dsl";

const library = 'library lib { tier desa region "Aceh" / "Kota Langsa" }\n';
const program = (lines: string): string => `${library}program p {\n${lines}  category class\n  schedule once 2026-04-20 at 08:00 for 2h\n}\n`;
const warnings = (source: string) => checkSource(source, "main.lontar").diagnostics.filter((d) => d.code === "LON3008");

describe("a title and its other word both written", () => {
  it("is one warning at the name, before or after the title, in both languages", () => {
    for (const lines of ['  title "A"\n  name "B"\n', '  name "B"\n  title "A"\n']) {
      const source = program(lines);
      const found = warnings(source);
      expect(found, lines).toHaveLength(1);
      const [d] = found;
      expect(source.slice(d?.location.range.start.offset, d?.location.range.end.offset)).toBe('name "B"');
      expect(d?.message).toBe("`name` is another word for `title`, which is given too: `title` is used, and this one is not; keep one of them");
      if (d !== undefined) expect(localizeDiagnostic(d, "id").message).toBe("`nama` adalah kata lain untuk `judul`, yang juga ditulis: `judul` yang dipakai, yang ini tidak; pertahankan salah satunya");
    }
  });

  it("is said at each name written beside a title, and no name is then said to be the one used", () => {
    const source = program('  name "A"\n  title "B"\n  name "C"\n');
    const found = warnings(source);
    expect(found.map((d) => source.slice(d.location.range.start.offset, d.location.range.end.offset))).toEqual(['name "A"', 'name "C"']);
    expect(found.every((d) => d.text?.key === "LON3008.sameAs")).toBe(true);
  });

  it("is said in an agreement too", () => {
    const source = `${library}partner m { kind ngo name "M" }\nagreement a {\n  judul "Kerja sama"\n  nama "MoU"\n  between lib and m\n  valid 2026-01-01..2026-12-31\n}\n`;
    expect(warnings(source).map((d) => source.slice(d.location.range.start.offset, d.location.range.end.offset))).toEqual(['nama "MoU"']);
  });

  it("is no warning for one of them alone, or a library's name", () => {
    expect(warnings(program('  title "A"\n'))).toEqual([]);
    expect(warnings(program('  nama "B"\n'))).toEqual([]);
    expect(warnings(`library lib { tier desa region "Aceh" / "Kota Langsa" name "Perpustakaan" }\n`)).toEqual([]);
  });
});
