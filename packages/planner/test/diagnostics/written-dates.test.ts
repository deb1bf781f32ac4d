/**
 * LON5116 (a walk of stop 56): a make-up date added with `juga` on Idul Fitri was cancelled
 * and left out of the plan with no word, while a `sekali` event alone on a holiday was told
 * (LON5104). A date written one by one that a holiday or closure cancels is now said, at the
 * program, with a day near it when the library is open.
 */
import { localizeDiagnostic } from "@lontar/core";
import { describe, expect, it } from "vitest";
import { planDiagnostics } from "../../src/diagnostics/plan-diagnostics.js";
import { writtenDateDiagnostics } from "../../src/diagnostics/written-dates.js";
import { planWorkspace } from "../../src/plan-workspace.js";
import { library, workspaceOf } from "../allocate/helpers.js";

const span = { file: "p.lontar", start: { line: 3, column: 1, offset: 20 }, end: { line: 3, column: 9, offset: 28 } };
const horizon = { from: "2027-03-01", to: "2027-04-30" };
const weekdays = [{ days: ["mon", "tue", "wed", "thu", "fri"], time: { start: "08:00", end: "16:00" } }];
// The first Saturday of each month; 2027-03-10 is Idul Fitri, 2027-03-26 Good Friday.
const monthly = (extra: Record<string, unknown> = {}) => ({ kind: "rrule", dtstart: "2027-03-06T09:00", rrule: "FREQ=MONTHLY;BYDAY=1SA", durationMinutes: 120, ...extra });
const workspace = (schedules: readonly unknown[]) =>
  workspaceOf({
    libraries: [library("lib", { closures: [{ kind: "public_holidays" }], openingHours: [...weekdays, { days: ["sat"], time: { start: "08:00", end: "12:00" } }] })],
    programs: [{ id: "dongeng", title: "Dongeng", library: "lib", category: "storytelling", source: span, schedules }],
  });
const said = (ws: ReturnType<typeof workspace>) => planDiagnostics(ws, planWorkspace(ws, { horizon, seed: 1 }), horizon).filter((d) => d.code === "LON5116");

describe("LON5116: a date written for a session that a holiday cancels", () => {
  it("names a date added with `also` on a holiday, why, and a day near it the library is open, in both languages", () => {
    const [d, ...rest] = said(workspace([monthly({ rdates: ["2027-03-10T09:00"] })]));
    expect(rest).toEqual([]);
    expect(d?.severity).toBe("warning");
    expect(d?.location).toEqual({ file: "p.lontar", range: { start: span.start, end: span.end } });
    expect(localizeDiagnostic(d!, "en").message).toMatch(/^`dongeng`: a date written for it is cancelled \(2027-03-10: [^)]*Idul Fitri[^)]*\), so the plan holds no session then; write a day the library is open instead \(such as `2027-03-17T09:00`\), or `including holidays` after the schedule to hold it on the holiday$/);
    expect(localizeDiagnostic(d!, "id").message).toContain("tanggal yang ditulis untuknya dibatalkan (2027-03-10: ");
  });

  // The review of stop 56: `including holidays` holds a session through a closure too (a renovation), so it is offered for holidays only.
  it("offers to hold it on the day only when every date lost is a holiday, not a closure", () => {
    const renovation = workspaceOf({
      libraries: [library("lib", { closures: [{ kind: "public_holidays" }, { kind: "range", range: { from: "2027-04-20", to: "2027-04-22" }, reason: "Renovasi" }] })],
      programs: [{ id: "dongeng", title: "Dongeng", library: "lib", category: "storytelling", source: span, schedules: [monthly({ rdates: ["2027-04-21T09:00"] })] }],
    });
    const [d] = planDiagnostics(renovation, planWorkspace(renovation, { horizon, seed: 1 }), horizon).filter((x) => x.code === "LON5116");
    expect(localizeDiagnostic(d!, "en").message).toMatch(/^`dongeng`: a date written for it is cancelled \(2027-04-21: [^)]*Renovasi[^)]*\), so the plan holds no session then; write a day the library is open instead \(such as `[^`]+`\)$/);
    expect(localizeDiagnostic(d!, "id").message).not.toContain("termasuk libur");
  });

  it("the day offered, written instead, is held: nothing to say", () => {
    expect(said(workspace([monthly({ rdates: ["2027-03-17T09:00"] })]))).toEqual([]);
  });

  it("counts several, and a `once` session among other sessions of the program", () => {
    const [d] = said(workspace([monthly({ rdates: ["2027-03-10T09:00"] }), { kind: "once", start: "2027-03-26T10:00", durationMinutes: 60 }]));
    expect(d?.text?.key).toBe("LON5116.many");
    expect(localizeDiagnostic(d!, "en").message).toMatch(/^`dongeng`: 2 dates written for it are cancelled \(2027-03-10: [^,]*, 2027-03-26: /);
  });

  it("says nothing of dates the rule gives by itself, of dates held on the holiday on purpose, nor of a program with no session held (LON5104's)", () => {
    // A weekly Wednesday class: its rule gives 2027-03-10 (Idul Fitri) by itself, and a holiday in a weekly class is expected.
    expect(said(workspace([{ kind: "rrule", dtstart: "2027-03-03T09:00", rrule: "FREQ=WEEKLY;BYDAY=WE", durationMinutes: 120 }]))).toEqual([]);
    expect(said(workspace([monthly({ rdates: ["2027-03-10T09:00"], skipClosures: false })]))).toEqual([]);
    const alone = workspace([{ kind: "once", start: "2027-03-10T09:00", durationMinutes: 60 }]);
    expect(said(alone)).toEqual([]);
    expect(planDiagnostics(alone, planWorkspace(alone, { horizon, seed: 1 }), horizon).map((d) => d.code)).toContain("LON5104");
    // A model built by an app with no source: nothing to place it at.
    const noSource = workspaceOf({ libraries: [library("lib", { closures: [{ kind: "public_holidays" }] })], programs: [{ id: "d", title: "D", library: "lib", category: "storytelling", schedules: [monthly({ rdates: ["2027-03-10T09:00"] })] }] });
    expect(writtenDateDiagnostics(noSource, planWorkspace(noSource, { horizon, seed: 1 }))).toEqual([]);
  });
});
