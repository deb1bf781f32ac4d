import type { HoursCap, Resource, SourceSpan, WeeklyWindow } from "@lontar/core";
import type { Declaration, DeclarationKind } from "../../syntax/ast.js";
import { compileWindows } from "../schedule/compile-schedule.js";
import { allowedValue } from "../../language/table.js";
import { hoursPerWeek } from "../../language/value-bounds.js";
import { type Building, namesOf, numberOf, textOf, valueOf, wordOf } from "./read.js";
import { exact } from "./exact-array.js";
import { spanOf } from "./source-map.js";

/**
 * The caps on a person's hours (`max` may repeat: `max 20 hours per week`, `max 60 hours per
 * month`, `max 4 hours per day`): a week's as core's hours per week (rounded to hundredths, at
 * most 168; the least of several), each other period's as written (the least of several for one
 * period), in the order written. More than 168 hours a week on average is the checker's LON3011.
 */
function hoursCaps(declaration: Declaration): { maxHoursPerWeek?: number; maxHours?: HoursCap[] } | undefined {
  let week: number | undefined;
  const others = new Map<HoursCap["per"], number>();
  for (const property of declaration.properties) {
    const value = property.key === "max" ? property.value : undefined;
    if (value?.kind !== "HoursCap") continue;
    if (value.per === "week") week = Math.min(week ?? 168, hoursPerWeek(value.hours.value, value.per));
    else others.set(value.per, Math.min(others.get(value.per) ?? 8784, value.hours.value));
  }
  if (week === undefined && others.size === 0) return undefined;
  return { ...(week === undefined ? {} : { maxHoursPerWeek: week }), ...(others.size === 0 ? {} : { maxHours: [...others].map(([per, hours]) => ({ hours, per })) }) };
}

function budgetPeriod(declaration: Declaration): { from: string; to: string } | undefined {
  const value = valueOf(declaration, "period");
  if (value?.kind === "Number") return { from: `${value.value}-01-01`, to: `${value.value}-12-31` };
  if (value?.kind === "DateRange") return { from: value.from.text, to: value.to.text };
  return undefined;
}

/** The resource kind of each resource declaration (a budget for any other). */
const RESOURCE_KIND: Partial<Readonly<Record<DeclarationKind, Resource["kind"]>>> = { room: "room", vehicle: "vehicle", staff: "staff", volunteer: "volunteer", collection: "collection", equipment: "equipment" };

/** The fields every resource has, after its kind: id, name, library, source. */
interface Head {
  readonly id: string;
  readonly name: string | undefined;
  readonly library: string | undefined;
  readonly source: SourceSpan;
}

function headOf(declaration: Declaration, file: string): Head {
  return { id: declaration.name.text, name: textOf(declaration, "name"), library: declaration.at?.name, source: spanOf(file, declaration.range) };
}

/** Whether a resource is the usual one (no name, at a library): then it is one literal of its kind. */
function usual(head: Head): head is Head & { readonly library: string; readonly name: undefined } {
  return head.name === undefined && head.library !== undefined;
}

/**
 * A resource built field by field in its schema's order: kind, the fields every resource
 * has, then its kind's own (`own`, in order). Core's validation checks every field.
 */
function built(kind: Resource["kind"], head: Head, own: Record<string, unknown>): Resource {
  const out = { kind, id: head.id } as Building<Record<string, unknown>>;
  if (head.name !== undefined) out.name = head.name;
  if (head.library !== undefined) out.library = head.library;
  out.source = head.source;
  return Object.assign(out, own) as unknown as Resource;
}

/** A resource declaration (room, vehicle, staff, volunteer, collection, equipment, budget) as core input. */
export function compileResource(declaration: Declaration, file: string): Resource {
  const kind = RESOURCE_KIND[declaration.declarationKind] ?? "budget";
  const head = headOf(declaration, file);
  // The usual resource of each kind is one literal in its schema's key order; any other is built.
  switch (kind) {
    case "room": {
      const capacity = numberOf(declaration, "capacity") ?? 0;
      const features = namesOf(declaration, "features");
      return usual(head) ? { kind, id: head.id, library: head.library, source: head.source, capacity, features } : built(kind, head, { capacity, features });
    }
    case "vehicle": {
      const capacityBooks = numberOf(declaration, "capacity") ?? 0;
      return usual(head) ? { kind, id: head.id, library: head.library, source: head.source, capacityBooks } : built(kind, head, { capacityBooks });
    }
    case "staff":
    case "volunteer": {
      const roles = namesOf(declaration, "role");
      const skills = namesOf(declaration, "skills");
      const windows: WeeklyWindow[] = [];
      for (const p of declaration.properties) if (p.key === "available" && p.value.kind === "Windows") for (const w of compileWindows(p.value.windows)) windows.push(w);
      const availability = exact(windows);
      const cap = hoursCaps(declaration);
      if (usual(head) && cap === undefined) return { kind, id: head.id, library: head.library, source: head.source, roles, skills, availability };
      return built(kind, head, { roles, skills, availability, ...cap });
    }
    case "collection": {
      const packages = numberOf(declaration, "packages") ?? 0;
      const copiesPerPackage = numberOf(declaration, "copies") ?? 0;
      return usual(head) ? { kind, id: head.id, library: head.library, source: head.source, packages, copiesPerPackage } : built(kind, head, { packages, copiesPerPackage });
    }
    case "equipment": {
      const quantity = numberOf(declaration, "quantity") ?? 1;
      const features = namesOf(declaration, "features");
      return usual(head) ? { kind, id: head.id, library: head.library, source: head.source, quantity, features } : built(kind, head, { quantity, features });
    }
    default: {
      const written = valueOf(declaration, "amount");
      const cap = valueOf(declaration, "cap");
      const word = wordOf(declaration, "category");
      const amount = written?.kind === "Money" ? written.rupiah : 0;
      const period = budgetPeriod(declaration) ?? { from: "", to: "" };
      const category = ((word === undefined ? undefined : allowedValue("budget", "category", word)) ?? "programs") as Extract<Resource, { kind: "budget" }>["category"];
      if (usual(head) && cap?.kind !== "BudgetCap") return { kind: "budget", id: head.id, library: head.library, source: head.source, amount, period, category };
      return built(kind, head, cap?.kind === "BudgetCap" ? { amount, period, category, cap: { amount: cap.amount.rupiah, per: cap.per } } : { amount, period, category });
    }
  }
}
