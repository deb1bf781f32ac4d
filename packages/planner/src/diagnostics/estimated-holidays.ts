import { createDiagnostic, holidaysBetween, type Diagnostic, type Workspace } from "@lontar/core";
import type { Plan } from "../plan/plan.js";

/**
 * LON4013 (info: it fails no run) once per workspace when the plan met holidays that are
 * estimates (the plan's `HOLIDAYS_ESTIMATED` notices: a year with no decree in the data),
 * at the library of the first program concerned (where the decreed days are to be
 * declared as closures; found by a user walk, the note at a storytelling program read as a
 * problem of that program), else at that program, naming the years of the horizon without a
 * decree. So that `lontar check`, run in December on next year's agreements, says what it
 * counted the sessions against. None when neither has a source.
 *
 * @example const [notice] = estimatedHolidayDiagnostics(workspace, plan);
 */
export function estimatedHolidayDiagnostics(workspace: Workspace, plan: Plan): Diagnostic[] {
  const concerned = new Set<string>();
  for (const v of plan.violations) if (v.constraint === "HOLIDAYS_ESTIMATED" && v.programId !== undefined) concerned.add(v.programId);
  if (concerned.size === 0) return [];
  const program = workspace.programs.find((p) => concerned.has(p.id) && (p.source !== undefined || workspace.libraries.some((l) => l.id === p.library && l.source !== undefined)));
  const library = program === undefined ? undefined : workspace.libraries.find((l) => l.id === program.library);
  const source = library?.source ?? program?.source;
  const years = estimatedHolidayYears(plan);
  if (source === undefined || years.length === 0) return [];
  // At the declaration's first character, not over all of it: a notice, not a mistake in it.
  return [createDiagnostic("LON4013.estimated", { years: years.join(", ") }, { file: source.file, range: { start: source.start, end: source.start } })];
}

/**
 * The years of a plan's horizon whose holidays it took from estimates (no decree in the
 * data), when a session met one (the plan's `HOLIDAYS_ESTIMATED` notices); empty otherwise.
 * What LON4013 and the CLI's plan summary name.
 *
 * @example estimatedHolidayYears(plan) // [2028]
 */
export function estimatedHolidayYears(plan: Plan): number[] {
  if (!plan.violations.some((v) => v.constraint === "HOLIDAYS_ESTIMATED")) return [];
  return holidaysBetween(plan.horizon.from, plan.horizon.to).years.filter((y) => y.source !== "decree").map((y) => y.year);
}
