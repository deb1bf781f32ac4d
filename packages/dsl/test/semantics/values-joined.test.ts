/**
 * `hari == jumat || sabtu`: a fact compared with a value, then more values joined by `||`, each
 * a bare value (no condition of its own): one LON3101 at the first bare value, saying it is a
 * value, with the list as the certain fix (`hari dalam [jumat, sabtu]`); a word that is no value
 * of the fact stays an unknown fact.
 */
import { describe, expect, it } from "vitest";
import { applyEdits, certainFixes, localizeDiagnostic } from "@lontar/dsl";
import { errors, rule } from "./condition-rule.js";

describe("values joined by `||` after a comparison", () => {
  it.each([
    ["id", "hari == jumat || sabtu", "sabtu", "hari dalam [jumat, sabtu]"],
    ["id", "(hari == jumat || sabtu || minggu) && bulan == 3", "sabtu", "(hari dalam [jumat, sabtu, minggu]) && bulan == 3"],
    ["en", "weekday == fri || sat", "sat", "weekday in [fri, sat]"],
  ] as const)("%s `%s`: one error at `%s`, fixed as the list", (lang, condition, bare, fixedCondition) => {
    const source = rule(condition, lang);
    const found = errors(source);
    expect(found.map((d) => d.code)).toEqual(["LON3101"]);
    expect(source.slice(found[0]!.location.range.start.offset, found[0]!.location.range.end.offset)).toBe(bare);
    expect(localizeDiagnostic(found[0]!, "id").message).toContain("adalah nilai, bukan kondisi");
    const fixed = applyEdits(source, certainFixes(found).get("a.lontar") ?? []);
    expect(fixed).toBe(rule(fixedCondition, lang));
    expect(errors(fixed)).toEqual([]);
  });

  it("a word that is no value of the fact (`libur`, `sabtuu`) is an unknown fact, as before", () => {
    for (const condition of ["hari == jumat || libur", "hari == jumat || sabtuu"]) {
      const found = errors(rule(condition));
      expect(found.map((d) => d.code)).toEqual(["LON3101"]);
      expect(localizeDiagnostic(found[0]!, "en").message).toContain("is not a fact");
    }
  });
});
