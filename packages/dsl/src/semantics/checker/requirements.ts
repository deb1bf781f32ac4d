import type { Diagnostic } from "../../diagnostics/diagnostic.js";
import type { Declaration, FileNode, NeedNode, Property } from "../../syntax/ast.js";
import type { BoundWorkspace } from "../binder/bind.js";
import { closeNames } from "../binder/suggest.js";
import { suggestion } from "@lontar/core";
import { kindNoun, kindNounId } from "../message-words.js";
import { makeDiagnostic } from "../report.js";

/** The capacity a room or vehicle declares, if any. */
export function declaredCapacity(declaration: Declaration): number | undefined {
  const value = declaration.properties.find((p) => p.key === "capacity")?.value;
  if (value?.kind === "Capacity") return value.amount.value;
  if (value?.kind === "Number") return value.value;
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
  /** How many declarations list each role / skill. */
  readonly holders: Readonly<Record<"role" | "skills", ReadonlyMap<string, number>>>;
  /** Some declaration of the kind has a syntax error, so what the pool offers is not known. */
  readonly partial: boolean;
}

function indexPool(declarations: readonly Declaration[]): Pool {
  let largest: { name: string; capacity: number } | undefined;
  const holders = { role: new Map<string, number>(), skills: new Map<string, number>() };
  for (const d of declarations) {
    const capacity = declaredCapacity(d) ?? 0;
    if (largest === undefined || capacity > largest.capacity || (capacity === largest.capacity && d.name.text < largest.name)) largest = { name: d.name.text, capacity };
    for (const key of ["role", "skills"] as const) for (const name of new Set(listedNames(d, key))) holders[key].set(name, (holders[key].get(name) ?? 0) + 1);
  }
  return { declarations, ...(largest === undefined ? {} : { largest }), holders, partial: declarations.some((d) => d.broken !== undefined) };
}

function checkNeed(need: NeedNode, file: string, pool: Pool, diagnostics: Diagnostic[]): void {
  if (pool.partial) return;
  const min = need.minCapacity?.value;
  const unit = need.resourceKind === "vehicle" ? { en: "books", id: "buku" } : { en: "people", id: "orang" };
  if (min !== undefined && need.resource === undefined) {
    const largest = pool.largest;
    if (largest === undefined) {
      diagnostics.push(makeDiagnostic("LON3201.noneDeclaredToHold", { kind: kindNoun(need.resourceKind), min, unit }, file, need.range));
    } else if (largest.capacity < min) {
      diagnostics.push(makeDiagnostic("LON3201.largestHolds", { kind: kindNoun(need.resourceKind), min, unit, name: largest.name, capacity: largest.capacity }, file, need.minCapacity?.range ?? need.range));
    }
  }
  const asked = [["role", need.role], ["skills", need.skill]] as const;
  for (const [key, wanted] of asked) {
    if (wanted === undefined || pool.holders[key].has(wanted.name)) continue;
    const close = closeNames(wanted.name, [...pool.holders[key].keys()].sort()).slice(0, 3);
    const what = key === "role" ? { en: "role", id: "peran" } : { en: "skill", id: "keahlian" };
    const who = need.resourceKind === "volunteer" ? { en: "volunteer", id: "relawan" } : { en: "staff member", id: "staf" };
    diagnostics.push(
      makeDiagnostic("LON3202.noHolder", { who, what, name: wanted.name }, file, wanted.range, {
        suggestions: close.map((c) => suggestion("LON3202.exists", { what, name: c }, close.length === 1 ? [{ location: { file, range: wanted.range }, text: c }] : [])),
      }),
    );
    return;
  }
  const quantity = need.quantity?.value ?? 1;
  const exclusive = need.resourceKind !== "collection" && need.resourceKind !== "equipment";
  if (need.resource !== undefined || !exclusive) return;
  const criteria = asked.filter(([, wanted]) => wanted !== undefined);
  const [only] = criteria;
  const fitting =
    criteria.length === 0
      ? pool.declarations.length
      : criteria.length === 1 && only !== undefined
        ? (pool.holders[only[0]].get(only[1]?.name ?? "") ?? 0)
        : pool.declarations.filter((d) => asked.every(([key, wanted]) => wanted === undefined || listedNames(d, key).includes(wanted.name))).length;
  if (quantity > fitting) {
    diagnostics.push(
      fitting === 0
        ? makeDiagnostic("LON3201.noneCouldMeet", { kind: kindNoun(need.resourceKind) }, file, need.quantity?.range ?? need.range)
        : makeDiagnostic("LON3201.onlyFit", { quantity, kinds: { en: RESOURCE_PLURAL[need.resourceKind], id: kindNounId(need.resourceKind) }, fitting }, file, need.quantity?.range ?? need.range),
    );
  }
}

/**
 * Checks that some declared resource could meet each need: capacity (LON3201), roles and
 * skills (LON3202), and enough of them for the quantity asked (LON3201). A need for a
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
  return (file, diagnostics) => {
    for (const item of file.items) {
      if (item.kind !== "Declaration" || item.declarationKind !== "program" || item.broken !== undefined) continue;
      for (const property of item.properties) {
        if (property.value.kind !== "Needs") continue;
        for (const need of property.value.needs) {
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
