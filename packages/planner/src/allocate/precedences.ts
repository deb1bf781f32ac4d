import type { Workspace } from "@lontar/core";
import type { Justification, PlannedOccurrence } from "../plan/plan.js";

const DAY_MS = 86_400_000;

/**
 * Checks each precedence on the scheduled occurrences: for `A before B, gap g`, A's last
 * session must end at least g days before B's first starts (`after` is the same with the
 * roles swapped). A program with no scheduled session cannot break an order. Each breach
 * is a hard violation naming both programs and the occurrences that collide.
 */
export function checkPrecedences(workspace: Workspace, planned: readonly PlannedOccurrence[], timesOf: () => ReadonlyMap<string, { start: number; end: number }>): Justification[] {
  if (!workspace.programs.some((p) => p.precedences.length > 0)) return [];
  const startMs = timesOf();
  const first = new Map<string, PlannedOccurrence>();
  const last = new Map<string, PlannedOccurrence>();
  const times = (p: PlannedOccurrence): { start: number; end: number } => startMs.get(p.id) ?? { start: 0, end: 0 };
  for (const p of planned) {
    if (p.status !== "scheduled") continue;
    const f = first.get(p.programId);
    if (f === undefined || times(p).start < times(f).start) first.set(p.programId, p);
    const l = last.get(p.programId);
    if (l === undefined || times(p).end > times(l).end) last.set(p.programId, p);
  }
  const out: Justification[] = [];
  for (const program of workspace.programs) {
    for (const precedence of program.precedences) {
      const [earlier, later] = precedence.relation === "before" ? [program.id, precedence.program] : [precedence.program, program.id];
      const a = last.get(earlier);
      const b = first.get(later);
      if (a === undefined || b === undefined) continue;
      if (times(a).end + precedence.gapDays * DAY_MS <= times(b).start) continue;
      out.push({
        constraint: "precedence",
        level: "hard",
        occurrenceId: b.id,
        message: `${earlier} must end ${precedence.gapDays} day(s) before ${later} starts, but ${a.id} ends ${a.end} and ${b.id} starts ${b.start}`,
      });
    }
  }
  return out;
}
