import { parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";
import { describe, expect, it } from "vitest";
import { CSV_COLUMNS, exportCsv, exportJson, planWorkspace } from "@lontar/planner";
import { generateProvince } from "../../bench/province.js";

// More occurrences than one piece of each writer holds (1,000 JSON items, 5,000 CSV rows).
const { workspace } = generateProvince(2, 8, 40);
const plan = planWorkspace(workspace, { horizon: { from: "2025-01-01", to: "2025-12-31" }, seed: 1, maxSteps: 2000 });

describe("outputs written in pieces", () => {
  it("plan.json is exactly JSON.stringify of the plan with two spaces", () => {
    expect(plan.occurrences.length).toBeGreaterThan(5000);
    const sorted = { ...plan, kpis: plan.kpis.map((k) => ({ ...k, projected: Object.fromEntries(Object.entries(k.projected).sort(([a], [b]) => (a < b ? -1 : 1))) })) };
    expect(exportJson(plan)).toBe(`${JSON.stringify(sorted, null, 2)}\n`);
  });

  it("occurrences.csv is exactly one csv-stringify of every row it parses to", () => {
    const text = exportCsv(plan, workspace);
    const lines = text.split("\r\n");
    expect(lines[0]).toBe(`\uFEFF${CSV_COLUMNS.join(",")}`);
    expect(lines.filter((l) => l.startsWith("\uFEFF"))).toHaveLength(1);
    expect(lines.filter((l) => l.startsWith("id,"))).toHaveLength(0);
    expect(lines).toHaveLength(plan.occurrences.length + 2);
    const rows: string[][] = parse(text, { bom: true, from_line: 2 });
    expect(rows).toHaveLength(plan.occurrences.length);
    expect(stringify(rows, { bom: true, header: true, columns: [...CSV_COLUMNS], record_delimiter: "windows", eof: true })).toBe(text);
  });
});
