import { WEEKDAYS, minutesOfDay, type Resource } from "@lontar/core";
import fc from "fast-check";
import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { availableHours, bookedHours, periodHeading, utilisationPeriod, utilisationPeriods } from "../../src/export/html/utilisation.js";
import { planWorkspace } from "../../src/plan-workspace.js";
import { heatMapSection } from "../../src/export/html/heat-map.js";
import { indexWorkspace } from "../../src/export/plan-view.js";
import { library, workspaceOf } from "../allocate/helpers.js";

/** Available hours counted the slow way: day by day with luxon, minute by minute (overlapping windows count once). */
function dayByDay(windows: { days: string[]; time: { start: string; end: string } }[], from: DateTime, to: DateTime): number {
  let hours = 0;
  for (let day = from; day <= to; day = day.plus({ days: 1 })) {
    const weekday = WEEKDAYS[day.weekday - 1] ?? "mon";
    const minutes = new Set<number>();
    for (const w of windows) if (w.days.includes(weekday)) for (let m = minutesOfDay(w.time.start); m < minutesOfDay(w.time.end); m++) minutes.add(m);
    hours += minutes.size / 60;
  }
  return hours;
}

describe("availableHours", () => {
  it("equals a day-by-day count of a person's availability over any period", () => {
    const window = fc.record({ days: fc.subarray([...WEEKDAYS], { minLength: 1 }), from: fc.integer({ min: 6, max: 12 }), length: fc.integer({ min: 1, max: 8 }) });
    fc.assert(
      fc.property(fc.array(window, { maxLength: 3 }), fc.integer({ min: 0, max: 700 }), fc.integer({ min: 0, max: 120 }), (ws, offset, length) => {
        const windows = ws.map((w) => ({ days: w.days, time: { start: `${String(w.from).padStart(2, "0")}:00`, end: `${String(w.from + w.length).padStart(2, "0")}:00` } }));
        const workspace = workspaceOf({ libraries: [library("lib")], resources: [{ kind: "staff", id: "ani", library: "lib", availability: windows }] });
        const from = DateTime.fromISO("2024-01-01", { zone: "utc" }).plus({ days: offset });
        const to = from.plus({ days: length });
        const resource = workspace.resources[0] as Resource;
        const expected = windows.length === 0 ? dayByDay([{ days: ["mon", "tue", "wed", "thu", "fri"], time: { start: "08:00", end: "16:00" } }], from, to) : dayByDay(windows, from, to);
        expect(availableHours(resource, utilisationPeriod("p", from, to), indexWorkspace(workspace))).toBeCloseTo(expected, 9);
      }),
    );
  });
});

describe("availableHours of a capped person", () => {
  const hours = (caps: Record<string, unknown>, from: string, to: string): number => {
    const workspace = workspaceOf({ libraries: [library("lib")], resources: [{ kind: "volunteer", id: "rina", library: "lib", availability: [{ days: [...WEEKDAYS], time: { start: "08:00", end: "16:00" } }], ...caps }] });
    const at = (d: string): DateTime => DateTime.fromISO(d, { zone: "utc" });
    return availableHours(workspace.resources[0] as Resource, utilisationPeriod("p", at(from), at(to)), indexWorkspace(workspace));
  };

  it("gives a week the whole of a monthly cap (all of it may fall in that week), and a longer span its share", () => {
    expect(hours({ maxHours: [{ hours: 8, per: "month" }] }, "2026-01-05", "2026-01-11")).toBe(8);
    // A month of 31 days holds one month's cap, not 8 × 31 / 30.44 hours (the report showed a full month as 98%).
    expect(hours({ maxHours: [{ hours: 8, per: "month" }] }, "2026-01-01", "2026-01-31")).toBe(8);
    expect(hours({ maxHours: [{ hours: 8, per: "month" }] }, "2026-01-01", "2026-03-31")).toBeCloseTo((8 * 90) / (365.25 / 12), 9);
  });

  it("gives a part of a week the whole weekly cap, a month its weeks' share, and holds the tighter of two caps", () => {
    expect(hours({ maxHoursPerWeek: 10 }, "2026-01-01", "2026-01-03")).toBe(10);
    expect(hours({ maxHoursPerWeek: 10 }, "2026-01-01", "2026-01-30")).toBeCloseTo((10 * 30) / 7, 9);
    expect(hours({ maxHoursPerWeek: 10, maxHours: [{ hours: 2, per: "day" }] }, "2026-01-05", "2026-01-11")).toBe(10);
    expect(hours({ maxHoursPerWeek: 20, maxHours: [{ hours: 2, per: "day" }] }, "2026-01-05", "2026-01-11")).toBe(14);
  });
});

describe("the heat map's column headings", () => {
  const day = (date: string) => DateTime.fromISO(date, { zone: "utc" });
  const headings = (from: string, to: string, language: "id" | "en") => utilisationPeriods({ from: day(from), to: day(to), truncated: false }).map((p) => periodHeading(p, language));

  it("name a week by its days in the reader's month names, clipped to the horizon, never by ISO week number", () => {
    expect(headings("2019-09-25", "2019-10-16", "id")).toEqual(["25–29 Sep", "30 Sep–6 Okt", "7–13 Okt", "14–16 Okt"]);
    expect(headings("2019-09-25", "2019-10-16", "en")).toEqual(["25–29 Sep", "30 Sep–6 Oct", "7–13 Oct", "14–16 Oct"]);
    expect(headings("2026-12-28", "2027-01-03", "id")).toEqual(["28 Des–3 Jan"]);
    expect(headings("2027-01-03", "2027-01-03", "id")).toEqual(["3 Jan"]);
  });

  it("name a month by its short name and year", () => {
    expect(headings("2027-01-01", "2027-12-31", "id")).toEqual(["Jan 2027", "Feb 2027", "Mar 2027", "Apr 2027", "Mei 2027", "Jun 2027", "Jul 2027", "Agu 2027", "Sep 2027", "Okt 2027", "Nov 2027", "Des 2027"]);
    expect(headings("2027-08-17", "2028-01-05", "en")).toEqual(["Aug 2027", "Sep 2027", "Oct 2027", "Nov 2027", "Dec 2027", "Jan 2028"]);
  });
});

describe("hours booked of a resource counted by units", () => {
  // Found by a user walk: a digital-literacy class using all 15 laptops of the set, in the
  // computer lab, read 10% for the lab and 1% for the laptops, as if one laptop were used.
  const workspace = workspaceOf({
    libraries: [library("lib", { openingHours: [{ days: ["mon", "tue", "wed", "thu", "fri"], time: { start: "08:00", end: "16:00" } }] })],
    resources: [
      { kind: "room", id: "lab", library: "lib", capacity: 20 },
      { kind: "equipment", id: "laptop", library: "lib", quantity: 15 },
      { kind: "collection", id: "paket", library: "lib", packages: 10, copiesPerPackage: 30 },
    ],
    programs: [
      {
        id: "kelas",
        title: "Kelas",
        library: "lib",
        category: "digital_literacy",
        schedules: [{ kind: "rrule", dtstart: "2027-02-01T13:00", rrule: "FREQ=WEEKLY;BYDAY=MO,WE;COUNT=4", durationMinutes: 120 }],
        needs: [{ kind: "room", resource: "lab" }, { kind: "equipment", resource: "laptop", quantity: 15 }, { kind: "collection", quantity: 4 }],
      },
    ],
  });
  const index = indexWorkspace(workspace);
  const plan = planWorkspace(workspace, { horizon: { from: "2027-02-01", to: "2027-02-28" }, seed: 1 });
  const month = utilisationPeriod("2027-02", DateTime.fromISO("2027-02-01", { zone: "utc" }), DateTime.fromISO("2027-02-28", { zone: "utc" }));

  it("counts every unit a session takes, so all the laptops in use read as full as the lab", () => {
    expect(plan.occurrences.filter((o) => o.status === "scheduled")).toHaveLength(4);
    const booked = bookedHours(plan, [month], index);
    const share = (id: string) => (booked.get(id)?.get(month.label) ?? 0) / availableHours(index.resources.get(id)!, month, index);
    expect(booked.get("laptop")?.get(month.label)).toBe(4 * 2 * 15);
    expect(share("laptop")).toBeCloseTo(share("lab"), 9);
    // The one collection need names no package set: its 4 packages of 10.
    expect(booked.get("paket")?.get(month.label)).toBe(4 * 2 * 4);
  });
});

describe("a heat-map cell of a resource used a little", () => {
  // Found by a user walk: the package set lent to a school twice a month read "0%" in a shaded cell.
  it("reads <1%, not 0%, and an unused one 0%", () => {
    const workspace = workspaceOf({
      libraries: [library("lib", { openingHours: [{ days: ["mon", "tue", "wed", "thu", "fri"], time: { start: "08:00", end: "16:00" } }] })],
      resources: [
        { kind: "collection", id: "paket", library: "lib", packages: 10, copiesPerPackage: 30 },
        { kind: "collection", id: "cadangan", library: "lib", packages: 10, copiesPerPackage: 30 },
      ],
      programs: [{ id: "rotasi", title: "Rotasi", library: "lib", category: "book_rotation", schedules: [{ kind: "rrule", dtstart: "2027-02-01T10:00", rrule: "FREQ=DAILY;COUNT=1", durationMinutes: 60 }], needs: [{ kind: "collection", resource: "paket" }] }],
    });
    const plan = planWorkspace(workspace, { horizon: { from: "2027-01-01", to: "2027-12-31" }, seed: 1 });
    const html = heatMapSection(plan, indexWorkspace(workspace), "id");
    const row = (name: string) => new RegExp(`>${name}[^<]*</th><td class="kind">[^<]*</td>(<td[^>]*>[^<]*</td>){2}`).exec(html)?.[0] ?? "";
    expect(row("Paket")).toMatch(/<td class="u1" title="1 jam \/ [\d.,]+ jam">&lt;1%<\/td>$/);
    expect(row("Cadangan")).toMatch(/<td class="u0" title="0 jam \/ [\d.,]+ jam">0%<\/td>$/);
  });
});
