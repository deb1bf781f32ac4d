/**
 * `wilayah "Jawa Tengah" > "Kabupaten Klaten"` (stop 58): a region's parts joined as a
 * breadcrumb (`>`) or a list (`,`, `-`) said only "expected a property of the library, found
 * `>`". Each join is LON1106 at it, with ` / ` as the certain fix, in both languages.
 */
import { describe, expect, it } from "vitest";
import { applyEdits, certainFixes, checkSource, localizeDiagnostic } from "@lontar/dsl";

const library = (region: string) => `perpustakaan p {\n  nama "P"\n  jenjang desa\n  ${region}\n}\n`;
const errors = (text: string) => checkSource(text, "a.lontar").diagnostics.filter((d) => d.severity === "error");
const fixed = (text: string) => applyEdits(text, certainFixes(errors(text)).get("a.lontar") ?? []);

describe("a region's parts joined otherwise than with `/`", () => {
  it("is LON1106 at each join, fixed to ` / `", () => {
    for (const join of [" > ", " - ", ">", " || "]) {
      const text = library(`wilayah "Jawa Tengah"${join}"Kabupaten Klaten"`);
      const [d, ...rest] = errors(text);
      expect(rest, join).toEqual([]);
      expect(d?.code, join).toBe("LON1106");
      expect(localizeDiagnostic(d!, "id").message, join).toBe(`\`${join.trim()}\` di antara bagian-bagian wilayah: Lontar menggabungkannya dengan \`/\`, seperti \`"Jawa Tengah" / "Kabupaten Klaten"\``);
      expect(fixed(text), join).toBe(library('wilayah "Jawa Tengah" / "Kabupaten Klaten"'));
    }
    // A `,` may list two places side by side: ` / ` is offered, not applied (a review of stop 58).
    const comma = library('wilayah "Kabupaten Klaten", "Kabupaten Boyolali"');
    const [c] = errors(comma);
    expect(c?.code).toBe("LON1106");
    expect(c?.suggestions.map((x) => [x.edits[0]?.text, x.preferred === true])).toEqual([[" / ", false]]);
    expect(fixed(comma)).toBe(comma);
    const three = library('region "Jawa Tengah" > "Kabupaten Klaten" > "Kecamatan Wedi"');
    expect(errors(three)).toHaveLength(2);
    expect(localizeDiagnostic(errors(three)[0]!, "en").message).toBe('`>` between the parts of a region: Lontar joins them with `/`, as in `"Jawa Tengah" / "Kabupaten Klaten"`');
    expect(fixed(three)).toBe(library('region "Jawa Tengah" / "Kabupaten Klaten" / "Kecamatan Wedi"'));
    expect(errors(fixed(three))).toEqual([]);
  });

  it("leaves other properties' strings and a region written right alone", () => {
    expect(errors(library('wilayah "Jawa Tengah" / "Kabupaten Klaten"'))).toEqual([]);
    const title = errors(library('nama "A", "B"'));
    expect(title.length).toBeGreaterThan(0);
    expect(title.every((d) => !/bagian-bagian wilayah/.test(localizeDiagnostic(d, "id").message))).toBe(true);
  });
});
