import { periodLabels } from "@lontar/core";
import type { Justification } from "../plan/plan.js";
import type { Model } from "./model.js";
import type { ScoreState, ScoreTotals } from "./score-state.js";
import { capOfKey, deviationOf, MOVED_FLEXIBLE_COST, periodFirstDay, preferenceCost } from "./score-state.js";
import { dateOfDay } from "../calendar/periods.js";
import { shortfallOf } from "./commitments.js";

/** A score computed from scratch, with the justification of each hard and soft penalty. */
export interface Rescored {
  /** Penalties by level. */
  readonly totals: ScoreTotals;
  /** Justifications of hard violations and of the soft ones tied to an occurrence. */
  readonly violations: Justification[];
  /** Sessions agreement commitments lack (counted in `totals.medium`). */
  readonly shortfall: number;
}

/**
 * Recomputes the score of the current assignment without the incremental machinery (a
 * check on it, and the source of the justifications): double bookings, pooled overuse and
 * window misses and periods past a person's cap on hours (`maxHoursPerWeek`, `maxHours`; hard); occurrences with a need
 * slot unassigned, and sessions agreement commitments lack (medium); preferences, stability, travel buffers,
 * same-day flexible sessions, flexible sessions away from their default slot and the spread of
 * people's hours (soft).
 */
export function rescore(state: ScoreState, bufferMinutes: number): Rescored {
  const m: Model = state.model;
  const totals: ScoreTotals = { hard: 0, medium: 0, soft: 0 };
  const violations: Justification[] = [];
  const bufferMs = bufferMinutes * 60_000;
  const perResource: number[][] = m.resources.map(() => []);
  const hours = new Float64Array(m.resources.length);
  const spread = new Map<number, number>();
  const sameDay = new Map<number, number[]>();
  const periods = new Map<number, { minutes: number; last: number; resource: number }>();
  const idOf = (slot: number): string => m.occurrences[m.slotOcc[slot] ?? 0]?.id ?? "";
  const commitOffsets = m.commitments.offsets();
  const commitCounts = new Int32Array(commitOffsets[m.commitments.size] ?? 0);
  for (let o = 0; o < m.occurrences.length; o++) {
    if (!m.active[o]) continue;
    let complete = true;
    for (let s = m.firstSlot[o] ?? 0, last = s + (m.slotCount[o] ?? 0); s < last; s++) if ((m.slotRes[s] ?? -1) < 0) complete = false;
    if (!complete) totals.medium++;
    else {
      const date = m.choices[o]?.[m.choice[o] ?? 0]?.localDate ?? "";
      for (const c of m.commitments.of(m.occurrences[o]?.programId ?? "")) {
        const p = m.commitments.periodOf(c, date);
        if (p >= 0) commitCounts[(commitOffsets[c] ?? 0) + p] = (commitCounts[(commitOffsets[c] ?? 0) + p] ?? 0) + 1;
      }
    }
    const key = state.spreadKey(o);
    if (m.flexible[o]) {
      if ((m.choice[o] ?? 0) !== 0) totals.soft += MOVED_FLEXIBLE_COST;
      const count = spread.get(key) ?? 0;
      totals.soft += count;
      spread.set(key, count + 1);
    }
    // Two sessions of one program at once, one of them flexible: a hard point a pair, said at the later one.
    const members = sameDay.get(key);
    if (members === undefined) sameDay.set(key, [o]);
    else {
      for (const other of members) {
        if (!state.atOnce(o, other)) continue;
        totals.hard++;
        const [a, b] = [m.occurrences[other]?.id ?? "", m.occurrences[o]?.id ?? ""];
        violations.push({ constraint: "same-program-at-once", level: "hard", occurrenceId: b, programId: m.occurrences[o]?.programId ?? "", message: `${a} and ${b} of the same program are at the same time` });
      }
      members.push(o);
    }
    for (let s = m.firstSlot[o] ?? 0, last = s + (m.slotCount[o] ?? 0); s < last; s++) {
      const r = m.slotRes[s] ?? -1;
      if (r < 0) continue;
      perResource[r]?.push(s);
      const info = m.resources[r];
      const def = m.needs[m.slotNeed[s] ?? 0];
      const miss = state.windowMiss(o, r);
      if (miss !== 0) {
        totals.hard++;
        const constraint = miss === 1 ? "availability" : "opening-hours";
        const why = miss === 1 ? "is not available then" : "is in a library that is closed then";
        violations.push({ constraint, level: "hard", occurrenceId: idOf(s), resourceId: info?.id ?? "", message: `${idOf(s)}: ${info?.id ?? ""} ${why}` });
      }
      if (def !== undefined && def.preferred >= 0 && def.preferred !== r) {
        totals.soft += preferenceCost(m, o);
        const preferred = m.resources[def.preferred]?.id ?? "";
        violations.push({ constraint: "preferred-resource", level: "soft", occurrenceId: idOf(s), resourceId: info?.id ?? "", message: `${idOf(s)} uses ${info?.id ?? ""} instead of the preferred ${preferred}` });
      }
      const previous = m.slotPrev[s] ?? -1;
      if (previous >= 0 && previous !== r) totals.soft++;
      if (info !== undefined && info.group >= 0) hours[r] = (hours[r] ?? 0) + ((m.end[o] ?? 0) - (m.start[o] ?? 0)) / 3_600_000;
      for (let cap = 0; cap < (info?.caps.length ?? 0); cap++) {
        const key = state.capKey(o, r, cap);
        if (key < 0) continue;
        const w = periods.get(key) ?? { minutes: 0, last: s, resource: r };
        w.minutes += Math.round(((m.end[o] ?? 0) - (m.start[o] ?? 0)) / 60_000);
        if ((m.start[o] ?? 0) >= (m.start[m.slotOcc[w.last] ?? 0] ?? 0)) w.last = s;
        periods.set(key, w);
      }
    }
  }
  const shortfall = shortfallOf(m.commitments, commitCounts);
  totals.medium += shortfall;
  for (const key of [...periods.keys()].sort((a, b) => a - b)) {
    const w = periods.get(key);
    const limit = w === undefined ? undefined : m.resources[w.resource]?.caps[capOfKey(key)];
    const id = w === undefined ? "" : (m.resources[w.resource]?.id ?? "");
    if (w === undefined || limit === undefined || w.minutes <= limit.minutes) continue;
    totals.hard++;
    const first = dateOfDay(periodFirstDay(key));
    const hoursText = (minutes: number): string => String(Math.round((minutes / 60) * 100) / 100);
    const per = periodLabels[limit.per].en;
    violations.push({
      constraint: limit.per === "week" ? "weekly-hours" : "period-hours",
      level: "hard",
      occurrenceId: idOf(w.last),
      resourceId: id,
      message: `${id} would work ${hoursText(w.minutes)} h in the ${per} of ${first}, more than its ${hoursText(limit.minutes)} h a ${per}`,
    });
  }
  const startOf = (s: number): number => m.start[m.slotOcc[s] ?? 0] ?? 0;
  const endOf = (s: number): number => m.end[m.slotOcc[s] ?? 0] ?? 0;
  perResource.forEach((slots, r) => {
    const info = m.resources[r];
    if (info === undefined || slots.length === 0) return;
    slots.sort((a, b) => startOf(a) - startOf(b) || a - b);
    const load = slots.map((s) => m.needs[m.slotNeed[s] ?? 0]?.units ?? 1);
    for (let i = 0; i < slots.length; i++) {
      const a = slots[i] ?? 0;
      for (let j = i + 1; j < slots.length; j++) {
        const b = slots[j] ?? 0;
        if (startOf(b) >= endOf(a) + bufferMs) break;
        const overlap = startOf(b) < endOf(a);
        if (overlap && info.exclusive) {
          totals.hard++;
          violations.push({ constraint: "no-double-booking", level: "hard", occurrenceId: idOf(b), resourceId: info.id, message: `${info.id} is booked by both ${idOf(a)} and ${idOf(b)}` });
        } else if (overlap) {
          load[i] = (load[i] ?? 0) + (m.needs[m.slotNeed[b] ?? 0]?.units ?? 1);
          load[j] = (load[j] ?? 0) + (m.needs[m.slotNeed[a] ?? 0]?.units ?? 1);
        } else if (info.kind === "vehicle" && m.site[m.slotOcc[a] ?? 0] !== m.site[m.slotOcc[b] ?? 0]) {
          totals.soft++;
          violations.push({ constraint: "travel-buffer", level: "soft", occurrenceId: idOf(b), resourceId: info.id, message: `${info.id} has less than ${bufferMinutes} minutes between ${idOf(a)} and ${idOf(b)} at different sites` });
        }
      }
    }
    if (!info.exclusive) {
      load.forEach((units, i) => {
        if (units <= info.units) return;
        totals.hard++;
        const s = slots[i] ?? 0;
        violations.push({ constraint: "pooled-capacity", level: "hard", occurrenceId: idOf(s), resourceId: info.id, message: `${idOf(s)}: ${info.id} would have ${units} units in use at once, only ${info.units} exist` });
      });
    }
  });
  const sums = new Map<number, { n: number; sum: number; sq: number }>();
  m.resources.forEach((info, r) => {
    if (info.group < 0) return;
    const g = sums.get(info.group) ?? { n: 0, sum: 0, sq: 0 };
    const h = hours[r] ?? 0;
    sums.set(info.group, { n: g.n + 1, sum: g.sum + h, sq: g.sq + h * h });
  });
  for (const g of [...sums.keys()].sort((a, b) => a - b)) {
    const v = sums.get(g);
    if (v) totals.soft += deviationOf(v.n, v.sum, v.sq);
  }
  return { totals, violations, shortfall };
}
