/**
 * LON5114 and LON5115: what the workspace's rules did to the plan, said where each rule is
 * written (a walk, stop 54: a Ramadan rule that warns matched 28 mobile-library sessions and
 * a rule that forbids cancelled 4, and `lontar check` said neither; only plan.json and the
 * report listed them).
 */
import { localizeDiagnostic } from "@lontar/core";
import { describe, expect, it } from "vitest";
import { ruleDiagnostics } from "../../src/diagnostics/rule-findings.js";
import { planDiagnostics } from "../../src/diagnostics/plan-diagnostics.js";
import { planWorkspace } from "../../src/plan-workspace.js";
import { library, workspaceOf } from "../allocate/helpers.js";

const horizon = { from: "2027-02-01", to: "2027-03-31" };
const span = (line: number) => ({ file: "p.lontar", start: { line, column: 1, offset: line * 10 }, end: { line, column: 2, offset: line * 10 + 1 } });
const mondays = { kind: "rrule", dtstart: "2027-02-01T10:00", rrule: "FREQ=WEEKLY;BYDAY=MO", durationMinutes: 180 };
const program = (id: string, line: number) => ({ id, title: id, library: "lib", category: "mobile_library", source: span(line), schedules: [mondays] });
const programIs = (id: string) => ({ kind: "compare", op: "==", left: { kind: "fact", name: "program.id" }, right: { kind: "literal", value: id } });
const inFebruary = { kind: "compare", op: "<=", left: { kind: "fact", name: "occurrence.date" }, right: { kind: "literal", value: "2027-02-28" } };
const rule = (id: string, line: number, effect: string, when: Record<string, unknown>, withSource = true) => ({ id, when, effect, message: `${id} says so`, ...(withSource ? { source: span(line) } : {}) });

const workspace = workspaceOf({
  libraries: [library("lib")],
  programs: [program("keliling", 1), program("kelas", 2)],
  rules: [
    rule("siang", 10, "warn", inFebruary),
    rule("tanpa_kelas_februari", 11, "forbid", { kind: "and", left: programIs("kelas"), right: inFebruary }),
    rule("tidak_cocok", 12, "warn", programIs("festival")),
    rule("satu", 13, "warn", { kind: "and", left: programIs("keliling"), right: { kind: "compare", op: "==", left: { kind: "fact", name: "occurrence.date" }, right: { kind: "literal", value: "2027-03-01" } } }),
    rule("tanpa_sumber", 14, "warn", inFebruary, false),
  ],
});

describe("LON5114 and LON5115: what the rules did, at each rule", () => {
  const plan = planWorkspace(workspace, { horizon, seed: 1 });
  const diagnostics = ruleDiagnostics(workspace, plan);

  it("warns at a rule that warns on sessions and notes one that cancels them; nothing for a rule that matches none or has no source", () => {
    expect(diagnostics.map((d) => [d.location.range.start.line, d.code, d.severity, d.text?.key])).toEqual([
      [10, "LON5114", "warning", "LON5114.many"],
      [11, "LON5115", "info", "LON5115.many"],
      [13, "LON5114", "warning", "LON5114.one"],
    ]);
    expect(planDiagnostics(workspace, plan, { ...horizon, origin: "declared" }).filter((d) => d.code === "LON5114" || d.code === "LON5115")).toEqual(diagnostics);
  });

  it("counts the sessions, names the first three by start, and quotes the rule's message, in each language", () => {
    const [warned, cancelled, one] = diagnostics;
    // The four Mondays of February: the mobile library's; the class's, which the other rule cancels, are not warned on.
    expect(localizeDiagnostic(warned!, "en").message).toBe("rule `siang` warns on 4 sessions (`keliling` 2027-02-01, `keliling` 2027-02-08, `keliling` 2027-02-15, …): siang says so");
    expect(localizeDiagnostic(warned!, "id").message).toBe("aturan `siang` memperingatkan 4 sesi (`keliling` 2027-02-01, `keliling` 2027-02-08, `keliling` 2027-02-15, …): siang says so");
    expect(localizeDiagnostic(cancelled!, "en").message).toBe("rule `tanpa_kelas_februari` cancels 4 sessions (`kelas` 2027-02-01, `kelas` 2027-02-08, `kelas` 2027-02-15, …): tanpa_kelas_februari says so");
    expect(localizeDiagnostic(cancelled!, "id").message).toBe("aturan `tanpa_kelas_februari` membatalkan 4 sesi (`kelas` 2027-02-01, `kelas` 2027-02-08, `kelas` 2027-02-15, …): tanpa_kelas_februari says so");
    expect(localizeDiagnostic(one!, "en").message).toBe("rule `satu` warns on one session (`keliling` 2027-03-01): satu says so");
    expect(localizeDiagnostic(one!, "id").message).toBe("aturan `satu` memperingatkan satu sesi (`keliling` 2027-03-01): satu says so");
  });

  it("says nothing for a workspace without rules", () => {
    const bare = workspaceOf({ libraries: [library("lib")], programs: [program("keliling", 1)] });
    expect(ruleDiagnostics(bare, planWorkspace(bare, { horizon, seed: 1 }))).toEqual([]);
  });
});
