/**
 * A rotating route's stop due when it does not receive the visit gives way to the next stop
 * open then, when it is open for one of the route's next round of visits (a walk of stop 56: a
 * daily route over five villages, shifted a day by Easter, sent the mobile library to a
 * village on its closed Thursday for five weeks, with only a warning). A stop whose hours the
 * route never meets still takes its turns, evenly, and LON5111 says so.
 */
import type { WorkspaceInput } from "@lontar/core";
import { describe, expect, it } from "vitest";
import { expandWorkspace } from "../../src/expand/workspace.js";
import { visitOpeningHoursDiagnostics } from "../../src/diagnostics/opening-hours.js";
import { planWorkspace } from "../../src/plan-workspace.js";
import { workspaceOf } from "./helpers.js";

type LibraryInput = NonNullable<WorkspaceInput["libraries"]>[number];
const library = (id: string, extra: Partial<LibraryInput> = {}): LibraryInput => ({
  id, name: `Perpustakaan ${id}`, tier: "desa", region: { province: "Nusa Tenggara Timur", regency: "Kabupaten Timor Tengah Selatan" }, ...extra,
});
type Day = "mon" | "tue" | "wed" | "thu" | "fri" | "sat" | "sun";
const weekdays: readonly Day[] = ["mon", "tue", "wed", "thu", "fri"];
const hours = (days: readonly Day[]) => [{ days: [...days], time: { start: "08:00", end: "14:00" } }];
const weekdayOf = (date: string): number => ((new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7) + 1;
// March to May 2027: Good Friday (26 March) and the other holidays shift a five-stop weekday route.
const SPRING = { from: "2027-03-01", to: "2027-05-31" };
const route = (stops: readonly LibraryInput[]) =>
  workspaceOf({
    libraries: [library("kab", { tier: "kabupaten" }), ...stops],
    programs: [{ id: "keliling", title: "Keliling", library: "kab", category: "mobile_library", source: { file: "p.lontar", start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 2, offset: 1 } }, sites: stops.map((s) => s.id), siteMode: "rotating", schedules: [{ kind: "rrule", dtstart: "2027-03-01T08:00", rrule: "FREQ=DAILY;BYDAY=MO,TU,WE,TH,FR", durationMinutes: 240 }] }],
  });

describe("a rotating route's turns", () => {
  it("never visits a stop on its closed weekday when a shift of the week sent it there, and keeps the turns even", () => {
    const stops = [library("a", { openingHours: hours(weekdays) }), library("b", { openingHours: hours(weekdays) }), library("c", { openingHours: hours(weekdays) }), library("boti", { openingHours: hours(["mon", "tue", "wed", "fri"]) }), library("e", { openingHours: hours(weekdays) })];
    const ws = route(stops);
    const { occurrences } = expandWorkspace(ws, SPRING);
    const atBoti = occurrences.filter((o) => o.site === "boti").map((o) => o.localDate);
    expect(atBoti.length).toBeGreaterThanOrEqual(10);
    expect(atBoti.filter((d) => weekdayOf(d) === 4)).toEqual([]);
    const visits = new Map<string, number>();
    for (const o of occurrences) visits.set(o.site ?? "", (visits.get(o.site ?? "") ?? 0) + 1);
    const counts = [...visits.values()];
    expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(1);
    const plan = planWorkspace(ws, { horizon: SPRING, seed: 1 });
    expect(visitOpeningHoursDiagnostics(ws, plan)).toEqual([]);
  });

  it("still visits, in turn, a stop whose hours the route never meets, and LON5111 says so", () => {
    const stops = [library("a"), library("sore", { openingHours: [{ days: [...weekdays], time: { start: "13:00", end: "16:00" } }] })];
    const ws = route(stops);
    const { occurrences } = expandWorkspace(ws, SPRING);
    const sore = occurrences.filter((o) => o.site === "sore").length;
    expect(Math.abs(occurrences.length - 2 * sore)).toBeLessThanOrEqual(1);
    const plan = planWorkspace(ws, { horizon: SPRING, seed: 1 });
    expect(visitOpeningHoursDiagnostics(ws, plan).map((d) => d.code)).toEqual(["LON5111"]);
  });
});
