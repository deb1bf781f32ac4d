import { type Language, type Program, type RegionPath, labelOf, programCategoryLabels, resourceKindLabels, stageLabels } from "@lontar/core";
import type { Justification, PlannedOccurrence } from "../plan/plan.js";
import { locationOf, nameOf, offRoute, sortedOccurrences, type WorkspaceIndex } from "./plan-view.js";
import { reportWord } from "./html/report-words.js";
import { reasonWord } from "./reason-words.js";
import { unplacedReason, type ReasonContext } from "./unplaced-reason.js";
import { droppedDetail, stoppedByStage, UNNAMED_CLOSURE } from "../plan/cancel-reasons.js";
import { holidaysEstimated } from "../expand/closures.js";
import { precedenceReason } from "./precedence-reason.js";
import { ruleWarningText } from "./violation-text.js";
import { NOT_PLACED_CONSTRAINTS } from "../plan/budget-reasons.js";
import { budgetNeedReader } from "../plan/budget-needs.js";
import { budgetBooks } from "../plan/budget-draws.js";
import { firstCharged, sessionCostOf } from "../plan/program-charges.js";

/** One assigned resource, by name, with its kind's label. */
export interface AssignedResource {
  /** The resource's id. */
  readonly id: string;
  /** Its name (the id when it has none). */
  readonly name: string;
  /** Its kind (`staff`, `vehicle`…), as core names kinds. */
  readonly kind: string;
  /** The kind's label in the reader's language. */
  readonly kindLabel: string;
}

/** What a reader wants to know about an occurrence, by name, in one language. */
export interface OccurrenceFacts {
  /** The program's title. */
  readonly title: string;
  /** The category's label, when the program is known. */
  readonly category: string | undefined;
  /** The organising library's name. */
  readonly library: string;
  /** Where it takes place: site, room or library, by name. */
  readonly place: string;
  /** The place's address when declared (a partner's contact address), else its region (village, district, regency, province). */
  readonly address: string | undefined;
  /** The resources assigned, in the plan's order. */
  readonly resources: readonly AssignedResource[];
  /** The program's partners, by name. */
  readonly partners: readonly string[];
  /** The participants the program expects, when declared. */
  readonly participants: number | undefined;
  /**
   * The cost of the session in whole rupiah: per-session costs plus per-participant costs
   * times the expected participants, and on the program's first scheduled session its
   * once-per-program costs too (where the budgets charge them), so the scheduled sessions'
   * costs add up to what the budgets plan for them. Undefined for a cancelled session: it
   * is not held, so it costs nothing and no budget pays for it.
   */
  readonly cost: number | undefined;
  /** What each session of the program costs, in whole rupiah: `cost` without the once-per-program costs. */
  readonly costPerSession: number;
  /** Why it is not scheduled (in the reader's words and language, with a suggested fix where one is certain) or other notes, without occurrence ids. */
  readonly reasons: readonly string[];
}

const regionText = (region: RegionPath | undefined): string | undefined => {
  if (region === undefined) return undefined;
  const parts = [region.village, region.district, region.regency, region.province].filter((p): p is string => p !== undefined);
  return parts.length === 0 ? undefined : parts.join(", ");
};

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** What may stand before an occurrence's id that heads a message: nothing, or one word (`unassigned dongeng@…: …`). */
const HEAD = /^\s*(?:\S+\s+)?$/;

/**
 * A justification's message for people: the occurrence's id where it heads the message
 * (`dongeng@2019-02-12T09:00: …`, `unassigned dongeng@2019-02-12T09:00: …`) is dropped with
 * the word before it, and the resource it concerns appears by name. An id inside the
 * sentence (`aula is booked by both a@… and b@…`) is part of it and stays, so that the
 * reason reads whole.
 */
export function readableReason(index: WorkspaceIndex, occurrence: PlannedOccurrence, reason: Justification): string {
  let text = reason.message;
  const at = text.indexOf(occurrence.id);
  if (at >= 0 && HEAD.test(text.slice(0, at))) text = text.slice(at + occurrence.id.length).replace(/^\s*[:—-]\s*/, "").trim();
  if (reason.resourceId !== undefined) {
    const name = nameOf(index, reason.resourceId);
    if (name !== reason.resourceId) text = text.replace(new RegExp(`(?<![\\w@])${escapeRegExp(reason.resourceId)}(?![\\w@])`, "g"), name);
  }
  return text.length === 0 ? reason.message : text;
}

/** What stays the same for every occurrence of a program. */
interface ProgramFacts {
  readonly title: string;
  readonly category: string | undefined;
  readonly partners: readonly string[];
  readonly participants: number | undefined;
  /** Per-session and per-participant costs: what each session costs. */
  readonly cost: number;
  /** Once-per-program costs: what the first scheduled session costs besides. */
  readonly once: number;
}

function programFacts(index: WorkspaceIndex, program: Program | undefined, programId: string, language: Language): ProgramFacts {
  if (program === undefined) return { title: programId, category: undefined, partners: [], participants: undefined, cost: 0, once: 0 };
  let cost = 0;
  let once = 0;
  for (const c of program.costs) {
    if (c.per === "program") once += c.amount;
    else cost += sessionCostOf(c, program, false);
  }
  return {
    title: program.title,
    category: labelOf(programCategoryLabels, program.category, language),
    partners: program.partners.map((p) => nameOf(index, p)),
    participants: program.expectedParticipants,
    cost,
    once,
  };
}

/**
 * A reader of occurrences' facts in one language. What is the same for a program's
 * occurrences (title, partners, cost…), a place's name and address and a resource's
 * name are worked out once: a province has a million occurrences and few of each.
 * Occurrences without reasons that share program, library, place and resources (in the
 * same order) get the very same facts object, so an exporter may remember what it made
 * of one by identity; their number is at most the plan's. `sessions` (the plan's
 * occurrences) names the session a resource is booked for in the reason a session was
 * not placed (they are indexed only when such a reason is read), and the first scheduled
 * session of each program, which carries its once-per-program costs.
 *
 * @example factsReader(indexWorkspace(workspace), "id")(occurrence).place // "Aula Utama"
 */
export function factsReader(index: WorkspaceIndex, language: Language, sessions: readonly PlannedOccurrence[] = []): (occurrence: PlannedOccurrence) => OccurrenceFacts {
  const reasons = reasonsReader(index, language, sessions);
  const programs = new Map<string, ProgramFacts>();
  let carriers: Map<string, string> | undefined;
  // The session that carries a program's once-per-program costs, as the budgets charge them.
  const carries = (occurrence: PlannedOccurrence): boolean => (carriers ??= firstCharged([...index.programs.values()], sessions)).get(occurrence.programId) === occurrence.id;
  // A program none of whose sessions is scheduled: its first session not yet placed shows the once-per-program costs it would carry.
  let pending: Map<string, string> | undefined;
  const wouldCarry = (occurrence: PlannedOccurrence): boolean =>
    !(carriers ??= firstCharged([...index.programs.values()], sessions)).has(occurrence.programId) && (pending ??= firstCharged([...index.programs.values()], sessions, "unassigned")).get(occurrence.programId) === occurrence.id;
  // Nested maps rather than joined keys: no string is built per occurrence.
  const places = new Map<string | undefined, Map<string | undefined, Map<string, Place>>>();
  const resources = new Map<string, Map<string, AssignedResource>>();
  const libraries = new Map<string, string>();
  // The facts without reasons already made, by program, place and then resource after resource.
  const shared = new Map<ProgramFacts, Map<Place, FactsNode>>();
  const kindLabel = (kind: string): string => (kind in resourceKindLabels ? labelOf(resourceKindLabels, kind as keyof typeof resourceKindLabels, language) : kind);
  const placeOf = (occurrence: PlannedOccurrence): Place => {
    // The place depends on the site, or without one on the room assigned and the library.
    // Several sites are one place: their ids joined (an id holds no comma).
    // A cancelled session of a rotating route has no stop and is no place of its library's: a key of its own.
    const route = occurrence.site === undefined && occurrence.sites === undefined && offRoute(index, occurrence);
    const siteKey = occurrence.site ?? occurrence.sites?.join(",") ?? (route ? "\u0000route" : undefined);
    const room = siteKey === undefined ? occurrence.assignments.find((a) => index.resources.get(a.resourceId)?.kind === "room")?.resourceId : undefined;
    let byRoom = places.get(siteKey);
    if (byRoom === undefined) places.set(siteKey, (byRoom = new Map()));
    let byLibrary = byRoom.get(room);
    if (byLibrary === undefined) byRoom.set(room, (byLibrary = new Map()));
    let place = byLibrary.get(occurrence.libraryId);
    if (place === undefined) {
      // The address of a single site (or of the library); several sites have each their own, told by their names.
      const single = occurrence.sites === undefined ? occurrence.site : undefined;
      const site = single === undefined ? undefined : index.partners.get(single);
      const atLibrary = occurrence.sites === undefined && !route ? index.libraries.get(occurrence.site ?? occurrence.libraryId) : undefined;
      place = { place: locationOf(index, occurrence), address: site?.contact?.address ?? regionText(site?.region) ?? regionText(atLibrary?.region) };
      byLibrary.set(occurrence.libraryId, place);
    }
    return place;
  };
  const resourceOf = (id: string, kind: string): AssignedResource => {
    let byKind = resources.get(id);
    if (byKind === undefined) resources.set(id, (byKind = new Map()));
    let resource = byKind.get(kind);
    if (resource === undefined) byKind.set(kind, (resource = { id, name: nameOf(index, id), kind, kindLabel: kindLabel(kind) }));
    return resource;
  };
  const programOf = (programId: string): ProgramFacts => {
    let program = programs.get(programId);
    if (program === undefined) programs.set(programId, (program = programFacts(index, index.programs.get(programId), programId, language)));
    return program;
  };
  const libraryOf = (libraryId: string): string => {
    let library = libraries.get(libraryId);
    if (library === undefined) libraries.set(libraryId, (library = nameOf(index, libraryId)));
    return library;
  };
  const make = (occurrence: PlannedOccurrence, program: ProgramFacts, place: Place, assigned: readonly AssignedResource[], why: readonly string[], cost: number | undefined): OccurrenceFacts => ({
    title: program.title,
    category: program.category,
    library: libraryOf(occurrence.libraryId),
    place: place.place,
    address: place.address,
    resources: assigned,
    partners: program.partners,
    participants: program.participants,
    cost,
    costPerSession: program.cost,
    reasons: why,
  });
  return (occurrence) => {
    const program = programOf(occurrence.programId);
    const place = placeOf(occurrence);
    // The session carrying the once-per-program costs is one a program: its facts are its own, not shared.
    const carrier = program.once > 0 && ((occurrence.status === "scheduled" && carries(occurrence)) || (occurrence.status === "unassigned" && wouldCarry(occurrence)));
    const cancelled = occurrence.status === "cancelled";
    // A cancelled session's facts are its own too: it has no cost, where a held one of the same program has.
    if (carrier || cancelled || (occurrence.reasons !== undefined && occurrence.reasons.length > 0)) {
      const cost = cancelled ? undefined : carrier ? program.cost + program.once : program.cost;
      return make(occurrence, program, place, occurrence.assignments.map((a) => resourceOf(a.resourceId, a.kind)), reasons(occurrence), cost);
    }
    let byPlace = shared.get(program);
    if (byPlace === undefined) shared.set(program, (byPlace = new Map()));
    let node = byPlace.get(place);
    if (node === undefined) byPlace.set(place, (node = { next: new Map() }));
    for (const a of occurrence.assignments) {
      const resource = resourceOf(a.resourceId, a.kind);
      let next = node.next.get(resource);
      if (next === undefined) node.next.set(resource, (next = { next: new Map() }));
      node = next;
    }
    node.facts ??= make(occurrence, program, place, occurrence.assignments.map((a) => resourceOf(a.resourceId, a.kind)), NO_REASONS, program.cost);
    return node.facts;
  };
}

/** A plan's occurrences in time order (see sortedOccurrences) with the facts of each, at the same position. */
export interface PlanRows {
  /** The occurrences, all statuses, in time order. */
  readonly occurrences: readonly PlannedOccurrence[];
  /** The facts of each occurrence ({@link factsReader}'s, so shared where they can be). */
  readonly facts: readonly OccurrenceFacts[];
}

/**
 * The plan's occurrences in time order with their facts in `language`, worked out once
 * for the exporters that walk them all (the calendars and occurrences.csv of a province
 * read a million each).
 */
export function planRows(occurrences: readonly PlannedOccurrence[], index: WorkspaceIndex, language: Language): PlanRows {
  const sorted = sortedOccurrences(occurrences);
  const facts = factsReader(index, language, occurrences);
  return { occurrences: sorted, facts: sorted.map((o) => facts(o)) };
}

/** A step in {@link factsReader}'s shared facts: the facts of the resources so far, and the steps to one more. */
interface FactsNode {
  facts?: OccurrenceFacts;
  readonly next: Map<AssignedResource, FactsNode>;
}

const NO_REASONS: readonly string[] = [];


/**
 * The reasons of an occurrence for people: why a session was not placed in the reader's
 * words (and the fix where one is certain, after "Suggested fix:"), why it is cancelled,
 * which order between programs it breaks (see precedenceReason), other notes as
 * {@link readableReason} gives them.
 */
export function reasonsReader(index: WorkspaceIndex, language: Language, sessions: readonly PlannedOccurrence[]): (occurrence: PlannedOccurrence) => string[] {
  let byId: Map<string, PlannedOccurrence> | undefined;
  const context: ReasonContext = {
    index,
    session: (id) => {
      byId ??= new Map(sessions.map((o) => [o.id, o]));
      return byId.get(id);
    },
    budgetNeed: budgetNeedReader(() => budgetBooks(index.programs.values(), index.resources.values(), index.shares), sessions),
  };
  return (occurrence) =>
    (occurrence.reasons ?? []).map((r) => {
      const precedence = precedenceReason(index, r, language);
      if (precedence !== undefined) return precedence;
      if (occurrence.status === "cancelled") return cancelledReason(index, occurrence, r, language) ?? readableReason(index, occurrence, r);
      if (occurrence.status !== "unassigned" || !NOT_PLACED_CONSTRAINTS.has(r.constraint)) return ruleWarningText(r, language) ?? readableReason(index, occurrence, r);
      const told = unplacedReason(context, occurrence, r, language);
      return told.fix === undefined ? told.reason : `${told.reason} ${reportWord("fix", language)}: ${told.fix}`;
    });
}

/**
 * A session cancelled by a public holiday, in `language`, with the holiday's name; a
 * holiday of a year whose decree is not in Lontar's data says it is an estimate.
 */
function holidayReason(index: WorkspaceIndex, occurrence: PlannedOccurrence, name: string, language: Language): string {
  const library = index.libraries.get(occurrence.libraryId);
  const date = occurrence.start.slice(0, 10);
  if (library === undefined || !holidaysEstimated(library, date)) return reasonWord("cancelledHoliday", language, { name });
  return reasonWord("cancelledHolidayEstimated", language, { name, year: date.slice(0, 4) });
}

/**
 * Why a session is cancelled, in `language`, from the workspace rather than the planner's
 * English words: the holiday or closure it falls on (by its name; a holiday that is an estimate says so), its schedule's exception,
 * the TPBIS stage its program needs and its library's, the program's gate condition, or the
 * rule that stops it (with the rule's own message); undefined for another cause.
 */
function cancelledReason(index: WorkspaceIndex, occurrence: PlannedOccurrence, reason: Justification, language: Language): string | undefined {
  const detail = droppedDetail(reason);
  // Closed at another declared library it was to be held at (expand/site-closures.ts records which): that library is named.
  const site = reason.libraryId;
  if (detail !== undefined && site !== undefined && (reason.constraint === "closure" || reason.constraint === "public-holiday")) {
    const library = nameOf(index, site);
    if (reason.constraint === "public-holiday") return reasonWord("cancelledSiteHoliday", language, { library, name: detail });
    return detail === UNNAMED_CLOSURE ? reasonWord("cancelledSiteClosed", language, { library }) : reasonWord("cancelledSiteClosure", language, { library, name: detail });
  }
  if (detail !== undefined && reason.constraint === "public-holiday") return holidayReason(index, occurrence, detail, language);
  if (detail !== undefined && reason.constraint === "closure") return detail === UNNAMED_CLOSURE ? reasonWord("cancelledClosed", language) : reasonWord("cancelledClosure", language, { name: detail });
  if (reason.constraint === "exception") return reasonWord("cancelledException", language);
  if (reason.constraint === "forbidden-by-rule" || reason.constraint === "required-by-rule") {
    const prefix = `cancelled by rule ${reason.ruleId ?? ""}: `;
    const at = reason.message.indexOf(prefix);
    return at < 0 ? undefined : reasonWord("cancelledRule", language, { rule: reason.ruleId ?? "", message: reason.message.slice(at + prefix.length) });
  }
  if (reason.constraint !== "stage-gate") return undefined;
  const gate = index.programs.get(occurrence.programId)?.gate;
  const library = index.libraries.get(occurrence.libraryId);
  const name = nameOf(index, occurrence.libraryId);
  // The planner's stage-gate words (allocate/static-checks.ts) say which part of the gate stopped it.
  if (gate?.minStage !== undefined && stoppedByStage(reason)) {
    const stage = stageLabels(index.stageModel, gate.minStage)[language];
    // A library with no stage "declares none" (a walk read "berada pada tahap (belum ditetapkan)").
    if (library?.stage === undefined) return reasonWord("cancelledNoStage", language, { stage, library: name });
    return reasonWord("cancelledStage", language, { stage, library: name, current: stageLabels(index.stageModel, library.stage)[language] });
  }
  return reasonWord("cancelledGate", language, { library: name });
}

/** A place's name and address. */
interface Place {
  readonly place: string;
  readonly address: string | undefined;
}
