/**
 * `tahap bimtek mulai 2027-01-01` (a walk of stop 56): a library's TPBIS stage with the date it
 * starts said only "expected a property of the library, found `mulai`". It is now one LON1106 at
 * the date, saying a stage is the library's for the whole plan, with no fix (the stage to keep is
 * the writer's choice).
 */
import { describe, expect, it } from "vitest";
import { checkSource, localizeDiagnostic } from "@lontar/dsl";

const library = (stage: string) => `perpustakaan desa_a {\n  jenjang desa\n  wilayah "Jawa Barat" / "Kabupaten Garut"\n  ${stage}\n}\n`;
const errors = (source: string) => checkSource(source, "a.lontar").diagnostics.filter((d) => d.severity === "error");

describe("a library's stage written with a date", () => {
  it("is one LON1106 at the date, naming the stage to write, with no fix", () => {
    // A month with its year too (stop 58: `mulai Februari 2027` was "expected a property of the library, found `mulai`").
    for (const stage of ["tahap bimtek mulai 2027-01-01", "tahap bimtek sejak 2027-01-01", "tahap bimtek 2027-01-01..2027-05-31", "tahap bimtek dari 2027-01-01 sampai 2027-05-31", "tahap bimtek mulai Februari 2027", "tahap bimtek sejak maret 2027"]) {
      const [d, ...rest] = errors(library(stage));
      expect(rest, stage).toEqual([]);
      expect(d?.code, stage).toBe("LON1106");
      expect(d?.location.range.start, stage).toMatchObject({ line: 4, column: 16 });
      expect(localizeDiagnostic(d!, "id").message, stage).toBe(`\`${stage}\`: \`tahap\` adalah tahap TPBIS perpustakaan untuk seluruh rencana, tanpa tanggal; tulis tahap yang dijalaninya selama cakrawala (\`tahap bimtek\`), dan tahap berikutnya pada rencana bulan-bulan setelah perubahannya`);
      expect(d?.suggestions).toEqual([]);
    }
    expect(localizeDiagnostic(errors(library("stage bimtek from 2027-01-01"))[0]!, "en").message).toContain("`stage` is the TPBIS stage a library is at for the whole plan, and takes no date; write the stage it is at during the horizon (`stage bimtek`)");
  });

  it("names a TPBIS stage in its example when the one written is none: the nearest, else the first", () => {
    const message = (stage: string, lang: "en" | "id") => localizeDiagnostic(errors(library(stage))[0]!, lang).message;
    expect(message("tahap bimteck mulai 2027-01-01", "id")).toContain("(`tahap bimtek`)");
    expect(message("tahap xyz mulai 2027-01-01", "id")).toContain("(`tahap sosialisasi`)");
    expect(message("stage xyz from 2027-01-01", "en")).toContain("(`stage socialisation`)");
  });

  it("reads it on a one-line declaration too, not after a program's `memerlukan tahap`", () => {
    // A review of stop 58: the reading wanted `tahap` at its line's start.
    const [d, ...rest] = errors(`perpustakaan desa_a { jenjang desa  wilayah "Jawa Barat" / "Kabupaten Garut"  tahap bimtek mulai Februari 2027 }\n`);
    expect(rest).toEqual([]);
    expect(d?.code).toBe("LON1106");
    expect(d?.location.range.start).toMatchObject({ line: 1, column: 92 });
    expect(errors(`program p { judul "x"  memerlukan tahap bimtek mulai 2027-01-01 }\n`)[0]?.code).toBe("LON1101");
    // The next property on the line is its own (a review of stop 59: `buka …` was quoted as the stage's dates).
    const [next, ...none] = errors(`perpustakaan desa_a { jenjang desa  wilayah "Jawa Barat" / "Kabupaten Garut"  tahap bimtek mulai Februari 2027  buka sen..jum 08:00-15:00 }\n`);
    expect(none).toEqual([]);
    expect(localizeDiagnostic(next!, "id").message).toMatch(/^`tahap bimtek mulai Februari 2027`: /);
  });

  it("leaves the stage alone as before", () => {
    expect(errors(library("tahap bimtek"))).toEqual([]);
  });
});
