import type { Workspace } from "@lontar/core";
import type { Plan } from "../../plan/plan.js";
import { indexWorkspace, nameOf, scheduledOccurrences } from "../plan-view.js";
import { compareCodeUnits } from "../text.js";
import { exportIcsIndexed } from "./export-ics.js";

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
 * file names by construction (letters, digits, `_ . -`; anything else becomes `_`). Keys are in sorted order.
 *
 * @example exportCalendars(plan, workspace).get("calendars/library-dispusip_solok.ics")
 */
export function exportCalendars(plan: Plan, workspace: Workspace): Map<string, string> {
  const index = indexWorkspace(workspace);
  const files = new Map<string, string>();
  files.set("calendar.ics", exportIcsIndexed(plan, index, { calendarName: workspace.name ?? "Lontar" }));
  for (const library of workspace.libraries) {
    files.set(`calendars/library-${fileId(library.id)}.ics`, exportIcsIndexed(plan, index, { calendarName: library.name, filter: (o) => o.libraryId === library.id }));
  }
  const used = new Set(scheduledOccurrences(plan).flatMap((o) => o.assignments.map((a) => a.resourceId)));
  for (const resourceId of [...used].sort(compareCodeUnits)) {
    const filter = (o: { assignments: readonly { resourceId: string }[] }): boolean => o.assignments.some((a) => a.resourceId === resourceId);
    files.set(`calendars/resource-${fileId(resourceId)}.ics`, exportIcsIndexed(plan, index, { calendarName: nameOf(index, resourceId), filter }));
  }
  for (const partner of workspace.partners) {
    const filter = (o: { programId: string }): boolean => index.programs.get(o.programId)?.partners.includes(partner.id) === true;
    files.set(`calendars/partner-${fileId(partner.id)}.ics`, exportIcsIndexed(plan, index, { calendarName: partner.name, filter }));
  }
  return new Map([...files.entries()].sort(([a], [b]) => compareCodeUnits(a, b)));
}
