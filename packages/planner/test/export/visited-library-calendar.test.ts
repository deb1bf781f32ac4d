/**
 * A library's calendar shows every session held at it: its own programs' and those another
 * library's program holds there, marked as that library's. Found by a user walk (Sulawesi
 * Selatan): a village library on the provincial library's route (`rute bergilir desa_a,
 * desa_b`) had an empty `calendars/library-desa_a.ics` though occurrences.csv listed the visits;
 * the report's KPI table scored it 0 ("Jumlah kegiatan 0") with no word of the visits; and
 * plan.xlsx's libraries sheet counts them beside the library's own sessions.
 */
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { exportCalendars, exportHtml } from "../../src/export/index.js";
import { exportXlsx } from "../../src/export/xlsx/export-xlsx.js";
import { planWorkspace } from "../../src/plan-workspace.js";
import { library, workspaceOf } from "../allocate/helpers.js";
import { events, prop, unescapeText } from "./ics-parser.js";

const workspace = workspaceOf({
  libraries: [
    library("prov", { name: "Dinas Perpustakaan Provinsi", tier: "provinsi", timeZone: "Asia/Makassar" }),
    library("desa_a", { name: "Perpustakaan Desa A", timeZone: "Asia/Makassar" }),
    library("desa_b", { name: "Perpustakaan Desa B", timeZone: "Asia/Makassar" }),
  ],
  programs: [
    {
      id: "keliling", title: "Perpustakaan Keliling", library: "prov", category: "mobile_library", sites: ["desa_a", "desa_b"], siteMode: "rotating",
      schedules: [{ kind: "rrule", dtstart: "2027-01-12T09:00", rrule: "FREQ=WEEKLY;COUNT=4", durationMinutes: 120 }],
    },
    // Desa B's own program: its calendar holds it as before, unmarked, then the visits.
    { id: "dongeng", title: "Dongeng", library: "desa_b", category: "storytelling", schedules: [{ kind: "rrule", dtstart: "2027-01-07T10:00", rrule: "FREQ=DAILY;COUNT=1", durationMinutes: 60 }] },
  ],
  // Every library's KPI counts its own programs' sessions.
  kpis: [{ id: "iku", name: "IKU", indicators: [{ id: "kegiatan", metric: "sessions", weight: 100, target: 2, per: "month" }] }],
});
const plan = planWorkspace(workspace, { horizon: { from: "2027-01-01", to: "2027-02-28" }, seed: 1 });

const summaries = (ics: string | undefined): string[] => events(ics ?? "").map((e) => unescapeText(prop(e, "SUMMARY")?.value ?? ""));
const starts = (ics: string | undefined): string[] => events(ics ?? "").map((e) => prop(e, "DTSTART")?.value ?? "");

describe("a library's calendar", () => {
  it("holds the visits of another library's route to it, marked as that library's program", () => {
    const files = exportCalendars(plan, workspace, { language: "id" });
    const a = files.get("calendars/library-desa_a.ics");
    expect(summaries(a)).toEqual(["Perpustakaan Keliling (program perpustakaan lain)", "Perpustakaan Keliling (program perpustakaan lain)"]);
    // The visits occurrences.csv lists at desa_a, at their times.
    const visits = plan.occurrences.filter((o) => o.site === "desa_a" && o.status === "scheduled").map((o) => o.start.slice(0, 16).replace(/[-:]/g, "") + "00");
    expect(visits).toHaveLength(2);
    expect(starts(a)).toEqual(visits);
    expect(a).toContain("TZID:Asia/Makassar\r\n");
    for (const e of events(a ?? "")) expect(unescapeText(prop(e, "DESCRIPTION")?.value ?? "")).toContain("Perpustakaan: Dinas Perpustakaan Provinsi");
    expect(summaries(files.get("calendars/library-desa_b.ics"))).toEqual(["Dongeng", "Perpustakaan Keliling (program perpustakaan lain)", "Perpustakaan Keliling (program perpustakaan lain)"]);
    // The organiser's calendar is unchanged: its four sessions, unmarked.
    expect(summaries(files.get("calendars/library-prov.ics"))).toEqual(Array(4).fill("Perpustakaan Keliling"));
    // Every visit listed once over the villages' calendars, with the organiser's UIDs.
    const uids = (ics: string | undefined): string[] => events(ics ?? "").map((e) => prop(e, "UID")?.value ?? "");
    expect(new Set([...uids(a), ...uids(files.get("calendars/library-desa_b.ics")).slice(1)])).toEqual(new Set(uids(files.get("calendars/library-prov.ics"))));
  });

  it("marks them in English too", () => {
    const files = exportCalendars(plan, workspace, { language: "en" });
    expect(summaries(files.get("calendars/library-desa_a.ics"))[0]).toBe("Perpustakaan Keliling (another library's program)");
  });
});

describe("the report's KPI section", () => {
  const section = (html: string): string => /<section id="kpi">[\s\S]*?<\/section>/.exec(html)?.[0] ?? "";

  it("says under the table how many sessions other libraries' programs hold at a library, its scores unchanged", () => {
    const id = section(exportHtml(plan, workspace, { language: "id" }));
    expect(id).toContain("<li>Perpustakaan Desa A: 2 kegiatan program perpustakaan lain diadakan di sini; tidak dihitung dalam IKU-nya, yang menghitung kegiatan program perpustakaan itu sendiri.</li>");
    expect(id).toContain("<li>Perpustakaan Desa B: 2 kegiatan program");
    // The organiser is visited by no one: no line of its own.
    expect(id.match(/<li>/g)).toHaveLength(2);
    const en = section(exportHtml(plan, workspace, { language: "en" }));
    expect(en).toContain("<li>Perpustakaan Desa A: 2 sessions of other libraries&#39; programs are held here; its KPIs do not count them, as they count the sessions of its own programs.</li>");
    // Scores are per organising library, as before: the visits are not desa_a's.
    const scores = new Map(plan.kpis.map((k) => [k.libraryId, k.score]));
    expect(scores.get("desa_a") ?? 0).toBe(0);
    expect(scores.get("prov")).toBeGreaterThan(0);
  });
});

// Found by a user walk: plan.xlsx's libraries sheet gave the village libraries of a book rotation "Kegiatan terjadwal 0", with no word of the visits.
describe("plan.xlsx's libraries sheet", () => {
  it("counts the sessions other libraries' programs hold at each library beside its own", async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from((await exportXlsx(plan, workspace, { language: "id" })) ?? new Uint8Array()) as unknown as ArrayBuffer);
    const rows = book.getWorksheet("Perpustakaan")?.getSheetValues().slice(1).map((row) => (Array.isArray(row) ? row.slice(1).map(String) : []));
    expect(rows?.[0]?.slice(4)).toEqual(["Kegiatan terjadwal", "Kegiatan perpustakaan lain di sini"]);
    expect(rows?.slice(1).map((row) => [row[0], row[4], row[5]])).toEqual([
      ["Dinas Perpustakaan Provinsi", "4", "0"],
      ["Perpustakaan Desa A", "0", "2"],
      ["Perpustakaan Desa B", "1", "2"],
    ]);
  });
});
