/**
 * A session held at another declared library (a route's stop, a program's one site) keeps
 * that library's closures: its dated closures, and the public holidays and cuti bersama it
 * closes on. A session on such a day is dropped, as its own library's closures drop one,
 * with the site's reason and the site; it has taken its turn on a rotating route (the stop
 * was due that day). A flexible session at one fixed site keeps only the slots the site is
 * open on, and is dropped when none is left; a period whose site leaves fewer open slots than
 * its sessions is short (`EXPAND_FLEXIBLE_SHORT`), as one its own library's closures fill is,
 * so that LON5108 warns of it and the score counts it. A schedule that keeps no closures
 * (`skipClosures: false`) keeps none of its sites' either. A flexible session on a rotating
 * route is left as it is: its stop is only known once the allocator has placed it.
 */
import { libraryTimeZone, type Library, type Program } from "@lontar/core";
import { closureCalendar, type ClosedDay, type ClosureCalendar } from "./closures.js";
import type { ExpansionMemo } from "./expansion-memo.js";
import { flexibleShortMessage, type ExpansionFinding } from "./findings.js";
import type { DroppedOccurrence, Occurrence, Slot } from "./occurrence.js";
import { makeSlot } from "./slot.js";

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
  const calendars = new Map<string, { readonly closures: ClosureCalendar; readonly zone: string | undefined }>();
  const held: Occurrence[] = [];
  const dropped: DroppedOccurrence[] = [];
  const findings: ExpansionFinding[] = [];
  // The sessions of one flexible period share their `flexible`: the period is judged once.
  const periodsSeen = new Set<NonNullable<Occurrence["flexible"]>>();
  for (const occurrence of occurrences) {
    const site = occurrence.site;
    const library = site === undefined || site === organiser ? undefined : siteLibrary(site);
    const keepsClosures = program.schedules[occurrence.scheduleIndex]?.skipClosures !== false;
    if (site === undefined || library === undefined || !keepsClosures || (occurrence.flexible !== undefined && program.siteMode === "rotating")) {
      held.push(occurrence);
      continue;
    }
    let calendar = calendars.get(site);
    if (calendar === undefined) calendars.set(site, (calendar = { closures: closureCalendar(library), zone: libraryTimeZone(library) }));
    const { closures, zone } = calendar;
    const closedOn = (slot: Slot): ClosedDay | undefined => closures.closedOn(zone === undefined || zone === occurrence.zone ? slot.localDate : makeSlot(memo.clockOf(zone), slot.startMs, slot.endMs).localDate);
    const closed = closedOn(occurrence);
    if (occurrence.flexible !== undefined) {
      const open = occurrence.flexible.candidates.filter((slot) => closedOn(slot) === undefined);
      if (!periodsSeen.has(occurrence.flexible)) {
        periodsSeen.add(occurrence.flexible);
        const short = shortBySite(program, occurrence, open.length, site);
        if (short !== undefined) findings.push(short);
      }
      const [first] = open;
      if (first !== undefined) {
        const slot = closed === undefined ? {} : { start: first.start, end: first.end, startMs: first.startMs, endMs: first.endMs, localDate: first.localDate, localStart: first.localStart, localEnd: first.localEnd };
        held.push(open.length === occurrence.flexible.candidates.length ? occurrence : { ...occurrence, ...slot, flexible: { ...occurrence.flexible, candidates: open } });
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
  return { held, dropped, findings };
}

/**
 * `EXPAND_FLEXIBLE_SHORT` when the site's closures leave a flexible period `open` slots, fewer
 * than its schedule's sessions, where its candidates were enough (expansion has said so
 * otherwise already).
 */
function shortBySite(program: Program, occurrence: Occurrence, open: number, site: string): ExpansionFinding | undefined {
  const schedule = program.schedules[occurrence.scheduleIndex];
  const flexible = occurrence.flexible;
  if (schedule?.kind !== "flexible" || flexible === undefined || open >= schedule.count || flexible.candidates.length < schedule.count) return undefined;
  const { period } = flexible;
  return {
    code: "EXPAND_FLEXIBLE_SHORT", level: "medium", programId: program.id, scheduleIndex: occurrence.scheduleIndex,
    message: `${flexibleShortMessage(period, open, schedule.count)}, the site ${site} being closed on the others`,
    short: { period, slots: open },
  };
}
