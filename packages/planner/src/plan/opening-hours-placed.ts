import type { Library, Workspace } from "@lontar/core";
import type { ExpansionFinding } from "../expand/findings.js";
import type { Occurrence, Slot } from "../expand/occurrence.js";
import { heldAtLibrary, openingHoursTest, outsideOpeningHours } from "../expand/opening-hours.js";

/** Where the allocator left one session: its slot, and its site or sites (a rotating route's taken in turn by the final times). */
export interface Placement {
  /** The slot chosen (the default one unless a flexible session moved). */
  readonly slot: Slot;
  /** The site it is held at, if one is named. */
  readonly site?: string | undefined;
  /** The sites it is held at, when it names several. */
  readonly sites?: readonly string[] | undefined;
}

const sameSites = (a: readonly string[] | undefined, b: readonly string[] | undefined): boolean => a === b || (a !== undefined && b !== undefined && a.join("\u0000") === b.join("\u0000"));

const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** True when the session is at another slot than expansion's default (a flexible one moved). */
const slotMoved = (occurrence: Occurrence, placed: Placement): boolean => placed.slot.startMs !== occurrence.startMs || placed.slot.endMs !== occurrence.endMs;

/** True when the session is not where expansion put it: another slot, or another site. */
const moved = (occurrence: Occurrence, placed: Placement): boolean => slotMoved(occurrence, placed) || placed.site !== occurrence.site || !sameSites(placed.sites, occurrence.sites);

/**
 * Expansion's findings with the opening-hours verdicts (`OUTSIDE_OPENING_HOURS`) redone
 * where the allocator placed each session: expansion judged each flexible session at its
 * default slot, and the allocator may move it to another day or time of its period (and a
 * rotating route takes its sites in turn again by the final times). For every program
 * with a session so moved, its verdicts are redone on every one of its sessions at its
 * final slot and site, ordered by final start then id, and take the place of expansion's
 * after the program's other findings; a moved session's message names where it was
 * placed. Programs with no session moved keep expansion's findings as they were, in
 * expansion's order (programs in the workspace's order, each one's findings together).
 * `placement(o)` is where occurrence `o` (an index into `occurrences`) was left.
 *
 * @example openingHoursAsPlaced(workspace, expanded.findings, occurrences, (o, occurrence) => ({ slot: occurrence }))
 */
export function openingHoursAsPlaced(
  workspace: Workspace,
  findings: readonly ExpansionFinding[],
  occurrences: readonly Occurrence[],
  placement: (o: number, occurrence: Occurrence) => Placement,
): readonly ExpansionFinding[] {
  const affected = new Set<string>();
  occurrences.forEach((occurrence, o) => {
    if (!affected.has(occurrence.programId) && moved(occurrence, placement(o, occurrence))) affected.add(occurrence.programId);
  });
  if (affected.size === 0) return findings;
  const libraries = new Map(workspace.libraries.map((l) => [l.id, l]));
  const tests = new Map<string, (slot: Slot & { readonly zone: string }) => boolean>();
  const testOf = (library: Library): ((slot: Slot & { readonly zone: string }) => boolean) => {
    let test = tests.get(library.id);
    if (test === undefined) {
      test = openingHoursTest(library);
      tests.set(library.id, test);
    }
    return test;
  };
  const redone = new Map<string, { finding: ExpansionFinding; startMs: number }[]>();
  occurrences.forEach((occurrence, o) => {
    if (!affected.has(occurrence.programId)) return;
    const library = libraries.get(occurrence.libraryId);
    const placed = placement(o, occurrence);
    if (library === undefined || !heldAtLibrary(library.id, placed) || testOf(library)({ ...placed.slot, zone: occurrence.zone })) return;
    const finding = outsideOpeningHours(occurrence, library.id, slotMoved(occurrence, placed) ? placed.slot : undefined);
    const list = redone.get(occurrence.programId);
    if (list === undefined) redone.set(occurrence.programId, [{ finding, startMs: placed.slot.startMs }]);
    else list.push({ finding, startMs: placed.slot.startMs });
  });
  const byProgram = new Map<string, ExpansionFinding[]>();
  for (const f of findings) {
    if (affected.has(f.programId) && f.code === "OUTSIDE_OPENING_HOURS") continue;
    const list = byProgram.get(f.programId);
    if (list === undefined) byProgram.set(f.programId, [f]);
    else list.push(f);
  }
  const out: ExpansionFinding[] = [];
  const order = [...new Set([...workspace.programs.map((p) => p.id), ...byProgram.keys()])];
  for (const id of order) {
    for (const f of byProgram.get(id) ?? []) out.push(f);
    const outside = redone.get(id) ?? [];
    outside.sort((a, b) => a.startMs - b.startMs || compareText(a.finding.occurrenceId ?? "", b.finding.occurrenceId ?? ""));
    for (const { finding } of outside) out.push(finding);
  }
  return out;
}
