/**
 * A word that starts no property, typed where one starts (an editor walk in Bahasa Indonesia,
 * keystroke by keystroke): the keyword offered is one the declaration takes, and like the word.
 * `kap` in a room was "did you mean `batas`?" (a budget's `cap`), `ter` in a staff member
 * `jenjang` (a library's `tier`), `ind` in a KPI `jenis` (a partner's `kind`), and `t`, `kat`
 * or `ant` anywhere `pukul` (one letter from English `at`, spelt in Bahasa Indonesia: a word
 * that short is no attempt at the other language's keyword).
 */
import { describe, expect, it } from "vitest";
import { checkSource, localizeDiagnostic } from "@lontar/dsl";

/** The words each error of `text` offers, in Bahasa Indonesia. */
function offered(text: string): string[] {
  return checkSource(text, "a.lontar").diagnostics.filter((d) => d.severity === "error").flatMap((d) => d.suggestions.flatMap((s) => s.edits.map((e) => e.text)));
}

function messages(text: string): string[] {
  return checkSource(text, "a.lontar").diagnostics.filter((d) => d.severity === "error").map((d) => localizeDiagnostic(d, "id").message);
}

const LIBRARY = 'perpustakaan p {\n  jenjang desa\n  wilayah "Jawa Tengah" / "Kabupaten Klaten"\n  LINE\n}\n';

describe("a keyword offered where a property starts", () => {
  it.each([
    ["ruang r di p {\n  kap\n}\n", "batas"],
    ["staf s di p {\n  ter\n}\n", "jenjang"],
    ["kpi k {\n  ind\n}\n", "jenis"],
    ["aturan a {\n  ma\n}\n", "maks"],
    [LIBRARY.replace("LINE", "t"), "pukul"],
    [LIBRARY.replace("LINE", "kat"), "pukul"],
    ["kesepakatan k {\n  ant\n}\n", "pukul"],
    ["kesepakatan k {\n  mi\n}\n", "di"],
    ["program x di p {\n  kategori kelas\n  t\n}\n", "pukul"],
    ["program x di p {\n  kategori kelas\n  kat\n}\n", "pukul"],
    ["ruang r di p {\n  ant\n}\n", "pukul"],
  ])("%j does not offer `%s`", (text, wrong) => {
    const source = text.startsWith("perpustakaan") ? text : `${LIBRARY.replace("  LINE\n", "")}${text}`;
    expect(offered(source)).not.toContain(wrong);
    expect(messages(source).join("\n")).not.toContain(`\`${wrong}\``);
  });

  it("still offers the declaration's own keyword for a typo, in either language", () => {
    const room = (line: string): string => `${LIBRARY.replace("  LINE\n", "")}ruang r di p {\n  ${line}\n}\n`;
    expect(offered(room("kapasitsa 30"))).toContain("kapasitas");
    expect(offered(room("capacty 30"))).toContain("kapasitas");
    expect(offered(LIBRARY.replace("LINE", "tahp implementasi"))).toContain("tahap");
  });
});
