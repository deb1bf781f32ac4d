import type { Workspace } from "@lontar/core";
import { allocate } from "./allocate/allocate.js";
import { checkCompliance } from "./compliance/check-compliance.js";
import type { DateSpan } from "./calendar/periods.js";
import type { DroppedOccurrence } from "./expand/occurrence.js";
import { expandWorkspace } from "./expand/workspace.js";
import { projectKpis } from "./kpi/project-kpis.js";
import { summariseBudgets } from "./plan/budget-summary.js";
import { Plan, type Justification, type PlannedOccurrence } from "./plan/plan.js";

/** Options of {@link planWorkspace}. */
export interface PlanWorkspaceOptions {
  /** The dates to plan, both inclusive. */
  readonly horizon: DateSpan;
  /** Seed of the search (default 1). */
  readonly seed?: number;
  /** Local-search moves (default: see `allocate`). The step budget keeps plans identical across machines. */
  readonly maxSteps?: number;
  /** Optional wall-clock limit of the search; makes the plan depend on the machine's speed. */
  readonly timeLimitMs?: number;
  /** A previous plan to stay close to. */
  readonly previous?: Plan;
  /** Occurrence ids whose assignments in `previous` are fixed. */
  readonly pinned?: readonly string[];
  /** Progress of the search. */
  readonly onProgress?: (done: number, total: number) => void;
}

/** A dropped occurrence as a cancelled one, its reason the closure, holiday or exception. */
function droppedAsCancelled(d: DroppedOccurrence): PlannedOccurrence {
  const id = `${d.programId}@${d.localDate}T${d.localStart}`;
  return {
    id,
    programId: d.programId,
    libraryId: d.libraryId,
    start: d.start,
    end: d.end,
    status: "cancelled",
    assignments: [],
    reasons: [{ constraint: d.reason === "exception" ? "exception" : d.reason === "closure" ? "closure" : "public-holiday", level: "info", occurrenceId: id, message: `${id} dropped: ${d.detail}` }],
  };
}

/** A planned occurrence with its sort keys, built once (no per-occurrence copies). */
interface Keyed {
  readonly o: PlannedOccurrence;
  readonly ms: number;
  readonly id: string;
}

const byStart = (a: Keyed, b: Keyed): number => a.ms - b.ms || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * Plans a workspace over a horizon: expands schedules into occurrences, allocates
 * resources, checks agreements and projects KPIs, and returns plan.json's content.
 * Expansion findings become violations (and count in the score at their level); each
 * failed agreement finding adds one medium penalty. Occurrences dropped by closures,
 * holidays and exceptions appear as cancelled, with the reason. The same workspace,
 * horizon and seed give the same bytes.
 *
 * @example const plan = planWorkspace(workspace, { horizon: { from: "2025-01-01", to: "2025-12-31" }, seed: 1 });
 */
export function planWorkspace(workspace: Workspace, options: PlanWorkspaceOptions): Plan {
  const expanded = expandWorkspace(workspace, options.horizon);
  const allocation = allocate(workspace, expanded.occurrences, {
    seed: options.seed ?? 1,
    ...(options.maxSteps === undefined ? {} : { maxSteps: options.maxSteps }),
    ...(options.timeLimitMs === undefined ? {} : { timeLimitMs: options.timeLimitMs }),
    ...(options.previous === undefined ? {} : { previous: options.previous }),
    ...(options.pinned === undefined ? {} : { pinned: options.pinned }),
    ...(options.onProgress === undefined ? {} : { onProgress: options.onProgress }),
  });
  const expansionViolations: Justification[] = expanded.findings.map((f) => ({
    constraint: f.code,
    level: f.level,
    message: `${f.programId} schedule ${f.scheduleIndex + 1}: ${f.message}`,
  }));
  const startMs = new Map(expanded.occurrences.map((o) => [o.id, o.startMs]));
  const keyed: Keyed[] = [];
  for (const o of allocation.occurrences) keyed.push({ o, ms: Date.parse(o.start) || (startMs.get(o.id) ?? 0), id: o.id });
  for (const d of expanded.dropped) {
    const o = droppedAsCancelled(d);
    keyed.push({ o, ms: d.startMs, id: o.id });
  }
  const merged = keyed.sort(byStart).map((x) => x.o);
  const agreements = checkCompliance(workspace, allocation.occurrences, options.horizon);
  const failed = agreements.reduce((n, a) => n + a.findings.filter((f) => !f.ok).length, 0);
  const count = (level: string): number => expansionViolations.filter((v) => v.level === level).length;
  const plan: Plan = {
    version: 1,
    horizon: { from: options.horizon.from, to: options.horizon.to },
    occurrences: merged,
    violations: [...expansionViolations, ...allocation.violations],
    agreements,
    kpis: projectKpis(workspace, allocation.occurrences, options.horizon),
    budget: summariseBudgets(workspace, allocation.occurrences),
    score: {
      hard: allocation.score.hard + count("hard"),
      medium: allocation.score.medium + count("medium") + failed,
      soft: Math.round((allocation.score.soft + count("soft")) * 1000) / 1000,
    },
  };
  const checked = Plan.safeParse(plan);
  // The plan is built here from typed parts; a mismatch is a bug in the planner, not in user input.
  if (!checked.success) throw new Error(`planWorkspace produced an invalid plan: ${checked.error.message}`);
  return plan;
}
