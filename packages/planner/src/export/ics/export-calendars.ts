import type { Workspace } from "@lontar/core";
import type { Plan } from "../../plan/plan.js";
import { indexWorkspace, nameOf } from "../plan-view.js";
import { compareCodeUnits } from "../text.js";
import { buildPlanEvents, renderCalendar, type OccurrenceEvent } from "./export-ics.js";

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
  const index = indexWorkspace(workspace);
  const events = buildPlanEvents(plan, index);
  const files = new Map<string, string>();
  const add = (file: string, name: string, keep: (e: OccurrenceEvent) => boolean): void => {
    files.set(file, renderCalendar(name, events.filter(keep)));
  };
  files.set("calendar.ics", renderCalendar(workspace.name ?? "Lontar", events));
  for (const library of workspace.libraries) {
    add(`calendars/library-${fileId(library.id)}.ics`, library.name, (e) => e.occurrence.libraryId === library.id);
  }
  const used = new Set(events.flatMap((e) => e.occurrence.assignments.map((a) => a.resourceId)));
  for (const resourceId of [...used].sort(compareCodeUnits)) {
    add(`calendars/resource-${fileId(resourceId)}.ics`, nameOf(index, resourceId), (e) => e.occurrence.assignments.some((a) => a.resourceId === resourceId));
  }
  for (const partner of workspace.partners) {
    add(`calendars/partner-${fileId(partner.id)}.ics`, partner.name, (e) => index.programs.get(e.occurrence.programId)?.partners.includes(partner.id) === true);
  }
  return new Map([...files.entries()].sort(([a], [b]) => compareCodeUnits(a, b)));
}
