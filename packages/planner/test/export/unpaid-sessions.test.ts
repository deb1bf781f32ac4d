/**
 * Found by a user walk (a pustakawan planning 2027 whose horizon ran to mid-2028 while the
 * budget's period stayed 2027): `lontar check` gave three LON5107 errors, yet index.html said
 * "Rencana ini dapat dijalankan: tidak ada batasan wajib yang dilanggar." and said nothing of
 * the 31 sessions (Rp 13.300.000) no budget pays; plan.xlsx was silent too. The report's
 * verdict, its summary and budget section, and the workbook's budget sheet now say so, from
 * the same computation as LON5107 (unpaidCosts). And plan.xlsx's costs did not add up to its
 * own budget sheet where a partner (Unram) pays a share from outside the budgets: the sheet
 * now says who pays how much towards what, in the report's words.
 */
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { budgetPeriodDiagnostics, unpaidCosts } from "../../src/diagnostics/budget-periods.js";
import { planVerdict, unpaidTotals } from "../../src/export/counted-violations.js";
import { exportHtml } from "../../src/export/html/export-html.js";
import { exportXlsx } from "../../src/export/xlsx/export-xlsx.js";
import { planWorkspace } from "../../src/plan-workspace.js";
import { library, workspaceOf } from "../allocate/helpers.js";

// Twelve Mondays in the first quarter of 2019 (from the 7th of January), Rp 10.000 each from a
// budget whose period is January only: four are paid, eight (Rp 80.000) are not.
const horizon = { from: "2019-01-01", to: "2019-03-31" };
const source = { file: "p.lontar", start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 8, offset: 7 } };
const workspaceWith = (budgetTo: string, obligations: readonly Record<string, unknown>[] = []) =>
  workspaceOf({
    libraries: [library("kota")],
    partners: [{ id: "unram", name: "Universitas Mataram", kind: "university" }],
    resources: [{ kind: "budget", id: "apbd", name: "APBD Kota", library: "kota", amount: 10_000_000, period: { from: "2019-01-01", to: budgetTo } }],
    programs: [
      {
        id: "kelas",
        title: "Kelas Menulis",
        library: "kota",
        category: "class",
        schedules: [{ kind: "rrule", dtstart: "2019-01-07T09:00", rrule: "FREQ=WEEKLY;BYDAY=MO", durationMinutes: 120 }],
        costs: [{ amount: 10_000, per: "session", budget: "apbd", source }],
        source,
      },
    ],
    agreements: obligations.length === 0 ? [] : [{ id: "mou_unram", title: "MoU Unram", library: "kota", partner: "unram", validity: { from: "2019-01-01", to: "2019-12-31" }, obligations }],
  });

/** The report's paragraphs (its static sections: the calendar's script is left out), one a line. */
const paragraphs = (html: string): string[] => [...html.matchAll(/<p[^>]*>[^<]*<\/p>/g)].map((m) => m[0]);

/** The rows of the workbook's sheet `name`, each cell's value (a number or text; empty cells undefined). */
async function sheetRows(bytes: Uint8Array, name: string): Promise<unknown[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  const sheet = workbook.getWorksheet(name);
  if (sheet === undefined) throw new Error(`no sheet ${name}`);
  const rows: unknown[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row) => {
    const cells: unknown[] = [];
    for (let c = 1; c <= sheet.columnCount; c++) cells.push(row.getCell(c).value ?? undefined);
    rows.push(cells);
  });
  return rows;
}

describe("sessions no budget pays (LON5107) in the report and the workbook", () => {
  const workspace = workspaceWith("2019-01-31");
  const plan = planWorkspace(workspace, { horizon, seed: 1 });
  const unpaid = unpaidCosts(workspace, plan.occurrences);

  it("make the verdict `unpaidSessions`, counted as `lontar check` counts them", () => {
    expect(budgetPeriodDiagnostics(workspace, plan).map((d) => [d.code, d.severity])).toEqual([["LON5107", "error"]]);
    expect(unpaidTotals(unpaid)).toEqual({ count: 8, total: 80_000 });
    expect(planVerdict(plan, unpaid)).toEqual({ kind: "unpaidSessions", count: 8, total: 80_000 });
    // A session charged twice (two unpaid costs) is one session.
    expect(unpaidTotals([...unpaid, ...unpaid])).toEqual({ count: 8, total: 160_000 });
  });

  it("keep index.html from calling the plan feasible, and say how many and how much, in each language", () => {
    const id = paragraphs(exportHtml(plan, workspace, { language: "id" })).join("\n");
    expect(id).not.toContain("Rencana ini dapat dijalankan");
    expect(id).toContain(
      '<p class="bad">Rencana ini belum dapat dijalankan apa adanya: biaya 8 kegiatan terjadwal (Rp 80.000) tidak ditanggung anggaran mana pun, karena tanggalnya di luar periode anggaran yang membiayainya; lihat Anggaran.</p>',
    );
    expect(id).toContain('<p class="bad">Kelas Menulis: 8 kegiatan terjadwal di luar periode APBD Kota (1 Januari 2019 – 31 Januari 2019); Rp 80.000 tidak ditanggung anggaran mana pun.</p>');
    const en = paragraphs(exportHtml(plan, workspace, { language: "en" })).join("\n");
    expect(en).toContain("The plan cannot be carried out as it stands: no budget covers the costs of 8 scheduled sessions (Rp 80,000), as their dates fall outside the period of the budget they are charged to; see the budget.");
    expect(en).toContain("Kelas Menulis: 8 scheduled sessions outside the period of APBD Kota (1 January 2019 – 31 January 2019); Rp 80,000 not covered by any budget.");
  });

  it("outweigh sessions not placed, and are said besides a firm rule broken", () => {
    const unplaced = { ...plan, occurrences: plan.occurrences.map((o, i) => (i === 0 ? { ...o, status: "unassigned" as const } : o)) };
    const stillUnpaid = unpaidCosts(workspace, unplaced.occurrences);
    // Not placed is weaker than unpaid: the verdict stays unpaid; a plan breaking a firm rule says unpaid besides.
    expect(planVerdict(unplaced, stillUnpaid).kind).toBe("unpaidSessions");
    const broken = { ...plan, score: { ...plan.score, hard: 1 } };
    expect(planVerdict(broken, unpaid)).toEqual({ kind: "notFeasible" });
    // The earlier signature, from JavaScript: a named TypeError, not "unpaid is not iterable" for some plans only (a review).
    expect(() => planVerdict(plan, undefined as unknown as [])).toThrow(/^planVerdict: unpaid must be the costs/);
    const html = paragraphs(exportHtml(broken, workspace, { language: "en" })).join("\n");
    expect(html).toContain('<p class="bad">The plan cannot be carried out yet: firm rules are broken.</p>\n<p class="bad">No budget covers the costs of 8 scheduled sessions (Rp 80,000) either, as their dates fall outside their budget&#39;s period; see the budget.</p>');
  });

  it("say nothing of it when the budget's period holds every session", () => {
    const whole = workspaceWith("2019-12-31");
    const paid = planWorkspace(whole, { horizon, seed: 1 });
    expect(planVerdict(paid, unpaidCosts(whole, paid.occurrences))).toEqual({ kind: "feasible" });
    const html = paragraphs(exportHtml(paid, whole, { language: "en" })).join("\n");
    expect(html).toContain("The plan can be carried out: no firm rule is broken.");
    expect(html).not.toContain("not covered by any budget");
  });

  it("are a row of plan.xlsx's budget sheet, so the sessions' costs add up to it", async () => {
    const bytes = await exportXlsx(plan, workspace, { language: "id" });
    if (bytes === undefined) throw new Error("a small plan has a workbook");
    const rows = await sheetRows(bytes, "Anggaran");
    expect(rows[1]?.slice(0, 5)).toEqual(["APBD Kota", expect.any(String), 10_000_000, 40_000, 9_960_000]);
    expect(rows.slice(2)).toEqual([
      [undefined, undefined, undefined, undefined, undefined, undefined],
      ["Tidak ditanggung anggaran", undefined, undefined, 80_000, undefined, "Kelas Menulis: 8 kegiatan terjadwal di luar periode APBD Kota (1 Januari 2019 – 31 Januari 2019); Rp 80.000 tidak ditanggung anggaran mana pun."],
    ]);
  });
});

describe("a partner's share in plan.xlsx's budget sheet", () => {
  // Unram pays Rp 30.000 of the class from outside the budgets: the budget draws Rp 90.000 of the twelve sessions' Rp 120.000.
  const workspace = workspaceWith("2019-12-31", [{ kind: "budget_share", party: "partner", amount: 30_000, program: "kelas", source }]);
  const plan = planWorkspace(workspace, { horizon, seed: 1 });

  it("is said with the report's words, in the planned column, so the sessions' costs reconcile with the budgets", async () => {
    expect(plan.budget[0]?.planned).toBe(90_000);
    for (const [language, sheet, kind, sentence] of [
      ["id", "Anggaran", "Bagian mitra", "Universitas Mataram membayar Rp 30.000 dari biaya terencana Kelas Menulis (MoU Unram); anggaran di atas tidak menanggung bagian itu."],
      ["en", "Budget", "Partner's share", "Universitas Mataram pays Rp 30,000 of the planned costs of Kelas Menulis (MoU Unram); the budgets above do not carry that part."],
    ] as const) {
      const bytes = await exportXlsx(plan, workspace, { language });
      if (bytes === undefined) throw new Error("a small plan has a workbook");
      const rows = await sheetRows(bytes, sheet);
      expect(rows.slice(2)).toEqual([
        [undefined, undefined, undefined, undefined, undefined, undefined],
        [kind, undefined, undefined, 30_000, undefined, sentence],
      ]);
      // The sessions' cost column: what the budget plans and the share pays.
      const sessions = await sheetRows(bytes, language === "id" ? "Semua kegiatan" : "All sessions");
      const costColumn = sessions[0]?.findIndex((h) => h === (language === "id" ? "Biaya (Rp)" : "Cost (Rp)")) ?? -1;
      const costs = sessions.slice(1).reduce((sum: number, row) => sum + (typeof row[costColumn] === "number" ? (row[costColumn] as number) : 0), 0);
      expect(costs).toBe(90_000 + 30_000);
      // And the report says the same words.
      expect(paragraphs(exportHtml(plan, workspace, { language }))).toContain(`<p class="share">${sentence}</p>`);
    }
  });

  // A review: the header filter took in the blank row and the share's note, whose amount sits under another header.
  it("filters the budgets' table alone, not the notes below it", async () => {
    const bytes = await exportXlsx(plan, workspace, { language: "en" });
    if (bytes === undefined) throw new Error("a small plan has a workbook");
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
    expect(book.getWorksheet("Budget")?.autoFilter).toBe(`A1:E${1 + plan.budget.length}`);
  });

  it("adds no rows to a budget sheet with neither shares nor unpaid costs", async () => {
    const plain = workspaceWith("2019-12-31");
    const bytes = await exportXlsx(planWorkspace(plain, { horizon, seed: 1 }), plain, { language: "en" });
    if (bytes === undefined) throw new Error("a small plan has a workbook");
    expect((await sheetRows(bytes, "Budget")).length).toBe(2);
  });
});
