/**
 * LON3202, a role or skill no one has: the near ones as fixes, else (`peran pustakawan` where
 * the roles are written in English) the ones the workspace's people have, when few.
 */
import { describe, expect, it } from "vitest";
import { checkSource, localizeDiagnostic } from "@lontar/dsl";

const WORKSPACE = (wanted: string): string => `library lib { tier city  region "Aceh" / "Kota Langsa" }
staff ani at lib { role librarian  skills storytelling, book_discussion }
staff budi at lib { role head }
program p at lib {
  category class
  schedule once 2026-02-02 at 09:00 for 1h
  needs 1 staff with ${wanted}
}
`;

const noHolder = (wanted: string) => checkSource(WORKSPACE(wanted), "a.lontar").diagnostics.filter((d) => d.code === "LON3202");

describe("LON3202: a role or skill no one has", () => {
  it("offers a near one as its fix", () => {
    const [d] = noHolder("skill storyteling");
    expect(d?.suggestions.map((s) => s.edits[0]?.text)).toEqual(["storytelling"]);
  });

  // Stop 57: `peran Pustakawan` for `pustakawan` was offered but left by `check --fix`.
  it("applies on its own the one held that differs in capitals alone, and offers a misspelt one", () => {
    const [d] = noHolder("role Librarian");
    expect(d?.suggestions.map((s) => [s.edits[0]?.text, s.preferred === true])).toEqual([["librarian", true]]);
    // Among several near ones, the one alike but for capitals (the review of stop 57).
    const several = checkSource(WORKSPACE("role Librarian").replace("role head", "role librarians"), "a.lontar").diagnostics.filter((x) => x.code === "LON3202");
    expect(several[0]?.suggestions.filter((s) => s.preferred === true).map((s) => s.edits[0]?.text)).toEqual(["librarian"]);
    const [typo] = noHolder("skill storyteling");
    expect(typo?.suggestions.map((s) => s.preferred === true)).toEqual([false]);
  });

  it("lists the ones the people have when none is near, in each language", () => {
    const [d] = noHolder("role pustakawan");
    expect(localizeDiagnostic(d!, "en").message).toBe("no staff member has the role `pustakawan`; the roles they have: `head`, `librarian`");
    expect(localizeDiagnostic(d!, "id").message).toBe("tidak ada staf dengan peran `pustakawan`; peran yang dimiliki: `head`, `librarian`");
    expect(localizeDiagnostic(noHolder("skill mendongeng")[0]!, "en").message).toContain("the skills they have: `book_discussion`, `storytelling`");
  });
});
