/**
 * `termasuk hari libur` (a walk of stop 56): a schedule held on holidays written with a
 * letter's words was "expected `libur` after `termasuk`, found `hari`", with no fix. The
 * words around the holidays word are now LON1106 with the certain fix `termasuk libur`.
 */
import { describe, expect, it } from "vitest";
import { applyEdits, certainFixes, checkSource } from "@lontar/dsl";
import { parseFileWith } from "../../src/syntax/parse.js";

const id = (tail: string) => `perpustakaan p {\n  jenjang kota\n  wilayah "Aceh" / "Kota Langsa"\n}\nprogram a di p {\n  kategori festival\n  jadwal sekali 2027-08-17 pukul 08:00 selama 2 jam ${tail}\n}\n`;
const en = (tail: string) => `library p {\n  tier city\n  region "Aceh" / "Kota Langsa"\n}\nprogram a at p {\n  category festival\n  schedule once 2027-08-17 at 08:00 for 2h ${tail}\n}\n`;
const errors = (source: string) => checkSource(source, "a.lontar").diagnostics.filter((d) => d.severity === "error");

describe("`including holidays` written with a letter's words", () => {
  it("is one LON1106 with the holidays word alone as the certain fix, which reads as `including holidays`", () => {
    for (const [source, fixed] of [
      [id("termasuk hari libur"), id("termasuk libur")],
      [id("termasuk libur nasional"), id("termasuk libur")],
      [id("termasuk hari libur nasional"), id("termasuk libur")],
      [id("termasuk libur nasional dan cuti bersama"), id("termasuk libur")],
      [en("including public holidays"), en("including holidays")],
    ] as const) {
      const found = errors(source);
      expect(found.map((d) => d.code), source).toEqual(["LON1106"]);
      const repaired = applyEdits(source, certainFixes(found).get("a.lontar") ?? []);
      expect(repaired).toBe(fixed);
      expect(errors(repaired)).toEqual([]);
      const schedule = (text: string) => JSON.stringify(parseFileWith(text, "a.lontar", "grammar").file.items[1]).match(/"includeClosures":(true|false)/)?.[1];
      expect(schedule(repaired)).toBe("true");
    }
  });
});
