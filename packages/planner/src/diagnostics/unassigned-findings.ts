import { labelOf, messageLabels, periodLabels, resourceKindLabels, rupiahLabels, weekdayLabels, type Labels, type MessageRef, type Need, type Program, type Resource, type SourceSpan, type Workspace } from "@lontar/core";
import { readBudgetRefusal, type BudgetRefusal } from "../plan/budget-reasons.js";
import { budgetNeedReader, meantToHold, type BudgetRaise } from "../plan/budget-needs.js";
import { drawOnBudgets, workspaceBooks } from "../plan/budget-draws.js";
import { candidatesOut, type CandidatesOut } from "../plan/candidates-out.js";
import { capPeriodLabel } from "../allocate/hours-caps.js";
import type { Justification, Plan, PlannedOccurrence } from "../plan/plan.js";
import { indexWorkspace, type WorkspaceIndex } from "../export/plan-view.js";
import { resourceGap, type ResourceGap } from "../export/resource-gap.js";
import { localEnd } from "../calendar/opening-gap.js";
import { unplacedReason, type UnplacedCauseKind } from "../export/unplaced-reason.js";
import { expectWorkspace } from "../plan/workspace-shape.js";
import { isSameHours, namesInWords, sameHoursGroups } from "../export/availability-words.js";

/**
 * The sessions of one program need that a plan leaves unassigned, in a form a CLI or
 * editor turns into an error at the need's source (a budget's refusal at the cost drawing from it; the program's when neither has one).
 */
export interface UnassignedDiagnostic {
  /** The program. */
  readonly programId: string;
  /** Index of the need that could not be met (in the program's `needs`), when one is named. */
  readonly needIndex?: number;
  /** Where the need (or else the program) was written, when known. */
  readonly source?: SourceSpan;
  /** The first unassigned occurrence's id. */
  readonly occurrenceId: string;
  /** How many of the program's sessions stay unassigned for this need. */
  readonly count: number;
  /** What is wrong, in English: which session, and why in the planner's words. */
  readonly message: string;
  /** The message as a template of the code table (LON5103) and its arguments, to render it in either language. */
  readonly text: MessageRef;
  /** The reason alone, e.g. `20 registrants; the largest room free then, lab_komputer, holds 12`. */
  readonly reason: string;
  /** For a room need no free room can hold: the registrants and the largest room free then (the allocator's own fields). */
  readonly room?: Justification["room"];
  /** For sessions a budget stops: the budget, and whether its amount or its cap (per period) is what stops them. */
  readonly budget?: { readonly id: string; readonly limit: "amount" | "cap" };
  /** A fix that is certain to let the need be met, when there is one (in English). */
  readonly suggestion?: string;
  /** The suggestion as a template and its arguments. */
  readonly suggestionText?: MessageRef;
}

const when = (start: string): { date: string; time: string } => ({ date: start.slice(0, 10), time: start.slice(11, 16) });

const people = (n: number): Labels => ({ en: n === 1 ? "registrant" : "registrants", id: "pendaftar" });

/** The room hint of a reason in both languages: "20 registrants; the largest room free then, lab_komputer, holds 12". */
function roomHint(room: NonNullable<Justification["room"]>): Labels {
  const { registrants, largestFree } = room;
  return largestFree === undefined
    ? messageLabels({ key: "LON5103.noRoomFree", args: { registrants, people: people(registrants) } })
    : messageLabels({ key: "LON5103.roomTooSmall", args: { registrants, people: people(registrants), room: largestFree.id, holds: largestFree.holds } });
}

const CANDIDATE_KEYS = {
  unavailable: "LON5103.candidateUnavailable",
  "no-hours": "LON5103.candidateNoHours",
  closed: "LON5103.candidateClosed",
  used: "LON5103.candidateUsed",
  booked: "LON5103.candidateBooked",
  "same-session": "LON5103.candidateSameSession",
} as const satisfies Record<NonNullable<Justification["candidates"]>[number]["why"], string>;

/**
 * A room closed by its library's hours, in both languages: the day the library is closed,
 * or its closing time against the session's end (with its date when the session ends on a
 * later day), or its opening against the start.
 */
function closedGap(resource: string, closed: ResourceGap): Labels {
  const { gap, library } = closed;
  switch (gap.kind) {
    case "closedDay":
      return messageLabels({ key: "LON5103.candidateClosedDay", args: { resource, library, weekday: weekdayLabels[gap.session.weekday] } });
    case "closesBefore":
      // A session past midnight: its end with its date, in words that fit a date.
      return gap.session.endDate === gap.session.date
        ? messageLabels({ key: "LON5103.candidateClosesAt", args: { resource, library, closes: gap.closes, end: gap.session.end } })
        : messageLabels({ key: "LON5103.candidateClosesAtLaterDay", args: { resource, library, closes: gap.closes, end: localEnd(gap.session) } });
    case "opensAfter":
      return messageLabels({ key: "LON5103.candidateOpensAt", args: { resource, library, opens: gap.opens, start: gap.session.start } });
    case "outside":
      return messageLabels({ key: "LON5103.candidateOpenOnly", args: { resource, library, hours: gap.hours.map((h) => `${h.start}–${h.end}`).join(", ") } });
  }
}

/**
 * Why each candidate is out, joined: "aula is booked by seminar (2026-01-06 09:00); lab is not available then (and 2 more candidates)".
 * `closed` tells why a room is closed for the session, when its library's hours say; `booking`
 * names the session a candidate is booked by.
 */
function candidateDetail(why: Justification, closed: (resourceId: string) => ResourceGap | undefined, booking: (occurrenceId: string) => string, resource: (resourceId: string) => Resource | undefined): Labels | undefined {
  if (why.candidates === undefined) return undefined;
  const parts = sameHoursGroups(why.candidates, resource).map((c) => {
    // Off duty then: when the people do work (`Senin–Jumat 08:00–16:00`), those who work the same hours named together.
    if (isSameHours(c)) {
      const [one, ...others] = c.resourceIds;
      if (others.length === 0) return messageLabels({ key: "LON5103.candidateUnavailableHours", args: { resource: one ?? "", hours: c.hours } });
      const resources = { en: namesInWords(c.resourceIds, "en"), id: namesInWords(c.resourceIds, "id") };
      return messageLabels({ key: "LON5103.candidatesUnavailableHours", args: { resources, hours: c.hours } });
    }
    const gap = c.why === "closed" ? closed(c.resourceId) : undefined;
    if (gap !== undefined) return closedGap(c.resourceId, gap);
    const period = capPeriodLabel(c.per ?? "week");
    if (c.sessionHours !== undefined) return messageLabels({ key: "LON5103.candidateLongerThanCap", args: { resource: c.resourceId, hours: c.weekHours ?? 0, period, session: c.sessionHours } });
    return messageLabels({ key: CANDIDATE_KEYS[c.why], args: { resource: c.resourceId, hours: c.weekHours ?? 0, period, by: booking(c.bookedBy ?? "") } });
  });
  const more = why.moreCandidates === undefined ? { en: "", id: "" } : messageLabels({ key: "LON5103.moreCandidates", args: { count: why.moreCandidates } });
  return { en: parts.map((p) => p.en).join("; ") + more.en, id: parts.map((p) => p.id).join("; ") + more.id };
}

/** The words of a need whose candidates are all out, by how they are out. */
const NO_CANDIDATE_KEYS = { taken: "LON5103.noFreeKind", unavailable: "LON5103.noAvailableKind", both: "LON5103.noFreeOrAvailableKind" } as const satisfies Record<CandidatesOut, string>;

/** A resource kind as a sentence names it in each language (`staff`, `staf`); an unknown kind as written. */
function kindWords(kind: string): Labels {
  if (!Object.hasOwn(resourceKindLabels, kind)) return { en: kind, id: kind };
  const label = (language: "en" | "id") => labelOf(resourceKindLabels, kind as keyof typeof resourceKindLabels, language).toLowerCase();
  return { en: label("en"), id: label("id") };
}

/** The text after "`<id>`: " in a justification's message (its own words, for a reason with no fields). */
const ownWords = (message: string): Labels => {
  const text = message.slice(message.indexOf(": ") + 2);
  return { en: text, id: text };
};

/** The causes where no declared resource could ever meet the need: nothing is "not free", something is missing. */
const SHORTFALLS: ReadonlySet<UnplacedCauseKind> = new Set(["noneDeclared", "noneFits", "missing"]);

/** Needs each free alone but not all at once. */
const CLASH: ReadonlySet<UnplacedCauseKind> = new Set(["needsClash"]);

/** A sentence of the outputs as a clause of a message: "No room has “ac”." → "no room has “ac”". */
const asClause = (sentence: string): string => sentence.charAt(0).toLowerCase() + sentence.slice(1).replace(/\.$/, "");

/**
 * The words the report and spreadsheets use for the same session, in both languages, when
 * its cause is one of `causes` (what no declared resource offers for a need: none of the
 * kind declared, none with the role, skill, features or size, a named resource not
 * declared; or needs that are each free but not together). Undefined for another cause.
 */
function outputWords(index: WorkspaceIndex, occurrence: PlannedOccurrence, why: Justification, causes: ReadonlySet<UnplacedCauseKind>): Labels | undefined {
  const context = { index, session: () => undefined };
  const en = unplacedReason(context, occurrence, why, "en");
  if (!causes.has(en.cause)) return undefined;
  return { en: asClause(en.reason), id: asClause(unplacedReason(context, occurrence, why, "id").reason) };
}


/** The program whose scheduled sessions draw the most from a budget, and how much. */
interface LargestDraw {
  readonly programId: string;
  readonly amount: number;
}

/**
 * What the sessions `counts` accepts draw from each budget, by budget then program (every
 * program of the workspace, in its order, from 0): where a budget's money goes.
 */
function drawsByProgram(workspace: Workspace, plan: Plan, counts: (o: PlannedOccurrence) => boolean): ReadonlyMap<string, ReadonlyMap<string, number>> {
  const drawn = new Map<string, Map<string, number>>();
  drawOnBudgets(workspaceBooks(workspace), plan.occurrences, counts, (budget, amount, _date, o) => {
    let programs = drawn.get(budget.id);
    if (programs === undefined) drawn.set(budget.id, (programs = new Map(workspace.programs.map((p) => [p.id, 0]))));
    programs.set(o.programId, (programs.get(o.programId) ?? 0) + amount);
  });
  return drawn;
}

/**
 * The program drawing the most from each budget, by the plan's scheduled sessions (ties: the
 * first in the workspace's order): where the money of a budget too small went. A Kepala Bidang
 * deciding whether to raise a budget or cut a program asks it first.
 */
function largestDraws(workspace: Workspace, plan: Plan): ReadonlyMap<string, LargestDraw> {
  const largest = new Map<string, LargestDraw>();
  for (const [budget, programs] of drawsByProgram(workspace, plan, (o) => o.status === "scheduled")) {
    let most: LargestDraw | undefined;
    for (const [programId, amount] of programs) if (amount > (most?.amount ?? 0)) most = { programId, amount };
    if (most !== undefined) largest.set(budget, most);
  }
  return largest;
}

/**
 * A budget refusal in both languages, "budget dana (Rp 500,000) would reach Rp 600,000", and
 * the fix certain to let the sessions be paid for: the budget, or its cap, raised to
 * `needed`, what every session the plan means to hold draws from it (see budgetNeeds).
 */
function budgetWords(refusal: BudgetRefusal, raise: BudgetRaise, largest: LargestDraw | undefined, alone: { readonly programId: string; readonly needs: number } | undefined): { reason: Labels; hint?: Labels; suggestion: MessageRef } {
  const needed = raise.needed;
  const { budgetId: budget, total } = refusal;
  if (refusal.kind === "amount") {
    const amount = messageLabels({ key: "LON5103.budgetAmount", args: { budget, amount: rupiahLabels(refusal.amount), total: rupiahLabels(total) } });
    const most = alone !== undefined
      ? messageLabels({ key: "LON5103.budgetAlone", args: { program: alone.programId, needs: rupiahLabels(alone.needs) } })
      : largest === undefined ? undefined : messageLabels({ key: "LON5103.budgetLargest", args: { program: largest.programId, drawn: rupiahLabels(largest.amount) } });
    return {
      reason: most === undefined ? amount : { en: `${amount.en}${most.en}`, id: `${amount.id}${most.id}` },
      suggestion: raise.cap === undefined
        ? { key: "LON5103.budgetSuggestion", args: { budget, total: rupiahLabels(needed) } }
        : { key: "LON5103.budgetAndCapSuggestion", args: { budget, total: rupiahLabels(needed), cap: rupiahLabels(raise.cap.amount), period: periodLabels[raise.cap.per] } },
    };
  }
  const period = periodLabels[refusal.per];
  return {
    reason: messageLabels({ key: "LON5103.budgetCap", args: { budget, cap: rupiahLabels(refusal.cap), period, total: rupiahLabels(total) } }),
    // The amount too, when the sessions need more than it holds: one fix, not a second error after the first.
    suggestion: raise.amount === undefined
      ? { key: "LON5103.budgetCapSuggestion", args: { budget, total: rupiahLabels(needed), period } }
      : { key: "LON5103.budgetCapAndAmountSuggestion", args: { budget, total: rupiahLabels(needed), period, amount: rupiahLabels(raise.amount) } },
  };
}

/**
 * The reason of an unassigned group in both languages, and the room hint when the need is a
 * room too small. `words` tells, when no candidate exists at all, what none of them has;
 * `closed` why a room kept by its library's hours is closed for the session.
 */
function explain(
  why: Justification | undefined,
  needKind: string | undefined,
  words: (causes: ReadonlySet<UnplacedCauseKind>) => Labels | undefined,
  closed: (resourceId: string) => ResourceGap | undefined,
  booking: (occurrenceId: string) => string,
  resource: (resourceId: string) => Resource | undefined,
): { reason: Labels; hint?: Labels; detail: Labels } {
  if (why === undefined) {
    const none = messageLabels({ key: "LON5103.noReason", args: {} });
    return { reason: none, detail: none };
  }
  if (why.why !== undefined && why.candidates === undefined && why.room === undefined) {
    // No candidate at all: say what is missing, in the reader's language (not "no free room").
    const missing = words(SHORTFALLS);
    if (missing !== undefined) return { reason: missing, detail: missing };
  }
  // The planner's own English words only where the outputs have none of their own.
  const detail = candidateDetail(why, closed, booking, resource) ?? (why.why === undefined ? (words(CLASH) ?? ownWords(why.message)) : (words(SHORTFALLS) ?? { en: why.why, id: why.why }));
  if (why.room !== undefined) {
    const hint = roomHint(why.room);
    return { reason: messageLabels({ key: "LON5103.withHint", args: { hint, detail } }), hint, detail };
  }
  // Candidates off then (not available) are not "not free": the words say which, or both.
  const out = candidatesOut(why.candidates);
  const reason = needKind === undefined ? detail : messageLabels({ key: NO_CANDIDATE_KEYS[out], args: { kind: kindWords(needKind), detail } });
  return { reason, detail };
}

/**
 * For a room need whose expected participants no room it may use can hold (the one it
 * names, else any room of the workspace) and that asks no more than them (`capacity >=`):
 * lower `participants` to the largest such room, or declare a bigger one. Undefined otherwise.
 */
function seatsSuggestion(program: Program, need: Need, workspace: Workspace): MessageRef | undefined {
  const wanted = program.expectedParticipants ?? 0;
  if (need.kind !== "room" || wanted === 0 || (need.minCapacity ?? 0) > wanted) return undefined;
  const rooms = workspace.resources.filter((r) => r.kind === "room" && (need.resource === undefined || r.id === need.resource));
  const largest = Math.max(0, ...rooms.map((r) => (r.kind === "room" ? r.capacity : 0)));
  return rooms.length === 0 || largest >= wanted ? undefined : { key: "LON5103.seatsSuggestion", args: { largest, wanted } };
}

/**
 * The unassigned occurrences of a plan, one finding per program need (the first session
 * named, the others counted), with the allocator's reason read from its fields: for a room
 * too small, "20 registrants; the largest room free then, lab_komputer, holds 12", and then
 * a suggestion. Occurrences left out by a budget (its amount or its cap) are grouped under
 * the program with their reason, rupiah written as readers of each language write them, and
 * the budget or cap to raise: to what every session the plan means to hold draws from it
 * (the same figure in every finding on that budget, so one raise settles them all). Each
 * finding carries its message as a LON5103 template and arguments.
 *
 * @example for (const f of unassignedFindings(workspace, plan)) console.log(f.message);
 * @throws TypeError when `workspace` is plainly not a validated one (raw JSON: validate it with `validateWorkspace` first).
 */
export function unassignedFindings(workspace: Workspace, plan: Plan): UnassignedDiagnostic[] {
  expectWorkspace(workspace, "unassignedFindings");
  const programs = new Map(workspace.programs.map((p) => [p.id, p]));
  let index: WorkspaceIndex | undefined;
  const needed = budgetNeedReader(() => workspaceBooks(workspace), plan.occurrences);
  let draws: ReadonlyMap<string, LargestDraw> | undefined;
  let ownNeeds: ReadonlyMap<string, ReadonlyMap<string, number>> | undefined;
  const groups = new Map<string, { first: Plan["occurrences"][number]; why: Justification | undefined; count: number; needIndex: number | undefined }>();
  for (const o of plan.occurrences) {
    if (o.status !== "unassigned") continue;
    const why = o.reasons?.find((r) => r.level === "medium") ?? o.reasons?.[0];
    const needIndex = why?.constraint === "unassigned" ? why.needIndex : undefined;
    const key = `${o.programId}#${needIndex ?? why?.constraint ?? ""}`;
    const group = groups.get(key);
    if (group === undefined) groups.set(key, { first: o, why, count: 1, needIndex });
    else group.count++;
  }
  // The session a candidate is booked by, as a reader finds it: its program and its start as planned (not its id's).
  let byId: Map<string, PlannedOccurrence> | undefined;
  const booking = (occurrenceId: string): string => {
    const session = (byId ??= new Map(plan.occurrences.map((o) => [o.id, o]))).get(occurrenceId);
    return session === undefined ? occurrenceId : `${session.programId} (${session.start.slice(0, 10)} ${session.start.slice(11, 16)})`;
  };
  return [...groups.values()].map(({ first, why, count, needIndex }) => {
    const program = programs.get(first.programId);
    const need = needIndex === undefined ? undefined : program?.needs[needIndex];
    const refusal = why === undefined ? undefined : readBudgetRefusal(why);
    // A budget's refusal is told at the cost that draws from it (`biaya … dari apbdes`).
    const cost = refusal === undefined ? undefined : program?.costs.find((c) => c.budget === refusal.budgetId);
    const source = need?.source ?? cost?.source ?? program?.source;
    // The program the budget's money went to most, when it is another: a session left unpaid is often that one's doing.
    const most = refusal === undefined ? undefined : (draws ??= largestDraws(workspace, plan)).get(refusal.budgetId);
    const other = most?.programId === first.programId ? undefined : most;
    // Another program named as the cause, when this one alone needs more than the budget holds, would send a planner to cut the wrong one.
    // What the sessions the plan means to hold (see meantToHold) of this program draw from the budget: more than it holds, and no other program is to blame.
    const own = refusal?.kind === "amount" && other !== undefined ? (ownNeeds ??= drawsByProgram(workspace, plan, meantToHold)).get(refusal.budgetId)?.get(first.programId) : undefined;
    const alone = refusal?.kind === "amount" && own !== undefined && own > refusal.amount ? { programId: first.programId, needs: own } : undefined;
    const budget = refusal === undefined ? undefined : budgetWords(refusal, needed(refusal), other, alone);
    const closed = (resourceId: string): ResourceGap | undefined => resourceGap((index ??= indexWorkspace(workspace)), resourceId, first);
    const { reason, hint } = budget ?? explain(why, need?.kind, (causes) => (why === undefined ? undefined : outputWords((index ??= indexWorkspace(workspace)), first, why, causes)), closed, booking, (id) => (index ??= indexWorkspace(workspace)).resources.get(id));
    const others = count === 1 ? "" : count === 2 ? messageLabels({ key: "LON5103.oneMoreSession", args: {} }) : messageLabels({ key: "LON5103.moreSessions", args: { count: count - 1 } });
    const text: MessageRef = { key: "LON5103.unassigned", args: { program: first.programId, ...when(first.start), others, reason } };
    const room = why?.room?.largestFree;
    const suggestionText: MessageRef | undefined =
      budget !== undefined
        ? budget.suggestion
        : room === undefined || why?.room === undefined || need === undefined || need.features.length > 0 || need.resource !== undefined
          ? undefined
          : { key: "LON5103.roomSuggestion", args: { fits: room.holds, room: room.id, registrants: why.room.registrants } };
    const suggestion = suggestionText ?? (program === undefined || need === undefined ? undefined : seatsSuggestion(program, need, workspace));
    return {
      programId: first.programId,
      ...(needIndex === undefined ? {} : { needIndex }),
      ...(source === undefined ? {} : { source }),
      occurrenceId: first.id,
      count,
      message: messageLabels(text).en,
      text,
      reason: (hint ?? reason).en,
      ...(why?.room === undefined ? {} : { room: why.room }),
      ...(refusal === undefined ? {} : { budget: { id: refusal.budgetId, limit: refusal.kind } }),
      ...(suggestion === undefined ? {} : { suggestion: messageLabels(suggestion).en, suggestionText: suggestion }),
    };
  });
}
