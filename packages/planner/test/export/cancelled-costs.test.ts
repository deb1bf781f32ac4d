/**
 * A cancelled session is not held and costs nothing: its cost is empty in occurrences.csv
 * and plan.xlsx, so that the column adds up to what the budgets plan. A walk found the
 * column of watualang's sessions summing to Rp 11.400.000 against budgets planning
 * Rp 10.800.000 ("Pertemuan PIC, 2024-04-09, batal, 300000").
 */
import ExcelJS from "exceljs";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { exportCsv, exportIcs, reportData } from "../../src/export/index.js";
import { exportXlsx } from "../../src/export/xlsx/export-xlsx.js";
import { planWorkspace } from "../../src/plan-workspace.js";
import { library, workspaceOf } from "../allocate/helpers.js";

// 2019-01-01 is New Year's Day: the first session of each program is cancelled.
const weekly = (count: number) => [{ kind: "rrule", dtstart: "2019-01-01T09:00", rrule: `FREQ=WEEKLY;COUNT=${count}`, durationMinutes: 120 }];
const workspace = workspaceOf({
  libraries: [library("kota")],
  resources: [{ kind: "budget", id: "apbd", library: "kota", amount: 100_000_000, period: { from: "2019-01-01", to: "2019-12-31" } }],
  programs: [
    { id: "kelas", title: "Kelas", library: "kota", category: "class", schedules: weekly(3), costs: [{ amount: 300_000, per: "session", budget: "apbd" }] },
    { id: "festival", title: "Festival", library: "kota", category: "class", schedules: weekly(2), costs: [{ amount: 1_000_000, per: "program", budget: "apbd" }] },
  ],
});
const plan = planWorkspace(workspace, { horizon: { from: "2019-01-01", to: "2019-01-31" }, seed: 1 });

describe("a cancelled session costs nothing", () => {
  it("has a cancelled session on the holiday, and budgets that plan the held ones only", () => {
    expect(plan.occurrences.filter((o) => o.status === "cancelled").map((o) => o.id).sort()).toEqual(["festival@2019-01-01T09:00", "kelas@2019-01-01T09:00"]);
    expect(plan.budget[0]?.planned).toBe(1_600_000);
  });

  it("leaves its cost empty in occurrences.csv, whose cost column then sums to what the budgets plan", () => {
    for (const language of ["en", "id"] as const) {
      const [head, ...rows] = parse(exportCsv(plan, workspace, { language }), { bom: true, delimiter: language === "id" ? ";" : ",", record_delimiter: "\r\n" }) as string[][];
      const at = (name: string): number => head?.indexOf(name) ?? -1;
      const costs = rows.map((cells) => [cells[at("id")], cells[at("status")], cells[at("cost")]]);
      expect(costs.filter(([, status]) => status === "cancelled").map(([, , cost]) => cost)).toEqual(["", ""]);
      expect(rows.reduce((sum, cells) => sum + Number(cells[at("cost")] ?? 0), 0)).toBe(1_600_000);
    }
  });

  it("leaves its cost cell empty in plan.xlsx, whose cost column then sums to what the budgets plan", async () => {
    const bytes = await exportXlsx(plan, workspace, { language: "id" });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(bytes ?? new Uint8Array()) as unknown as ArrayBuffer);
    const sheet = book.getWorksheet("Semua kegiatan");
    const rows: [string, unknown][] = [];
    sheet?.eachRow((row, n) => n > 1 && rows.push([row.getCell(8).text, row.getCell(15).value]));
    expect(rows.filter(([status]) => status === "batal")).toEqual([["batal", null], ["batal", null]]);
    expect(rows.reduce((sum, [, cost]) => sum + (typeof cost === "number" ? cost : 0), 0)).toBe(1_600_000);
  });

  it("is in neither the report's calendar nor the calendars' events", () => {
    expect(reportData(plan, workspace).sessions.map((s) => s.id)).not.toContain("kelas@2019-01-01T09:00");
    expect(exportIcs(plan, workspace, { calendarName: "Kota" })).not.toContain(":20190101T090000");
  });
});
