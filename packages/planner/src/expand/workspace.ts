import { type Library, type Program, type Workspace, libraryTimeZone } from "@lontar/core";
import { routeTurns } from "./route-turns.js";
import { closureCalendar } from "./closures.js";
import { keepSiteClosures } from "./site-closures.js";
import type { ExpansionFinding, ExpansionResult } from "./findings.js";
import type { DroppedOccurrence, Occurrence, Slot } from "./occurrence.js";
import { heldAtLibrary, openingHoursTest, outsideOpeningHours } from "./opening-hours.js";
import type { DateSpan } from "../calendar/periods.js";
import { expandSchedule } from "./schedule.js";
import { expansionMemo, type ExpansionMemo } from "./expansion-memo.js";
import { expectHorizon } from "../plan/horizon-shape.js";
import { boundFinding, checkOccurrenceBound, countOccurrencesUpTo, DEFAULT_MAX_OCCURRENCES } from "./workspace-bound.js";

/** Options of {@link expandWorkspace}. */
export interface ExpansionOptions {
  /** The bound on occurrences of one schedule; past it, `EXPAND_LIMIT`. Default 100,000. */
  readonly maxOccurrencesPerSchedule?: number | undefined;
  /**
   * The bound on occurrences of the whole workspace in the horizon, those closures drop
   * included. Past it nothing is expanded and the one finding is `EXPAND_WORKSPACE_LIMIT`.
   * Default {@link DEFAULT_MAX_OCCURRENCES} (2,000,000).
   */
  readonly maxOccurrences?: number | undefined;
  /** Clocks and recurrence sets to share with other expansions of the same plan (see {@link expansionMemo}). */
  readonly memo?: ExpansionMemo | undefined;
  /**
   * Declared libraries the programs hold sessions at that are not in `workspace.libraries`
   * (a part's route stops, planned in another part): their closures are kept all the same.
   */
  readonly siteLibraries?: readonly Library[] | undefined;
}

/** The default of {@link ExpansionOptions.maxOccurrencesPerSchedule}. */
export const DEFAULT_MAX_OCCURRENCES_PER_SCHEDULE = 100_000;

/** Appends without spreading: a schedule may hold 100,000 occurrences, beyond the call-argument limit. */
function append<T>(target: T[], items: readonly T[]): void {
  for (const item of items) target.push(item);
}

const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Occurrences sorted by start, then program, then id: the order every consumer sees. */
export function compareOccurrences(a: Occurrence, b: Occurrence): number {
  return a.startMs - b.startMs || compareText(a.programId, b.programId) || compareText(a.id, b.id);
}

/**
 * Where every session of a fixed program takes place: its one site, or all its sites (each
 * session is held at all of them: `sites` is where it takes place, and no route says to take
 * them in turn); undefined for a rotating route or a program with no site.
 */
function fixedPlace(program: Program): { readonly site: string } | { readonly sites: readonly string[] } | undefined {
  const [only, ...more] = program.sites;
  if (program.siteMode === "rotating" || only === undefined) return undefined;
  return more.length > 0 ? { sites: program.sites } : { site: only };
}

/** Sites in turn for rotating programs (see routeTurns: the next stop that receives the visit); a fixed program's place ({@link fixedPlace}). */
function withSites(program: Program, occurrences: Occurrence[], siteLibrary: (id: string) => Library | undefined, memo: ExpansionMemo): Occurrence[] {
  const sites = program.sites;
  if (program.siteMode === "rotating" && sites.length > 0) {
    const turns = routeTurns(program, occurrences, siteLibrary, memo);
    return occurrences.map((o, k) => ({ ...o, site: turns[k] ?? "" }));
  }
  const place = fixedPlace(program);
  return place === undefined ? occurrences : occurrences.map((o) => ({ ...o, ...place }));
}

/**
 * A dropped session keeps the fixed site or sites of its program (a cancelled storytelling
 * at the village hall is still the village hall's); a rotating route's turn is only taken by
 * the sessions held, so a dropped one there has none.
 */
function droppedWithSites(program: Program, dropped: DroppedOccurrence[]): DroppedOccurrence[] {
  const place = fixedPlace(program);
  return place === undefined ? dropped : dropped.map((d) => ({ ...d, ...place }));
}

/** Makes ids unique within a program: a start repeated by two schedules gets `#2`, `#3`... */
function uniqueIds(occurrences: Occurrence[]): Occurrence[] {
  const seen = new Map<string, number>();
  return occurrences.map((o) => {
    const n = (seen.get(o.id) ?? 0) + 1;
    seen.set(o.id, n);
    return n === 1 ? o : { ...o, id: `${o.id}#${n}` };
  });
}

function expandProgram(program: Program, library: Library | undefined, horizon: DateSpan, max: number, memo: ExpansionMemo, siteLibrary: (id: string) => Library | undefined): ExpansionResult {
  const zone = library === undefined ? undefined : libraryTimeZone(library);
  if (library === undefined || zone === undefined) {
    const message = library === undefined ? `the library "${program.library}" is not declared` : `the library "${library.id}" has no time zone and none can be inferred from its province`;
    const findings = program.schedules.map((_, scheduleIndex): ExpansionFinding => ({ code: "EXPAND_NO_ZONE", level: "hard", programId: program.id, scheduleIndex, message }));
    return { occurrences: [], dropped: [], findings };
  }
  const clock = memo.clockOf(zone);
  const closures = closureCalendar(library);
  const occurrences: Occurrence[] = [];
  const dropped: DroppedOccurrence[] = [];
  const findings: ExpansionFinding[] = [];
  const open = openingHoursTest(library);
  // Every session of the program is held at the library (a rotating route's sites are only known once the times are).
  const atLibrary = library.openingHours.length > 0 && program.siteMode !== "rotating" && (program.sites.length === 0 || program.sites.includes(library.id));
  const inside = atLibrary ? { open: (slot: Slot): boolean => open({ ...slot, zone }) } : {};
  program.schedules.forEach((schedule, scheduleIndex) => {
    const context = { programId: program.id, libraryId: library.id, zone, scheduleIndex, horizon, maxOccurrences: max, closures, clock, memo, ...inside };
    const result = expandSchedule(schedule, context);
    append(occurrences, result.occurrences);
    append(dropped, result.dropped);
    append(findings, result.findings);
  });
  // A session at another declared library keeps that library's closures (a rotating route's stop takes its turn all the same).
  const atSites = keepSiteClosures(program, library.id, withSites(program, uniqueIds(occurrences.sort(compareOccurrences)), siteLibrary, memo), siteLibrary, memo);
  const placed = atSites.held;
  for (const occurrence of placed) {
    // The default slot's verdict; a plan redoes it where the allocator placed the session (plan/opening-hours-placed.ts).
    if (heldAtLibrary(library.id, occurrence) && !open(occurrence)) findings.push(outsideOpeningHours(occurrence, library.id));
  }
  const all = droppedWithSites(program, dropped);
  append(all, atSites.dropped);
  append(findings, atSites.findings);
  return { occurrences: placed, dropped: all, findings };
}

/**
 * Expands every schedule of every program of a workspace within `horizon` (local dates,
 * both inclusive, in each library's zone). Occurrences come sorted by start, program and
 * id, with rotating sites assigned in chronological order over the whole program;
 * closures and public holidays drop occurrences into `dropped`; problems are findings.
 * Deterministic and independent of the host's zone; bounded by
 * `maxOccurrencesPerSchedule` per schedule and by `maxOccurrences` for the whole
 * workspace, which is counted first (see {@link countOccurrencesUpTo}) so that a
 * workspace past it is refused before any occurrence is built.
 *
 * @example expandWorkspace(workspace, { from: "2019-01-01", to: "2019-12-31" }).occurrences.length
 * @throws TypeError when `horizon` is not an object `{ from, to }`; RangeError when it is not two calendar days
 * in order, or a bound of the options is not a whole number, 0 or more (`NaN` would turn it off).
 */
export function expandWorkspace(workspace: Workspace, horizon: DateSpan, options: ExpansionOptions = {}): ExpansionResult {
  expectHorizon(horizon);
  checkOccurrenceBound("maxOccurrencesPerSchedule", options.maxOccurrencesPerSchedule);
  checkOccurrenceBound("maxOccurrences", options.maxOccurrences);
  const max = options.maxOccurrencesPerSchedule ?? DEFAULT_MAX_OCCURRENCES_PER_SCHEDULE;
  const memo = options.memo ?? expansionMemo();
  const passed = countOccurrencesUpTo(workspace, { horizon, max: options.maxOccurrences ?? DEFAULT_MAX_OCCURRENCES, maxPerSchedule: max, memo });
  if (passed !== undefined) return { occurrences: [], dropped: [], findings: [boundFinding(passed, horizon)] };
  const libraries = new Map(workspace.libraries.map((library) => [library.id, library]));
  const occurrences: Occurrence[] = [];
  const dropped: DroppedOccurrence[] = [];
  const findings: ExpansionFinding[] = [];
  const sites = new Map((options.siteLibraries ?? []).map((library) => [library.id, library]));
  const siteLibrary = (id: string): Library | undefined => libraries.get(id) ?? sites.get(id);
  for (const program of workspace.programs) {
    const result = expandProgram(program, libraries.get(program.library), horizon, max, memo, siteLibrary);
    append(occurrences, result.occurrences);
    append(dropped, result.dropped);
    append(findings, result.findings);
  }
  occurrences.sort(compareOccurrences);
  dropped.sort((a, b) => a.startMs - b.startMs || compareText(a.programId, b.programId));
  return { occurrences, dropped, findings };
}
