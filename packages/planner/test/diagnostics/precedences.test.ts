/**
 * LON5106: an order between programs (`before`/`after`, `by N days`) the plan breaks, one
 * error per broken precedence at the property that declares it, with both programs, the
 * gap and the two dates in the library's zone; none for an order kept or a program with no
 * scheduled session.
 */
import { localizeDiagnostic, type Diagnostic } from "@lontar/core";
import { describe, expect, it } from "vitest";
import { planDiagnostics } from "../../src/diagnostics/plan-diagnostics.js";
import { precedenceDiagnostics } from "../../src/diagnostics/precedences.js";
import { planWorkspace } from "../../src/plan-workspace.js";
import { library, workspaceOf } from "../allocate/helpers.js";

const horizon = { from: "2026-01-01", to: "2026-12-31" };
const span = (line: number) => ({ file: "p.lontar", start: { line, column: 3, offset: line * 10 }, end: { line, column: 30, offset: line * 10 + 27 } });
const once = (start: string, minutes = 120) => [{ kind: "rrule", dtstart: start, rrule: "FREQ=DAILY;COUNT=1", durationMinutes: minutes }];
const program = (id: string, line: number, start: string, extra: Record<string, unknown> = {}) => ({ id, title: id, library: "lib", category: "reading_contest", source: span(line), schedules: once(start), ...extra });
const before = (gapDays: number, line = 5) => ({ precedences: [{ relation: "before", program: "lomba_provinsi", gapDays, source: span(line) }] });

/** The LON5106 diagnostics of a workspace's plan: where, how serious, and the message in both languages. */
function breaches(input: Record<string, unknown>): { at: number; severity: string; en: string; id: string }[] {
  const workspace = workspaceOf({ libraries: [library("lib")], ...input });
  const plan = planWorkspace(workspace, { horizon, seed: 1 });
  const found = precedenceDiagnostics(workspace, plan);
  expect(planDiagnostics(workspace, plan, horizon).filter((d) => d.code === "LON5106")).toEqual(found);
  return found.map((d: Diagnostic) => ({ at: d.location.range.start.line, severity: d.severity, en: localizeDiagnostic(d, "en").message, id: localizeDiagnostic(d, "id").message }));
}

describe("LON5106: an order between programs the plan breaks", () => {
  const kota = (extra: Record<string, unknown> = before(30), start = "2026-04-20T08:00") => program("lomba_kota", 1, start, extra);
  const provinsi = (start = "2026-05-05T08:00", extra: Record<string, unknown> = {}) => program("lomba_provinsi", 10, start, extra);

  it("reports the walk's example once, as an error at the `before` property, in both languages", () => {
    expect(breaches({ programs: [kota(), provinsi()] })).toEqual([
      {
        at: 5,
        severity: "error",
        en: "`lomba_kota` must end 30 days before `lomba_provinsi` starts, but its last session ends 2026-04-20 and `lomba_provinsi` starts 2026-05-05 (15 days later)",
        id: "`lomba_kota` harus selesai 30 hari sebelum `lomba_provinsi` dimulai, tetapi sesi terakhirnya selesai 2026-04-20 dan `lomba_provinsi` dimulai 2026-05-05 (15 hari kemudian)",
      },
    ]);
  });

  it("says nothing when the order is kept, to the hour", () => {
    expect(breaches({ programs: [kota(), provinsi("2026-05-25T08:00")] })).toEqual([]);
    // Ends 2026-04-20 10:00; 30 days of 24 hours later is 2026-05-20 10:00.
    expect(breaches({ programs: [kota(), provinsi("2026-05-20T10:00")] })).toEqual([]);
  });

  it("reports `after` at the later program's property", () => {
    const after = { precedences: [{ relation: "after", program: "lomba_kota", gapDays: 30, source: span(12) }] };
    const [found, ...rest] = breaches({ programs: [kota({}), provinsi("2026-05-05T08:00", after)] });
    expect(rest).toEqual([]);
    expect(found?.at).toBe(12);
    expect(found?.en).toBe("`lomba_kota` must end 30 days before `lomba_provinsi` starts, but its last session ends 2026-04-20 and `lomba_provinsi` starts 2026-05-05 (15 days later)");
  });

  it("says nothing when a program has no scheduled session", () => {
    // A closure cancels the city round; a round outside the horizon has no session at all.
    const closed = { libraries: [library("lib", { closures: [{ kind: "range", range: { from: "2026-04-20", to: "2026-04-20" }, reason: "Renovasi" }] })] };
    expect(breaches({ ...closed, programs: [kota(), provinsi()] })).toEqual([]);
    expect(breaches({ programs: [kota(), provinsi("2027-05-05T08:00")] })).toEqual([]);
  });

  it("is placed at the program when the precedence has no source", () => {
    const [found] = breaches({ programs: [kota({ precedences: [{ relation: "before", program: "lomba_provinsi", gapDays: 30 }] }), provinsi()] });
    expect(found?.at).toBe(1);
  });

  it("writes the dates in the library's zone, whatever the host's", () => {
    // 07:00-08:00 in Jayapura (UTC+9) is 2026-04-19 in UTC; the next day's 06:00 is still 2026-04-20 in UTC.
    const papua = { libraries: [library("lib", { timeZone: "Asia/Jayapura", openingHours: [] })] };
    const [found] = breaches({ ...papua, programs: [program("lomba_kota", 1, "2026-04-20T07:00", { ...before(30), schedules: once("2026-04-20T07:00", 60) }), provinsi("2026-04-21T06:00")] });
    expect(found?.en).toBe("`lomba_kota` must end 30 days before `lomba_provinsi` starts, but its last session ends 2026-04-20 and `lomba_provinsi` starts 2026-04-21 (1 day later)");
    expect(found?.id).toContain("selesai 2026-04-20 dan `lomba_provinsi` dimulai 2026-04-21 (1 hari kemudian)");
  });

  it("says how far apart the sessions are when the hours, not the dates, break the gap, or the order is reversed", () => {
    // Ends 2026-04-20 10:00, starts 2026-05-05 08:00: fifteen dates apart, two hours short of 15 days.
    expect(breaches({ programs: [kota(before(15)), provinsi()] })[0]?.en).toMatch(/\(less than 15 days later\)$/);
    expect(breaches({ programs: [kota(before(15)), provinsi()] })[0]?.id).toMatch(/\(kurang dari 15 hari kemudian\)$/);
    expect(breaches({ programs: [kota(before(0)), provinsi("2026-04-17T08:00")] })[0]).toMatchObject({
      en: "`lomba_kota` must end before `lomba_provinsi` starts, but its last session ends 2026-04-20 and `lomba_provinsi` starts 2026-04-17 (3 days earlier)",
      id: "`lomba_kota` harus selesai sebelum `lomba_provinsi` dimulai, tetapi sesi terakhirnya selesai 2026-04-20 dan `lomba_provinsi` dimulai 2026-04-17 (3 hari lebih awal)",
    });
    expect(breaches({ programs: [kota(before(0)), provinsi("2026-04-20T09:00")] })[0]?.en).toMatch(/\(the same day\)$/);
  });
});
