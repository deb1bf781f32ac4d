/**
 * A cost written `per program` is charged once, at the program's first scheduled session
 * (where the budgets count it): that session's row in occurrences.csv and plan.xlsx and its
 * facts in the report carry it, so the scheduled sessions' costs add up to what the
 * budgets plan. Found by a user walk: the session of a `per program` cost showed 0.
 */
import ExcelJS from "exceljs";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { exportCsv, exportIcs, reportData } from "../../src/export/index.js";
import { exportXlsx } from "../../src/export/xlsx/export-xlsx.js";
import { sessionFacts } from "../../src/export/html/browser/session-facts.js";
import { planWorkspace } from "../../src/plan-workspace.js";
import { library, workspaceOf } from "../allocate/helpers.js";

const weekly = (first: string, count: number) => [{ kind: "rrule", dtstart: `${first}T09:00`, rrule: `FREQ=WEEKLY;COUNT=${count}`, durationMinutes: 120 }];
const program = (id: string, schedules: unknown, costs: unknown[], extra: Record<string, unknown> = {}) => ({ id, title: id, library: "kota", category: "class", schedules, costs, ...extra });

const workspace = workspaceOf({
  libraries: [library("kota")],
  resources: [
    { kind: "budget", id: "apbd", library: "kota", amount: 100_000_000, period: { from: "2019-01-01", to: "2019-12-31" } },
    // Works on Tuesdays only: the Monday session of `sewa` cannot take place.
    { kind: "staff", id: "petugas", library: "kota", availability: [{ days: ["tue"], time: { start: "08:00", end: "16:00" } }] },
  ],
  programs: [
    program("festival", weekly("2019-01-10", 3), [{ amount: 5_000_000, per: "program", budget: "apbd" }]),
    program("kelas", weekly("2019-01-11", 1), [{ amount: 50_000, per: "session", budget: "apbd" }]),
    program("lomba", weekly("2019-01-14", 1), [{ amount: 20_000, per: "participant", budget: "apbd" }], { expectedParticipants: 10 }),
    program("sewa", [...weekly("2019-01-14", 1), ...weekly("2019-01-15", 1)], [{ amount: 1_000_000, per: "program", budget: "apbd" }, { amount: 10_000, per: "session", budget: "apbd" }], { needs: [{ kind: "staff" }] }),
    // A Monday contest alone, which cannot be placed: its session shows the per-program cost it would carry (it showed 0: a walk of stop 52).
    program("pentas", weekly("2019-01-21", 1), [{ amount: 2_000_000, per: "program", budget: "apbd" }], { needs: [{ kind: "staff" }] }),
  ],
});
const horizon = { from: "2019-01-01", to: "2019-01-31" };
const plan = planWorkspace(workspace, { horizon, seed: 1 });

/** occurrences.csv as id → [status, cost]. */
function csvCosts(): Map<string, [string, number]> {
  const [head, ...rows] = parse(exportCsv(plan, workspace), { bom: true, delimiter: ",", record_delimiter: "\r\n" }) as string[][];
  const at = (name: string) => head?.indexOf(name) ?? -1;
  return new Map(rows.map((cells) => [cells[at("id")] ?? "", [cells[at("status")] ?? "", Number(cells[at("cost")])]]));
}

describe("the cost of a session, with a cost `per program`", () => {
  it("puts a per-program cost on the program's first scheduled session only (or, none scheduled, on the first not yet placed: what it would cost), beside per-session and per-participant costs", () => {
    expect([...csvCosts()]).toEqual([
      ["festival@2019-01-10T09:00", ["scheduled", 5_000_000]],
      ["kelas@2019-01-11T09:00", ["scheduled", 50_000]],
      ["lomba@2019-01-14T09:00", ["scheduled", 200_000]],
      ["sewa@2019-01-14T09:00", ["unassigned", 10_000]],
      ["sewa@2019-01-15T09:00", ["scheduled", 1_010_000]],
      ["festival@2019-01-17T09:00", ["scheduled", 0]],
      ["pentas@2019-01-21T09:00", ["unassigned", 2_000_000]],
      ["festival@2019-01-24T09:00", ["scheduled", 0]],
    ]);
  });

  it("adds up, over the scheduled sessions, to what the budget plans", () => {
    const scheduled = [...csvCosts().values()].filter(([status]) => status === "scheduled").reduce((sum, [, cost]) => sum + cost, 0);
    expect(plan.budget).toEqual([{ budgetId: "apbd", amount: 100_000_000, planned: 6_260_000, remaining: 93_740_000 }]);
    expect(scheduled).toBe(6_260_000);
  });

  it("is the same in plan.xlsx, in the report's session facts and in the calendar", async () => {
    // A session's date is a date cell: exceljs reads it as a Date at UTC midnight.
    const dateOf = (value: ExcelJS.CellValue): string => (value instanceof Date ? value.toISOString().slice(0, 10) : `not a date: ${String(value)}`);
    const bytes = await exportXlsx(plan, workspace, { language: "en" });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(bytes ?? new Uint8Array()) as unknown as ArrayBuffer);
    const sheet = book.getWorksheet("All sessions");
    const costs: string[] = [];
    sheet?.eachRow((row, n) => n > 1 && costs.push(`${row.getCell(4).text} ${dateOf(row.getCell(1).value)} ${row.getCell(15).text}`));
    expect(costs).toEqual(["festival 2019-01-10 5000000", "kelas 2019-01-11 50000", "lomba 2019-01-14 200000", "sewa 2019-01-14 10000", "sewa 2019-01-15 1010000", "festival 2019-01-17 0", "pentas 2019-01-21 2000000", "festival 2019-01-24 0"]);

    const data = reportData(plan, workspace, { language: "id" });
    const shown = data.sessions.map((s) => [s.id, sessionFacts(data, s).rows.find(([label]) => label === "Biaya")?.[1]]);
    expect(shown).toEqual([
      ["festival@2019-01-10T09:00", "Rp 5.000.000"],
      ["kelas@2019-01-11T09:00", "Rp 50.000"],
      ["lomba@2019-01-14T09:00", "Rp 200.000"],
      ["sewa@2019-01-14T09:00", "Rp 10.000"],
      ["sewa@2019-01-15T09:00", "Rp 1.010.000"],
      ["festival@2019-01-17T09:00", "Rp 0"],
      ["pentas@2019-01-21T09:00", "Rp 2.000.000"],
      ["festival@2019-01-24T09:00", "Rp 0"],
    ]);

    const ics = exportIcs(plan, workspace, { calendarName: "Kota" }).replace(/\r\n /g, "");
    // Text values escape their commas (RFC 5545 §3.3.11).
    expect(ics.match(/Cost: Rp [\d\\,]+/g)?.map((cost) => cost.replaceAll("\\", ""))).toEqual(["Cost: Rp 5,000,000", "Cost: Rp 50,000", "Cost: Rp 200,000", "Cost: Rp 10,000", "Cost: Rp 1,010,000", "Cost: Rp 2,000,000"]);
  });
});
