/**
 * A count with a decimal part after a `0` (`kapasitas 0,500`) is a fraction, not thousands:
 * it is "not a whole number" with nothing offered (a review of stop 59: `0500` was offered).
 */
import { describe, expect, it } from "vitest";
import { checkSource } from "@lontar/dsl";

describe("a fraction where a whole number stands", () => {
  it("offers nothing after a 0, and the whole number for groups of three digits", () => {
    const room = (capacity: string) => `perpustakaan p {\n  jenjang desa\n  wilayah "Jawa Tengah" / "Kabupaten Klaten"\n}\nruang aula di p {\n  kapasitas ${capacity}\n}\n`;
    const [fraction, ...none] = checkSource(room("0,500"), "a.lontar").diagnostics;
    expect(none).toEqual([]);
    expect([fraction?.code, fraction?.message, fraction?.suggestions]).toEqual(["LON1106", "`0,500` is not a whole number: Lontar counts in whole numbers here", []]);
    expect(checkSource(room("2,500"), "a.lontar").diagnostics[0]?.suggestions.map((s) => s.edits[0]?.text)).toEqual(["2500"]);
  });
});
