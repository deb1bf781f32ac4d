/**
 * A KPI indicator written without its weight (`indikator kegiatan target 4 per bulan`): one
 * error at the target, which says that every indicator has a weight and where it goes, in the
 * file's words.
 */
import { describe, expect, it } from "vitest";
import { checkSource, localizeDiagnostic } from "@lontar/dsl";

const kpi = (line: string): string => `kpi iku {\n  ${line}\n}\n`;

describe("an indicator without its weight", () => {
  it.each([
    ["id", "indikator kegiatan target 4 per bulan", "`kegiatan bobot … target`", "setiap indikator punya bobot"],
    ["en", "indicator activities target 4 per month", "`activities weight … target`", "every indicator has a weight"],
  ] as const)("%s: one error at `target`, naming the weight before it", (lang, line, written, says) => {
    const source = kpi(line);
    const errors = checkSource(source, "a.lontar").diagnostics.filter((d) => d.severity === "error");
    expect(errors.map((d) => d.code)).toEqual(["LON1101"]);
    expect(errors[0]?.location.range.start.offset).toBe(source.indexOf("target"));
    const message = localizeDiagnostic(errors[0]!, lang).message;
    expect(message).toContain(says);
    expect(message).toContain(written);
  });
});
