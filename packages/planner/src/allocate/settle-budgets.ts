import type { Workspace } from "@lontar/core";
import type { Justification } from "../plan/plan.js";
import { budgetRefusal } from "../plan/budget-reasons.js";
import { BudgetLedger } from "./budget-caps.js";
import { commitmentsFirst } from "./commitments-first.js";
import { chooseSlot, holdsNothing } from "./construct.js";
import { directChange, fillOccurrence } from "./occurrence-ops.js";
import type { ScoreState } from "./score-state.js";

/**
 * Whether each need of the occurrence, at its current slot, has enough candidates that
 * could serve it if nothing else were planned: available then (or in a library open then),
 * with weekly hours for it, a pool with the units. The exact solver of the benchmarks keeps
 * the same pairs (bench/exact/mip.ts). False means the session cannot take place whatever
 * money there is. Without needs, true.
 */
export function placeableAlone(state: ScoreState, occ: number): boolean {
  const m = state.model;
  const minutes = ((m.end[occ] ?? 0) - (m.start[occ] ?? 0)) / 60_000;
  const wanted = new Map<number, number>();
  for (let s = m.firstSlot[occ] ?? 0, last = s + (m.slotCount[occ] ?? 0); s < last; s++) wanted.set(m.slotNeed[s] ?? 0, (wanted.get(m.slotNeed[s] ?? 0) ?? 0) + 1);
  for (const [need, slots] of wanted) {
    const def = m.needs[need];
    let usable = 0;
    for (const r of def?.candidates ?? []) {
      const info = m.resources[r];
      if (info === undefined || state.windowMiss(occ, r) !== 0 || info.caps.some((cap) => minutes > cap.minutes) || (!info.exclusive && (def?.units ?? 1) > info.units)) continue;
      if (++usable >= slots) break;
    }
    if (usable < slots) return false;
  }
  return true;
}

/** The local date of an occurrence's current slot. */
const dateOf = (state: ScoreState, occ: number): string => state.model.choices[occ]?.[state.model.choice[occ] ?? 0]?.localDate ?? state.model.occurrences[occ]?.localDate ?? "";

/** Chronological by the current slot, ties by id. */
const byTime =
  (state: ScoreState) =>
  (a: number, b: number): number => {
    const m = state.model;
    const ia = m.occurrences[a]?.id ?? "";
    const ib = m.occurrences[b]?.id ?? "";
    return (m.start[a] ?? 0) - (m.start[b] ?? 0) || (ia < ib ? -1 : ia > ib ? 1 : 0);
  };

/** Activates an occurrence and gives its needs what is free (a flexible one first picks its slot); true when it takes place. */
function tryPlace(state: ScoreState, occ: number): boolean {
  state.activate(occ);
  if ((state.model.choices[occ]?.length ?? 0) > 1 && holdsNothing(state, occ)) chooseSlot(state, occ);
  return fillOccurrence(state, occ, directChange(state));
}

/**
 * Settles the budget refusals of a searched allocation against what actually takes place.
 * Refusals are decided before resources are assigned, on the sessions that could take
 * place alone; some of those the search could not place, so the money they were counted
 * for is not spent. The budgets are charged again in the order of before the search (the
 * sessions agreements count on first, then the rest, each in time order: first come, first
 * served), by the sessions that take place and the refused ones only:
 * - a refused session is tried again with what is free; when its needs cannot be met and
 *   its cost alone is within every budget, the budget is not what stops it: it stays in the
 *   allocation, unassigned, and is explained by what it lacks (a cost over a cap, or over a
 *   budget, with nothing else spent is refused, as below, when the session could take place
 *   alone: no other session giving up what it holds would let it be paid); when they can
 *   and the money suffices, it takes place; otherwise the
 *   budget is what stops it: it is taken out again, refused with the money actually drawn
 *   by the sessions before it (at the slot it would have taken);
 * - a session that takes place keeps its money, unless a refused session before it now
 *   takes that money: then it is refused in turn.
 * When the search placed every session that was charged, this gives the refusals it was
 * given. Returns the refusals that remain; without refusals nothing changes.
 */
export function settleBudgets(workspace: Workspace, state: ScoreState, refusals: readonly (Justification | undefined)[]): (Justification | undefined)[] {
  const out = [...refusals];
  if (!out.some((r) => r !== undefined)) return out;
  const m = state.model;
  const programs = new Map(workspace.programs.map((p) => [p.id, p]));
  const costly = (o: number) => {
    const program = programs.get(m.occurrences[o]?.programId ?? "");
    return program !== undefined && program.costs.length > 0 ? program : undefined;
  };
  const walk: number[] = [];
  for (let o = 0; o < m.occurrences.length; o++) if ((out[o] !== undefined || state.isComplete(o)) && costly(o) !== undefined) walk.push(o);
  const ledger = new BudgetLedger(workspace);
  // Never charged: what a session's own cost meets with nothing else spent.
  const unspent = new BudgetLedger(workspace);
  const charged = new Set<string>();
  // In the order they were charged before the search: the sessions agreements count on first (commitments-first.ts).
  const order = commitmentsFirst(m.commitments, walk.sort(byTime(state)), (o) => m.occurrences[o]?.programId, (o) => dateOf(state, o), () => true);
  for (const o of order) {
    const program = costly(o);
    if (program === undefined) continue;
    const wasRefused = out[o] !== undefined;
    out[o] = undefined;
    const first = !charged.has(program.id);
    // Money aside, can it take place? If not, its own reason explains it, unless it could alone
    // and no budget could ever pay for it, even with nothing else spent (its cost is over the
    // cap): what other sessions hold does not matter then, the budget is what stops it.
    if (wasRefused && !tryPlace(state, o)) {
      const refused = placeableAlone(state, o) ? unspent.refusal(unspent.bill(program, first, dateOf(state, o)), dateOf(state, o)) : undefined;
      if (refused !== undefined) {
        out[o] = budgetRefusal(m.occurrences[o]?.id ?? "", refused);
        state.deactivate(o);
      }
      continue;
    }
    const date = dateOf(state, o);
    const bill = ledger.bill(program, first, date);
    const refusal = ledger.refusal(bill, date);
    if (refusal === undefined) {
      ledger.charge(bill, date);
      charged.add(program.id);
      continue;
    }
    out[o] = budgetRefusal(m.occurrences[o]?.id ?? "", refusal);
    state.deactivate(o);
  }
  return out;
}
