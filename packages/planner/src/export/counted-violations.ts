/**
 * The violations a plan counts (every one but the notices), and those of sessions it holds
 * while their library is closed (a closed day, or past its closing time), and the verdict
 * made of them with the sessions not placed and the costs no budget pays: the report and the printed summary both read
 * them, so that they count alike and neither calls a plan feasible the other says cannot be
 * carried out as it stands.
 */
import type { Justification, Plan } from "../plan/plan.js";
import { OUTSIDE_OPENING_HOURS } from "./violation-text.js";

/** The violations `lontar plan` counts: all but the notices (`info`, such as holidays that are estimates). */
export function countedViolations(plan: Plan): Justification[] {
  return plan.violations.filter((v) => v.level !== "info");
}

/**
 * The plan's violations of sessions held (scheduled: not cancelled, not left unplaced) while
 * their library is closed: firm rules (hard), told apart from the others. A session not placed
 * is not held: the summary said "49 held while their library is closed" of 49 it had not placed.
 */
export function closedSessionViolations(plan: Plan): Justification[] {
  const held = new Set(plan.occurrences.filter((o) => o.status === "scheduled").map((o) => o.id));
  return plan.violations.filter((v) => v.level !== "info" && v.constraint === OUTSIDE_OPENING_HOURS && v.occurrenceId !== undefined && held.has(v.occurrenceId));
}

/**
 * What can be said of a plan as a whole, first of: it breaks a firm rule other than opening
 * hours (`notFeasible`); it holds sessions while their library is closed (`closedSessions`,
 * how many: a firm rule too, counted in the score's hard level, but one the verdict names); it
 * holds sessions whose costs no budget pays, as their budget's period leaves them out
 * (`unpaidSessions`, how many and their rupiah: what `lontar check` reports as the error
 * LON5107, so the plan cannot be paid as it stands); sessions of it
 * could not be placed (`notPlaced`, how many: the plan runs, but not in full); agreements it
 * does not keep (`agreementsNotMet`, how many are violated); else it can be carried out as it
 * stands (`feasible`).
 */
export type PlanVerdict =
  | { readonly kind: "notFeasible" }
  | { readonly kind: "closedSessions"; readonly count: number }
  | { readonly kind: "unpaidSessions"; readonly count: number; readonly total: number }
  | { readonly kind: "notPlaced"; readonly count: number }
  | { readonly kind: "agreementsNotMet"; readonly count: number }
  | { readonly kind: "feasible" };

/**
 * A cost of the plan nothing pays, as the verdict counts it: the planner's `UnpaidCost`
 * (see unpaidCosts, what LON5107 is said of) has this shape.
 */
export interface UnpaidShare {
  /** The scheduled sessions the budget's period leaves out (the same objects across costs: a session is counted once). */
  readonly sessions: readonly unknown[];
  /** What nothing pays of their cost, in whole rupiah. */
  readonly total: number;
}

/**
 * How many scheduled sessions the costs of `unpaid` (unpaidCosts' costs nothing pays) are
 * charged to, each once however many of its costs go unpaid, and the rupiah nothing pays
 * (each cost's unpaid total, as `lontar plan` writes under each budget).
 *
 * @example unpaidTotals(unpaidCosts(workspace, plan.occurrences)) // { count: 31, total: 13_300_000 }
 */
export function unpaidTotals(unpaid: readonly UnpaidShare[]): { readonly count: number; readonly total: number } {
  const sessions = new Set<unknown>();
  let total = 0;
  for (const u of unpaid) {
    for (const session of u.sessions) sessions.add(session);
    total += u.total;
  }
  return { count: sessions.size, total };
}

/**
 * The verdict on `plan` (see {@link PlanVerdict}); `unpaid`, the costs its budgets' periods
 * leave unpaid (unpaidCosts of the plan's workspace and occurrences: `lontar check`'s LON5107),
 * makes it `unpaidSessions` when nothing weightier is wrong. Required, so that no caller calls
 * a plan feasible that `check` says cannot be paid.
 */
export function planVerdict(plan: Plan, unpaid: readonly UnpaidShare[]): PlanVerdict {
  // A JavaScript caller of the earlier signature (`planVerdict(plan)`) failed with "unpaid is not iterable", and only for some plans.
  if (!Array.isArray(unpaid)) throw new TypeError("planVerdict: unpaid must be the costs the budgets' periods leave unpaid (an array, [] when none: unpaidCosts(workspace, plan.occurrences))");
  // A caller of the shape before `total` (`{ amount, sessions }`) would count NaN rupiah: named, not summed.
  if (unpaid.some((u: Partial<UnpaidShare>) => typeof u.total !== "number")) throw new TypeError("planVerdict: each unpaid cost needs its `total`, the rupiah nothing pays (as unpaidCosts gives it)");
  // Sessions held while their library is closed count in the hard score too: any hard point beyond them is another firm rule broken.
  const closedHard = plan.violations.filter((v) => v.level === "hard" && v.constraint === OUTSIDE_OPENING_HOURS).length;
  if (plan.score.hard > closedHard || plan.violations.some((v) => v.level === "hard" && v.constraint !== OUTSIDE_OPENING_HOURS)) return { kind: "notFeasible" };
  const closed = closedSessionViolations(plan).length;
  if (closed > 0) return { kind: "closedSessions", count: closed };
  // Sessions no budget pays: `lontar check` says LON5107, an error; the plan cannot be paid as it stands.
  const { count: unpaidCount, total } = unpaidTotals(unpaid);
  if (unpaidCount > 0) return { kind: "unpaidSessions", count: unpaidCount, total };
  const notPlaced = plan.occurrences.filter((o) => o.status === "unassigned").length;
  if (notPlaced > 0) return { kind: "notPlaced", count: notPlaced };
  // Found by a developer's walk: an app reading the verdict as its one "ok" missed a broken agreement.
  const notMet = plan.agreements.filter((a) => a.status === "violated").length;
  return notMet > 0 ? { kind: "agreementsNotMet", count: notMet } : { kind: "feasible" };
}

/**
 * The programs the plan holds no session of because no schedule of theirs falls in the
 * horizon (expansion's `EXPAND_NEVER`), in the order the plan reports them: a program copied
 * from last year's plan with last year's dates, otherwise in no output but LON5104.
 */
export function programsWithoutSessions(plan: Plan): string[] {
  const never = new Set(plan.violations.filter((v) => v.constraint === "EXPAND_NEVER" && v.programId !== undefined).map((v) => v.programId ?? ""));
  for (const o of plan.occurrences) never.delete(o.programId);
  return [...never];
}

/**
 * The programs the plan has sessions of, every one cancelled (on holidays or closures, at a
 * library without the stage it needs, …), in the order of their first session: a storytelling
 * contest set on 17 August is otherwise only one cancelled row among many, under a verdict
 * that the plan can be carried out (a pustakawan's walk). LON5104 says why.
 */
export function programsAllCancelled(plan: Plan): string[] {
  // Sets, and the order in a list: a province's 200,000 sessions of 5,000 programs took seconds with a list's `includes` (the review).
  const held = new Set<string>();
  const seen = new Set<string>();
  const order: string[] = [];
  for (const o of plan.occurrences) {
    if (!seen.has(o.programId)) {
      seen.add(o.programId);
      order.push(o.programId);
    }
    if (o.status !== "cancelled") held.add(o.programId);
  }
  return order.filter((id) => !held.has(id));
}
