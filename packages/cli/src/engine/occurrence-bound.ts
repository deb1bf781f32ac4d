import type { Workspace } from "@lontar/core";
import type { Diagnostic } from "@lontar/dsl";
import {
  boundFinding,
  countOccurrencesUpTo,
  DEFAULT_MAX_OCCURRENCES,
  DEFAULT_MAX_OCCURRENCES_PER_SCHEDULE,
  expansionMemo,
  planRefusal,
  type DateSpan,
  type Plan,
} from "@lontar/planner";

/** The code of a workspace refused for giving more occurrences than its bound (documented in docs/diagnostics). */
export const OCCURRENCE_BOUND_CODE = "LON4011";

/**
 * LON4011 at the program whose schedule passed the workspace-wide occurrence bound, when
 * the planner refused `plan` for it; none otherwise. The place is found by counting again
 * (only for a refused plan; the count stops at the bound). The message names the bound and
 * the option that raises it.
 */
export function occurrenceBoundDiagnostics(workspace: Workspace, plan: Plan, horizon: DateSpan, maxOccurrences: number | undefined): Diagnostic[] {
  if (planRefusal(plan) === undefined) return [];
  const passed = countOccurrencesUpTo(workspace, {
    horizon,
    max: maxOccurrences ?? DEFAULT_MAX_OCCURRENCES,
    maxPerSchedule: DEFAULT_MAX_OCCURRENCES_PER_SCHEDULE,
    memo: expansionMemo(),
  });
  const source = workspace.programs.find((p) => p.id === passed?.programId)?.source;
  if (passed === undefined || source === undefined) return [];
  return [
    {
      code: OCCURRENCE_BOUND_CODE,
      severity: "error",
      message: boundFinding(passed, horizon).message,
      location: { file: source.file, range: { start: source.start, end: source.end } },
      related: [],
      suggestions: [],
    },
  ];
}
