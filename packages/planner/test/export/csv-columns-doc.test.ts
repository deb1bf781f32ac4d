/**
 * occurrences.csv is read by scripts as well as people: its header is fixed column ids and
 * its `status` holds plan.json's values in every language, as the planner README says (a
 * walk found English headers and statuses in a Bahasa Indonesia workspace's file beside
 * Indonesian categories, and nothing said whether that was meant).
 */
import { readFileSync } from "node:fs";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { CSV_COLUMNS, exportCsv } from "../../src/export/csv/export-csv.js";
import { OccurrenceStatus } from "../../src/plan/plan.js";
import { sampleWorkspace, samplePlan } from "./fixtures.js";

const readme = readFileSync(new URL("../../README.md", import.meta.url), "utf8");
/** The README's section on occurrences.csv. */
const section = /^## occurrences\.csv\n([\s\S]*?)^## /m.exec(readme)?.[1] ?? "";

describe("occurrences.csv's columns and statuses are documented and the same in every language", () => {
  it("the README lists every column by its id, in order, and the statuses plan.json has", () => {
    const documented = [...section.matchAll(/^\| `([a-z_]+)` \|/gm)].map((m) => m[1]);
    expect(documented).toEqual([...CSV_COLUMNS]);
    expect(section).toContain("| `status` | `scheduled`, `unassigned` or `cancelled` |");
    expect(OccurrenceStatus.options).toEqual(["scheduled", "unassigned", "cancelled"]);
    expect(section).toContain("**fixed column ids**, the same in every language");
  });

  it("writes the ids and statuses in Bahasa Indonesia as in English, the words for people in the output language", () => {
    const rows = (language: "id" | "en") =>
      parse(exportCsv(samplePlan(), sampleWorkspace(), { language }), { bom: true, delimiter: language === "id" ? ";" : ",", record_delimiter: "\r\n" }) as string[][];
    const [id, en] = [rows("id"), rows("en")];
    expect(id[0]).toEqual([...CSV_COLUMNS]);
    const column = (table: string[][], name: (typeof CSV_COLUMNS)[number]) => table.slice(1).map((row) => row[CSV_COLUMNS.indexOf(name)]);
    expect(column(id, "status")).toEqual(column(en, "status"));
    expect(new Set(column(id, "status"))).toEqual(new Set(["scheduled", "unassigned", "cancelled"]));
    expect(column(id, "category")[0]).toBe("Mendongeng / bercerita");
    expect(column(en, "category")[0]).toBe("Storytelling");
  });
});
