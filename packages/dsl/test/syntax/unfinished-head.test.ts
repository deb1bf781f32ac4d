/**
 * A declaration's head being typed (`room reading_room`, `… at`, `… at lib`) with no `{` yet,
 * at the end of the file or before the next declaration: one error saying what is still to
 * come, at the end of what is written, in both languages (it said "unexpected `room`: expected
 * a declaration such as `library`, …; did you mean `rooms`?").
 */
import { describe, expect, it } from "vitest";
import { checkSource, localizeDiagnostic } from "@lontar/dsl";

const errorsOf = (source: string) => checkSource(source, "a.lontar").diagnostics.filter((d) => d.severity === "error" && d.code.startsWith("LON11"));

describe("a declaration's head with no `{` yet", () => {
  it.each([
    ["room reading_room ", "expected `at` or `{` after `reading_room`, found the end of the file", "diharapkan `di` atau `{` setelah `reading_room`, ditemukan akhir berkas", 17],
    ["room reading_room at ", "expected a name like `dispusip_solok` after `at`, found the end of the file", "diharapkan nama seperti `dispusip_solok` setelah `at`", 20],
    ["room reading_room at perpustakaan_kota", "expected `{` after `perpustakaan_kota`, found the end of the file", "diharapkan `{` setelah `perpustakaan_kota`", 38],
    ["library perpus ", "expected `{` after `perpus`, found the end of the file", "diharapkan `{` setelah `perpus`", 14],
    ["ruang baca di perpus\n", "expected `{` after `perpus`, found the end of the file", "diharapkan `{` setelah `perpus`", 20],
  ] as const)("%j: one LON1101 at the end of the head", (source, en, id, offset) => {
    const errors = errorsOf(source);
    expect(errors.map((d) => d.code)).toEqual(["LON1101"]);
    expect(errors[0]?.message).toBe(en);
    expect(localizeDiagnostic(errors[0]!, "id").message).toContain(id);
    expect(errors[0]?.location.range.start.offset).toBe(offset);
    expect(errors[0]?.suggestions ?? []).toEqual([]);
  });

  it("before the next declaration: the error names what is missing, and the next declaration is read", () => {
    const source = "staff siti\n\nprogram kelas {\n  category class\n}\n";
    const errors = errorsOf(source);
    expect(errors.map((d) => [d.code, d.message])).toEqual([["LON1101", "expected `at` or `{` after `siti`"]]);
    expect(checkSource(source, "a.lontar").diagnostics.some((d) => d.message.includes("`program`"))).toBe(false);
  });

  it("a word after the name on the same line is named as what was found", () => {
    expect(errorsOf("room aula a dispusip\n").map((d) => d.message)).toEqual(["expected `at` or `{` after `aula`, found `a`"]);
  });

  it("names a role's, a skill's and a room's name as what they are, in both languages", () => {
    const source = 'perpustakaan p {\n  jenjang desa\n  wilayah "Jawa Tengah" / "Kabupaten Klaten"\n}\nstaf siti di p { peran }\nstaf budi di p { keahlian }\nruang { kapasitas 20 }\n';
    const errors = checkSource(source, "a.lontar").diagnostics.filter((d) => d.code.startsWith("LON1"));
    expect(errors.map((d) => localizeDiagnostic(d, "id").message)).toEqual([
      "diharapkan peran seperti `pustakawan` (sedikitnya satu) setelah `peran`, ditemukan `}`",
      "diharapkan keahlian seperti `mendongeng` (sedikitnya satu) setelah `keahlian`, ditemukan `}`",
      "diharapkan nama ruang seperti `aula` setelah `ruang`, ditemukan `{`",
    ]);
    expect(localizeDiagnostic(errors[0]!, "en").message).toBe("expected a role like `pustakawan` (at least one) after `peran`, found `}`");
  });

  it.each([
    // A walk of stop 59: a name is named as what its keyword declares (a role, a room, a program).
    ["program", "expected a program's name like `kelas_menulis` after `program`"],
    ["program fresh at", "expected a name like `dispusip_solok` after `at`"],
    ["program fresh at lib", "expected `{` after `lib`"],
  ])("%j typed above a declaration: one error on its own line, and the declaration below still read", (typed, message) => {
    const below = "program story_hour at lib {\n  category storytelling\n  schedule once 2026-03-06 at 09:00 for 1h\n}\n";
    const source = `library lib {\n  tier city\n  region "Aceh" / "Kota Langsa"\n}\n${typed}\n${below}agreement mou {\n  between lib and lib\n  partner hosts story_hour\n}\n`;
    const errors = checkSource(source, "a.lontar").diagnostics.filter((d) => d.code.startsWith("LON1") || d.code === "LON2002");
    expect(errors.map((d) => [d.code, d.message, d.location.range.start.line])).toEqual([["LON1101", message, 5]]);
  });
});
