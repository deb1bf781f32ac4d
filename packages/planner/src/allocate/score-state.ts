import { withinSpans } from "../calendar/weekly-windows.js";
import { type LocalSlot, localSlot } from "../calendar/local-slot.js";
import type { Model } from "./model.js";
import { Occupancy } from "./occupancy.js";
import { dayNumber, periodStartDay } from "../calendar/periods.js";

/**
 * Soft cost of a flexible session away from its default slot (its first choice: the
 * expansion's even spread through the period, or the first allowed slot). Without it every
 * slot of a period scored alike, and the search's sideways moves drifted sessions together:
 * four school visits a semester ended up in January to March, none in April to June. Less
 * than any other soft penalty (a same-day pair, a travel buffer, a preferred room), so a
 * session still moves for those, and for anything medium or hard.
 */
export const MOVED_FLEXIBLE_COST = 0.5;

/**
 * Soft cost of a need met by another resource than its preferred one (`prefer` /
 * `utamakan`): one point and one for each hour of the session. A resource's fair share of
 * hours (the spread of a group's hours) changes by less than the session's hours when it
 * takes or leaves one session, so a free preferred person is always taken, as the language
 * says ("the resource to take first when it is free"); with one point a two-person group's
 * spread outweighed it, and a walk's preferred librarian lost a third of her sessions.
 */
export function preferenceCost(model: Model, occ: number): number {
  return 1 + ((model.end[occ] ?? 0) - (model.start[occ] ?? 0)) / 3_600_000;
}

/** Tunable weights and distances of the soft constraints. */
export interface SoftSettings {
  /** Minimum minutes between a vehicle's consecutive stops at different sites. */
  readonly travelBufferMinutes: number;
}

/** The running score: penalties by level, each kept up to date move by move (medium: occurrences that do not take place, and sessions commitments lack). */
export interface ScoreTotals {
  hard: number;
  medium: number;
  soft: number;
}

/**
 * The solver's mutable state: assignments, the occupancy index and the score, updated
 * incrementally by `assign`/`unassign`/`moveTime` (each touches only the resource and
 * day buckets involved). A rejected move is undone by the inverse operations.
 *
 * Medium counts occurrences, not need slots: each active occurrence with a need slot left
 * unassigned costs 1 (it does not take place), plus 1 for each session an agreement
 * commitment lacks in a period (see `commitments.ts`). Only complete occurrences
 * count towards commitments.
 */
export class ScoreState {
  readonly totals: ScoreTotals = { hard: 0, medium: 0, soft: 0 };
  /**
   * Candidates weighed so far (each one `bestResource` looks at): the search's work, which a
   * step budget alone does not bound when needs have a thousand candidates (see
   * `PROBES_PER_STEP` in local-search.ts). Deterministic: a count, not a clock.
   */
  probes = 0;
  readonly occupancy: Occupancy;
  /** Pooled load seen by each slot: its units plus those of pooled slots overlapping it. */
  private readonly load: Float64Array;
  private readonly hours: Float64Array;
  private readonly groupSum: Float64Array;
  private readonly groupSq: Float64Array;
  private readonly groupSize: Float64Array;
  /**
   * The sessions of one program on one day, keyed by {@link ScoreState.spreadKey}: how many are
   * flexible (pairs of them cost a soft point), and all of them (two at once, one flexible, cost
   * a hard point: see {@link ScoreState.spreadChange}). One lookup a move.
   */
  private readonly days = new Map<number, { flexible: number; readonly members: number[] }>();
  /** The index of each occurrence's program (its first occurrence's order), for the spread's keys. */
  private readonly programOf: Int32Array;
  private readonly programCount: number;
  /** The day number of each slot choice of a flexible occurrence, computed on first use. */
  private readonly choiceDays: (Int32Array | undefined)[] = [];
  /** The current slot of each occurrence in its own zone, computed on first use. */
  private readonly ownLocal: (LocalSlot | undefined)[] = [];
  /** Minutes assigned to each capped person per period of each cap, by {@link ScoreState.capKey}. */
  private readonly capLoad = new Map<number, number>();
  private readonly bufferMs: number;
  private readonly startOf: (slot: number) => number;
  /** Assigned need slots per occurrence. */
  private readonly assigned: Int32Array;
  /** Complete sessions per commitment period, at the commitment index's offsets. */
  private readonly commitCounts: Int32Array;
  private readonly commitOffsets: Int32Array;
  private shortfallTotal = 0;
  private usedMinutes = 0;

  /** Starts with every slot of every active occurrence unassigned. */
  constructor(readonly model: Model, settings: SoftSettings) {
    this.occupancy = new Occupancy(model.resources.length);
    this.load = new Float64Array(model.slotOcc.length);
    this.hours = new Float64Array(model.resources.length);
    this.groupSum = new Float64Array(model.groupCount);
    this.groupSq = new Float64Array(model.groupCount);
    this.groupSize = new Float64Array(model.groupCount);
    for (const r of model.resources) if (r.group >= 0) this.groupSize[r.group] = (this.groupSize[r.group] ?? 0) + 1;
    this.bufferMs = settings.travelBufferMinutes * 60_000;
    this.startOf = (slot) => model.start[model.slotOcc[slot] ?? 0] ?? 0;
    this.assigned = new Int32Array(model.occurrences.length);
    const programs = new Map<string, number>();
    this.programOf = new Int32Array(model.occurrences.length);
    model.occurrences.forEach((o, i) => {
      let index = programs.get(o.programId);
      if (index === undefined) programs.set(o.programId, (index = programs.size));
      this.programOf[i] = index;
    });
    this.programCount = Math.max(1, programs.size);
    this.commitOffsets = model.commitments.offsets();
    this.commitCounts = new Int32Array(this.commitOffsets[model.commitments.size] ?? 0);
    for (let c = 0; c < model.commitments.size; c++) for (let p = 0; p < model.commitments.periods(c); p++) this.shortfallTotal += model.commitments.min(c, p);
    this.totals.medium += this.shortfallTotal;
    for (let o = 0; o < model.occurrences.length; o++) {
      if (!model.active[o]) continue;
      if ((model.slotCount[o] ?? 0) > 0) this.totals.medium += 1;
      else this.commitChange(o, 1);
      this.spreadChange(o, 1);
    }
  }

  /**
   * Lets an inactive occurrence take part in the allocation, holding nothing yet: counted
   * as the constructor counts an active one (a medium point until its slots are filled).
   */
  activate(occ: number): void {
    const m = this.model;
    if (m.active[occ] === 1) return;
    m.active[occ] = 1;
    if ((m.slotCount[occ] ?? 0) > 0) this.totals.medium += 1;
    else this.commitChange(occ, 1);
    this.spreadChange(occ, 1);
  }

  /** Takes an active occurrence out of the allocation, releasing what it holds: the inverse of {@link ScoreState.activate}. */
  deactivate(occ: number): void {
    const m = this.model;
    if (m.active[occ] !== 1) return;
    for (let s = m.firstSlot[occ] ?? 0, last = s + (m.slotCount[occ] ?? 0); s < last; s++) this.unassign(s);
    if ((m.slotCount[occ] ?? 0) > 0) this.totals.medium -= 1;
    else this.commitChange(occ, -1);
    this.spreadChange(occ, -1);
    m.active[occ] = 0;
  }

  /** True when the occurrence takes place: active, and every need slot assigned. */
  isComplete(occ: number): boolean {
    return this.model.active[occ] === 1 && (this.assigned[occ] ?? 0) === (this.model.slotCount[occ] ?? 0);
  }

  /** Minutes held, summed over assigned need slots: what the schedule consumes (a leaner one leaves room for more sessions). */
  get used(): number {
    return this.usedMinutes;
  }

  /** Sessions the agreement commitments still lack (part of the medium score). */
  get shortfall(): number {
    return this.shortfallTotal;
  }

  /** What scheduling the occurrence (sign 1) or unscheduling it (-1) changes in the commitments' shortfall, without changing anything. */
  commitDelta(occ: number, sign: 1 | -1): number {
    return this.commitWalk(occ, sign, false);
  }

  /** Counts a complete occurrence in (1) or out of (-1) its program's commitment periods. */
  private commitChange(occ: number, sign: 1 | -1): void {
    const delta = this.commitWalk(occ, sign, true);
    this.shortfallTotal += delta;
    this.totals.medium += delta;
  }

  private commitWalk(occ: number, sign: 1 | -1, apply: boolean): number {
    const m = this.model;
    const commitments = m.commitments;
    if (commitments.size === 0) return 0;
    const list = commitments.of(m.occurrences[occ]?.programId ?? "");
    if (list.length === 0) return 0;
    const date = m.choices[occ]?.[m.choice[occ] ?? 0]?.localDate ?? "";
    let delta = 0;
    for (const c of list) {
      const p = commitments.periodOf(c, date);
      if (p < 0) continue;
      const at = (this.commitOffsets[c] ?? 0) + p;
      const count = this.commitCounts[at] ?? 0;
      const min = commitments.min(c, p);
      delta += Math.max(0, min - count - sign) - Math.max(0, min - count);
      if (apply) this.commitCounts[at] = count + sign;
    }
    return delta;
  }

  /** 0 when `resource` can serve occurrence `occ` at its current time; 1 unavailable; 2 library closed. */
  windowMiss(occ: number, resource: number): 0 | 1 | 2 {
    const r = this.model.resources[resource];
    if (r === undefined || r.windowKind === 0) return 0;
    const local = this.localFor(occ, r.zone);
    if (local === undefined) return 0;
    return withinSpans(local, r.spans) ? 0 : r.windowKind;
  }

  /** The occurrence's current slot seen in `zone` (cached for its own zone). */
  private localFor(occ: number, zone: string): LocalSlot | undefined {
    const own = this.model.zones[occ] ?? zone;
    let local = own === zone ? this.ownLocal[occ] : undefined;
    if (local === undefined) {
      const slot = this.model.choices[occ]?.[this.model.choice[occ] ?? 0];
      if (slot === undefined) return undefined;
      local = localSlot(slot, own, zone);
      if (own === zone) this.ownLocal[occ] = local;
    }
    return local;
  }

  /**
   * The key of the period of cap `cap` (an index into the person's `caps`) that an
   * occurrence on a capped person falls in: (resource × 8 + cap) × 2^22 + the day number of
   * the period's first day plus 1,000,000 (every date from year 0000 to 9999 fits), or -1
   * when the person has no such cap. {@link periodFirstDay} reads the first day back.
   */
  capKey(occ: number, resource: number, cap: number): number {
    const r = this.model.resources[resource];
    const limit = r?.caps[cap];
    if (r === undefined || limit === undefined) return -1;
    const local = this.localFor(occ, r.zone);
    if (local === undefined) return -1;
    return (resource * CAPS_PER_RESOURCE + cap) * CAP_KEY_SPAN + (periodStartDay(local.date, local.weekday, limit.per) + CAP_KEY_OFFSET);
  }

  /** Minutes of an occurrence at its current slot. */
  minutesOf(occ: number): number {
    return Math.round(((this.model.end[occ] ?? 0) - (this.model.start[occ] ?? 0)) / 60_000);
  }

  /** True when adding the occurrence takes the person's cap `cap` past its limit (not when it was already past, or stays within). */
  passesCap(occ: number, resource: number, cap: number): boolean {
    const key = this.capKey(occ, resource, cap);
    if (key < 0) return false;
    const limit = this.model.resources[resource]?.caps[cap]?.minutes ?? Number.POSITIVE_INFINITY;
    const before = this.capLoad.get(key) ?? 0;
    return before <= limit && before + this.minutesOf(occ) > limit;
  }

  /** The index of the first of the person's caps that adding the occurrence takes past its limit; -1 for none. */
  capPassed(occ: number, resource: number): number {
    const count = this.model.resources[resource]?.caps.length ?? 0;
    for (let c = 0; c < count; c++) if (this.passesCap(occ, resource, c)) return c;
    return -1;
  }

  /** How many of the person's caps adding the occurrence takes past their limit. */
  capsOver(occ: number, resource: number): number {
    const count = this.model.resources[resource]?.caps.length ?? 0;
    let over = 0;
    for (let c = 0; c < count; c++) if (this.passesCap(occ, resource, c)) over++;
    return over;
  }

  private capChange(occ: number, resource: number, sign: 1 | -1): void {
    const count = this.model.resources[resource]?.caps.length ?? 0;
    for (let c = 0; c < count; c++) {
      const key = this.capKey(occ, resource, c);
      if (key >= 0) this.capLoad.set(key, (this.capLoad.get(key) ?? 0) + sign * this.minutesOf(occ));
    }
  }

  /** Hard penalty that assigning `slot` to `resource` would add, without changing anything. */
  probeHard(slot: number, resource: number): number {
    const m = this.model;
    const r = m.resources[resource];
    const occ = m.slotOcc[slot] ?? 0;
    if (r === undefined) return 0;
    const s = m.start[occ] ?? 0;
    const e = m.end[occ] ?? 0;
    let hard = (this.windowMiss(occ, resource) === 0 ? 0 : 1) + this.capsOver(occ, resource);
    if (r.exclusive) {
      this.occupancy.near(resource, s, e, this.startOf, (o) => {
        if (o !== slot && this.startOf(o) < e && s < (m.end[m.slotOcc[o] ?? 0] ?? 0)) hard++;
      });
    } else {
      const units = m.needs[m.slotNeed[slot] ?? 0]?.units ?? 1;
      let own = units;
      this.occupancy.near(resource, s, e, this.startOf, (o) => {
        if (o === slot || !(this.startOf(o) < e && s < (m.end[m.slotOcc[o] ?? 0] ?? 0))) return;
        own += m.needs[m.slotNeed[o] ?? 0]?.units ?? 1;
        const before = this.load[o] ?? 0;
        if (before <= r.units && before + units > r.units) hard++;
      });
      if (own > r.units) hard++;
    }
    return hard;
  }

  /** Assigns `slot` to `resource` (the slot must be unassigned) and updates the score. */
  assign(slot: number, resource: number): void {
    const m = this.model;
    const occ = m.slotOcc[slot] ?? 0;
    this.totals.hard += this.probeHard(slot, resource);
    this.totals.soft += this.softOf(slot, resource, 1);
    this.poolLoad(slot, resource, 1);
    this.capChange(occ, resource, 1);
    m.slotRes[slot] = resource;
    this.occupancy.add(resource, slot, m.start[occ] ?? 0, m.end[occ] ?? 0);
    this.usedMinutes += this.minutesOf(occ);
    const now = (this.assigned[occ] ?? 0) + 1;
    this.assigned[occ] = now;
    if (now === (m.slotCount[occ] ?? 0) && m.active[occ]) {
      this.totals.medium -= 1;
      this.commitChange(occ, 1);
    }
  }

  /** Makes `slot` unassigned again and updates the score. */
  unassign(slot: number): void {
    const m = this.model;
    const resource = m.slotRes[slot] ?? -1;
    if (resource < 0) return;
    const occ = m.slotOcc[slot] ?? 0;
    if ((this.assigned[occ] ?? 0) === (m.slotCount[occ] ?? 0) && m.active[occ]) {
      this.commitChange(occ, -1);
      this.totals.medium += 1;
    }
    this.assigned[occ] = (this.assigned[occ] ?? 0) - 1;
    this.occupancy.remove(resource, slot, m.start[occ] ?? 0, m.end[occ] ?? 0);
    m.slotRes[slot] = -1;
    this.usedMinutes -= this.minutesOf(occ);
    this.poolLoad(slot, resource, -1);
    this.capChange(occ, resource, -1);
    this.totals.hard -= this.probeHard(slot, resource);
    this.totals.soft -= this.softOf(slot, resource, -1);
  }

  /** Moves a flexible occurrence to another of its slot choices, keeping its resources. */
  moveTime(occ: number, choice: number): void {
    const m = this.model;
    const slot = m.choices[occ]?.[choice];
    if (slot === undefined) return;
    const first = m.firstSlot[occ] ?? 0;
    const count = m.slotCount[occ] ?? 0;
    const held: number[] = [];
    for (let s = first; s < first + count; s++) {
      held.push(m.slotRes[s] ?? -1);
      this.unassign(s);
    }
    const bare = count === 0 && m.active[occ] === 1;
    if (bare) this.commitChange(occ, -1);
    this.spreadChange(occ, -1);
    m.choice[occ] = choice;
    this.ownLocal[occ] = undefined;
    m.start[occ] = slot.startMs;
    m.end[occ] = slot.endMs;
    this.spreadChange(occ, 1);
    if (bare) this.commitChange(occ, 1);
    held.forEach((r, k) => r >= 0 && this.assign(first + k, r));
  }

  /** Soft penalty that assigning `slot` to `resource` would add, without changing anything. */
  probeSoft(slot: number, resource: number): number {
    const r = this.model.resources[resource];
    const occ = this.model.slotOcc[slot] ?? 0;
    let soft = this.pairSoft(slot, resource);
    if (r !== undefined && r.group >= 0) {
      const g = r.group;
      const d = ((this.model.end[occ] ?? 0) - (this.model.start[occ] ?? 0)) / 3_600_000;
      const h = this.hours[resource] ?? 0;
      const after = deviationOf(this.groupSize[g] ?? 0, (this.groupSum[g] ?? 0) + d, (this.groupSq[g] ?? 0) + (h + d) ** 2 - h ** 2);
      soft += after - this.deviation(g);
    }
    return soft;
  }

  /** Soft penalty of a slot on a resource: preference, stability, travel buffers, fair load. */
  private softOf(slot: number, resource: number, sign: 1 | -1): number {
    const m = this.model;
    const r = m.resources[resource];
    const occ = m.slotOcc[slot] ?? 0;
    let soft = this.pairSoft(slot, resource);
    if (r !== undefined && r.group >= 0) soft += this.loadChange(resource, r.group, (sign * ((m.end[occ] ?? 0) - (m.start[occ] ?? 0))) / 3_600_000) * sign;
    return soft;
  }

  /** Preference, stability and travel-buffer penalties of a slot on a resource. */
  private pairSoft(slot: number, resource: number): number {
    const m = this.model;
    const def = m.needs[m.slotNeed[slot] ?? 0];
    const r = m.resources[resource];
    const occ = m.slotOcc[slot] ?? 0;
    let soft = 0;
    if (def !== undefined && def.preferred >= 0 && def.preferred !== resource) soft += preferenceCost(m, occ);
    const previous = m.slotPrev[slot] ?? -1;
    if (previous >= 0 && previous !== resource) soft++;
    if (r?.kind === "vehicle" && this.bufferMs > 0) {
      const s = m.start[occ] ?? 0;
      const e = m.end[occ] ?? 0;
      this.occupancy.near(resource, s - this.bufferMs, e + this.bufferMs, this.startOf, (o) => {
        const other = m.slotOcc[o] ?? 0;
        if (o === slot || m.site[other] === m.site[occ]) return;
        const os = m.start[other] ?? 0;
        const oe = m.end[other] ?? 0;
        if ((oe <= s && s - oe < this.bufferMs) || (e <= os && os - e < this.bufferMs)) soft++;
      });
    }
    return soft;
  }

  /** Changes a person's hours; returns the change of their group's standard deviation. */
  private loadChange(resource: number, group: number, deltaHours: number): number {
    const before = this.deviation(group);
    const h = this.hours[resource] ?? 0;
    this.hours[resource] = h + deltaHours;
    this.groupSum[group] = (this.groupSum[group] ?? 0) + deltaHours;
    this.groupSq[group] = (this.groupSq[group] ?? 0) + (h + deltaHours) ** 2 - h ** 2;
    return this.deviation(group) - before;
  }

  private deviation(group: number): number {
    return deviationOf(this.groupSize[group] ?? 0, this.groupSum[group] ?? 0, this.groupSq[group] ?? 0);
  }

  /** Adds or removes a pooled slot's units from the loads of the slots it overlaps. */
  private poolLoad(slot: number, resource: number, sign: 1 | -1): void {
    const m = this.model;
    const r = m.resources[resource];
    if (r === undefined || r.exclusive) return;
    const occ = m.slotOcc[slot] ?? 0;
    const s = m.start[occ] ?? 0;
    const e = m.end[occ] ?? 0;
    const units = m.needs[m.slotNeed[slot] ?? 0]?.units ?? 1;
    let own = units;
    this.occupancy.near(resource, s, e, this.startOf, (o) => {
      if (o === slot || !(this.startOf(o) < e && s < (m.end[m.slotOcc[o] ?? 0] ?? 0))) return;
      own += m.needs[m.slotNeed[o] ?? 0]?.units ?? 1;
      this.load[o] = (this.load[o] ?? 0) + sign * units;
    });
    this.load[slot] = sign > 0 ? own : 0;
  }

  /**
   * Adds (+1) or removes (-1) a flexible occurrence from its day's count; pairs on one day
   * cost 1 each, and a session away from its default slot (choice 0) {@link MOVED_FLEXIBLE_COST}.
   * Two of them at once cost a hard point a pair: one program's sessions are the same class,
   * the same people (a CI developer's walk, stop 55: two sessions of `kelas` held 08:00–11:00
   * on one Monday with two librarians, and `check` passed).
   */
  private spreadChange(occ: number, sign: 1 | -1): void {
    const m = this.model;
    const key = this.spreadKey(occ);
    let day = this.days.get(key);
    if (day === undefined) {
      if (sign < 0) return;
      this.days.set(key, (day = { flexible: 0, members: [] }));
    }
    if (m.flexible[occ]) {
      if ((m.choice[occ] ?? 0) !== 0) this.totals.soft += sign * MOVED_FLEXIBLE_COST;
      this.totals.soft += sign > 0 ? day.flexible : -(day.flexible - 1);
      day.flexible += sign;
    }
    // Every session of the day, fixed ones too: a flexible one is never moved onto a fixed one of its program.
    const members = day.members;
    if (sign > 0) {
      if (members.length > 0) this.totals.hard += this.overlapsAmong(occ, members);
      members.push(occ);
      return;
    }
    // The order of a day's members counts for nothing: the last takes the place of the one leaving (no splice on every move).
    const at = members.indexOf(occ);
    if (at < 0) return;
    const last = members.pop() as number;
    if (at < members.length) members[at] = last;
    if (members.length > 0) this.totals.hard -= this.overlapsAmong(occ, members);
  }

  /**
   * How many of `others` (sessions of the occurrence's program on its day) are at the same time
   * as it, counting only pairs with a flexible one (two fixed schedules of a program at one time
   * are the program's own choice, parallel groups, say; the planner moves neither).
   */
  overlapsAmong(occ: number, others: readonly number[]): number {
    let count = 0;
    for (const o of others) if (this.atOnce(occ, o)) count++;
    return count;
  }

  /** Whether two sessions (of one program) are at the same time, one of them flexible: the pair the hard point counts. */
  atOnce(a: number, b: number): boolean {
    const m = this.model;
    return a !== b && (m.flexible[a] === 1 || m.flexible[b] === 1) && (m.start[b] ?? 0) < (m.end[a] ?? 0) && (m.start[a] ?? 0) < (m.end[b] ?? 0);
  }

  /** How many other sessions of its program are at the same time as a flexible occurrence now: what a slot choice must leave at 0. */
  clashesOf(occ: number): number {
    return this.overlapsAmong(occ, this.days.get(this.spreadKey(occ))?.members ?? []);
  }

  /** The program and the day of an occurrence's current slot as one number (a string key cost most of a crowded plan's search); the rescore counts with it too. */
  spreadKey(occ: number): number {
    const days = this.choiceDays[occ] ?? this.daysOfChoices(occ);
    return (days[this.model.choice[occ] ?? 0] ?? 0) * this.programCount + (this.programOf[occ] ?? 0);
  }

  private daysOfChoices(occ: number): Int32Array {
    const choices = this.model.choices[occ] ?? [];
    const days = new Int32Array(choices.length);
    choices.forEach((slot, k) => {
      const day = dayNumber(slot.localDate);
      days[k] = Number.isNaN(day) ? 0 : day;
    });
    this.choiceDays[occ] = days;
    return days;
  }
}

const CAP_KEY_SPAN = 4_194_304;
/** Room for caps of one resource in its keys: one per period (hours-caps.ts's `hoursLimits`), six at most. */
const CAPS_PER_RESOURCE = 8;
const CAP_KEY_OFFSET = 1_000_000;

/** The day number of the first day of the period of a {@link ScoreState.capKey}. */
export function periodFirstDay(key: number): number {
  return (key % CAP_KEY_SPAN) - CAP_KEY_OFFSET;
}

/** The index of the cap (in the person's `caps`) of a {@link ScoreState.capKey}. */
export function capOfKey(key: number): number {
  return Math.floor(key / CAP_KEY_SPAN) % CAPS_PER_RESOURCE;
}

/** Standard deviation of n values from their sum and sum of squares. */
export function deviationOf(n: number, sum: number, squares: number): number {
  if (n === 0) return 0;
  const mean = sum / n;
  return Math.sqrt(Math.max(0, squares / n - mean * mean));
}
