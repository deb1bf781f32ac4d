import { type Language, type Program, type RegionPath, labelOf, programCategoryLabels, resourceKindLabels } from "@lontar/core";
import type { Justification, PlannedOccurrence } from "../plan/plan.js";
import { locationOf, nameOf, type WorkspaceIndex } from "./plan-view.js";
import { reportWord } from "./html/report-words.js";
import { unplacedReason, type ReasonContext } from "./unplaced-reason.js";

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
  /** The cost of one session in whole rupiah: per-session costs plus per-participant costs times the expected participants (once-per-program costs are left out). */
  readonly cost: number;
  /** Why it is not scheduled (in the reader's words and language, with a suggested fix where one is certain) or other notes, without occurrence ids. */
  readonly reasons: readonly string[];
}

const regionText = (region: RegionPath | undefined): string | undefined => {
  if (region === undefined) return undefined;
  const parts = [region.village, region.district, region.regency, region.province].filter((p): p is string => p !== undefined);
  return parts.length === 0 ? undefined : parts.join(", ");
};

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * A justification's message for people: the occurrence's id and the word before it
 * (`unassigned dongeng@2019-02-12T09:00: …`) are dropped, and the resource it concerns
 * appears by name.
 */
export function readableReason(index: WorkspaceIndex, occurrence: PlannedOccurrence, reason: Justification): string {
  let text = reason.message;
  const at = text.indexOf(occurrence.id);
  if (at >= 0) text = (text.slice(0, at).replace(/\S*\s*$/, "") + text.slice(at + occurrence.id.length).replace(/^\s*[:—-]\s*/, "")).trim();
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
  readonly cost: number;
}

function programFacts(index: WorkspaceIndex, program: Program | undefined, programId: string, language: Language): ProgramFacts {
  if (program === undefined) return { title: programId, category: undefined, partners: [], participants: undefined, cost: 0 };
  let cost = 0;
  for (const c of program.costs) cost += c.per === "session" ? c.amount : c.per === "participant" ? c.amount * (program.expectedParticipants ?? 0) : 0;
  return {
    title: program.title,
    category: labelOf(programCategoryLabels, program.category, language),
    partners: program.partners.map((p) => nameOf(index, p)),
    participants: program.expectedParticipants,
    cost,
  };
}

/**
 * A reader of occurrences' facts in one language. What is the same for a program's
 * occurrences (title, partners, cost…), a place's name and address and a resource's
 * name are worked out once: a province has a million occurrences and few of each.
 * `sessions` (the plan's occurrences) names the session a resource is booked for in the
 * reason a session was not placed; they are indexed only when such a reason is read.
 *
 * @example factsReader(indexWorkspace(workspace), "id")(occurrence).place // "Aula Utama"
 */
export function factsReader(index: WorkspaceIndex, language: Language, sessions: readonly PlannedOccurrence[] = []): (occurrence: PlannedOccurrence) => OccurrenceFacts {
  const reasons = reasonsReader(index, language, sessions);
  const programs = new Map<string, ProgramFacts>();
  // Nested maps rather than joined keys: no string is built per occurrence.
  const places = new Map<string | undefined, Map<string | undefined, Map<string, Place>>>();
  const resources = new Map<string, Map<string, AssignedResource>>();
  const libraries = new Map<string, string>();
  const kindLabel = (kind: string): string => (kind in resourceKindLabels ? labelOf(resourceKindLabels, kind as keyof typeof resourceKindLabels, language) : kind);
  const placeOf = (occurrence: PlannedOccurrence): Place => {
    // The place depends on the site, or without one on the room assigned and the library.
    const room = occurrence.site === undefined ? occurrence.assignments.find((a) => index.resources.get(a.resourceId)?.kind === "room")?.resourceId : undefined;
    const byRoom = getOrSet(places, occurrence.site, () => new Map<string | undefined, Map<string, Place>>());
    const byLibrary = getOrSet(byRoom, room, () => new Map<string, Place>());
    return getOrSet(byLibrary, occurrence.libraryId, () => {
      const site = occurrence.site === undefined ? undefined : index.partners.get(occurrence.site);
      const atLibrary = index.libraries.get(occurrence.site ?? occurrence.libraryId);
      return { place: locationOf(index, occurrence), address: site?.contact?.address ?? regionText(site?.region) ?? regionText(atLibrary?.region) };
    });
  };
  const resourceOf = (id: string, kind: string): AssignedResource =>
    getOrSet(getOrSet(resources, id, () => new Map<string, AssignedResource>()), kind, () => ({ id, name: nameOf(index, id), kind, kindLabel: kindLabel(kind) }));
  return (occurrence) => {
    let program = programs.get(occurrence.programId);
    if (program === undefined) {
      program = programFacts(index, index.programs.get(occurrence.programId), occurrence.programId, language);
      programs.set(occurrence.programId, program);
    }
    let library = libraries.get(occurrence.libraryId);
    if (library === undefined) {
      library = nameOf(index, occurrence.libraryId);
      libraries.set(occurrence.libraryId, library);
    }
    const { place, address } = placeOf(occurrence);
    const facts: OccurrenceFacts = {
      title: program.title,
      category: program.category,
      library,
      place,
      address,
      resources: occurrence.assignments.map((a) => resourceOf(a.resourceId, a.kind)),
      partners: program.partners,
      participants: program.participants,
      cost: program.cost,
      reasons: occurrence.reasons === undefined || occurrence.reasons.length === 0 ? NO_REASONS : reasons(occurrence),
    };
    return facts;
  };
}

const NO_REASONS: readonly string[] = [];

/** Constraints by which the allocator leaves a session unassigned: their reasons are told by unplacedReason. */
const UNPLACED = new Set(["unassigned", "budget-cap"]);

/**
 * The reasons of an occurrence for people: why a session was not placed in the reader's
 * words (and the fix where one is certain, after "Suggested fix:"), other notes as
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
  };
  return (occurrence) =>
    (occurrence.reasons ?? []).map((r) => {
      if (occurrence.status !== "unassigned" || !UNPLACED.has(r.constraint)) return readableReason(index, occurrence, r);
      const told = unplacedReason(context, occurrence, r, language);
      return told.fix === undefined ? told.reason : `${told.reason} ${reportWord("fix", language)}: ${told.fix}`;
    });
}

/** A place's name and address. */
interface Place {
  readonly place: string;
  readonly address: string | undefined;
}

/** The value of `key` in `map`, made by `make` and kept the first time. */
function getOrSet<K, V>(map: Map<K, V>, key: K, make: () => V): V {
  let value = map.get(key);
  if (value === undefined) {
    value = make();
    map.set(key, value);
  }
  return value;
}
