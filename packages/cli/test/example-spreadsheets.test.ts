import { readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { CSV_COLUMNS } from "@lontar/planner";
import { describe, expect, it } from "vitest";
import { EXAMPLES, exampleOutputs } from "./support/example-outputs.js";
import { exampleWorkspace } from "./support/example-workspace.js";

describe.each(EXAMPLES)("the spreadsheets of examples/%s", (example) => {
  it("occurrences.csv parses with the workspace's separator (';' in Bahasa Indonesia) and shows names; plan.xlsx is a zip archive", async () => {
    const out = await exampleOutputs(example);
    const { workspace, language } = exampleWorkspace(example);
    const plan = JSON.parse(readFileSync(path.join(out, "plan.json"), "utf8")) as { occurrences: { id: string }[] };
    const rows: Record<string, string>[] = parse(readFileSync(path.join(out, "occurrences.csv"), "utf8"), { bom: true, columns: true, delimiter: language === "id" ? ";" : "," });
    expect(rows).toHaveLength(plan.occurrences.length);
    const titles = new Set(workspace.programs.map((p) => p.title));
    const libraries = new Set(workspace.libraries.map((l) => l.name));
    for (const row of rows) {
      expect(Object.keys(row)).toEqual([...CSV_COLUMNS]);
      expect(titles.has(row["program_title"] ?? "")).toBe(true);
      expect(libraries.has(row["library_name"] ?? "")).toBe(true);
      expect(row["reasons"]).not.toContain(row["id"]);
      expect(Number.isInteger(Number(row["cost"]))).toBe(true);
    }
    expect(readFileSync(path.join(out, "plan.xlsx")).subarray(0, 2).toString("latin1")).toBe("PK");
  });

  it("uses the separator asked for with --csv-separator", async () => {
    const out = await exampleOutputs(example, ["--csv-separator", "tab"]);
    const header = readFileSync(path.join(out, "occurrences.csv"), "utf8").split("\r\n")[0];
    expect(header).toBe(`\uFEFF${CSV_COLUMNS.join("\t")}`);
  });
});
