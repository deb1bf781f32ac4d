import { finishAllocation, prepareAllocation, searchAllocation, type PreparedAllocation } from "../allocate/allocate.js";
import type { DateSpan } from "../calendar/periods.js";
import type { DroppedOccurrence } from "../expand/occurrence.js";
import { expansionMemo, type ExpansionMemo } from "../expand/expansion-memo.js";
import { expandWorkspace } from "../expand/workspace.js";
import type { ExpansionFinding } from "../expand/findings.js";
import { z } from "zod";
import { Justification, PlannedOccurrence, type PlanScore } from "../plan/plan.js";
import type { WorkspacePart } from "./partition-workspace.js";
import { droppedMessage } from "../plan/cancel-reasons.js";
import { openingHoursAsPlaced } from "../plan/opening-hours-placed.js";
import { flatText } from "../expand/slot.js";

/** Options that apply to every part of a plan. */
export interface PartOptions {
  /** The dates to plan, both inclusive. */
  readonly horizon: DateSpan;
  /** Occurrence ids whose previous assignments are fixed. */
  readonly pinned?: readonly string[];
  /** Expansion work shared by the parts planned on one thread. */
  readonly memo?: ExpansionMemo;
  /** The workspace-wide occurrence bound (see `ExpansionOptions.maxOccurrences`); the default when absent. */
  readonly maxOccurrences?: number;
}

/** A part expanded and constructed, waiting for its share of the search. */
export interface PreparedPart {
  /** The part planned. */
  readonly part: WorkspacePart;
  /** Occurrences expansion dropped (closures, holidays, exceptions). */
  readonly dropped: readonly DroppedOccurrence[];
  /** Expansion's findings (its opening-hours verdicts about the default slots: the solved part redoes them where sessions were placed). */
  readonly findings: readonly ExpansionFinding[];
  /** The constructed allocation. */
  readonly allocation: PreparedAllocation;
}

/** What one part contributes to the plan. */
export interface PartResult {
  /** Allocated occurrences (every status), in expansion order. */
  readonly planned: PlannedOccurrence[];
  /** Start of each planned occurrence (its chosen slot), epoch ms. */
  readonly plannedMs: Float64Array;
  /** Occurrences expansion dropped, as cancelled ones with their reason, in time order. */
  readonly cancelled: PlannedOccurrence[];
  /** Start of each cancelled occurrence, epoch ms. */
  readonly cancelledMs: Float64Array;
  /** Expansion findings as violations, the opening-hours verdicts about the sessions as placed. */
  readonly expansionViolations: readonly Justification[];
  /** Allocation violations, justified. */
  readonly allocationViolations: readonly Justification[];
  /** The allocation's score (expansion findings not included), soft not yet rounded. */
  readonly score: PlanScore;
}

/** A dropped occurrence as a cancelled one, its reason the closure, holiday or exception. */
export function droppedAsCancelled(d: DroppedOccurrence): PlannedOccurrence {
  const id = flatText(d.programId, "@", d.localDate, "T", d.localStart);
  const constraint = d.reason === "exception" ? "exception" : d.reason === "closure" ? "closure" : "public-holiday";
  return {
    id,
    programId: d.programId,
    libraryId: d.libraryId,
    ...(d.site === undefined ? {} : { site: d.site }),
    ...(d.sites === undefined ? {} : { sites: [...d.sites] }),
    start: d.start,
    end: d.end,
    status: "cancelled",
    assignments: [],
    reasons: [{ constraint, level: "info", occurrenceId: id, message: droppedMessage(id, d.detail), ...(d.closedLibrary === undefined ? {} : { libraryId: d.closedLibrary }) }],
  };
}

/** The {@link PartOptions} of one plan, its expansion memo new (one per thread). */
export function partOptions(horizon: DateSpan, pinned: readonly string[] | undefined, maxOccurrences?: number): PartOptions {
  return { horizon, memo: expansionMemo(), ...(pinned === undefined ? {} : { pinned }), ...(maxOccurrences === undefined ? {} : { maxOccurrences }) };
}

/** An expansion finding as a plan violation, with the program, schedule and occurrence it concerns. */
export function findingAsViolation(f: ExpansionFinding): Justification {
  const occurrence = f.occurrenceId === undefined ? {} : { occurrenceId: f.occurrenceId };
  const short = f.short === undefined ? {} : { period: f.short.period, slots: f.short.slots };
  return { constraint: f.code, level: f.level, message: `${f.programId} schedule ${f.scheduleIndex + 1}: ${f.message}`, ...occurrence, programId: f.programId, scheduleIndex: f.scheduleIndex, ...short };
}

/** Expands a part and constructs its first allocation (no search yet). */
export function preparePart(part: WorkspacePart, options: PartOptions): PreparedPart {
  const expanded = expandWorkspace(part.workspace, options.horizon, {
    ...(options.memo === undefined ? {} : { memo: options.memo }),
    ...(options.maxOccurrences === undefined ? {} : { maxOccurrences: options.maxOccurrences }),
    ...(part.siteLibraries === undefined ? {} : { siteLibraries: part.siteLibraries }),
  });
  const allocation = prepareAllocation(part.workspace, expanded.occurrences, {
    candidates: part.candidates,
    horizon: options.horizon,
    ...(part.previous === undefined ? {} : { previous: part.previous }),
    ...(options.pinned === undefined ? {} : { pinned: options.pinned }),
    ...(part.siteLibraries === undefined ? {} : { siteLibraries: part.siteLibraries }),
  });
  return { part, dropped: expanded.dropped, findings: expanded.findings, allocation };
}

/** What {@link solvePart} needs beyond the prepared part. */
export interface SolveOptions {
  /** The part's seed. */
  readonly seed: number;
  /** The part's share of the step budget. */
  readonly maxSteps: number;
  /** The part's share of the wall-clock limit, if any. */
  readonly timeLimitMs?: number;
  /** Progress of this part's search. */
  readonly onProgress?: (done: number, total: number) => void;
}

const PlannedOccurrences = z.array(PlannedOccurrence);
const Justifications = z.array(Justification);

/**
 * `list` validated against plan.json's schema, as the schema's copies: their keys in the
 * schema's order whatever order each was built in, so that plan.json's bytes are the same
 * whether the plan is validated again when written (the SDK's writePlanOutputs) or not (the
 * CLI marks the planner's own plan valid): a developer's walk found the two differing. In
 * slices: zod's parse copies what it checks, and a part may hold a million occurrences.
 */
function schemaOrdered<T>(schema: z.ZodType<T[]>, list: readonly T[], what: string): T[] {
  if (list.length <= VALIDATED_AT_ONCE) return checkedList(schema, list, what);
  const out: T[] = [];
  for (let from = 0; from < list.length; from += VALIDATED_AT_ONCE) for (const item of checkedList(schema, list.slice(from, from + VALIDATED_AT_ONCE), what)) out.push(item);
  return out;
}

function checkedList<T>(schema: z.ZodType<T[]>, list: readonly T[], what: string): T[] {
  const checked = schema.safeParse(list);
  // Built here from typed parts: a mismatch is a bug in the planner, not in user input.
  if (!checked.success) throw new Error(`the planner produced an invalid ${what}: ${checked.error.message}`);
  return checked.data;
}
/** Occurrences validated per call (see {@link solvePart}). */
const VALIDATED_AT_ONCE = 10_000;

/**
 * Searches a prepared part and turns it into its contribution to the plan. Its occurrences
 * are validated against plan.json's schema here, where they are made (on a worker thread
 * when planning in parallel), so the merged plan need not validate a million again.
 */
export function solvePart(prepared: PreparedPart, options: SolveOptions): PartResult {
  const search = searchAllocation(prepared.allocation, options);
  const result = finishAllocation(prepared.part.workspace, prepared.allocation, search);
  const { state } = prepared.allocation;
  const plannedMs = new Float64Array(result.occurrences.length);
  // The chosen slot's start: a flexible session may have moved from its default.
  for (let o = 0; o < plannedMs.length; o++) plannedMs[o] = state.model.start[o] ?? 0;
  // Held while the library is closed: judged where each session was placed, not at its default slot.
  const findings = openingHoursAsPlaced(prepared.part.workspace, prepared.findings, prepared.allocation.occurrences, (o, occurrence) => {
    const planned = result.occurrences[o];
    return { slot: state.model.choices[o]?.[state.model.choice[o] ?? 0] ?? occurrence, site: planned?.site, sites: planned?.sites };
  });
  const cancelledMs = Float64Array.from(prepared.dropped, (d) => d.startMs);
  return {
    planned: schemaOrdered(PlannedOccurrences, result.occurrences, "occurrence"),
    plannedMs,
    cancelled: schemaOrdered(PlannedOccurrences, prepared.dropped.map(droppedAsCancelled), "occurrence"),
    cancelledMs,
    expansionViolations: schemaOrdered(Justifications, findings.map(findingAsViolation), "violation"),
    allocationViolations: schemaOrdered(Justifications, result.violations, "violation"),
    // Unrounded: the plan rounds the sum once, as a single solve would.
    score: { hard: result.score.hard, medium: result.score.medium, soft: result.stats.unroundedSoft },
  };
}
