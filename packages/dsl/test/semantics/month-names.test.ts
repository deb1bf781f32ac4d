/**
 * `bulan == agustus`, `month >= dec`, `bulan dalam [juli, agustus]`: a month by its name where
 * the fact is its number (1 to 12) is one LON3102 at the name, saying the number, with the number
 * as the certain fix; the fixed file checks. Another word is still "cannot compare".
 */
import { describe, expect, it } from "vitest";
import { applyEdits, certainFixes, localizeDiagnostic } from "@lontar/dsl";
import { errors, rule } from "./condition-rule.js";

describe("a month by its name compared with the month's number", () => {
  it.each([
    ["id", "bulan == agustus && hari == sabtu", ["agustus"], "bulan == 8 && hari == sabtu"],
    ["id", "bulan dalam [juli, Agustus]", ["juli", "Agustus"], "bulan dalam [7, 8]"],
    ["id", "bulan != des", ["des"], "bulan != 12"],
    ["en", "month >= dec", ["dec"], "month >= 12"],
  ] as const)("%s `%s`: one error at each name, fixed as its number", (lang, condition, names, fixedCondition) => {
    const source = rule(condition, lang);
    const found = errors(source);
    expect(found.map((d) => d.code)).toEqual(names.map(() => "LON3102"));
    expect(found.map((d) => source.slice(d.location.range.start.offset, d.location.range.end.offset))).toEqual([...names]);
    expect(localizeDiagnostic(found[0]!, "id").message).toContain("adalah nomor bulan, 1 sampai 12");
    expect(localizeDiagnostic(found[0]!, "en").message).toContain("is a month's number, 1 to 12");
    const fixed = applyEdits(source, certainFixes(found).get("a.lontar") ?? []);
    expect(fixed).toBe(rule(fixedCondition, lang));
    expect(errors(fixed)).toEqual([]);
  });

  it("a word that names no month is still a comparison of a number with a word, with no fix", () => {
    const found = errors(rule("bulan == liburan"));
    expect(found.map((d) => d.code)).toEqual(["LON3102"]);
    expect(localizeDiagnostic(found[0]!, "en").message).toContain("cannot compare");
    expect(certainFixes(found).size).toBe(0);
  });
});
