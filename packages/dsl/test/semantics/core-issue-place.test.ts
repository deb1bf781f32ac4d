import { localizeDiagnostic, validateWorkspace } from "@lontar/core";
import { checkSource } from "@lontar/dsl";
import { describe, expect, it } from "vitest";
import { coreIssueAtProperty } from "../../src/semantics/checker/core-issue-place.js";
import { compileInput } from "../../src/semantics/compiler/compile.js";
import { AnalysisMemo, analyzeFast } from "../../src/workspace/pipeline.js";

const SOURCE = `library lib { tier city  region "Sumatera Barat" / "Kota Solok" }
partner p { kind ngo }
staff s at lib { peran pustakawan  maks 20 jam per minggu }
collection c at lib { packages 2  copies 30 }
staff t at lib { }
staff u at lib { }
program e {
  judul "Dongeng"
  kategori mendongeng
  jadwal sekali 2026-08-17 pukul 09:00 selama 2 jam
  butuh staf, 2 staf
}
agreement a { between lib and p  valid 2026-01-01..2026-12-31  library provides c 2 per month }
kpi k { indicator participants weight 1 target 1 per month }
`;

/**
 * A value core refuses that the checker let through (set in the compiled model, as a
 * checker gap would leave it), given to core, and its issue placed.
 */
function placed(path: readonly (string | number)[], value: unknown): { readonly text: string; readonly en: string; readonly id: string }[] {
  const fast = analyzeFast("/ws", [{ path: "b.lontar", text: SOURCE }], () => undefined, new AnalysisMemo());
  expect(checkSource(SOURCE, "b.lontar").diagnostics).toEqual([]);
  const input = compileInput(fast.bound, fast.context.schedule).input as unknown as Record<string, unknown>;
  let parent = input as unknown as Record<string | number, unknown>;
  for (const step of path.slice(0, -1)) parent = parent[step] as Record<string | number, unknown>;
  parent[path[path.length - 1] as string | number] = value;
  const result = validateWorkspace(input);
  expect(result.ok).toBe(false);
  if (result.ok) return [];
  return result.issues.map((issue) => {
    const d = coreIssueAtProperty(issue, input, fast.bound);
    if (d === undefined) throw new Error(`not placed: ${issue.path.join(".")}`);
    const { start, end } = d.location.range;
    return { text: SOURCE.slice(start.offset, end.offset), en: localizeDiagnostic(d, "en").message, id: localizeDiagnostic(d, "id").message };
  });
}

describe("a core issue on a field a planner wrote (LON3011, the fallback for a value the checker let through)", () => {
  it("is placed at the property's value and names the keyword written, never the model's path", () => {
    expect(placed(["programs", 0, "title"], "")).toEqual([{ text: '"Dongeng"', en: "`judul` cannot be empty", id: "`judul` tidak boleh kosong" }]);
    expect(placed(["resources", 0, "maxHoursPerWeek"], 200)).toEqual([{ text: "20 jam per minggu", en: "`maks` must be at most 168", id: "`maks` harus paling banyak 168" }]);
  });

  it("finds the item of a list by its place among the properties that write it (the second need of a `needs` line, an obligation line)", () => {
    expect(placed(["programs", 0, "needs", 1, "quantity"], 1001)).toEqual([{ text: "2 staf", en: "`butuh` must be at most 1,000", id: "`butuh` harus paling banyak 1.000" }]);
    expect(placed(["agreements", 0, "obligations", 0, "quantity"], 0)).toEqual([{ text: "library provides c 2 per month", en: "`provides` must be more than 0", id: "`provides` harus lebih dari 0" }]);
    expect(placed(["kpis", 0, "indicators", 0, "weight"], 2_000_000)).toEqual([
      { text: "participants weight 1 target 1 per month", en: "`indicator` must be at most 1,000,000", id: "`indicator` harus paling banyak 1.000.000" },
    ]);
  });

  it("puts a refinement's own sentence after the keyword and a colon, in the reader's language", () => {
    const fast = analyzeFast("/ws", [{ path: "b.lontar", text: SOURCE }], () => undefined, new AnalysisMemo());
    const input = compileInput(fast.bound, fast.context.schedule).input;
    const issue = { code: "CORE_SCHEMA", path: ["programs", 0, "title"], message: "the minimum exceeds the maximum", args: { detail: { en: "the minimum exceeds the maximum", id: "batas minimal melebihi batas maksimal" } } };
    const d = coreIssueAtProperty(issue, input, fast.bound);
    expect(d === undefined ? undefined : [localizeDiagnostic(d, "en").message, localizeDiagnostic(d, "id").message]).toEqual([
      "`judul`: the minimum exceeds the maximum",
      "`judul`: batas minimal melebihi batas maksimal",
    ]);
  });
});
