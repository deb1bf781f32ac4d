/**
 * A role written where a person's name goes (`butuh staf pustakawan`, where `pustakawan` is the
 * `peran` of two staff): a first-hour walk (stop 49) got "`pustakawan` is not declared; staff is
 * needed here" with no fix, which reads as a person forgotten. Said as a role, with the fix that
 * asks for someone with it, in the need's language.
 */
import { localizeDiagnostic } from "@lontar/core";
import { applyEdits, certainFixes, checkSource } from "@lontar/dsl";
import { describe, expect, it } from "vitest";

const file = "a.lontar";
const ID = (need: string, people = "staf ani di p { peran pustakawan }\nstaf budi di p { peran pustakawan, sopir }\n"): string =>
  `perpustakaan p {\n  jenjang desa\n  wilayah "Jawa Barat"\n}\nruang aula di p { kapasitas 30 }\n${people}program dongeng di p {\n  kategori mendongeng\n  jadwal sekali 2027-01-02 pukul 09:00 selama 2 jam\n  butuh ${need}\n}\n`;
const EN = `library p {\n  tier village\n  region "Jawa Barat"\n}\nvolunteer sri at p { role storyteller }\nprogram tales at p {\n  category storytelling\n  schedule once 2027-01-02 at 09:00 for 2h\n  needs volunteer storyteller\n}\n`;

describe("a role written where a person's name goes", () => {
  it("is said as a role, naming who has it, and its certain fix asks for someone with it (Bahasa Indonesia)", () => {
    const source = ID("ruang aula, staf pustakawan");
    const { diagnostics } = checkSource(source, file);
    expect(diagnostics.map((d) => [d.code, d.location.range.start.line, d.location.range.start.column])).toEqual([["LON2002", 11, 26]]);
    const [d] = diagnostics;
    expect(localizeDiagnostic(d!, "id").message).toBe("`pustakawan` tidak dideklarasikan sebagai orang, tetapi merupakan peran (dimiliki `ani`, `budi`): kebutuhan akan seseorang dengan peran ditulis `dengan peran pustakawan`");
    const fixed = applyEdits(source, certainFixes(diagnostics).get(file) ?? []);
    expect(fixed).toContain("  butuh ruang aula, staf dengan peran pustakawan\n");
    expect(checkSource(fixed, file).diagnostics).toEqual([]);
  });

  it("in English for a volunteer, the fix in English words", () => {
    const { diagnostics } = checkSource(EN, file);
    expect(diagnostics.map((d) => d.message)).toEqual(["`storyteller` is not declared as a person, but it is a role (held by `sri`): a need asks for someone with a role as `with role storyteller`"]);
    const fixed = applyEdits(EN, certainFixes(diagnostics).get(file) ?? []);
    expect(fixed).toContain("  needs volunteer with role storyteller\n");
    expect(checkSource(fixed, file).diagnostics).toEqual([]);
  });

  it("names at most three people and counts the rest", () => {
    const people = ["a", "b", "c", "d", "e"].map((n) => `staf ${n} di p { peran pustakawan }\n`).join("");
    const [d] = checkSource(ID("staf pustakawan", people), file).diagnostics;
    expect(localizeDiagnostic(d!, "id").message).toContain("(dimiliki `a`, `b`, `c` dan 2 lainnya)");
  });

  it("leaves a name that is nobody's role to the usual message, and a room's name is no person", () => {
    expect(checkSource(ID("staf pustakawan_utama"), file).diagnostics.map((d) => d.message)).toEqual(["`pustakawan_utama` is not declared; a staff is needed here"]);
    expect(checkSource(ID("ruang pustakawan"), file).diagnostics.map((d) => d.message)).toEqual(["`pustakawan` is not declared; a room is needed here"]);
  });
});
