import { formatNumber, type Language, type Need, type Program, type Resource, labelOf, periodLabels, resourceKindLabels } from "@lontar/core";
import { booksCarried } from "../allocate/candidates.js";
import { capPeriodLabel } from "../allocate/hours-caps.js";
import { BUDGET_CAP, readBudgetRefusal, type BudgetRefusal } from "../plan/budget-reasons.js";
import type { BudgetRaise } from "../plan/budget-needs.js";
import { candidatesOut, type CandidatesOut } from "../plan/candidates-out.js";
import type { Justification, PlannedOccurrence } from "../plan/plan.js";
import { openingGapText } from "./opening-gap-text.js";
import { nameOf, type WorkspaceIndex } from "./plan-view.js";
import { reasonWord, type ReasonWord } from "./reason-words.js";
import { resourceGap } from "./resource-gap.js";
import { money } from "./words.js";
import { isSameHours, namesInWords, sameHoursGroups } from "./availability-words.js";

/** The causes the planner records for a session it could not place, as the outputs tell them apart. */
export type UnplacedCauseKind = "roomTooSmall" | "noRoomFree" | "busy" | "noneDeclared" | "noneFits" | "missing" | "needsClash" | "budget" | "other";

/** Why one session could not be placed, in the reader's words. */
export interface UnplacedReason {
  /** The cause. */
  readonly cause: UnplacedCauseKind;
  /** What sessions of the same cause are grouped by: the cause, and the resource kind where it matters. */
  readonly group: string;
  /** The group's heading, e.g. "No vehicle is free". */
  readonly title: string;
  /** The reason, with names (never ids), e.g. "Pusling 1 is booked for Dongeng (2025-01-11 09:00)". */
  readonly reason: string;
  /** A fix certain to let the session be placed, when there is one. */
  readonly fix?: string;
}

/** What a reason reads besides the justification: the workspace by id and, for "booked for", other sessions by id. */
export interface ReasonContext {
  /** The workspace by id. */
  readonly index: WorkspaceIndex;
  /** A session by its occurrence id, when the plan has it (for "booked for …"). */
  readonly session: (occurrenceId: string) => PlannedOccurrence | undefined;
  /**
   * The figure a budget's fix raises it (or its cap) to: what every session the plan means
   * to hold draws from it (see budgetNeeds), and the budget's amount too when a cap's raise
   * would not do alone; without it, the refused session's own total.
   */
  readonly budgetNeed?: (refusal: BudgetRefusal) => BudgetRaise;
}

const CANDIDATE_WORDS = {
  unavailable: "candidateUnavailable",
  "no-hours": "candidateNoHours",
  closed: "candidateClosed",
  used: "candidateUsed",
  booked: "candidateBooked",
  "same-session": "candidateSameSession",
} as const satisfies Record<NonNullable<Justification["candidates"]>[number]["why"], ReasonWord>;

/** The sentence of a need whose candidates are all out, by how they are out. */
const BUSY_WORDS = { taken: "busy", unavailable: "unavailable", both: "busyOrUnavailable" } as const satisfies Record<CandidatesOut, ReasonWord>;

const kindWord = (kind: string, language: Language): string =>
  kind in resourceKindLabels ? labelOf(resourceKindLabels, kind as keyof typeof resourceKindLabels, language).toLowerCase() : kind;

/** A session by program title and local start: "Dongeng (2025-01-11 09:00)". */
function sessionText(context: ReasonContext, occurrenceId: string): string | undefined {
  const session = context.session(occurrenceId);
  if (session === undefined) return undefined;
  return `${nameOf(context.index, session.programId)} (${session.start.slice(0, 10)} ${session.start.slice(11, 16)})`;
}

/**
 * Why a session could not be placed, from the allocator's justification (`unassigned` or
 * `budget-cap`) and the workspace: a room too small (with the certain fix), no room free,
 * every fitting resource taken or not available then (each by name and why; the sentence
 * says which, or both), none of a kind declared, none that
 * meets the need (the role, skill, features or size no resource has), a resource named
 * but not declared, needs not free together, a budget or its cap run out (with the
 * certain fix), or else the planner's own words. Names, never ids.
 *
 * @example unplacedReason(context, occurrence, why, "id").title // "Tidak ada kendaraan yang tersedia"
 */
export function unplacedReason(context: ReasonContext, occurrence: PlannedOccurrence, why: Justification | undefined, language: Language): UnplacedReason {
  const w = (key: ReasonWord, values: Readonly<Record<string, string | number>> = {}): string => reasonWord(key, language, values);
  const made = (cause: UnplacedCauseKind, title: string, reason: string, fix?: string, kind?: string): UnplacedReason => ({
    cause,
    group: kind === undefined ? cause : `${cause}:${kind}`,
    title,
    reason,
    ...(fix === undefined ? {} : { fix }),
  });
  if (why === undefined) return made("other", w("titleOther"), w("noReason"));
  if (why.constraint === BUDGET_CAP) return budgetReason(context, why, language) ?? made("budget", w("titleBudget"), ownWords(why.message));
  const program = context.index.programs.get(why.programId ?? occurrence.programId);
  const need = why.needIndex === undefined ? undefined : program?.needs[why.needIndex];
  const kind = why.needKind ?? need?.kind;
  if (why.room !== undefined) {
    const registrants = why.room.registrants;
    const free = why.room.largestFree;
    if (free === undefined) return made("noRoomFree", w("titleNoRoomFree"), w("noRoomFree", { registrants }));
    const values = { registrants, room: nameOf(context.index, free.id), capacity: free.holds };
    const certain = need !== undefined && need.features.length === 0 && need.resource === undefined;
    return made("roomTooSmall", w("titleRoomTooSmall"), w("roomTooSmall", values), certain ? w("roomFix", values) : undefined);
  }
  if (kind === undefined) {
    // No need named: every slot could be filled alone, not all at once.
    return why.constraint === "unassigned" && why.needIndex === undefined && why.why === undefined && why.candidates === undefined ? made("needsClash", w("titleNeedsClash"), w("needsClash")) : made("other", w("titleOther"), ownWords(why.message));
  }
  const kindText = kindWord(kind, language);
  if (why.candidates !== undefined && why.candidates.length > 0) {
    const details = sameHoursGroups(why.candidates, (id) => context.index.resources.get(id)).map((c) => {
      // Off duty then: when the people do work, so the fix (another day, other hours) needs no look at the file; those who work the same hours named together.
      if (isSameHours(c)) {
        const names = c.resourceIds.map((id) => nameOf(context.index, id));
        return names.length === 1 ? w("candidateUnavailableHours", { name: names[0] ?? "", hours: c.hours[language] }) : w("candidatesUnavailableHours", { names: namesInWords(names, language), hours: c.hours[language] });
      }
      const name = nameOf(context.index, c.resourceId);
      // A room kept by its library's hours: the day it is closed, or the closing time against the session's end.
      const closed = c.why === "closed" ? resourceGap(context.index, c.resourceId, occurrence) : undefined;
      if (closed !== undefined) return w("candidateClosedGap", { name, gap: openingGapText(closed.gap, closed.library, language) });
      const period = capPeriodLabel(c.per ?? "week")[language];
      if (c.sessionHours !== undefined) return w("candidateLongerThanCap", { name, hours: formatNumber(c.weekHours ?? 0, language), period, session: formatNumber(c.sessionHours, language) });
      if (c.why !== "booked") return w(CANDIDATE_WORDS[c.why], { name, hours: formatNumber(c.weekHours ?? 0, language), period });
      const session = c.bookedBy === undefined ? undefined : sessionText(context, c.bookedBy);
      return session === undefined ? w("candidateBookedUnknown", { name }) : w("candidateBooked", { name, session });
    });
    const more = why.moreCandidates === undefined ? "" : w("moreCandidates", { count: why.moreCandidates });
    // Off duty (or in a closed library) is not taken: the sentence says which, or both.
    const sentence = BUSY_WORDS[candidatesOut(why.candidates)];
    return made("busy", w("titleBusy", { kind: kindText }), w(sentence, { kind: kindText, details: details.join("; ") + more }), undefined, kind);
  }
  if (need !== undefined && program !== undefined) {
    if (need.resource !== undefined && !context.index.resources.has(need.resource)) return made("missing", w("titleMissing"), w("missing", { resource: need.resource }));
    const ofKind = need.resource !== undefined ? [context.index.resources.get(need.resource)].filter((r): r is Resource => r !== undefined) : [...context.index.resources.values()].filter((r) => r.kind === need.kind);
    if (ofKind.length === 0) return made("noneDeclared", w("titleNoneDeclared", { kind: kindText }), w("noneDeclared", { kind: kindText }), undefined, kind);
    const books = need.kind === "vehicle" ? booksCarried(program, context.index.resources) : 0;
    return made("noneFits", w("titleNoneFits", { kind: kindText }), shortfall(ofKind, need, program, kindText, language, books), undefined, kind);
  }
  return made("other", w("titleOther"), ownWords(why.message));
}

/** The planner's words after "<occurrence id>: " or "<occurrence id> unassigned: ". */
function ownWords(message: string): string {
  const at = message.indexOf(": ");
  return at < 0 ? message : message.slice(at + 2);
}

/**
 * A budget refusal (plan/budget-reasons.ts) with the budget's name and rupiah as readers of
 * `language` write them, and the certain fix: the budget (or its cap) raised to what every
 * session the plan means to hold needs from it (`context.budgetNeed`).
 */
function budgetReason(context: ReasonContext, why: Justification, language: Language): UnplacedReason | undefined {
  const w = (key: ReasonWord, values: Readonly<Record<string, string | number>>): string => reasonWord(key, language, values);
  const refusal = readBudgetRefusal(why);
  if (refusal === undefined) return undefined;
  const budget = nameOf(context.index, refusal.budgetId);
  const total = money(refusal.total, language);
  // The fix names what the budget must hold for every session, not only this one.
  const raise = context.budgetNeed?.(refusal);
  const needed = money(raise?.needed ?? refusal.total, language);
  if (refusal.kind === "amount") {
    const values = { budget, amount: money(refusal.amount, language), total };
    const cap = raise?.cap;
    const fix = cap === undefined ? w("budgetAmountFix", { ...values, total: needed }) : w("budgetAmountAndCapFix", { ...values, total: needed, cap: money(cap.amount, language), period: labelOf(periodLabels, cap.per, language) });
    return { cause: "budget", group: "budget", title: w("titleBudget", {}), reason: w("budgetAmount", values), fix };
  }
  const values = { budget, cap: money(refusal.cap, language), period: labelOf(periodLabels, refusal.per, language), total };
  const fix = raise?.amount === undefined ? w("budgetCapFix", { ...values, total: needed }) : w("budgetCapAndAmountFix", { ...values, total: needed, amount: money(raise.amount, language) });
  return { cause: "budget", group: "budget", title: w("titleBudget", {}), reason: w("budgetCap", values), fix };
}

/**
 * What no resource of the kind has, in the order the planner checks a need: the role,
 * the skill, the features, then the size (people, books, packages, units), each among
 * the resources that passed the checks before it. A vehicle holds the `books` the program's
 * collections hold too (see booksCarried).
 */
function shortfall(resources: readonly Resource[], need: Need, program: Program, kind: string, language: Language, books: number): string {
  const w = (key: ReasonWord, values: Readonly<Record<string, string | number>>): string => reasonWord(key, language, values);
  let left = resources;
  if (need.role !== undefined) {
    const role = need.role;
    left = left.filter((r) => (r.kind === "staff" || r.kind === "volunteer") && r.roles.includes(role));
    if (left.length === 0) return w("lacksRole", { kind, role });
  }
  if (need.skill !== undefined) {
    const skill = need.skill;
    left = left.filter((r) => (r.kind === "staff" || r.kind === "volunteer") && r.skills.includes(skill));
    if (left.length === 0) return w("lacksSkill", { kind, skill });
  }
  if (need.features.length > 0) {
    left = left.filter((r) => (r.kind === "room" || r.kind === "equipment") && need.features.every((f) => r.features.includes(f)));
    if (left.length === 0) return w("lacksFeatures", { kind, features: need.features.map((f) => `“${f}”`).join(", ") });
  }
  const largest = (size: (r: Resource) => number): number => left.reduce((m, r) => Math.max(m, size(r)), 0);
  // Counts as the reader writes them (`6.000 buku`, `6,000 books`: a walk of stop 59 read "6000").
  const counts = (wanted: number, most: number): Record<string, string> => ({ wanted: formatNumber(wanted, language), largest: formatNumber(most, language) });
  if (need.kind === "room") {
    const wanted = Math.max(need.minCapacity ?? 0, program.expectedParticipants ?? 0);
    const most = largest((r) => (r.kind === "room" ? r.capacity : 0));
    if (most < wanted) return w("tooFewSeats", counts(wanted, most));
  }
  if (need.kind === "vehicle") {
    const wanted = Math.max(need.minCapacity ?? 0, books);
    const most = largest((r) => (r.kind === "vehicle" ? r.capacityBooks : 0));
    if (most < wanted) return w("tooFewBooks", counts(wanted, most));
  }
  if (need.kind === "collection") {
    const most = largest((r) => (r.kind === "collection" ? r.packages : 0));
    if (most < need.quantity) return w("tooFewPackages", counts(need.quantity, most));
  }
  if (need.kind === "equipment") {
    const most = largest((r) => (r.kind === "equipment" ? r.quantity : 0));
    if (most < need.quantity) return w("tooFewUnits", counts(need.quantity, most));
  }
  return w("noneFits", { kind });
}
