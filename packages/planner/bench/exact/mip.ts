import type { Model } from "../../src/allocate/model.js";
import type { ScoreState } from "../../src/allocate/score-state.js";

/** Solves an LP-format model (HiGHS's one-shot `solve`). */
export type LpSolver = (lp: string, timeLimitSeconds: number) => { status: string; columns: Record<string, number> };

/** What the exact model found. */
export interface ExactResult {
  /** HiGHS's status of the first stage (fewest unassigned occurrences). */
  readonly status: string;
  /** Fewest unassigned occurrences (proved when status is Optimal). */
  readonly unassigned: number;
  /** HiGHS's status of the second stage (soft, with that many scheduled). */
  readonly softStatus: string;
  /** The second stage's assignment: slot → resource. */
  readonly assignment: Map<number, number>;
}

type Terms = Map<string, number>;

const EPS = 1e-9;

/** An LP-format linear expression, wrapped every eight terms. */
function expression(terms: Terms): string {
  const parts: string[] = [];
  for (const [name, coef] of terms) {
    if (Math.abs(coef) < EPS) continue;
    const sign = coef < 0 ? "-" : "+";
    const size = Math.abs(coef);
    parts.push(`${sign} ${Math.abs(size - 1) < EPS ? "" : `${Number(size.toFixed(9))} `}${name}`);
  }
  const lines: string[] = [];
  for (let i = 0; i < parts.length; i += 8) lines.push(parts.slice(i, i + 8).join(" "));
  return lines.join("\n   ") || "0 y_none";
}

const add = (terms: Terms, name: string, coef: number): void => {
  terms.set(name, (terms.get(name) ?? 0) + coef);
};

/**
 * The exact allocation problem as a MIP over the same candidates and windows as the
 * solver: a binary per (need slot, candidate resource it may take then) and per occurrence
 * (it takes place). Each slot takes exactly one resource when its occurrence takes place,
 * none otherwise; an exclusive resource holds at most one slot at each start instant of a
 * slot that may use it (the cliques of an interval graph); on a pool, a slot's units plus
 * those of every slot overlapping it fit the pool (the solver's own, cautious rule); a
 * person's weekly cap bounds their minutes. Stage 1 maximises the occurrences that take
 * place. Stage 2 keeps that many and minimises the linear part of the soft score
 * (preferences missed) plus each fair-load group's mean absolute deviation of hours (a
 * linear stand-in for the standard deviation the solver scores); its assignment is then
 * scored by the solver's own scorer.
 */
export function solveExact(state: ScoreState, solve: LpSolver, timeLimitSeconds: number): ExactResult {
  const m: Model = state.model;
  const pairs: { slot: number; resource: number; name: string }[] = [];
  const bySlot = new Map<number, string[]>();
  const byResource = new Map<number, { slot: number; name: string }[]>();
  const occurrences: number[] = [];
  for (let o = 0; o < m.occurrences.length; o++) {
    if (!m.active[o]) continue;
    occurrences.push(o);
    const minutes = ((m.end[o] ?? 0) - (m.start[o] ?? 0)) / 60_000;
    for (let s = m.firstSlot[o] ?? 0, last = s + (m.slotCount[o] ?? 0); s < last; s++) {
      const names: string[] = [];
      for (const r of m.needs[m.slotNeed[s] ?? 0]?.candidates ?? []) {
        if (state.windowMiss(o, r) !== 0 || (m.resources[r]?.caps ?? []).some((cap) => minutes > cap.minutes)) continue;
        const name = `x${s}_${r}`;
        pairs.push({ slot: s, resource: r, name });
        names.push(name);
        const list = byResource.get(r) ?? [];
        list.push({ slot: s, name });
        byResource.set(r, list);
      }
      bySlot.set(s, names);
    }
  }
  const rows: string[] = [];
  for (const o of occurrences) {
    for (let s = m.firstSlot[o] ?? 0, last = s + (m.slotCount[o] ?? 0); s < last; s++) {
      const terms: Terms = new Map();
      for (const name of bySlot.get(s) ?? []) add(terms, name, 1);
      add(terms, `y${o}`, -1);
      rows.push(`slot${s}: ${expression(terms)} = 0`);
    }
  }
  const startOf = (s: number): number => m.start[m.slotOcc[s] ?? 0] ?? 0;
  const endOf = (s: number): number => m.end[m.slotOcc[s] ?? 0] ?? 0;
  for (const [r, list] of byResource) {
    const info = m.resources[r];
    if (info === undefined) continue;
    if (info.exclusive) {
      const instants = [...new Set(list.map((p) => startOf(p.slot)))].sort((a, b) => a - b);
      instants.forEach((t, k) => {
        const terms: Terms = new Map();
        for (const p of list) if (startOf(p.slot) <= t && t < endOf(p.slot)) add(terms, p.name, 1);
        if (terms.size > 1) rows.push(`use${r}_${k}: ${expression(terms)} <= 1`);
      });
    } else {
      // The solver's pooled rule: a slot's units plus those of every slot overlapping it fit the pool.
      for (const p of list) {
        const terms: Terms = new Map();
        let big = 0;
        for (const q of list) {
          if (q !== p && !(startOf(q.slot) < endOf(p.slot) && startOf(p.slot) < endOf(q.slot))) continue;
          const units = m.needs[m.slotNeed[q.slot] ?? 0]?.units ?? 1;
          add(terms, q.name, units);
          big += units;
        }
        if (big <= info.units) continue;
        add(terms, p.name, big - info.units);
        rows.push(`pool${p.name}: ${expression(terms)} <= ${big}`);
      }
    }
    info.caps.forEach((cap, c) => {
      const periods = new Map<number, Terms>();
      for (const p of list) {
        const key = state.capKey(m.slotOcc[p.slot] ?? 0, r, c);
        const terms = periods.get(key) ?? new Map<string, number>();
        add(terms, p.name, (endOf(p.slot) - startOf(p.slot)) / 60_000);
        periods.set(key, terms);
      }
      let k = 0;
      for (const terms of periods.values()) rows.push(`hours${c}_${r}_${k++}: ${expression(terms)} <= ${cap.minutes}`);
    });
  }
  const binaries = [...pairs.map((p) => p.name), ...occurrences.map((o) => `y${o}`)];
  const scheduled: Terms = new Map(occurrences.map((o) => [`y${o}`, 1]));
  const lp = (sense: string, objective: Terms, extraRows: readonly string[], continuous: readonly string[]): string =>
    [
      sense,
      ` obj: ${expression(objective)}`,
      "Subject To",
      ...rows.map((r) => ` ${r}`),
      ...extraRows.map((r) => ` ${r}`),
      "Bounds",
      ...continuous.map((c) => ` ${c} >= 0`),
      "Binary",
      ...chunk(binaries),
      "End",
      "",
    ].join("\n");
  const first = solve(lp("Maximize", scheduled, [], []), timeLimitSeconds);
  const best = Math.round(occurrences.reduce((n, o) => n + (first.columns[`y${o}`] ?? 0), 0));
  // Stage 2: as many sessions, least soft (preferences, then mean absolute deviation of hours per group).
  const soft: Terms = new Map();
  for (const p of pairs) {
    const def = m.needs[m.slotNeed[p.slot] ?? 0];
    if (def !== undefined && def.preferred >= 0 && def.preferred !== p.resource) add(soft, p.name, 1);
  }
  const groups = new Map<number, number[]>();
  m.resources.forEach((r, i) => {
    if (r.group < 0) return;
    groups.set(r.group, [...(groups.get(r.group) ?? []), i]);
  });
  const extra: string[] = [`keep: ${expression(scheduled)} >= ${best}`];
  const deviations: string[] = [];
  for (const members of groups.values()) {
    const hoursOf = (r: number): Terms => new Map((byResource.get(r) ?? []).map((p) => [p.name, (endOf(p.slot) - startOf(p.slot)) / 3_600_000]));
    const mean: Terms = new Map();
    for (const r of members) for (const [name, h] of hoursOf(r)) add(mean, name, h / members.length);
    for (const r of members) {
      const d = `d${r}`;
      deviations.push(d);
      add(soft, d, 1 / members.length);
      const diff: Terms = hoursOf(r);
      for (const [name, h] of mean) add(diff, name, -h);
      const above: Terms = new Map([[d, 1]]);
      const below: Terms = new Map([[d, 1]]);
      for (const [name, c] of diff) {
        add(above, name, -c);
        add(below, name, c);
      }
      extra.push(`dev${r}a: ${expression(above)} >= 0`, `dev${r}b: ${expression(below)} >= 0`);
    }
  }
  const second = solve(lp("Minimize", soft, extra, deviations), timeLimitSeconds);
  const assignment = new Map<number, number>();
  for (const p of pairs) if ((second.columns[p.name] ?? 0) > 0.5) assignment.set(p.slot, p.resource);
  return { status: first.status, unassigned: occurrences.length - best, softStatus: second.status, assignment };
}

function chunk(names: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < names.length; i += 12) out.push(` ${names.slice(i, i + 12).join(" ")}`);
  return out;
}
