/**
 * LON3201 when a need asks for more people than fit it: the message names the ones that
 * do, so the reader sees whom the plan can count on and how many more to declare.
 */
import { describe, expect, it } from "vitest";
import { checkSource, localizeDiagnostic } from "@lontar/dsl";

const WORKSPACE = (needs: string): string => `library lib { tier city  region "Nusa Tenggara Timur" / "Kota Kupang" }
staff panitia_1 at lib { role panitia }
staff panitia_2 at lib { role panitia  skills mc }
staff stefanus at lib { role kepala_dinas }
program plm at lib {
  category seminar
  schedule once 2019-10-16 at 08:00 for 1h
  needs ${needs}
}
`;

const onlyFit = (needs: string) => checkSource(WORKSPACE(needs), "a.lontar").diagnostics.filter((d) => d.code === "LON3201");

describe("LON3201: more people needed than fit", () => {
  it("names the one that fits, in each language", () => {
    const [d, ...rest] = onlyFit("2 staff with role panitia and skill mc");
    expect(rest).toEqual([]);
    expect(localizeDiagnostic(d!, "en").message).toBe("2 staff are needed here, but only 1 fit: `panitia_2`");
    expect(localizeDiagnostic(d!, "id").message).toBe("di sini diperlukan 2 staf, tetapi hanya 1 yang cocok: `panitia_2`");
  });

  it("names every one that fits, in the order declared", () => {
    const [d] = onlyFit("3 staff with role panitia");
    expect(localizeDiagnostic(d!, "en").message).toBe("3 staff are needed here, but only 2 fit: `panitia_1`, `panitia_2`");
    expect(onlyFit("2 staff with role panitia")).toEqual([]);
  });

  it("a capacity asked of staff is told it has none (it was \"no staff holds 10 people: the largest, `stefanus`, holds 0\")", () => {
    const found = onlyFit("1 staff with role panitia and capacity 10");
    expect(found.map((d) => localizeDiagnostic(d, "en").message)).toEqual(["`capacity` is not asked of staff: it asks a room for the people it holds, or a vehicle for its books"]);
    expect(localizeDiagnostic(found[0]!, "id").message).toBe("`kapasitas` tidak diminta dari staf: kapasitas meminta ruang menampung sejumlah orang, atau kendaraan sejumlah buku");
    const source = WORKSPACE("1 staff with role panitia and capacity 10");
    expect(source.slice(found[0]!.location.range.start.offset, found[0]!.location.range.end.offset)).toBe("10");
  });
});
