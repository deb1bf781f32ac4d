import type { Program } from "@lontar/core";
import type { PlannedOccurrence } from "./plan.js";

/** Chronological by the start as the plan writes it, ties by id: the order a program's sessions are charged in. */
export const byStartThenId = (a: PlannedOccurrence, b: PlannedOccurrence): number => (a.start < b.start ? -1 : a.start > b.start ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * The rupiah one session of `program` costs, cost by cost in the program's order: a
 * `per: session` cost as written, a `per: participant` cost times the participants it
 * expects (0 when it declares none), a `per: program` cost only at the session that
 * carries it (`carriesProgramCosts`: the program's first scheduled session).
 *
 * @example sessionCostOf({ amount: 5_000_000, per: "program" }, program, true) // 5000000
 */
export function sessionCostOf(cost: Program["costs"][number], program: Program, carriesProgramCosts: boolean): number {
  if (cost.per === "session") return cost.amount;
  if (cost.per === "participant") return cost.amount * (program.expectedParticipants ?? 0);
  return carriesProgramCosts ? cost.amount : 0;
}

/**
 * The session of each program that carries its `per: program` costs: its first scheduled
 * session (by start, then id), as the budgets charge them (see summariseBudgets). Only
 * programs with such a cost are keyed. With `status` "unassigned", the first session not yet
 * placed instead: the one that would carry them if placed, for a program with no session
 * scheduled (what an unplaced contest would cost: it showed Rp 0, a walk).
 *
 * @example firstCharged(programs, plan.occurrences).get("festival") // "festival@2024-08-17T09:00"
 */
export function firstCharged(programs: readonly Program[], occurrences: readonly PlannedOccurrence[], status: "scheduled" | "unassigned" = "scheduled"): Map<string, string> {
  const once = new Set(programs.filter((p) => p.costs.some((c) => c.per === "program")).map((p) => p.id));
  const first = new Map<string, PlannedOccurrence>();
  if (once.size === 0) return new Map();
  for (const o of occurrences) {
    if (o.status !== status || !once.has(o.programId)) continue;
    const known = first.get(o.programId);
    if (known === undefined || byStartThenId(o, known) < 0) first.set(o.programId, o);
  }
  return new Map([...first].map(([programId, o]) => [programId, o.id]));
}
