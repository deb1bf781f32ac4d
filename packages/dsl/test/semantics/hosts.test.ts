/**
 * LON5005: a party an agreement says hosts a program, that the program does not name (stop
 * 43's walk: an MoU's "Unpatti hosts the contest" was counted met while the contest listed
 * another partner and was held in the library's own hall).
 */
import { localizeDiagnostic } from "@lontar/core";
import { analyzeWorkspace } from "@lontar/dsl";
import { describe, expect, it } from "vitest";

const LIBRARY = `library lib {\n  tier province\n  region "Maluku" / "Kota Ambon"\n}\npartner unpatti { kind university }\npartner saniri { kind customary_institution }\nhorizon 2027-01-01..2027-12-31\n`;
const program = (extra: string): string => `program lomba at lib {\n  category storytelling_contest\n${extra}  schedule once 2027-08-21 at 09:00 for 4h\n}\n`;
const AGREEMENT = (party = "partner"): string => `agreement mou {\n  between lib and unpatti\n  valid 2027-01-01..2027-12-31\n  ${party} hosts lomba\n}\n`;
const codes = (...texts: string[]) =>
  analyzeWorkspace({ root: "/ws", files: texts.map((text, i) => ({ path: `f${i}.lontar`, text })), readFile: () => undefined }).diagnostics.map((d) => d.code);

describe("LON5005: a host the program does not name", () => {
  it("warns at the program's name when the partner is not among its partners, sites or route, in both languages", () => {
    const source = LIBRARY + program("  partners saniri\n") + AGREEMENT();
    const result = analyzeWorkspace({ root: "/ws", files: [{ path: "a.lontar", text: source }], readFile: () => undefined });
    expect(result.diagnostics.map((d) => [d.code, d.severity, d.location.range.start.line])).toEqual([["LON5005", "warning", 16]]);
    const [d] = result.diagnostics;
    expect(d?.message).toContain("`unpatti` hosts `lomba`, but `lomba` does not name `unpatti`");
    expect(localizeDiagnostic(d!, "id").message).toContain("tambahkan `mitra unpatti` atau `lokasi unpatti` pada programnya");
  });

  it("is quiet when the program names the party: a partner, a site, a route's stop, or its library hosting", () => {
    for (const extra of ["  partners saniri, unpatti\n", "  sites unpatti\n", "  route rotating saniri, unpatti\n"]) expect(codes(LIBRARY + program(extra) + AGREEMENT()), extra).not.toContain("LON5005");
    expect(codes(LIBRARY + program("") + AGREEMENT("library"))).not.toContain("LON5005");
  });

  it("reads a program in another file, and leaves a program declared nowhere to LON2002", () => {
    expect(codes(LIBRARY + AGREEMENT(), program(""))).toEqual(["LON5005"]);
    expect(codes(LIBRARY + AGREEMENT(), program("  partners unpatti\n"))).toEqual([]);
    expect(codes(LIBRARY + AGREEMENT())).toEqual(["LON2002"]);
  });

  // A walk of stop 56: `antara perpusdes_sukamaju dan pkk_sukamajuu` gave LON2002 with the name meant, and LON5005 telling to add the typo to the program.
  it("leaves a party not declared (a typo) to LON2002, for hosting and for a count of sessions", () => {
    const typo = (library: string, obligation: string) => `agreement mou {\n  between ${library} and unpatii\n  valid 2027-01-01..2027-12-31\n  ${obligation}\n}\n`;
    expect(codes(LIBRARY + program("  partners unpatti\n") + typo("lib", "partner hosts lomba"))).toEqual(["LON2002"]);
    // The agreement of another library counting a program that names `unpatti`, the partner meant.
    const other = `library desa {\n  tier village\n  region "Maluku" / "Kota Ambon"\n}\n`;
    expect(codes(LIBRARY + other + program("  partners unpatti\n") + typo("desa", "at least 1 sessions of lomba per year"))).toEqual(["LON2002"]);
    expect(codes(LIBRARY + other + program("  partners saniri\n") + typo("desa", "at least 1 sessions of lomba per year").replace("unpatii", "unpatti"))).toEqual(["LON5008"]);
  });
});

describe("LON5008: sessions counted of a program that names neither party", () => {
  const OTHER = `library desa {\n  tier village\n  region "Maluku" / "Kota Ambon"\n}\n`;
  const counting = (count: string): string => `agreement mou_desa {\n  between desa and unpatti\n  valid 2027-01-01..2027-12-31\n  ${count}\n}\n`;

  it("warns at the program's name when neither the agreement's library nor its partner takes part, in both languages", () => {
    const source = LIBRARY + OTHER + program("  partners saniri\n") + counting("at least 1 sessions of lomba per year");
    const result = analyzeWorkspace({ root: "/ws", files: [{ path: "a.lontar", text: source }], readFile: () => undefined });
    expect(result.diagnostics.map((d) => [d.code, d.severity, d.location.range.start.line, d.location.range.start.column])).toEqual([["LON5008", "warning", 20, 26]]);
    const [d] = result.diagnostics;
    expect(d?.message).toMatch(/^the agreement of `desa` and `unpatti` counts the sessions of `lomba`, which names neither /);
    expect(localizeDiagnostic(d!, "id").message).toContain("Tambahkan `mitra unpatti` atau `lokasi desa` pada `lomba` bila mereka ikut serta");
  });

  it("is quiet when the program names either party (its library, a partner, a site, a route stop) or the count names its sites", () => {
    for (const extra of ["  partners unpatti\n", "  sites desa\n", "  route rotating saniri, desa\n"]) expect(codes(LIBRARY + OTHER + program(extra) + counting("at least 1 sessions of lomba per year")), extra).toEqual([]);
    expect(codes(LIBRARY + OTHER + program("") + counting("at least 1 sessions of lomba per year").replace("between desa", "between lib"))).toEqual([]);
    expect(codes(LIBRARY + OTHER + program("  sites saniri\n") + counting("at least 1 sessions of lomba at saniri per year"))).toEqual([]);
  });

  it("reads a program in another file", () => {
    expect(codes(LIBRARY + OTHER + counting("at least 1 sessions of lomba per year"), program(""))).toEqual(["LON5008"]);
  });
});

describe("LON5008 and a program whose library is not known", () => {
  it("leaves it to LON2004 (which library runs it?) when the workspace has several libraries", () => {
    const OTHER = `library desa {\n  tier village\n  region "Maluku" / "Kota Ambon"\n}\n`;
    const unowned = `program lomba {\n  category storytelling_contest\n  schedule once 2027-08-21 at 09:00 for 4h\n}\n`;
    const counting = `agreement mou_desa {\n  between desa and unpatti\n  valid 2027-01-01..2027-12-31\n  at least 1 sessions of lomba per year\n}\n`;
    expect(codes(LIBRARY + OTHER + unowned + counting)).toEqual(["LON2004"]);
  });
});
