/**
 * LON5118 (a walk of stop 56): a monthly book rotation on the last Friday lost March to Good
 * Friday (2027-03-26) and March had no rotation, with no word. A program held once a month that
 * loses a whole month to holidays or closures is now said, with a day offered in that month.
 */
import { localizeDiagnostic } from "@lontar/core";
import { describe, expect, it } from "vitest";
import { planDiagnostics } from "../../src/diagnostics/plan-diagnostics.js";
import { monthsLostDiagnostics } from "../../src/diagnostics/months-lost.js";
import { planWorkspace } from "../../src/plan-workspace.js";
import { library, workspaceOf } from "../allocate/helpers.js";

const span = { file: "p.lontar", start: { line: 9, column: 1, offset: 90 }, end: { line: 9, column: 8, offset: 97 } };
const horizon = { from: "2027-01-01", to: "2027-12-31" };
const weekdays = [{ days: ["mon", "tue", "wed", "thu", "fri"] as ("mon" | "tue" | "wed" | "thu" | "fri")[], time: { start: "08:00", end: "15:00" } }];
const rotation = (rrule: string, extra: Record<string, unknown> = {}) =>
  workspaceOf({
    libraries: [library("lib", { closures: [{ kind: "public_holidays" }], openingHours: weekdays })],
    partners: [{ id: "sd", name: "SD", kind: "school" }],
    programs: [{ id: "rotasi", title: "Rotasi", library: "lib", category: "book_rotation", source: span, schedules: [{ kind: "rrule", dtstart: "2027-01-29T08:00", rrule, durationMinutes: 240 }] }],
    ...extra,
  });
const said = (ws: ReturnType<typeof rotation>) => planDiagnostics(ws, planWorkspace(ws, { horizon, seed: 1 }), horizon).filter((d) => d.code === "LON5118");

describe("LON5118: a month without its session", () => {
  it("names the month lost to a holiday, why, and a day the library is open in it, in both languages", () => {
    const [d, ...rest] = said(rotation("FREQ=MONTHLY;BYDAY=-1FR"));
    expect(rest).toEqual([]);
    expect([d?.severity, d?.location.range.start.line]).toEqual(["warning", 9]);
    expect(localizeDiagnostic(d!, "en").message).toBe("`rotasi` is held every month, but one month has no session: it is cancelled (2027-03-26: Wafat Yesus Kristus); add a day the library is open to its schedule (such as `also 2027-03-19T08:00`), or move the session");
    expect(localizeDiagnostic(d!, "id").message).toContain("satu bulan tanpa sesi: sesinya dibatalkan (2027-03-26: Wafat Yesus Kristus)");
    // The day offered, added, holds March.
    const fixed = workspaceOf({ ...rotation("FREQ=MONTHLY;BYDAY=-1FR"), programs: [{ id: "rotasi", title: "Rotasi", library: "lib", category: "book_rotation", source: span, schedules: [{ kind: "rrule", dtstart: "2027-01-29T08:00", rrule: "FREQ=MONTHLY;BYDAY=-1FR", durationMinutes: 240, rdates: ["2027-03-19T08:00"] }] }] });
    expect(said(fixed)).toEqual([]);
  });

  it("is quiet for a weekly program, a counted series, and a program an agreement counts", () => {
    expect(said(rotation("FREQ=WEEKLY;BYDAY=FR"))).toEqual([]);
    expect(said(rotation("FREQ=MONTHLY;BYDAY=-1FR;COUNT=6"))).toEqual([]);
    const counted = rotation("FREQ=MONTHLY;BYDAY=-1FR", { agreements: [{ id: "mou", library: "lib", partner: "sd", validity: horizon, obligations: [{ kind: "sessions", program: "rotasi", min: 1, per: "month" }] }] });
    expect(said(counted)).toEqual([]);
    expect(monthsLostDiagnostics(counted, planWorkspace(counted, { horizon, seed: 1 }))).toEqual([]);
  });
});
