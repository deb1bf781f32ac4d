import { LAST_DECREED_YEAR, decreedHolidays, type WorkspaceInput } from "@lontar/core";
import { describe, expect, it } from "vitest";
import { closureCalendar, estimatedHolidays, indonesianHolidays } from "../../src/expand/closures.js";
import { expandWorkspace } from "../../src/expand/workspace.js";
import { planWorkspace } from "../../src/plan-workspace.js";
import { workspaceOf } from "./helpers.js";

type LibraryInput = NonNullable<WorkspaceInput["libraries"]>[number];

const library = (extra: Partial<LibraryInput> = {}): LibraryInput => ({
  id: "perpus_solok",
  name: "Perpustakaan Kota Solok",
  tier: "kota",
  region: { province: "Sumatera Barat" },
  closures: [{ kind: "public_holidays" }],
  ...extra,
});

/** A program with a session at 10:00 on every day of `year`. */
function dailyIn(year: number, lib: LibraryInput = library()) {
  const ws = workspaceOf({
    libraries: [lib],
    programs: [{ id: "baca", title: "Baca bersama", library: lib.id, category: "shared_reading", schedules: [{ kind: "rrule", dtstart: `${year}-01-01T10:00`, rrule: `FREQ=DAILY;UNTIL=${year}1231T235959`, durationMinutes: 60 }] }],
  });
  return expandWorkspace(ws, { from: `${year}-01-01`, to: `${year}-12-31` });
}

const nextDay = (date: string, step: number): string => new Date(Date.parse(`${date}T00:00:00Z`) + step * 86_400_000).toISOString().slice(0, 10);
const isWeekend = (date: string): boolean => [0, 6].includes(new Date(`${date}T00:00:00Z`).getUTCDay());

/** The nearest working day (Monday-Friday, not decreed) before or after `date`, within its year. */
function workingDayAround(date: string, step: 1 | -1, closed: ReadonlySet<string>): string | undefined {
  for (let d = nextDay(date, step), i = 0; i < 14 && d.slice(0, 4) === date.slice(0, 4); d = nextDay(d, step), i += 1) {
    if (!isWeekend(d) && !closed.has(d)) return d;
  }
  return undefined;
}

describe.each([2019, 2025])("a library closed on public holidays in %i", (year) => {
  const decreed = decreedHolidays(year) ?? [];
  const { occurrences, dropped, findings } = dailyIn(year);
  const open = new Set(occurrences.map((o) => o.localDate));
  const closed = new Map(dropped.map((d) => [d.localDate, d]));

  it("closes on every decreed national holiday and cuti bersama day, giving its decreed name", () => {
    expect(decreed.length).toBeGreaterThan(20);
    for (const day of decreed) {
      expect(open.has(day.date), day.date).toBe(false);
      expect(closed.get(day.date)?.reason, day.date).toBe("public-holiday");
      expect(closed.get(day.date)?.detail, day.date).toContain(day.name.id);
    }
  });

  it("stays open on the working days around each of them, and on every other day", () => {
    const decreedDates = new Set(decreed.map((d) => d.date));
    for (const day of decreed) {
      for (const step of [-1, 1] as const) {
        const neighbour = workingDayAround(day.date, step, decreedDates);
        if (neighbour !== undefined) expect(open.has(neighbour), `${neighbour} next to ${day.date}`).toBe(true);
      }
    }
    expect([...closed.keys()].filter((d) => !decreedDates.has(d))).toEqual([]);
    expect(open.size + closed.size).toBe(year % 4 === 0 ? 366 : 365);
    expect(findings).toEqual([]);
  });
});

describe("decreed dates where date-holidays estimates differ", () => {
  it("2019: the second day of Idul Fitri (6 June) is closed; 2025: 30 March and 26 June, estimates only, are open", () => {
    const y2019 = dailyIn(2019);
    const y2025 = dailyIn(2025);
    expect(y2019.dropped.find((d) => d.localDate === "2019-06-06")?.detail).toBe("Hari Raya Idul Fitri 1440 Hijriah");
    const open2025 = new Set(y2025.occurrences.map((o) => o.localDate));
    expect(["2025-03-30", "2025-06-26", "2025-04-01", "2025-06-27"].map((d) => open2025.has(d))).toEqual([true, true, false, false]);
  });
});

describe("a library open on collective leave", () => {
  it.each([2019, 2025])("keeps its sessions on cuti bersama days in %i but not on national holidays", (year) => {
    const decreed = decreedHolidays(year) ?? [];
    const { occurrences, dropped } = dailyIn(year, library({ openOnCollectiveLeave: true }));
    const open = new Set(occurrences.map((o) => o.localDate));
    const leave = decreed.filter((d) => d.kind === "collective_leave").map((d) => d.date);
    const national = [...new Set(decreed.filter((d) => d.kind === "national").map((d) => d.date))];
    expect(leave.length).toBeGreaterThan(0);
    expect(leave.filter((d) => !open.has(d))).toEqual([]);
    expect(dropped.map((d) => d.localDate)).toEqual(national);
  });
});

describe("a year past the data", () => {
  const year = LAST_DECREED_YEAR + 1;

  it("falls back to date-holidays, with one HOLIDAYS_ESTIMATED finding per program and year", () => {
    const ws = workspaceOf({
      libraries: [library()],
      programs: [
        {
          id: "dongeng",
          title: "Dongeng",
          library: "perpus_solok",
          category: "storytelling",
          schedules: [
            { kind: "once", start: `${year}-01-01T10:00`, durationMinutes: 60 },
            { kind: "once", start: `${year}-01-04T10:00`, durationMinutes: 60 },
            { kind: "once", start: `${LAST_DECREED_YEAR}-12-25T10:00`, durationMinutes: 60 },
          ],
        },
      ],
    });
    const { occurrences, dropped, findings } = expandWorkspace(ws, { from: `${LAST_DECREED_YEAR}-01-01`, to: `${year}-12-31` });
    expect(dropped.map((d) => [d.localDate, d.reason])).toEqual([
      [`${LAST_DECREED_YEAR}-12-25`, "public-holiday"],
      [`${year}-01-01`, "public-holiday"],
    ]);
    expect(occurrences.map((o) => o.localDate)).toEqual([`${year}-01-04`]);
    const estimated = findings.filter((f) => f.code === "HOLIDAYS_ESTIMATED");
    expect(estimated.map((f) => [f.level, f.scheduleIndex])).toEqual([["info", 0]]);
    expect(estimated[0]?.message).toContain(String(year));
  });

  it("warns once per estimated year of a calendar, never for a decreed year", () => {
    const calendar = closureCalendar({ closures: [{ kind: "public_holidays", country: "ID" }] });
    expect(calendar.estimateWarning(`${LAST_DECREED_YEAR}-05-01`)).toBeUndefined();
    expect(calendar.estimateWarning(`${year}-05-01`)).toContain("estimates");
    expect(calendar.estimateWarning(`${year}-06-01`)).toBeUndefined();
    expect(calendar.estimateWarning(`${year + 1}-06-01`)).toContain(String(year + 1));
  });
});

describe("declared closures and the plan", () => {
  it("keeps a workspace's own closures, and the plan cancels a session on cuti bersama with the public-holiday justification", () => {
    const ws = workspaceOf({
      libraries: [library({ closures: [{ kind: "public_holidays" }, { kind: "range", range: { from: "2019-06-10", to: "2019-06-10" }, reason: "Inventarisasi koleksi" }] })],
      programs: [
        {
          id: "kelas",
          title: "Kelas menulis",
          library: "perpus_solok",
          category: "class",
          schedules: [{ kind: "rrule", dtstart: "2019-06-03T10:00", rrule: "FREQ=DAILY;COUNT=8", durationMinutes: 60 }],
        },
      ],
    });
    const plan = planWorkspace(ws, { horizon: { from: "2019-06-01", to: "2019-06-30" }, seed: 1 });
    const byDate = new Map(plan.occurrences.map((o) => [o.start.slice(0, 10), o]));
    expect(byDate.get("2019-06-03")?.status).toBe("cancelled");
    expect(byDate.get("2019-06-03")?.reasons?.[0]).toMatchObject({ constraint: "public-holiday", message: expect.stringContaining("Cuti bersama Hari Raya Idul Fitri 1440 Hijriah") });
    expect(byDate.get("2019-06-06")?.reasons?.[0]?.constraint).toBe("public-holiday");
    expect(byDate.get("2019-06-10")?.reasons?.[0]).toMatchObject({ constraint: "closure", message: expect.stringContaining("Inventarisasi koleksi") });
    expect(["2019-06-08", "2019-06-09"].map((d) => byDate.get(d)?.status)).toEqual(["scheduled", "scheduled"]);
  });
});

describe("indonesianHolidays", () => {
  it("gives decreed days where there is a decree and date-holidays' estimates after, flagged", () => {
    const next = LAST_DECREED_YEAR + 1;
    const { holidays, years } = indonesianHolidays(`${LAST_DECREED_YEAR}-12-01`, `${next}-12-31`);
    expect(years.map((y) => y.source)).toEqual(["decree", "estimate"]);
    expect(holidays.filter((h) => h.date.startsWith(String(LAST_DECREED_YEAR))).every((h) => h.decreed)).toBe(true);
    const estimates = holidays.filter((h) => h.date.startsWith(String(next)));
    expect(estimates.length).toBeGreaterThan(10);
    expect(estimates.every((h) => !h.decreed && h.kind === "national" && h.name.id.length > 0 && h.name.en.length > 0)).toBe(true);
    expect(estimates.map((h) => h.date)).toContain(`${next}-08-17`);
  });
});

describe("the names of estimated holidays", () => {
  const closed = closureCalendar({ closures: [{ kind: "public_holidays", country: "ID" }] });
  const year = LAST_DECREED_YEAR + 1;

  it("names 27 Rajab Isra Mikraj (date-holidays calls it Maulid Nabi Muhammad) and keeps both names of a day two holidays share", () => {
    // 2028, the first year past the data (2027 is decreed): date-holidays puts 1 Muharam on Ascension Day.
    const holidays = estimatedHolidays("ID", undefined, 2028);
    const named = (id: string): string[] => holidays.filter((h) => h.name.id === id).map((h) => h.date);
    expect(named("Isra Mikraj Nabi Muhammad SAW")).toEqual(["2028-12-14"]);
    expect(named("Maulid Nabi Muhammad SAW")).toEqual(["2028-08-03"]);
    expect(named("Kenaikan Yesus Kristus")).toEqual(["2028-05-25"]);
    expect(closed.closedOn("2028-05-25")?.detail).toBe("Tahun Baru Islam; Kenaikan Yesus Kristus");
    expect(holidays.find((h) => h.date === "2028-05-25" && h.name.id === "Kenaikan Yesus Kristus")?.name.en).toBe("Ascension Day");
  });

  it("closes on Easter Sunday, two days after Good Friday, as the decrees since 2024 do", () => {
    const holidays = estimatedHolidays("ID", undefined, year);
    const goodFriday = holidays.find((h) => h.name.en === "Good Friday")?.date ?? "";
    const easter = holidays.find((h) => h.name.en === "Easter Sunday")?.date ?? "";
    expect(Date.parse(easter) - Date.parse(goodFriday)).toBe(2 * 86_400_000);
    expect(new Date(`${easter}T00:00:00Z`).getUTCDay()).toBe(0);
  });

  it("writes the era years as the decrees do (Kongzili, Saka, BE)", () => {
    const ids = estimatedHolidays("ID", undefined, 2027).map((h) => h.name.id);
    expect(ids).toContain("Tahun Baru Imlek 2578 Kongzili");
    expect(ids).toContain("Hari Suci Nyepi Tahun Baru Saka 1949");
    expect(ids).toContain("Hari Raya Waisak 2571 BE");
    expect(ids).toContain("Tahun Baru 2027 Masehi");
  });
});
