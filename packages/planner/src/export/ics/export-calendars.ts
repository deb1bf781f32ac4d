import { type Language, type Workspace, expectKnownOptions, expectLanguage } from "@lontar/core";
import type { Assignment, Plan, PlannedOccurrence } from "../../plan/plan.js";
import { indexWorkspace, nameOf, occurrenceSites, visitedLibraryIds, workspaceTitle, type WorkspaceIndex } from "../plan-view.js";
import { compareCodeUnits } from "../text.js";
import { allEvents, buildPlanEvents, calendarChunks, joinChunks, libraryIcsZone, type PlanEvents } from "./export-ics.js";
import { pushTo } from "../../collections/group.js";
import { planRows, type OccurrenceFacts, type PlanRows } from "../occurrence-facts.js";
import { expectWorkspace } from "../../plan/workspace-shape.js";
import type { CalendarAudience } from "./vevent.js";
import { expectPlanOfWorkspace } from "../plan-of-workspace.js";

// Ids from a plan are plain strings; keep file names inside calendars/ whatever they hold.
function fileId(id: string): string {
  const safe = id.replace(/[^A-Za-z0-9_.-]/g, "_");
  return /^[A-Za-z0-9_]/.test(safe) ? safe : `_${safe}`;
}

/** Options of {@link exportCalendars}. */
export interface CalendarOptions {
  /** Language of the event descriptions (default English). */
  readonly language?: Language | undefined;
}

/**
 * Every calendar of a plan, by relative file name: `calendar.ics` with all scheduled and
 * pending (unassigned, TENTATIVE) occurrences, and under `calendars/` one per library
 * (`library-<id>.ics`: its programs' sessions, then those other libraries' programs hold at
 * it, such as a provincial route's visits to a village library, each summary marked
 * "(another library's program)" and without costs and the reasons a session is not placed), per resource assigned to an occurrence (`resource-<id>.ics`) and
 * per partner (`partner-<id>.ics`: occurrences of the programs that name it and those
 * held at its site or among its sites, pending ones included, without costs and the reasons
 * a session is not placed, which are the library's own business). Each calendar is named (X-WR-CALNAME) after
 * its library, resource or partner; calendar.ics after the workspace (see workspaceTitle). Identifiers are safe
 * file names by construction (letters, digits, `_ . -`; anything else becomes `_`).
 * Keys are in sorted order. Each event is built once and shared by its calendars.
 *
 * @example exportCalendars(plan, workspace).get("calendars/library-dispusip_solok.ics")
 * @throws TypeError when `workspace` is plainly not a validated one (raw JSON: validate it with `validateWorkspace` first).
 */
export function exportCalendars(plan: Plan, workspace: Workspace, options: CalendarOptions = {}): Map<string, string> {
  expectKnownOptions(options, ["language"], "exportCalendars");
  if (options.language !== undefined) expectLanguage(options.language, "exportCalendars");
  expectWorkspace(workspace, "exportCalendars");
  expectPlanOfWorkspace(plan, workspace, "exportCalendars");
  return new Map([...calendarFiles(plan, workspace, options)].map(([file, chunks]) => [file, joinChunks(chunks())]));
}

/**
 * {@link exportCalendars} without building the texts: each file's name with a function
 * giving its pieces ({@link calendarChunks}), so a writer can stream one file at a time.
 * `rows`: the plan's rows when the caller has them (see planRows).
 */
export function calendarFiles(plan: Plan, workspace: Workspace, options: CalendarOptions = {}, rows?: PlanRows): Map<string, () => Iterable<string | Uint8Array>> {
  const index = indexWorkspace(workspace);
  const language = options.language ?? "en";
  const planned = rows ?? planRows(plan.occurrences, index, language);
  const events = buildPlanEvents(plan, index, language, planned);
  // The partners' view of their events alone (without costs and reasons), built once when a partner's calendar is first
  // asked for, and each partner's event numbers in it.
  let partnerView: { readonly events: PlanEvents; readonly numbers: ReadonlyMap<PlannedOccurrence, number> } | undefined;
  const forPartners = (): NonNullable<typeof partnerView> => (partnerView ??= audienceEvents(plan, index, language, planned, byPartner, events, "partner"));
  // The same for the libraries that other libraries' programs hold sessions at (a village on a provincial library's route).
  let hostView: typeof partnerView;
  const forHosts = (): NonNullable<typeof partnerView> => (hostView ??= audienceEvents(plan, index, language, planned, byHost, events, "host"));
  // One pass puts each event in its library's, resources' and partners' lists, and in those of the other
  // libraries it is held at (in plan order).
  const byLibrary = new Map<string, number[]>();
  const byHost = new Map<string, number[]>();
  const byResource = new Map<string, number[]>();
  const byPartner = new Map<string, number[]>();
  // Each id once per event, without a Set per event (a province has a million): lists are short.
  events.occurrences.forEach((occurrence, n) => {
    pushTo(byLibrary, occurrence.libraryId, n);
    const { assignments } = occurrence;
    for (let i = 0; i < assignments.length; i++) {
      const id = (assignments[i] as Assignment).resourceId;
      let earlier = false;
      for (let j = 0; j < i && !earlier; j++) earlier = assignments[j]?.resourceId === id;
      if (!earlier) pushTo(byResource, id, n);
    }
    const partners = index.programs.get(occurrence.programId)?.partners ?? [];
    for (let i = 0; i < partners.length; i++) {
      const id = partners[i] as string;
      if (partners.indexOf(id) === i) pushTo(byPartner, id, n);
    }
    const sites = occurrenceSites(occurrence);
    for (let i = 0; i < sites.length; i++) {
      const site = sites[i] as string;
      if (sites.indexOf(site) === i && index.partners.has(site) && !partners.includes(site)) pushTo(byPartner, site, n);
    }
    for (const site of visitedLibraryIds(occurrence, (id) => index.libraries.has(id))) pushTo(byHost, site, n);
  });
  const files = new Map<string, () => Iterable<string | Uint8Array>>();
  files.set("calendar.ics", () => calendarChunks(workspaceTitle(workspace), events, allEvents(events)));
  for (const library of workspace.libraries) {
    // A library of no session: its calendar names the library's own zone (see calendarChunks). Its own programs'
    // sessions, then those other libraries' programs hold there, marked as theirs.
    files.set(`calendars/library-${fileId(library.id)}.ics`, () => {
      const own = byLibrary.get(library.id) ?? [];
      const hosted = byHost.get(library.id);
      if (hosted === undefined) return calendarChunks(library.name, events, own, libraryIcsZone(library));
      const view = forHosts();
      const numbers = hosted.flatMap((n) => view.numbers.get(events.occurrences[n] as PlannedOccurrence) ?? []);
      return calendarChunks(library.name, events, own, libraryIcsZone(library), { events: view.events, numbers });
    });
  }
  for (const resourceId of [...byResource.keys()].sort(compareCodeUnits)) {
    files.set(`calendars/resource-${fileId(resourceId)}.ics`, () => calendarChunks(nameOf(index, resourceId), events, byResource.get(resourceId) ?? []));
  }
  for (const partner of workspace.partners) {
    files.set(`calendars/partner-${fileId(partner.id)}.ics`, () => {
      const view = forPartners();
      const numbers = (byPartner.get(partner.id) ?? []).flatMap((n) => view.numbers.get(events.occurrences[n] as PlannedOccurrence) ?? []);
      return calendarChunks(partner.name, view.events, numbers);
    });
  }
  return new Map([...files.entries()].sort(([a], [b]) => compareCodeUnits(a, b)));
}

/**
 * The view of the events in `byReader` (numbers of `events`) for another `audience` than the
 * staff (partners, or libraries hosting other libraries' sessions): only those occurrences'
 * rows built again for it, and each occurrence's number there.
 */
function audienceEvents(plan: Plan, index: WorkspaceIndex, language: Language, rows: PlanRows, byReader: ReadonlyMap<string, readonly number[]>, events: PlanEvents, audience: CalendarAudience): { readonly events: PlanEvents; readonly numbers: ReadonlyMap<PlannedOccurrence, number> } {
  const wanted = new Set<PlannedOccurrence>();
  for (const numbers of byReader.values()) for (const n of numbers) wanted.add(events.occurrences[n] as PlannedOccurrence);
  const kept = rows.occurrences.flatMap((occurrence, row) => (wanted.has(occurrence) ? [row] : []));
  const subset: PlanRows = { occurrences: kept.map((row) => rows.occurrences[row] as PlannedOccurrence), facts: kept.map((row) => rows.facts[row] as OccurrenceFacts) };
  const view = buildPlanEvents(plan, index, language, subset, audience);
  return { events: view, numbers: new Map(view.occurrences.map((occurrence, n) => [occurrence, n])) };
}
