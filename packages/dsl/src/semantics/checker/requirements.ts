import type { Diagnostic } from "../../diagnostics/diagnostic.js";
import type { Declaration, FileNode, NeedNode, Property, Reference } from "../../syntax/ast.js";
import type { BoundWorkspace } from "../binder/bind.js";
import { closeNames } from "../binder/suggest.js";
import { suggestion, type Labels } from "@lontar/core";
import { kindNoun, kindNounId } from "../message-words.js";
import { makeDiagnostic } from "../report.js";
import { withinBounds } from "./value-bounds.js";
import { unaskedNamesChecker, WHAT, type Held } from "./unasked-names.js";

/** The capacity a room or vehicle declares, if any. */
export function declaredCapacity(declaration: Declaration): number | undefined {
  for (const property of declaration.properties) if (property.key === "capacity") return capacityOf(property.value);
  return undefined;
}

/** The capacity a `capacity` value gives, if any. */
function capacityOf(value: Property["value"]): number | undefined {
  if (value.kind === "Capacity") return value.amount.value;
  if (value.kind === "Number") return value.value;
  return undefined;
}

/** The names listed by a property such as `role` or `skills` (a list, a name or a string). */
export function listedNames(declaration: Declaration, key: string): string[] {
  const names: string[] = [];
  for (const property of declaration.properties) if (property.key === key) pushNames(property.value, names);
  return names;
}

/** Adds the names a property value lists (a name, a string, each name or string of a list) to `into`. */
export function pushNames(value: Property["value"], into: string[]): void {
  if (value.kind === "Reference") into.push(value.name);
  else if (value.kind === "String") into.push(value.value);
  else if (value.kind === "List") for (const item of value.items) if (item.kind !== "Number") into.push(item.kind === "Reference" ? item.name : item.value);
}

const RESOURCE_PLURAL: Readonly<Record<NeedNode["resourceKind"], string>> = {
  room: "rooms",
  vehicle: "vehicles",
  staff: "staff",
  volunteer: "volunteers",
  collection: "collections",
  equipment: "equipment",
};

/** The declared resources of one kind, indexed once for all needs. */
interface Pool {
  readonly declarations: readonly Declaration[];
  /** The largest capacity and who has it. */
  readonly largest?: { readonly name: string; readonly capacity: number };
  /** How many declarations list each role / skill / feature. */
  readonly holders: Readonly<Record<Held, ReadonlyMap<string, number>>>;
  /** Some declaration of the kind has a syntax error, so what the pool offers is not known. */
  readonly partial: boolean;
}

/** Counts each of `names` once in `counts`, however often it is listed. */
function countOnce(names: readonly string[], counts: Map<string, number>): void {
  if (names.length > 8) {
    for (const name of new Set(names)) counts.set(name, (counts.get(name) ?? 0) + 1);
    return;
  }
  for (let i = 0; i < names.length; i++) {
    const name = names[i] as string;
    if (names.indexOf(name) === i) counts.set(name, (counts.get(name) ?? 0) + 1);
  }
}

function indexPool(declarations: readonly Declaration[]): Pool {
  let largest: { name: string; capacity: number } | undefined;
  const holders = { role: new Map<string, number>(), skills: new Map<string, number>(), features: new Map<string, number>() };
  let partial = false;
  const roles: string[] = [];
  const skills: string[] = [];
  const features: string[] = [];
  for (const d of declarations) {
    if (d.broken !== undefined) partial = true;
    // One pass over the properties: the first capacity, and the roles and skills listed.
    let capacity: number | undefined;
    let capacitySeen = false;
    roles.length = 0;
    skills.length = 0;
    features.length = 0;
    for (const property of d.properties) {
      const key = property.key;
      if (key === "capacity") {
        if (!capacitySeen) capacity = capacityOf(property.value);
        capacitySeen = true;
      } else if (key === "role") pushNames(property.value, roles);
      else if (key === "skills") pushNames(property.value, skills);
      else if (key === "features") pushNames(property.value, features);
    }
    capacity ??= 0;
    if (largest === undefined || capacity > largest.capacity || (capacity === largest.capacity && d.name.text < largest.name)) largest = { name: d.name.text, capacity };
    countOnce(roles, holders.role);
    countOnce(skills, holders.skills);
    countOnce(features, holders.features);
  }
  return { declarations, ...(largest === undefined ? {} : { largest }), holders, partial };
}

/** At most this many roles, skills or features are listed when none is near the one asked for. */
const MAX_HELD_LISTED = 12;


/** Who a need asks for, as LON3202 names it: "no staff member has …", "no room has …". */
function whoOf(kind: NeedNode["resourceKind"]): Labels {
  if (kind === "volunteer") return { en: "volunteer", id: "relawan" };
  if (kind === "staff") return { en: "staff member", id: "staf" };
  return kindNoun(kind);
}

/** LON3202 when no resource of the pool holds the role, skill or feature `wanted`; true when reported. */
function noHolder(key: Held, wanted: Reference | undefined, need: NeedNode, file: string, pool: Pool, diagnostics: Diagnostic[]): boolean {
  if (wanted === undefined || pool.holders[key].has(wanted.name)) return false;
  const held = [...pool.holders[key].keys()].sort();
  const close = closeNames(wanted.name, held).slice(0, 3);
  const what = WHAT[key];
  const who = whoOf(need.resourceKind);
  // The one held that differs in capitals alone (`peran Pustakawan` for `pustakawan`) is what was meant: applied on its own (a walk of stop 57: `--fix` left it).
  const sameLetters = close.filter((c) => c.toLowerCase() === wanted.name.toLowerCase());
  const certain = (c: string): boolean => sameLetters.length === 1 && sameLetters[0] === c;
  const extras = { suggestions: close.map((c) => suggestion("LON3202.exists", { what, name: c }, close.length === 1 || certain(c) ? [{ location: { file, range: wanted.range }, text: c }] : [], certain(c))) };
  // None near by spelling (`peran pustakawan` where the roles are English): the ones held, when few enough to read.
  if (close.length === 0 && held.length > 0 && held.length <= MAX_HELD_LISTED) {
    const list = held.map((h) => `\`${h}\``).join(", ");
    diagnostics.push(makeDiagnostic("LON3202.noHolderAmong", { who, what, name: wanted.name, held: list }, file, wanted.range, extras));
  } else diagnostics.push(makeDiagnostic("LON3202.noHolder", { who, what, name: wanted.name }, file, wanted.range, extras));
  return true;
}

function checkNeed(need: NeedNode, file: string, pool: Pool, diagnostics: Diagnostic[]): void {
  // A quantity or capacity outside the model's bounds is LON3011 at it: one error for one mistake.
  if (pool.partial || ((need.quantity !== undefined || need.minCapacity !== undefined) && !withinBounds("program", "needs", { kind: "Needs", range: need.range, needs: [need] }))) return;
  const min = need.minCapacity?.value;
  // Rooms hold people and vehicles books: a staff member, a volunteer, a collection or equipment holds nothing.
  if (min !== undefined && need.resourceKind !== "room" && need.resourceKind !== "vehicle") {
    diagnostics.push(makeDiagnostic("LON3201.noCapacity", { kind: kindNoun(need.resourceKind) }, file, need.minCapacity?.range ?? need.range));
  } else if (min !== undefined && need.resource === undefined) {
    const unit = need.resourceKind === "vehicle" ? { en: "books", id: "buku" } : { en: "people", id: "orang" };
    const largest = pool.largest;
    if (largest === undefined) {
      diagnostics.push(makeDiagnostic("LON3201.noneDeclaredToHold", { kind: kindNoun(need.resourceKind), min, unit }, file, need.range));
    } else if (largest.capacity < min) {
      diagnostics.push(makeDiagnostic("LON3201.largestHolds", { kind: kindNoun(need.resourceKind), min, unit, name: largest.name, capacity: largest.capacity }, file, need.minCapacity?.range ?? need.range));
    }
  }
  const { role, skill } = need;
  // The role first, then the skill, then the features: one LON3202 per need.
  if (noHolder("role", role, need, file, pool, diagnostics) || noHolder("skills", skill, need, file, pool, diagnostics)) return;
  if (need.resource === undefined && (need.resourceKind === "room" || need.resourceKind === "equipment")) {
    for (const feature of need.features) if (noHolder("features", feature, need, file, pool, diagnostics)) return;
  }
  const quantity = need.quantity?.value ?? 1;
  const exclusive = need.resourceKind !== "collection" && need.resourceKind !== "equipment";
  if (need.resource !== undefined || !exclusive) return;
  const fits = (d: Declaration): boolean => (role === undefined || listedNames(d, "role").includes(role.name)) && (skill === undefined || listedNames(d, "skills").includes(skill.name));
  const fitting =
    role === undefined && skill === undefined
      ? pool.declarations.length
      : skill === undefined
        ? (pool.holders.role.get(role?.name ?? "") ?? 0)
        : role === undefined
          ? (pool.holders.skills.get(skill.name) ?? 0)
          : pool.declarations.filter(fits).length;
  if (quantity > fitting) {
    // Fewer fit than asked, so few: each is named, as the declarations write them.
    const names = pool.declarations.filter(fits).map((d) => `\`${d.name.text}\``).join(", ");
    diagnostics.push(
      fitting === 0
        ? makeDiagnostic("LON3201.noneCouldMeet", { kind: kindNoun(need.resourceKind) }, file, need.quantity?.range ?? need.range)
        : makeDiagnostic("LON3201.onlyFit", { quantity, kinds: { en: RESOURCE_PLURAL[need.resourceKind], id: kindNounId(need.resourceKind) }, fitting, names }, file, need.quantity?.range ?? need.range),
    );
  }
}

/**
 * Checks that some declared resource could meet each need: capacity (LON3201), roles and
 * skills (LON3202), and enough of them for the quantity asked (LON3201); and that no
 * resource holds a role, skill or feature no need asks for but spelt nearly as one (LON3203). A need for a
 * named resource is the binder's business, except for its capacity.
 */
export function checkRequirements(bound: BoundWorkspace, diagnostics: Diagnostic[]): void {
  const check = requirementsChecker(bound);
  for (const file of bound.files) check(file, diagnostics);
}

/**
 * {@link checkRequirements} one file at a time: checking each file of `bound` in order with
 * the returned function gives the same diagnostics in the same order. The resources are
 * indexed once, on first need.
 */
export function requirementsChecker(bound: BoundWorkspace): (file: FileNode, diagnostics: Diagnostic[]) => void {
  let byKind: Map<string, Declaration[]> | undefined;
  const pools = new Map<string, Pool>();
  const poolOf = (kind: string): Pool => {
    const found = pools.get(kind);
    if (found !== undefined) return found;
    if (byKind === undefined) {
      byKind = new Map<string, Declaration[]>();
      for (const symbol of bound.symbols.values()) {
        const list = byKind.get(symbol.kind) ?? [];
        list.push(symbol.declaration);
        byKind.set(symbol.kind, list);
      }
    }
    const pool = indexPool(byKind.get(kind) ?? []);
    pools.set(kind, pool);
    return pool;
  };
  const unasked = unaskedNamesChecker(bound);
  return (file, diagnostics) => {
    unasked(file, diagnostics);
    for (const item of file.items) {
      if (item.kind !== "Declaration" || item.declarationKind !== "program" || item.broken !== undefined) continue;
      const sites = partnerSites(item, bound);
      for (const property of item.properties) {
        if (property.value.kind !== "Needs") continue;
        for (const need of property.value.needs) {
          if (sites !== undefined && need.resourceKind === "room") {
            roomAway(need, sites, file.path, bound, diagnostics);
            continue;
          }
          if (need.resource !== undefined && need.minCapacity !== undefined) {
            const named = bound.symbols.get(need.resource.name);
            const capacity = named?.kind === need.resourceKind && named.declaration.broken === undefined ? declaredCapacity(named.declaration) : undefined;
            if (capacity !== undefined && capacity < need.minCapacity.value) {
              diagnostics.push(makeDiagnostic("LON3201.namedHolds", { name: need.resource.name, capacity, min: need.minCapacity.value }, file.path, need.minCapacity.range));
            }
            continue;
          }
          checkNeed(need, file.path, poolOf(need.resourceKind), diagnostics);
        }
      }
    }
  };
}

/**
 * The places a program is held at when every one is a partner's (`lokasi balai_desa,
 * sd_negeri_1`), as a message lists them; undefined when it names none, or a library among
 * them, or one not declared (the binder's error).
 */
function partnerSites(program: Declaration, bound: BoundWorkspace): string | undefined {
  const names: string[] = [];
  for (const property of program.properties) if (property.key === "sites") pushNames(property.value, names);
  if (names.length === 0 || !names.every((name) => bound.symbols.get(name)?.kind === "partner")) return undefined;
  return names.map((name) => `\`${name}\``).join(", ");
}

/**
 * LON3201 for a room needed by a program held at partners' places only: a room belongs to a
 * library and is used where it is, so no session there can have it (the plan gave them the
 * library's room all the same).
 */
function roomAway(need: NeedNode, sites: string, file: string, bound: BoundWorkspace, diagnostics: Diagnostic[]): void {
  if (need.resource === undefined) {
    diagnostics.push(makeDiagnostic("LON3201.noRoomAtSites", { sites }, file, need.range));
    return;
  }
  const room = bound.symbols.get(need.resource.name);
  const library = room?.kind === "room" ? room.declaration.at?.name : undefined;
  if (library !== undefined) diagnostics.push(makeDiagnostic("LON3201.roomElsewhere", { room: need.resource.name, library, sites }, file, need.resource.range));
}
