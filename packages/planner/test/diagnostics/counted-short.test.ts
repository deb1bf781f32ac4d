/**
 * LON5113: a schedule that counts its sessions (`for 8 times`, COUNT=8) and loses some to
 * holidays, closures or rules holds fewer than it counts (a walk, stop 53: an 8-session class
 * with 17 August 2027 in it met 7 times, and `check` said nothing). One warning at the
 * program, the dates named; nothing where the count is held, nothing is held, the writer
 * excepted the days, the horizon cuts the series, or the program has several schedules.
 */
import { localizeDiagnostic } from "@lontar/core";
import { describe, expect, it } from "vitest";
import { countedShortDiagnostics } from "../../src/diagnostics/counted-short.js";
import { planDiagnostics } from "../../src/diagnostics/plan-diagnostics.js";
import { planWorkspace } from "../../src/plan-workspace.js";
import { library, workspaceOf } from "../allocate/helpers.js";

const horizon = { from: "2027-01-01", to: "2027-12-31" };
const span = (line: number) => ({ file: "p.lontar", start: { line, column: 1, offset: line * 10 }, end: { line, column: 2, offset: line * 10 + 1 } });
/** Tuesdays at 13:00 from `from`, `count` times; 17 August 2027 is a Tuesday. */
const tuesdays = (from: string, count: number, extra: Record<string, unknown> = {}) => ({ kind: "rrule", dtstart: `${from}T13:00`, rrule: `FREQ=WEEKLY;BYDAY=TU;COUNT=${count}`, durationMinutes: 120, ...extra });
const program = (id: string, line: number, schedules: readonly Record<string, unknown>[]) => ({ id, title: id, library: "lib", category: "digital_literacy", source: span(line), schedules });

const workspace = workspaceOf({
  libraries: [library("lib", { closures: [{ kind: "public_holidays" }, { kind: "range", range: { from: "2027-10-05", to: "2027-10-05" }, reason: "Stok opname" }] })],
  programs: [
    program("delapan", 1, [tuesdays("2027-08-03", 8)]),
    program("dua_hilang", 2, [tuesdays("2027-08-10", 10)]),
    program("dikecualikan", 3, [tuesdays("2027-08-10", 3, { exceptRanges: [{ from: "2027-08-24", to: "2027-08-24" }] })]),
    program("juga", 4, [tuesdays("2027-08-10", 3, { rdates: ["2027-09-07T13:00"] })]),
    program("hanya_kecuali", 5, [tuesdays("2027-09-07", 3, { exceptRanges: [{ from: "2027-09-14", to: "2027-09-14" }] })]),
    program("terpotong", 6, [tuesdays("2027-12-14", 8)]),
    program("termasuk_libur", 7, [tuesdays("2027-08-03", 8, { skipClosures: false })]),
    program("dua_jadwal", 8, [tuesdays("2027-08-03", 8), tuesdays("2027-03-02", 2)]),
    program("sekali", 9, [tuesdays("2027-08-17", 1)]),
  ],
});

describe("LON5113: counted sessions lost to holidays", () => {
  const plan = planWorkspace(workspace, { horizon, seed: 1 });
  const diagnostics = countedShortDiagnostics(workspace, plan);

  it("warns at each program whose counted series loses sessions, and only there; planDiagnostics says it too", () => {
    expect(diagnostics.map((d) => [d.location.range.start.line, d.code, d.severity, d.text?.key])).toEqual([
      [1, "LON5113", "warning", "LON5113.lostOne"],
      [2, "LON5113", "warning", "LON5113.lost"],
      [3, "LON5113", "warning", "LON5113.lost"],
    ]);
    expect(planDiagnostics(workspace, plan, { ...horizon, origin: "declared" }).filter((d) => d.code === "LON5113")).toEqual(diagnostics);
  });

  it("names the dates and why, what is held, and the count that holds them all, in each language", () => {
    const [one, two, excepted] = diagnostics;
    expect(localizeDiagnostic(one!, "en").message).toBe(
      "`delapan` counts 8 sessions (`for 8 times`), but holds 7: one is cancelled (2027-08-17: Hari Kemerdekaan Republik Indonesia); to hold 8, count 9 (`for 9 times`, or `COUNT=9` in a raw `rrule`), or add a date with `also`",
    );
    expect(localizeDiagnostic(one!, "id").message).toBe(
      "`delapan` menghitung 8 sesi (`selama 8 kali`), tetapi hanya 7 sesi yang terlaksana: satu dibatalkan (2027-08-17: Hari Kemerdekaan Republik Indonesia); agar 8 sesi terlaksana, hitung 9 (`selama 9 kali`, atau `COUNT=9` dalam `rrule` mentah), atau tambahkan tanggal dengan `juga`",
    );
    // The library's own closure is a reason as a holiday is.
    expect(localizeDiagnostic(two!, "en").message).toBe(
      "`dua_hilang` counts 10 sessions (`for 10 times`), but holds 8: 2 are cancelled (2027-08-17: Hari Kemerdekaan Republik Indonesia, 2027-10-05: Stok opname); to hold 10, count 12 (`for 12 times`, or `COUNT=12` in a raw `rrule`), or add dates with `also`",
    );
    // A day the writer excepted is named with the holiday, so the sum is the reader's to check.
    expect(localizeDiagnostic(excepted!, "id").message).toContain("tetapi hanya 1 sesi yang terlaksana: 2 dibatalkan (2027-08-17: Hari Kemerdekaan Republik Indonesia, 2027-08-24: dikecualikan); agar 3 sesi terlaksana, hitung 5 (`selama 5 kali`");
  });

  it("the plan holds what the warning says: the count is the rule's, cancelled sessions included", () => {
    const held = plan.occurrences.filter((o) => o.programId === "delapan" && o.status !== "cancelled");
    expect(held).toHaveLength(7);
    expect(plan.occurrences.filter((o) => o.programId === "delapan")).toHaveLength(8);
  });

  // A review (stop 53): an excepted date-time leaves the plan, and the series was taken for one the horizon cuts; dates
  // added with `also` made up the count of a series the horizon did cut.
  it("counts a date-time excepted with the series, and a date added apart from it", () => {
    const cases = workspaceOf({
      libraries: [library("lib", { closures: [{ kind: "public_holidays" }] })],
      programs: [
        program("jam_dikecualikan", 1, [tuesdays("2027-08-03", 8, { exdates: ["2027-08-10T13:00"] })]),
        program("terpotong_juga", 2, [tuesdays("2027-08-03", 8, { rdates: ["2027-08-05T13:00"] })]),
      ],
    });
    const cut = planWorkspace(cases, { horizon: { from: "2027-08-01", to: "2027-09-16" }, seed: 1 });
    expect(countedShortDiagnostics(cases, cut).map((d) => d.location.range.start.line)).toEqual([]);
    const whole = planWorkspace(cases, { horizon: { from: "2027-08-01", to: "2027-12-31" }, seed: 1 });
    // The date added holds the eighth session that 17 August took: nothing to say of it.
    const diagnostics = countedShortDiagnostics(cases, whole);
    expect(diagnostics.map((d) => d.location.range.start.line)).toEqual([1]);
    expect(localizeDiagnostic(diagnostics[0]!, "en").message).toContain("counts 8 sessions (`for 8 times`), but holds 6: one is cancelled (2027-08-17");
  });

  it("a series entirely cancelled is LON5104's, not this warning's", () => {
    const all = workspaceOf({ libraries: [library("lib", { closures: [{ kind: "public_holidays" }] })], programs: [program("merdeka", 1, [{ ...tuesdays("2027-08-17", 2), rrule: "FREQ=YEARLY;COUNT=2" }])] });
    const short = planWorkspace(all, { horizon: { from: "2027-08-01", to: "2028-12-31" }, seed: 1 });
    expect(countedShortDiagnostics(all, short)).toEqual([]);
    expect(planDiagnostics(all, short, { from: "2027-08-01", to: "2028-12-31", origin: "declared" }).map((d) => d.code)).toContain("LON5104");
  });
});
