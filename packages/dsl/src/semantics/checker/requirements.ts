import type { Diagnostic } from "../../diagnostics/diagnostic.js";
import type { Declaration, NeedNode, Property } from "../../syntax/ast.js";
import type { BoundWorkspace } from "../binder/bind.js";
import { closeNames } from "../binder/suggest.js";
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
  return declaration.properties.filter((p) => p.key === key).flatMap((p) => namesOf(p.value));
}

function namesOf(value: Property["value"]): string[] {
  if (value.kind === "Reference") return [value.name];
  if (value.kind === "String") return [value.value];
  if (value.kind === "List") return value.items.flatMap((item) => (item.kind === "Number" ? [] : [item.kind === "Reference" ? item.name : item.value]));
  return [];
}

const RESOURCE_PLURAL: Readonly<Record<NeedNode["resourceKind"], string>> = {
  room: "rooms",
  vehicle: "vehicles",
  staff: "staff",
  volunteer: "volunteers",
  collection: "collections",
  equipment: "equipment",
};

function checkNeed(need: NeedNode, file: string, pool: readonly Declaration[], diagnostics: Diagnostic[]): void {
  const min = need.minCapacity?.value;
  const unit = need.resourceKind === "vehicle" ? "books" : "people";
  if (min !== undefined && need.resource === undefined) {
    const sized = pool.map((d) => ({ name: d.name.text, capacity: declaredCapacity(d) ?? 0 })).sort((a, b) => b.capacity - a.capacity || (a.name < b.name ? -1 : 1));
    const largest = sized[0];
    if (largest === undefined) {
      diagnostics.push(makeDiagnostic("LON3201", `no ${need.resourceKind} is declared, so none can hold ${min} ${unit}`, file, need.range));
    } else if (largest.capacity < min) {
      diagnostics.push(makeDiagnostic("LON3201", `no ${need.resourceKind} holds ${min} ${unit}: the largest, \`${largest.name}\`, holds ${largest.capacity}`, file, need.minCapacity?.range ?? need.range));
    }
  }
  let matching = pool;
  for (const [key, wanted] of [["role", need.role], ["skills", need.skill]] as const) {
    if (wanted === undefined) continue;
    const known = [...new Set(pool.flatMap((d) => listedNames(d, key)))].sort();
    matching = matching.filter((d) => listedNames(d, key).includes(wanted.name));
    if (!known.includes(wanted.name)) {
      const close = closeNames(wanted.name, known).slice(0, 3);
      const what = key === "role" ? "role" : "skill";
      diagnostics.push(
        makeDiagnostic("LON3202", `no ${need.resourceKind === "volunteer" ? "volunteer" : "staff member"} has the ${what} \`${wanted.name}\``, file, wanted.range, {
          suggestions: close.map((c) => ({ message: `${what} \`${c}\` exists`, edits: close.length === 1 ? [{ location: { file, range: wanted.range }, text: c }] : [] })),
        }),
      );
      return;
    }
  }
  const quantity = need.quantity?.value ?? 1;
  const exclusive = need.resourceKind !== "collection" && need.resourceKind !== "equipment";
  if (need.resource === undefined && exclusive && quantity > matching.length) {
    diagnostics.push(
      makeDiagnostic("LON3201", matching.length === 0 ? `no ${need.resourceKind} is declared that could meet this need` : `${quantity} ${RESOURCE_PLURAL[need.resourceKind]} are needed here, but only ${matching.length} fit`, file, need.quantity?.range ?? need.range),
    );
  }
}

/**
 * Checks that some declared resource could meet each need: capacity (LON3201), roles and
 * skills (LON3202), and enough of them for the quantity asked (LON3201). A need for a
 * named resource is the binder's business, except for its capacity.
 */
export function checkRequirements(bound: BoundWorkspace, diagnostics: Diagnostic[]): void {
  const byKind = new Map<string, Declaration[]>();
  for (const symbol of bound.symbols.values()) byKind.set(symbol.kind, [...(byKind.get(symbol.kind) ?? []), symbol.declaration]);
  for (const file of bound.files) {
    for (const item of file.items) {
      if (item.kind !== "Declaration" || item.declarationKind !== "program") continue;
      for (const property of item.properties) {
        if (property.value.kind !== "Needs") continue;
        for (const need of property.value.needs) {
          const pool = byKind.get(need.resourceKind) ?? [];
          if (need.resource !== undefined && need.minCapacity !== undefined) {
            const named = bound.symbols.get(need.resource.name);
            const capacity = named?.kind === need.resourceKind ? declaredCapacity(named.declaration) : undefined;
            if (capacity !== undefined && capacity < need.minCapacity.value) {
              diagnostics.push(makeDiagnostic("LON3201", `\`${need.resource.name}\` holds ${capacity}, less than the ${need.minCapacity.value} needed`, file.path, need.minCapacity.range));
            }
            continue;
          }
          checkNeed(need, file.path, pool, diagnostics);
        }
      }
    }
  }
}
