import type { Workspace } from "@lontar/core";
import type { Plan } from "../../plan/plan.js";
import { indexWorkspace, nameOf } from "../plan-view.js";
import { compareCodeUnits } from "../text.js";
import { buildPlanEvents, calendarChunks, type OccurrenceEvent } from "./export-ics.js";
import { pushTo } from "../../collections/group.js";

// Ids from a plan are plain strings; keep file names inside calendars/ whatever they hold.
function fileId(id: string): string {
  const safe = id.replace(/[^A-Za-z0-9_.-]/g, "_");
  return /^[A-Za-z0-9_]/.test(safe) ? safe : `_${safe}`;
}

/**
 * Every calendar of a plan, by relative file name: `calendar.ics` with all scheduled
 * occurrences, and under `calendars/` one per library (`library-<id>.ics`), per resource
 * assigned to a scheduled occurrence (`resource-<id>.ics`) and per partner
 * (`partner-<id>.ics`: occurrences of the programs that name it). Identifiers are safe
 * file names by construction (letters, digits, `_ . -`; anything else becomes `_`).
 * Keys are in sorted order. Each event is built once and shared by its calendars.
 *
 * @example exportCalendars(plan, workspace).get("calendars/library-dispusip_solok.ics")
 */
export function exportCalendars(plan: Plan, workspace: Workspace): Map<string, string> {
  return new Map([...calendarFiles(plan, workspace)].map(([file, chunks]) => [file, [...chunks()].join("")]));
}

/**
 * {@link exportCalendars} without building the texts: each file's name with a function
 * giving its pieces ({@link calendarChunks}), so a writer can stream one file at a time.
 */
export function calendarFiles(plan: Plan, workspace: Workspace): Map<string, () => Iterable<string>> {
  const index = indexWorkspace(workspace);
  const events = buildPlanEvents(plan, index);
  // One pass puts each event in its library's, resources' and partners' lists (in plan order).
  const byLibrary = new Map<string, OccurrenceEvent[]>();
  const byResource = new Map<string, OccurrenceEvent[]>();
  const byPartner = new Map<string, OccurrenceEvent[]>();
  for (const e of events) {
    pushTo(byLibrary, e.occurrence.libraryId, e);
    for (const id of new Set(e.occurrence.assignments.map((a) => a.resourceId))) pushTo(byResource, id, e);
    for (const id of new Set(index.programs.get(e.occurrence.programId)?.partners ?? [])) pushTo(byPartner, id, e);
  }
  const files = new Map<string, () => Iterable<string>>();
  files.set("calendar.ics", () => calendarChunks(workspace.name ?? "Lontar", events));
  for (const library of workspace.libraries) {
    files.set(`calendars/library-${fileId(library.id)}.ics`, () => calendarChunks(library.name, byLibrary.get(library.id) ?? []));
  }
  for (const resourceId of [...byResource.keys()].sort(compareCodeUnits)) {
    files.set(`calendars/resource-${fileId(resourceId)}.ics`, () => calendarChunks(nameOf(index, resourceId), byResource.get(resourceId) ?? []));
  }
  for (const partner of workspace.partners) {
    files.set(`calendars/partner-${fileId(partner.id)}.ics`, () => calendarChunks(partner.name, byPartner.get(partner.id) ?? []));
  }
  return new Map([...files.entries()].sort(([a], [b]) => compareCodeUnits(a, b)));
}
