import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { exportXlsx } from "@lontar/planner/node";
import { sampleWorkspace, sampleWorkspaceInput, samplePlan, workspaceOf } from "./fixtures.js";

/** A resource as declared without a name. */
function withoutName<T extends { readonly name?: string | undefined }>(resource: T): Omit<T, "name"> {
  const { name: _name, ...rest } = resource;
  return rest;
}
import { exportXlsxWithLibrary } from "./xlsx-oracle.js";

/** A cell's text as a spreadsheet shows it: a date or a time by its number format (exceljs's own text of a date is the host's Date#toString). */
function cellText(cell: ExcelJS.Cell): string {
  if (!(cell.value instanceof Date)) return cell.text;
  const iso = cell.value.toISOString();
  return cell.numFmt === "yyyy-mm-dd" ? iso.slice(0, 10) : cell.numFmt === "hh:mm" ? iso.slice(11, 16) : `unexpected format ${cell.numFmt}`;
}

/** Opens a workbook with exceljs, a reader independent of write-excel-file, as sheet name → rows of cell text. */
async function readWorkbook(bytes: Uint8Array): Promise<Map<string, string[][]>> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  const sheets = new Map<string, string[][]>();
  workbook.eachSheet((sheet) => {
    const rows: string[][] = [];
    sheet.eachRow({ includeEmpty: true }, (row) => {
      const cells: string[] = [];
      for (let c = 1; c <= sheet.columnCount; c++) cells.push(cellText(row.getCell(c)));
      rows.push(cells);
    });
    sheets.set(sheet.name, rows);
  });
  return sheets;
}

describe("exportXlsx", () => {
  it("writes a sheet of sessions, the summaries, then one per library, vehicle and person, read back by exceljs", async () => {
    const bytes = await exportXlsx(samplePlan(), sampleWorkspace(), { language: "en" });
    if (bytes === undefined) throw new Error("a small plan has a workbook");
    const sheets = await readWorkbook(bytes);
    // The summaries right after every session: a province's hundreds of library and person sheets came before them.
    expect([...sheets.keys()]).toEqual(["All sessions", "Budget", "Libraries", "Agreements", "KPI", "Perpustakaan Kota Solok", "Queens Branch", "London Reading Room", "Siti Rahmah"]);
    const sessions = sheets.get("All sessions") ?? [];
    expect(sessions[0]?.slice(0, 8)).toEqual(["Date", "Start", "End", "Program", "Category", "Library", "Place", "Status"]);
    // Every occurrence, cancelled ones included, in time order.
    expect(sessions).toHaveLength(1 + samplePlan().occurrences.length);
    expect(sessions[1]?.slice(0, 9)).toEqual(["2019-02-12", "09:00", "11:00", 'Dongeng, cerita; dan "sastra" anak', "Storytelling", "Perpustakaan Kota Solok", "SD Negeri 1 Solok", "scheduled", "Siti Rahmah"]);
    expect(sheets.get("Siti Rahmah")?.slice(1).map((r) => r[0])).toEqual(["2019-02-12"]);
    expect(sheets.get("Budget")?.[1]?.slice(0, 2)).toEqual(["APBD 2019", "Programs"]);
    // The libraries: tier, region and TPBIS stage, and how many sessions the plan schedules at each.
    expect(sheets.get("Libraries")?.[0]).toEqual(["Library", "Tier", "Region", "TPBIS stage", "Scheduled sessions", "Other libraries' sessions here"]);
    expect(sheets.get("Libraries")?.slice(1).map((row) => row[0])).toEqual(sampleWorkspace().libraries.map((l) => l.name));
    const scheduledAt = (id: string): string => String(samplePlan().occurrences.filter((o) => o.status === "scheduled" && o.libraryId === id).length);
    expect(sheets.get("Libraries")?.slice(1).map((row) => row[4])).toEqual(sampleWorkspace().libraries.map((l) => scheduledAt(l.id)));
    // A budget declared without a name: its id as words (`apbd`: "APBD"), not the id.
    const base = sampleWorkspaceInput();
    const unnamed = workspaceOf({ ...base, resources: (base.resources ?? []).map((r) => (r.kind === "budget" ? withoutName(r) : r)) });
    const book = await readWorkbook((await exportXlsx(samplePlan(), unnamed, { language: "en" })) ?? new Uint8Array());
    expect(book.get("Budget")?.[1]?.[0]).toBe("APBD");
  });

  it("writes a sheet of the agreements' obligations per period, in the workbook's language, the unmet ones marked", async () => {
    for (const [language, expected] of [
      ["en", [["Agreement", "Partners", "Status", "Obligation", "Period from", "Period to", "Expected", "Planned", "Met"], ["MoU SD 1", "SD Negeri 1 Solok", "at risk", "sessions", "2019-02-01", "2019-02-28", "≥ 2", "1", "no"]]],
      ["id", [["Kesepakatan", "Mitra", "Status", "Kewajiban", "Periode mulai", "Periode sampai", "Diharapkan", "Direncanakan", "Terpenuhi"], ["MoU SD 1", "SD Negeri 1 Solok", "berisiko", "sessions", "2019-02-01", "2019-02-28", "≥ 2", "1", "tidak"]]],
    ] as const) {
      const sheets = await readWorkbook((await exportXlsx(samplePlan(), sampleWorkspace(), { language })) ?? new Uint8Array());
      expect(sheets.get(language === "en" ? "Agreements" : "Kesepakatan")).toEqual(expected);
    }
    // A plan with no agreements has no such sheet.
    const none = await readWorkbook((await exportXlsx({ ...samplePlan(), agreements: [] }, sampleWorkspace(), { language: "en" })) ?? new Uint8Array());
    expect([...none.keys()]).not.toContain("Agreements");
  });

  it("writes a sheet of each KPI's indicators, projected against target, as numbers", async () => {
    const base = sampleWorkspaceInput();
    const kpis = [{ id: "kpi1", name: "IKU Literasi", indicators: [{ id: "visits", metric: "visits", weight: 60, target: 100, per: "month" }, { id: "members", metric: "members", weight: 40, target: 50, per: "year" }] }] as const;
    const workspace = workspaceOf({ ...base, kpis });
    const sheets = await readWorkbook((await exportXlsx(samplePlan(), workspace, { language: "id" })) ?? new Uint8Array());
    // In Bahasa Indonesia the sheet and its column say IKU, as the report's heading does (a walk: "KPI" beside "IKU").
    const sheet = sheets.get("IKU") ?? [];
    expect(sheet[0]).toEqual(["Perpustakaan", "IKU", "Indikator", "Proyeksi", "Target", "Per", "Bobot", "Nilai"]);
    expect(sheet.slice(1).map((row) => [row[0], row[1], row[3], row[4], row[6], row[7]])).toEqual([["Perpustakaan Kota Solok", "IKU Literasi", "120", "100", "60", "0.8"], ["Perpustakaan Kota Solok", "IKU Literasi", "30", "50", "40", "0.8"]]);
    expect(await exportXlsx(samplePlan(), workspace, { language: "id" })).toEqual(await exportXlsxWithLibrary(samplePlan(), workspace, { language: "id" }));
  });

  // Found by the outputs walk: dates and times were text ("2019-02-12", "09:00"), so a spreadsheet could not filter
  // the sessions by month, sort them as dates or count hours; they are a date and times of day, shown as before.
  it("writes each session's date as a date and its start and end as times of day, shown as yyyy-mm-dd and hh:mm", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from((await exportXlsx(samplePlan(), sampleWorkspace(), { language: "id" })) ?? new Uint8Array()) as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet("Semua kegiatan");
    const [date, start, end] = ["A2", "B2", "C2"].map((address) => sheet?.getCell(address));
    expect(date?.type).toBe(ExcelJS.ValueType.Date);
    expect(date?.value).toEqual(new Date(Date.UTC(2019, 1, 12)));
    expect(date?.numFmt).toBe("yyyy-mm-dd");
    // A time of day is the fraction of a day after Excel's day 0 (1899-12-30).
    expect(start?.type).toBe(ExcelJS.ValueType.Date);
    expect(start?.value).toEqual(new Date(Date.UTC(1899, 11, 30, 9, 0)));
    expect(start?.numFmt).toBe("hh:mm");
    expect(end?.value).toEqual(new Date(Date.UTC(1899, 11, 30, 11, 0)));
  });

  // Found by the outputs walk: plan.xlsx opened with no filter, so a head of library set one up before picking a library or a month.
  it("opens every sheet with a filter on its header row over all of its rows and columns", async () => {
    const bytes = (await exportXlsx(samplePlan(), sampleWorkspace(), { language: "id" })) ?? new Uint8Array();
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
    const filters = workbook.worksheets.map((sheet) => [sheet.name, sheet.autoFilter, sheet.rowCount > 1 ? `A1:${sheet.getColumn(sheet.columnCount).letter}${sheet.rowCount}` : undefined]);
    expect(filters.length).toBeGreaterThan(3);
    // A sheet of its headers alone (a KPI with no indicator projected) has nothing to filter.
    for (const [name, filter, cells] of filters) expect(filter, String(name)).toBe(cells);
    // The sessions' sheet: 16 columns (A to P), its header and one row per session.
    expect(filters[0]).toEqual(["Semua kegiatan", `A1:P${samplePlan().occurrences.length + 1}`, `A1:P${samplePlan().occurrences.length + 1}`]);
  });

  it("speaks Bahasa Indonesia when asked and gives the same bytes for the same plan", async () => {
    const first = await exportXlsx(samplePlan(), sampleWorkspace(), { language: "id" });
    const again = await exportXlsx(samplePlan(), sampleWorkspace(), { language: "id" });
    expect(first).toEqual(again);
    const sheets = await readWorkbook(first ?? new Uint8Array());
    expect([...sheets.keys()][0]).toBe("Semua kegiatan");
    expect(sheets.get("Semua kegiatan")?.[0]?.slice(0, 3)).toEqual(["Tanggal", "Mulai", "Selesai"]);
    expect(sheets.get("Anggaran")?.[0]).toEqual(["Anggaran", "Kategori", "Pagu (Rp)", "Direncanakan (Rp)", "Sisa (Rp)"]);
  });
});

// Found by a CI walk: with TZ=America/Los_Angeles `lontar plan` stopped with "date not in
// range 1980-2099" (the archive time, made in UTC, is 1979 there), and Asia/Jayapura gave other bytes.
describe("plan.xlsx in any zone of the host", () => {
  it("gives the same bytes west and east of Greenwich", async () => {
    const saved = process.env.TZ;
    const bytesIn = async (zone: string): Promise<Uint8Array | undefined> => {
      process.env.TZ = zone;
      return exportXlsx(samplePlan(), sampleWorkspace(), { language: "id" });
    };
    try {
      const utc = await bytesIn("UTC");
      for (const zone of ["America/Los_Angeles", "Pacific/Kiritimati", "Etc/GMT+12", "Asia/Jayapura", "Pacific/Auckland"]) expect(await bytesIn(zone), zone).toEqual(utc);
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });
});

describe("plan.xlsx written directly", () => {
  it("gives the bytes write-excel-file gave for the same sheets, in both languages, odd text included", async () => {
    const plan = samplePlan();
    const workspace = sampleWorkspace();
    // Text XML must escape or drop: quotes, ampersands, controls, a lone surrogate, edge spaces.
    const odd = { ...workspace, programs: workspace.programs.map((p, i) => (i === 0 ? { ...p, title: ` 'Tea' & <"books">\u0001\uD800 ` } : p)) };
    for (const [ws, language] of [[workspace, "en"], [workspace, "id"], [odd, "en"]] as const) {
      const ours = await exportXlsx(plan, ws, { language });
      expect(ours).toEqual(await exportXlsxWithLibrary(plan, ws, { language }));
    }
  });
});
