import type { Need, Resource, WeeklyWindow, Workspace } from "@lontar/core";
import { isExclusiveKind } from "@lontar/core";
import type { Occurrence, Slot } from "../expand/occurrence.js";
import { needCandidates, needKey, resourceLookups, type KnownCandidates } from "./candidates.js";
import { zoneOf } from "./facts.js";
import { numericWindows, type NumericWindow } from "../calendar/weekly-windows.js";
import type { DateSpan } from "../calendar/periods.js";
import { CommitmentIndex } from "./commitments.js";
import { hoursLimits, type HoursLimit } from "./hours-caps.js";

/** A resource as the solver sees it. */
export interface ResourceInfo {
  /** Resource id. */
  readonly id: string;
  /** Its kind. */
  readonly kind: Resource["kind"];
  /** Held alone (room, vehicle, staff, volunteer) or pooled (collection, equipment). */
  readonly exclusive: boolean;
  /** Units usable at once for pooled kinds. */
  readonly units: number;
  /** Zone its windows are read in. */
  readonly zone: string;
  /** Availability (people) or the opening hours of the room's library; empty = always. */
  readonly windows: readonly WeeklyWindow[];
  /** `windows` as weekday bit masks (bit 0 = Monday) and minutes, for fast tests. */
  readonly spans: readonly NumericWindow[];
  /** 1 availability, 2 opening hours, 0 none: what a window miss means. */
  readonly windowKind: 0 | 1 | 2;
  /** Fair-load group (people of one library), or -1. */
  readonly group: number;
  /** A person's caps on minutes of work per calendar period (in the resource's zone): at most two, none when unlimited. */
  readonly caps: readonly HoursLimit[];
  /** What it holds: seats of a room, books of a vehicle, units of a pool; 0 for people. Construction fills the smallest that fits first. */
  readonly size: number;
  /** The library that owns it, or undefined when shared. */
  readonly library: string | undefined;
}

/** One need of one program, with its candidates precomputed once. */
export interface NeedDef {
  /** The program's id. */
  readonly programId: string;
  /** Index of the need in the program's `needs`. */
  readonly needIndex: number;
  /** The need. */
  readonly need: Need;
  /** Units one slot takes of a pooled resource (1 for exclusive kinds). */
  readonly units: number;
  /** Candidate resource indices, best first. */
  readonly candidates: Int32Array;
  /** Why there are no candidates. */
  readonly why: string;
  /** Preferred resource index, or -1. */
  readonly preferred: number;
  /** People a room must hold (the program's expected participants or the need's minimum), 0 for other kinds. */
  readonly people: number;
}

/**
 * The compiled problem: resources, needs and occurrences as flat arrays. Each occurrence
 * owns a contiguous run of need slots (an exclusive need of quantity 3 is three slots,
 * a pooled need one slot of 3 units); a slot's variable is a resource index or -1.
 */
export interface Model {
  readonly resources: readonly ResourceInfo[];
  readonly resourceIndex: ReadonlyMap<string, number>;
  readonly needs: readonly NeedDef[];
  readonly occurrences: readonly Occurrence[];
  /** Slots each occurrence may take (default first). */
  readonly choices: (readonly Slot[])[];
  /** Current slot choice per occurrence. */
  readonly choice: Int32Array;
  readonly start: Float64Array;
  readonly end: Float64Array;
  /** 1 when the occurrence takes part in allocation (not cancelled, not over budget). */
  readonly active: Uint8Array;
  readonly zones: readonly string[];
  /** The site each occurrence is held at (a rotating route's are taken in turn again once the times are final: sites-in-turn.ts). */
  readonly site: string[];
  readonly flexible: Uint8Array;
  readonly firstSlot: Int32Array;
  readonly slotCount: Int32Array;
  readonly slotOcc: Int32Array;
  readonly slotNeed: Int32Array;
  readonly slotRes: Int32Array;
  /** Previous plan's resource per slot, or -1. */
  readonly slotPrev: Int32Array;
  readonly slotPinned: Uint8Array;
  readonly groupCount: number;
  /** Agreement commitments ("at least N sessions per period") on the programs. */
  readonly commitments: CommitmentIndex;
}

/**
 * Compiles the workspace and occurrences into a {@link Model}. Each need's candidates are
 * found with `needCandidates`, unless `known` holds them (a part carries those found on
 * the whole workspace). `horizon` bounds the agreement commitments (each agreement's
 * validity when absent).
 */
export function buildModel(workspace: Workspace, occurrences: readonly Occurrence[], known?: KnownCandidates, horizon?: DateSpan): Model {
  const libraries = new Map(workspace.libraries.map((l) => [l.id, l]));
  const usable = workspace.resources.filter((r) => r.kind !== "budget");
  const lookups = resourceLookups(usable);
  const groups = new Map<string, number>();
  const resources: ResourceInfo[] = usable.map((r) => {
    const library = r.library === undefined ? undefined : libraries.get(r.library);
    const people = r.kind === "staff" || r.kind === "volunteer";
    const groupKey = r.library ?? "";
    if (people && !groups.has(groupKey)) groups.set(groupKey, groups.size);
    const windows = people ? r.availability : r.kind === "room" ? (library?.openingHours ?? []) : [];
    return {
      id: r.id,
      kind: r.kind,
      exclusive: isExclusiveKind(r.kind),
      units: r.kind === "collection" ? r.packages : r.kind === "equipment" ? r.quantity : 1,
      zone: zoneOf(library),
      windows,
      spans: numericWindows(windows),
      windowKind: windows.length === 0 ? 0 : people ? 1 : 2,
      group: people ? (groups.get(groupKey) ?? -1) : -1,
      caps: hoursLimits(r),
      size: r.kind === "room" ? r.capacity : r.kind === "vehicle" ? r.capacityBooks : r.kind === "collection" ? r.packages : r.kind === "equipment" ? r.quantity : 0,
      library: r.library,
    };
  });
  const resourceIndex = new Map(resources.map((r, i) => [r.id, i]));
  const needs: NeedDef[] = [];
  const needsOf = new Map<string, number[]>();
  for (const program of workspace.programs) {
    const list: number[] = [];
    program.needs.forEach((need, needIndex) => {
      const found = known?.get(needKey(program.id, needIndex)) ?? needCandidates(need, program, lookups.byId, lookups.byKind, lookups.byKindAndLibrary);
      const candidates = Int32Array.from(found.ids.map((id) => resourceIndex.get(id) ?? -1).filter((i) => i >= 0));
      const preferred = need.preferred === undefined ? -1 : (resourceIndex.get(need.preferred) ?? -1);
      list.push(needs.length);
      const people = need.kind === "room" ? Math.max(need.minCapacity ?? 0, program.expectedParticipants ?? 0) : 0;
      needs.push({ programId: program.id, needIndex, need, units: isExclusiveKind(need.kind) ? 1 : need.quantity, candidates, why: found.why, preferred, people });
    });
    needsOf.set(program.id, list);
  }
  const n = occurrences.length;
  const firstSlot = new Int32Array(n);
  const slotCount = new Int32Array(n);
  const slotOccList: number[] = [];
  const slotNeedList: number[] = [];
  occurrences.forEach((occurrence, i) => {
    firstSlot[i] = slotOccList.length;
    for (const d of needsOf.get(occurrence.programId) ?? []) {
      const def = needs[d];
      const copies = def === undefined ? 0 : isExclusiveKind(def.need.kind) ? def.need.quantity : 1;
      for (let c = 0; c < copies; c++) {
        slotOccList.push(i);
        slotNeedList.push(d);
      }
    }
    slotCount[i] = slotOccList.length - (firstSlot[i] ?? 0);
  });
  const slots = slotOccList.length;
  return {
    resources,
    resourceIndex,
    needs,
    occurrences,
    choices: occurrences.map((o) => [o]),
    choice: new Int32Array(n),
    start: Float64Array.from(occurrences.map((o) => o.startMs)),
    end: Float64Array.from(occurrences.map((o) => o.endMs)),
    active: new Uint8Array(n).fill(1),
    zones: occurrences.map((o) => o.zone),
    site: occurrences.map((o) => o.site ?? o.sites?.join(",") ?? o.libraryId),
    flexible: Uint8Array.from(occurrences.map((o) => (o.flexible ? 1 : 0))),
    firstSlot,
    slotCount,
    slotOcc: Int32Array.from(slotOccList),
    slotNeed: Int32Array.from(slotNeedList),
    slotRes: new Int32Array(slots).fill(-1),
    slotPrev: new Int32Array(slots).fill(-1),
    slotPinned: new Uint8Array(slots),
    groupCount: groups.size,
    commitments: new CommitmentIndex(workspace, horizon),
  };
}
