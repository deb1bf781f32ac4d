/**
 * A period held only in part asks for the share of the days its agreement's library is open
 * there (a walk of stop 56: `minimal 2 sesi … per minggu`, valid from Friday 1 January 2027,
 * asked for 1 session in a week of New Year's Day, a Saturday and a Sunday, so every weekly
 * agreement of 2027 failed its first week).
 */
import { describe, expect, it } from "vitest";
import { checkCompliance, periodWindows } from "../../src/compliance/check-compliance.js";
import { agreementOpenDays, openDaysIn } from "../../src/compliance/open-days.js";
import { planWorkspace } from "../../src/plan-workspace.js";
import { library, workspaceOf } from "../allocate/helpers.js";

const weekdays = [{ days: ["mon", "tue", "wed", "thu", "fri"], time: { start: "08:00", end: "16:00" } }];
const year = { from: "2027-01-01", to: "2027-12-31" };
const workspace = (openingHours: unknown[]) =>
  workspaceOf({
    libraries: [library("lib", { closures: [{ kind: "public_holidays" }], openingHours })],
    partners: [{ id: "sd1", name: "SD 1", kind: "school" }],
    // Tuesdays and Thursdays at 13:00.
    programs: [{ id: "kelas", title: "Kelas", library: "lib", category: "class", schedules: [{ kind: "rrule", dtstart: "2027-01-05T13:00", rrule: "FREQ=WEEKLY;BYDAY=TU,TH", durationMinutes: 120 }] }],
    agreements: [{ id: "pks", library: "lib", partner: "sd1", validity: year, obligations: [{ kind: "sessions", program: "kelas", min: 2, per: "week" }] }],
  });

describe("a period held in part, weighed by the days the library is open", () => {
  it("reads the library's opening days, holidays and closures", () => {
    const ws = workspace(weekdays);
    const open = agreementOpenDays(ws, ws.agreements[0]!)!;
    // Friday 1 January 2027 is New Year's Day; the 2nd and 3rd a weekend; Monday the 4th a working day.
    expect(["2027-01-01", "2027-01-02", "2027-01-03", "2027-01-04"].map(open)).toEqual([false, false, false, true]);
    expect(openDaysIn({ from: "2026-12-28", to: "2027-01-03" }, open)).toBe(4);
    // The first week: the agreement holds none of the library's working days, so it asks for none of its minimum.
    const [first, second] = periodWindows(year, "week", open);
    expect([first?.window, first?.share, second?.share]).toEqual([{ from: "2027-01-01", to: "2027-01-03" }, 0, 1]);
    // Without the library's days, the calendar days: 3 of 7, which asked for 1 of 2.
    expect(periodWindows(year, "week")[0]?.share).toBeCloseTo(3 / 7);
  });

  it("a weekly agreement of a year starting on a Friday holiday meets its first week", () => {
    const ws = workspace(weekdays);
    const plan = planWorkspace(ws, { horizon: year, seed: 1 });
    const first = plan.agreements[0]?.findings[0];
    expect([first?.period, first?.expected, first?.ok]).toEqual([{ from: "2027-01-01", to: "2027-01-03" }, ">= 0", true]);
    const checked = checkCompliance(ws, plan.occurrences, year)[0]?.findings[0];
    expect(checked?.ok).toBe(true);
  });

  it("a library open every day weighs every day but its holidays; a period with no open day falls back on calendar days", () => {
    const ws = workspace([]);
    const open = agreementOpenDays(ws, ws.agreements[0]!)!;
    expect(openDaysIn({ from: "2027-01-01", to: "2027-01-03" }, open)).toBe(2);
    expect(periodWindows(year, "week", open)[0]?.share).toBeCloseTo(2 / 6);
    expect(periodWindows(year, "week", () => false)[0]?.share).toBeCloseTo(3 / 7);
  });

  // The review of stop 56: a part week of Monday to Friday at a library closed at the weekend is all its open days, but a program held at a
  // school on Wednesdays and Saturdays meets only Wednesday there: the open days lower a share, never raise it over the calendar's 5 of 7.
  it("never asks more than the share of the calendar days", () => {
    const ws = workspace(weekdays);
    const open = agreementOpenDays(ws, ws.agreements[0]!)!;
    const last = periodWindows({ from: "2027-01-04", to: "2027-06-25" }, "week", open).at(-1);
    expect([last?.window, last?.share]).toEqual([{ from: "2027-06-21", to: "2027-06-25" }, 5 / 7]);
  });
});
