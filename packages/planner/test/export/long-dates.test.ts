/**
 * The report writes dates as its reader does, in words with the weekday ("Kamis, 8 Februari
 * 2024"), from one table that its calendar's list view uses too; periods as few words as say
 * them ("Januari 2024"); a session's zone (WIB, WITA, WIT) in its panel always, and in the
 * lists where the libraries keep several zones. A walk found ISO dates where an Indonesian
 * reader expects words: "Rencana 2024-01-01 – 2024-12-31", "Kamis 2024-02-08", "Waktu
 * 2024-01-03 15:00–16:00", "2024-01-01 – 2024-01-31".
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { WEEKDAY_NAMES, WEEKDAYS, weekdayLabels } from "@lontar/core";
import { exportHtml, planWorkspace, reportData } from "@lontar/planner";
import { datesBetween, dayMonthYear, longDate, monthYear, periodWords, weekdayName } from "../../src/export/long-date.js";
import { sessionFacts } from "../../src/export/html/browser/session-facts.js";
import { library, workspaceOf } from "../allocate/helpers.js";

const section = (html: string, id: string): string => new RegExp(`<section id="${id}">[\\s\\S]*?</section>`).exec(html)?.[0] ?? "";

describe("dates in words", () => {
  it("writes a day with its weekday in each language", () => {
    expect(longDate("2024-02-08", "id")).toBe("Kamis, 8 Februari 2024");
    expect(longDate("2024-02-08", "en")).toBe("Thursday, 8 February 2024");
    expect(dayMonthYear("2024-12-31", "id")).toBe("31 Desember 2024");
    expect(monthYear("2024-01-15", "id")).toBe("Januari 2024");
    expect(datesBetween("2024-01-01", "2024-12-31", "id")).toBe("1 Januari 2024 – 31 Desember 2024");
    expect(longDate("not a date", "id")).toBe("not a date");
  });

  it("names the weekdays as core's labels do, and gives each date the weekday a calendar gives it", () => {
    for (const language of ["id", "en"] as const) expect(WEEKDAYS.map((d) => weekdayName(`2024-01-0${WEEKDAYS.indexOf(d) + 1}`, language))).toEqual(WEEKDAYS.map((d) => weekdayLabels[d][language]));
    fc.assert(
      fc.property(fc.date({ min: new Date("1990-01-01T00:00:00Z"), max: new Date("2100-12-31T00:00:00Z"), noInvalidDate: true }), (d) => {
        const date = d.toISOString().slice(0, 10);
        expect(weekdayName(date, "en")).toBe(WEEKDAY_NAMES.en[(d.getUTCDay() + 6) % 7]);
      }),
    );
  });

  it("writes a period in as few words as say it", () => {
    expect(periodWords("2024-01-01", "2024-01-31", "id")).toBe("Januari 2024");
    expect(periodWords("2024-02-01", "2024-02-29", "en")).toBe("February 2024");
    expect(periodWords("2024-04-01", "2024-06-30", "en")).toBe("April – June 2024");
    expect(periodWords("2024-11-01", "2025-02-28", "id")).toBe("November 2024 – Februari 2025");
    expect(periodWords("2024-01-01", "2024-12-31", "id")).toBe("2024");
    expect(periodWords("2024-01-08", "2024-01-14", "id")).toBe("8 Januari 2024 – 14 Januari 2024");
    expect(periodWords("2024-02-01", "2024-02-28", "id")).toBe("1 Februari 2024 – 28 Februari 2024");
  });
});

// A library in WIB and one in WIT; 2019-01-01 is New Year's Day: the first sessions are cancelled.
const weekly = (library: string) => ({ id: `kelas_${library}`, title: "Kelas", library, category: "class", schedules: [{ kind: "rrule", dtstart: "2019-01-01T09:00", rrule: "FREQ=WEEKLY;COUNT=2", durationMinutes: 60 }] });
const papua = { ...library("jayapura"), region: { province: "Papua" }, timeZone: "Asia/Jayapura" };
const horizon = { from: "2019-01-01", to: "2019-01-31" };
const oneZone = workspaceOf({ libraries: [library("kota")], programs: [weekly("kota")] });
const twoZones = workspaceOf({ libraries: [library("kota"), papua], programs: [weekly("kota"), weekly("jayapura")] });

describe("the report's dates and zones", () => {
  const one = planWorkspace(oneZone, { horizon, seed: 1 });
  const two = planWorkspace(twoZones, { horizon, seed: 1 });

  it("heads the report with its horizon in words", () => {
    expect(exportHtml(one, oneZone, { language: "id" })).toContain("<p>Rencana 1 Januari 2019 – 31 Januari 2019</p>");
    expect(exportHtml(one, oneZone)).toContain("<p>Plan 1 January 2019 – 31 January 2019</p>");
  });

  it("lists a cancelled session by its day in words, with its zone only where the libraries keep several", () => {
    expect(section(exportHtml(one, oneZone, { language: "id" }), "unplaced")).toContain("<li><strong>Kelas, Selasa, 1 Januari 2019 09:00–10:00</strong>");
    const mixed = section(exportHtml(two, twoZones, { language: "id" }), "unplaced");
    expect(mixed).toContain("Selasa, 1 Januari 2019 09:00–10:00 WIB</strong>");
    expect(mixed).toContain("Selasa, 1 Januari 2019 09:00–10:00 WIT</strong>");
  });

  it("names the session's day in words and its zone in its panel, always", () => {
    for (const [plan, workspace] of [[one, oneZone], [two, twoZones]] as const) {
      const data = reportData(plan, workspace, { language: "id" });
      const times = data.sessions.map((s) => sessionFacts(data, s).rows[0]);
      expect(times).toContainEqual(["Waktu", "Selasa, 8 Januari 2019 09:00–10:00 WIB"]);
    }
    const data = reportData(two, twoZones, { language: "en" });
    expect(data.zones).toEqual(["WIB", "WIT"]);
    expect(data.sessions.map((s) => sessionFacts(data, s).rows[0]?.[1])).toContain("Tuesday, 8 January 2019 09:00–10:00 WIT");
  });
});
