import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { analyzeWorkspace, checkSource, localizeDiagnostic } from "@lontar/dsl";
import { describe, expect, it } from "vitest";
import { LIBRARY_AND_HALL } from "./helpers/prelude.js";

const examples = fileURLToPath(new URL("../../../../examples", import.meta.url));

/** The files of an example, with one text replaced in one of them. */
function exampleWith(name: string, file: string, from: string, to: string): { path: string; text: string }[] {
  const dir = join(examples, name);
  return readdirSync(dir)
    .filter((f) => f.endsWith(".lontar"))
    .sort()
    .map((f) => {
      const text = readFileSync(join(dir, f), "utf8");
      if (f !== file) return { path: f, text };
      expect(text, `${name}/${f} holds ${from}`).toContain(from);
      return { path: f, text: text.replace(from, to) };
    });
}

const PRELUDE = LIBRARY_AND_HALL;

describe("LON4012: a horizon or a schedule window of more than a hundred years (a mistyped year)", () => {
  // Both cases came from `pnpm fuzz --seed 20261203 --runs 200000`: each walked ~94,000
  // weekly occurrences per schedule (3.8 s and 12.1 s of CPU) to check a bound.
  it("a mistyped horizon year (0224 for 2024) in watualang is one error, at the horizon, in both languages", () => {
    const files = exampleWith("watualang", "main.lontar", "horizon 2024-01-01..", "horizon 0224-01-01..");
    const result = analyzeWorkspace({ root: "", files, readFile: () => undefined });
    // The KPI's note (LON3014: four of its indicators are measured outside the plan) is not a problem.
    const problems = result.diagnostics.filter((d) => d.severity !== "info");
    expect(problems.map((d) => `${d.code} ${d.location.file}:${d.location.range.start.line}`)).toEqual([expect.stringMatching(/^LON4012 main\.lontar:\d+$/)]);
    const [only] = problems;
    expect(only?.severity).toBe("error");
    expect(only?.message).toContain("1,801 years (0224-01-01..2024-12-31)");
    expect(only === undefined ? "" : localizeDiagnostic(only, "id").message).toContain("cakrawala mencakup 1.801 tahun (0224-01-01..2024-12-31)");
    expect(result.workspace).toBeUndefined();
  });

  it("a mistyped `sampai` year (2919 for 2019) in solok is one error, at that schedule", () => {
    const files = exampleWith("solok-rakor-2019", "program.lontar", "sampai 2019-12-20", "sampai 2919-12-20");
    const result = analyzeWorkspace({ root: "", files, readFile: () => undefined });
    expect(result.diagnostics.map((d) => d.code)).toEqual(["LON4012"]);
    expect(result.diagnostics[0]?.message).toContain("this schedule runs 901 years (2019-02-12..2919-12-20)");
  });

  it("a program without dates under a too long horizon adds no error of its own, and a hundred years pass", () => {
    const program = (schedule: string): string => `program p at lib {\n  category storytelling\n  schedule ${schedule}\n}\n`;
    const long = checkSource(`${PRELUDE}horizon 2019-01-01..2919-12-31\n${program("every week on thu at 13:30")}`, "main.lontar");
    expect(long.diagnostics.map((d) => d.code)).toEqual(["LON4012"]);
    const century = checkSource(`${PRELUDE}horizon 2019-01-01..2118-12-31\n${program("every week on thu at 13:30")}`, "main.lontar");
    expect(century.diagnostics).toEqual([]);
    const raw = checkSource(`${PRELUDE}${program('rrule "FREQ=WEEKLY;BYDAY=TU" starting 1024-01-02T09:00 until 2024-12-31')}`, "main.lontar");
    expect(raw.diagnostics.map((d) => d.code)).toEqual(["LON4012"]);
  });
});

// A review (stop 54): an agreement valid 2024..2150 in a workspace with no horizon made `lontar check` plan
// over 127 years, which the planner now refuses; the mistyped year is told where it is written.
describe("LON4012: an agreement valid more than a hundred years", () => {
  const agreement = (valid: string) => `${PRELUDE}partner mitra {\n  kind school\n}\nagreement mou {\n  between lib and mitra\n  valid ${valid}\n}\n`;

  it("is one error at its validity, in both languages; a hundred years are not", () => {
    const source = agreement("2024-01-01..2150-12-31");
    const found = checkSource(source, "a.lontar").diagnostics.filter((d) => d.severity === "error");
    expect(found.map((d) => [d.code, source.slice(d.location.range.start.offset, d.location.range.end.offset)])).toEqual([["LON4012", "2024-01-01..2150-12-31"]]);
    expect(found[0]?.message).toBe("the agreement is valid 127 years (2024-01-01..2150-12-31); an agreement is valid at most 100 years: check the years");
    expect(localizeDiagnostic(found[0]!, "id").message).toBe("kesepakatan ini berlaku 127 tahun (2024-01-01..2150-12-31); sebuah kesepakatan berlaku paling lama 100 tahun: periksa tahunnya");
    expect(checkSource(agreement("2024-01-01..2123-12-31"), "a.lontar").diagnostics.filter((d) => d.code === "LON4012")).toEqual([]);
  });
});
