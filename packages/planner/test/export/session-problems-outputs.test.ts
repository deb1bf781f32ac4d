/**
 * A session the plan records a problem against (held while its library is closed) says so in
 * the files people read beside the report. Found by the outputs walk: an evening reading club
 * at a village library that closes at 15:00 was marked in index.html, but its events in the
 * .ics calendars were CONFIRMED with nothing said, and plan.xlsx's notes column was empty, so
 * the staff who follow the calendar on their phones would go to a closed library.
 */
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { exportCalendars, exportXlsx, planWorkspace } from "@lontar/planner";
import { sampleWorkspaceInput, workspaceOf } from "./fixtures.js";

// Solok opens Monday to Friday 08:00-16:00: a Sunday session, a Wednesday one within the hours.
const base = sampleWorkspaceInput();
const once = (dtstart: string) => ({ kind: "rrule" as const, dtstart, rrule: "FREQ=DAILY;COUNT=1", durationMinutes: 120 });
const workspace = workspaceOf({ ...base, programs: [{ id: "klub", title: "Klub buku", library: "solok", category: "book_discussion", partners: ["sd1"], schedules: [once("2019-05-05T10:00"), once("2019-05-08T09:00")] }] });
const plan = planWorkspace(workspace, { horizon: { from: "2019-05-01", to: "2019-05-31" }, seed: 1 });

/** The unfolded lines of each VEVENT of an iCalendar text. */
function events(ics: string): string[][] {
  const lines = ics.replace(/\r\n[ \t]/g, "").split("\r\n");
  const out: string[][] = [];
  for (const line of lines) {
    if (line === "BEGIN:VEVENT") out.push([]);
    else out.at(-1)?.push(line);
  }
  return out;
}

describe("a session held while its library is closed", () => {
  it("says so in its event of the library's and the staff's calendars, in the reader's language", () => {
    for (const [language, said] of [
      ["id", "DESCRIPTION:Masalah: Perpustakaan Kota Solok tutup pada hari Minggu\\n"],
      ["en", "DESCRIPTION:Problem: Perpustakaan Kota Solok is closed on Sunday\\n"],
    ] as const) {
      const calendars = exportCalendars(plan, workspace, { language });
      for (const file of ["calendar.ics", "calendars/library-solok.ics"]) {
        const [sunday, wednesday] = events(calendars.get(file) ?? "");
        expect(sunday?.find((l) => l.startsWith("DESCRIPTION:")), file).toContain(said);
        expect(wednesday?.find((l) => l.startsWith("DESCRIPTION:")), file).not.toMatch(/Masalah|Problem/);
      }
    }
  });

  it("says so in the notes of its row in plan.xlsx", async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from((await exportXlsx(plan, workspace, { language: "id" })) ?? new Uint8Array()) as unknown as ArrayBuffer);
    const sheet = book.getWorksheet("Semua kegiatan");
    expect(sheet?.getCell("P1").text).toBe("Keterangan");
    expect(sheet?.getCell("P2").text).toBe("Masalah: Perpustakaan Kota Solok tutup pada hari Minggu");
    expect(sheet?.getCell("P3").text).toBe("");
  });
});
