/**
 * A session held at another declared library (a route's stop, a program's one site) keeps
 * that library's closures: its dated closures, and the public holidays and cuti bersama it
 * closes on. A session on such a day is dropped, as its own library's closures drop one,
 * with the site's reason and the site; it has taken its turn on a rotating route (the stop
 * was due that day). A flexible session at a site (its one site, or the stop a rotating
 * route gives it in turn by the default times) keeps only the slots the site is open on,
 * and of those the ones inside the site's opening hours when any are; it is dropped when
 * the site is closed on every slot. A period whose one site leaves fewer open slots than
 * its sessions is short (`EXPAND_FLEXIBLE_SHORT`), as one its own library's closures fill
 * is, so that LON5108 warns of it and the score counts it (a route's stops share their
 * period's sessions, so a route's period is not judged so). A schedule that keeps no
 * closures (`skipClosures: false`) keeps none of its sites' either, but its flexible
 * sessions still keep to the sites' opening hours.
 */
import type { Library, Program } from "@lontar/core";
import type { ExpansionMemo } from "./expansion-memo.js";
import { flexibleShortMessage, type ExpansionFinding } from "./findings.js";
import { apartSlots } from "./flexible.js";
import type { DroppedOccurrence, Occurrence, Slot } from "./occurrence.js";
import { visitTest, type VisitTest } from "./visit-test.js";

/** The occurrences of one program held, and those their sites' closures dropped. */
export interface SiteClosuresResult {
  /** The occurrences kept, in their order (a flexible one possibly with fewer slots). */
  readonly held: Occurrence[];
  /** The occurrences dropped, each with its site and the site's reason. */
  readonly dropped: DroppedOccurrence[];
  /** `EXPAND_FLEXIBLE_SHORT` for each flexible period the site's closures left short of open slots. */
  readonly findings: ExpansionFinding[];
}

/**
 * Applies the closures of the libraries `occurrences` (of `program`, whose library is
 * `organiser`) are held at; `siteLibrary` finds a declared library by id.
 *
 * @example keepSiteClosures(program, "kota", placed, (id) => libraries.get(id), memo).dropped
 */
export function keepSiteClosures(program: Program, organiser: string, occurrences: Occurrence[], siteLibrary: (id: string) => Library | undefined, memo: ExpansionMemo): SiteClosuresResult {
  if (program.sites.every((site) => site === organiser || siteLibrary(site) === undefined)) return { held: occurrences, dropped: [], findings: [] };
  const tests = new Map<string, VisitTest>();
  const held: Occurrence[] = [];
  const dropped: DroppedOccurrence[] = [];
  const findings: ExpansionFinding[] = [];
  // The sessions of one flexible period share their `flexible`: the period is judged once.
  const periodsSeen = new Set<NonNullable<Occurrence["flexible"]>>();
  // The slots the period's sessions hold so far: a session is moved only where none of them is (two sessions of one schedule are never at once).
  const taken = new Map<NonNullable<Occurrence["flexible"]>, Slot[]>();
  // Sessions a period had no room for, by period: left out (not planned), and the period said short.
  const leftOut = new Map<NonNullable<Occurrence["flexible"]>, { readonly occurrence: Occurrence; readonly kept: Slot[] }>();
  for (const occurrence of occurrences) {
    const site = occurrence.site;
    const library = site === undefined || site === organiser ? undefined : siteLibrary(site);
    const keepsClosures = program.schedules[occurrence.scheduleIndex]?.skipClosures !== false;
    if (site === undefined || library === undefined || (!keepsClosures && occurrence.flexible === undefined)) {
      held.push(occurrence);
      // Held where expansion spread it: its slot is taken for the period's other sessions too.
      if (occurrence.flexible !== undefined) {
        const kept = taken.get(occurrence.flexible);
        if (kept === undefined) taken.set(occurrence.flexible, [occurrence]);
        else kept.push(occurrence);
      }
      continue;
    }
    let visit = tests.get(site);
    if (visit === undefined) tests.set(site, (visit = visitTest(library, memo)));
    const closedOn = (slot: Slot) => (keepsClosures ? visit.closedOn(slot, occurrence.zone) : undefined);
    const closed = closedOn(occurrence);
    if (occurrence.flexible !== undefined) {
      const candidates = occurrence.flexible.candidates;
      const open = candidates.filter((slot) => closedOn(slot) === undefined);
      if (program.siteMode !== "rotating" && !periodsSeen.has(occurrence.flexible)) {
        periodsSeen.add(occurrence.flexible);
        const short = shortBySite(program, occurrence, apartSlots(open).length, site);
        if (short !== undefined) findings.push(short);
      }
      const inside = open.filter((slot) => visit.withinHours(slot, occurrence.zone));
      const usable = inside.length > 0 ? inside : open;
      let kept = taken.get(occurrence.flexible);
      if (kept === undefined) taken.set(occurrence.flexible, (kept = []));
      const slot = nearestSlot(usable.filter((u) => !overlapsAny(u, kept)), occurrence.startMs);
      if (slot !== undefined) {
        kept.push(slot);
        const moved = slot.startMs === occurrence.startMs && slot.endMs === occurrence.endMs ? {} : { start: slot.start, end: slot.end, startMs: slot.startMs, endMs: slot.endMs, localDate: slot.localDate, localStart: slot.localStart, localEnd: slot.localEnd };
        held.push(usable.length === candidates.length ? occurrence : { ...occurrence, ...moved, flexible: { ...occurrence.flexible, candidates: usable } });
        continue;
      }
      if (usable.length > 0) {
        // Open slots there are, but the period's other sessions hold them: no room for this one.
        if (!leftOut.has(occurrence.flexible)) leftOut.set(occurrence.flexible, { occurrence, kept });
        continue;
      }
    } else if (closed === undefined) {
      held.push(occurrence);
      continue;
    }
    const why = closed ?? closedOn(occurrence.flexible?.candidates[0] ?? occurrence) ?? { reason: "closure", detail: site };
    dropped.push({
      start: occurrence.start, end: occurrence.end, startMs: occurrence.startMs, endMs: occurrence.endMs, localDate: occurrence.localDate, localStart: occurrence.localStart, localEnd: occurrence.localEnd,
      programId: occurrence.programId, libraryId: occurrence.libraryId, reason: why.reason, detail: why.detail, site, closedLibrary: site,
    });
  }
  for (const [flexible, out] of leftOut) {
    // Said once a period: as short as the sessions it holds, where the site's closures did not say so already.
    if (findings.some((f) => f.short?.period === flexible.period && f.scheduleIndex === out.occurrence.scheduleIndex)) continue;
    const short = shortFinding(program, out.occurrence, out.kept.length, "the sites being closed on the others");
    if (short !== undefined) findings.push(short);
  }
  return { held, dropped, findings };
}

/** Whether `slot` overlaps one of `slots`. */
function overlapsAny(slot: Slot, slots: readonly Slot[]): boolean {
  return slots.some((s) => s.startMs < slot.endMs && slot.startMs < s.endMs);
}

/** The slot of `slots` that starts nearest `startMs` (the earlier of two as near); undefined when there is none. */
function nearestSlot(slots: readonly Slot[], startMs: number): Slot | undefined {
  let best: Slot | undefined;
  for (const slot of slots) if (best === undefined || Math.abs(slot.startMs - startMs) < Math.abs(best.startMs - startMs)) best = slot;
  return best;
}

/**
 * `EXPAND_FLEXIBLE_SHORT` when the site's closures leave a flexible period room for `open`
 * sessions (slots kept apart), fewer than its schedule's, where its candidates had room
 * enough (expansion has said so otherwise already).
 */
function shortBySite(program: Program, occurrence: Occurrence, open: number, site: string): ExpansionFinding | undefined {
  const schedule = program.schedules[occurrence.scheduleIndex];
  const flexible = occurrence.flexible;
  if (schedule?.kind !== "flexible" || flexible === undefined || open >= schedule.count || apartSlots(flexible.candidates).length < schedule.count) return undefined;
  return shortFinding(program, occurrence, open, `the site ${site} being closed on the others`);
}

/** `EXPAND_FLEXIBLE_SHORT` of the occurrence's period, room for `slots` sessions, `why` after the counts; undefined for a schedule that is not flexible. */
function shortFinding(program: Program, occurrence: Occurrence, slots: number, why: string): ExpansionFinding | undefined {
  const schedule = program.schedules[occurrence.scheduleIndex];
  const period = occurrence.flexible?.period;
  if (schedule?.kind !== "flexible" || period === undefined) return undefined;
  return {
    code: "EXPAND_FLEXIBLE_SHORT", level: "medium", programId: program.id, scheduleIndex: occurrence.scheduleIndex,
    message: `${flexibleShortMessage(period, slots, schedule.count)}, ${why}`,
    short: { period, slots },
  };
}
