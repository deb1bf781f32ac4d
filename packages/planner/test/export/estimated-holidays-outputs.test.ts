/**
 * The holidays of a year with no decree in Lontar's data are estimates: `lontar plan` and
 * LON4013 say so, and so do the report (its summary and its calendar's holidays), the
 * calendars (their description) and the spreadsheets (the sessions a holiday cancels).
 */
import { LAST_DECREED_YEAR } from "@lontar/core";
import { describe, expect, it } from "vitest";
import { closedDayTitle } from "../../src/export/html/browser/session-facts.js";
import { reportData } from "../../src/export/html/report-data.js";
import { planOutputs } from "../../src/export/plan-outputs.js";
import { planWorkspace } from "../../src/plan-workspace.js";
import { library, workspaceOf } from "../allocate/helpers.js";
import { unfold } from "./ics-parser.js";

/** A library's daily session through January of `year`: its New Year's Day is a holiday. */
function planOf(year: number) {
  const workspace = workspaceOf({
    libraries: [library("lib", { name: "Perpustakaan Desa" })],
    programs: [{ id: "baca", title: "Baca", library: "lib", category: "storytelling", schedules: [{ kind: "rrule", dtstart: `${year}-01-01T09:00`, rrule: "FREQ=DAILY;COUNT=31", durationMinutes: 60 }] }],
  });
  return { workspace, plan: planWorkspace(workspace, { horizon: { from: `${year}-01-01`, to: `${year}-01-31` }, seed: 1 }) };
}

const year = LAST_DECREED_YEAR + 1;
const said = {
  id: `Hari libur ${year} masih perkiraan: SKB tahun itu belum ada di data Lontar, jadi hari besar Islam bisa bergeser sehari dan hari cuti bersama belum termasuk.`,
  en: `The holidays of ${year} are estimates: no decree (SKB) of that year is in Lontar's data yet, so Islamic holidays may move a day and cuti bersama days are not included.`,
};
const newYear = `baca@${year}-01-01T09:00`;

describe("the outputs say that a year's holidays are estimates", () => {
  const { plan, workspace } = planOf(year);

  // Found by a user walk: plan.json's notice named an npm package ("its holidays come from date-holidays") to the apps that read it.
  it("plan.json's notice says it as LON4013 does, naming no library of the planner's", () => {
    const notice = JSON.parse(planOutputs(plan, workspace, { language: "en" }).get("plan.json") ?? "{}").violations.find((v: { constraint: string }) => v.constraint === "HOLIDAYS_ESTIMATED");
    expect(notice.message).toBe(`baca schedule 1: no decree (SKB) of ${year}'s holidays is in Lontar's data yet: its holidays are computed estimates, Islamic holidays may move a day and cuti bersama days are missing; declare the decreed days as closures when the SKB is published`);
  });

  it("the report's summary says it, in each language", () => {
    for (const language of ["id", "en"] as const) {
      const html = planOutputs(plan, workspace, { language }).get("index.html") ?? "";
      const summary = /<section id="summary">[\s\S]*?<\/section>/.exec(html)?.[0] ?? "";
      expect(summary).toContain(`<p class="note">${said[language].replace("'", "&#39;")}</p>`);
    }
  });

  it("the report's calendar marks its holidays as estimates", () => {
    const data = reportData(plan, workspace, { language: "id" });
    const [first] = data.closedDays;
    expect(first).toEqual({ date: `${year}-01-01`, kind: "national", name: `Tahun Baru ${year} Masehi`, estimated: true, libraries: [] });
    expect(closedDayTitle(data, first!)).toBe(`Tahun Baru ${year} Masehi (perkiraan)`);
    expect(closedDayTitle(reportData(plan, workspace, { language: "en" }), { ...first!, name: "New Year's Day" })).toBe("New Year's Day (estimate)");
  });

  it("every calendar says it in its description", () => {
    const files = planOutputs(plan, workspace, { language: "id" });
    for (const name of ["calendar.ics", "calendars/library-lib.ics"]) {
      const lines = unfold(files.get(name) ?? "");
      const description = said.id.replaceAll(",", "\\,");
      expect(lines.slice(0, 9), name).toEqual([
        "BEGIN:VCALENDAR",
        "PRODID:-//Lontar//Lontar Planner//EN",
        "VERSION:2.0",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        "X-WR-CALNAME:Perpustakaan Desa",
        "NAME:Perpustakaan Desa",
        `X-WR-CALDESC:${description}`,
        `DESCRIPTION:${description}`,
      ]);
    }
  });

  it("the spreadsheets say it of the session the holiday cancels", () => {
    const csv = planOutputs(plan, workspace, { language: "id" }).get("occurrences.csv") ?? "";
    const row = csv.split("\r\n").find((line) => line.startsWith(`${newYear};`));
    expect(row?.split(";").at(-1)).toBe(`Dibatalkan: hari libur (perkiraan, karena SKB ${year} belum ada di data Lontar), Tahun Baru ${year} Masehi.`);
    const en = planOutputs(plan, workspace, { language: "en" }).get("occurrences.csv") ?? "";
    expect(en.split("\r\n").find((line) => line.startsWith(`${newYear},`))).toMatch(
      new RegExp(`,"Cancelled: public holiday \\(an estimate, as no decree of ${year} is in Lontar's data yet\\), Tahun Baru ${year} Masehi\\."$`),
    );
  });

  it("says nothing of a year with a decree", () => {
    const decreed = planOf(LAST_DECREED_YEAR);
    const files = planOutputs(decreed.plan, decreed.workspace, { language: "id" });
    expect(files.get("index.html")).not.toContain('<p class="note">');
    expect(files.get("calendar.ics")).not.toMatch(/X-WR-CALDESC|^DESCRIPTION:Hari libur/m);
    expect(files.get("occurrences.csv")).not.toContain("perkiraan");
    expect(reportData(decreed.plan, decreed.workspace, { language: "id" }).closedDays.some((d) => d.estimated === true)).toBe(false);
  });
});
