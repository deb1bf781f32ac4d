import type { Period, Resource, WeeklyWindow } from "@lontar/core";
import type { Declaration, DeclarationKind } from "../../syntax/ast.js";
import { compileWindows } from "../schedule/compile-schedule.js";
import { allowedValue } from "../../language/table.js";
import { type Building, namesOf, numberOf, textOf, valueOf, wordOf } from "./read.js";
import { exact } from "./exact-array.js";
import { spanOf } from "./source-map.js";

const WEEKS_PER: Readonly<Record<Period, number>> = { day: 1 / 7, week: 1, month: 52 / 12, quarter: 13, semester: 26, year: 52 };

/** `max 30 hours per month` as hours per week (core's unit), at most 168. */
function hoursPerWeek(declaration: Declaration): number | undefined {
  const value = valueOf(declaration, "max");
  if (value?.kind !== "HoursCap") return undefined;
  return Math.min(168, Math.round((value.hours.value / WEEKS_PER[value.per]) * 100) / 100);
}

function budgetPeriod(declaration: Declaration): { from: string; to: string } | undefined {
  const value = valueOf(declaration, "period");
  if (value?.kind === "Number") return { from: `${value.value}-01-01`, to: `${value.value}-12-31` };
  if (value?.kind === "DateRange") return { from: value.from.text, to: value.to.text };
  return undefined;
}

/** The resource kind of each resource declaration (a budget for any other). */
const RESOURCE_KIND: Partial<Readonly<Record<DeclarationKind, Resource["kind"]>>> = { room: "room", vehicle: "vehicle", staff: "staff", volunteer: "volunteer", collection: "collection", equipment: "equipment" };

/** A resource declaration (room, vehicle, staff, volunteer, collection, equipment, budget) as core input. */
export function compileResource(declaration: Declaration, file: string): Resource {
  // kind, then the fields every resource has (id, name, library, source), then its kind's own.
  const kind = RESOURCE_KIND[declaration.declarationKind] ?? "budget";
  const out = { kind, id: declaration.name.text } as Building<Record<string, unknown>>;
  const name = textOf(declaration, "name");
  if (name !== undefined) out.name = name;
  if (declaration.at !== undefined) out.library = declaration.at.name;
  out.source = spanOf(file, declaration.range);
  switch (kind) {
    case "room":
      out.capacity = numberOf(declaration, "capacity") ?? 0;
      out.features = namesOf(declaration, "features");
      break;
    case "vehicle":
      out.capacityBooks = numberOf(declaration, "capacity") ?? 0;
      break;
    case "staff":
    case "volunteer": {
      out.roles = namesOf(declaration, "role");
      out.skills = namesOf(declaration, "skills");
      const availability: WeeklyWindow[] = [];
      for (const p of declaration.properties) if (p.key === "available" && p.value.kind === "Windows") for (const w of compileWindows(p.value.windows)) availability.push(w);
      out.availability = exact(availability);
      const hours = hoursPerWeek(declaration);
      if (hours !== undefined) out.maxHoursPerWeek = hours;
      break;
    }
    case "collection":
      out.packages = numberOf(declaration, "packages") ?? 0;
      out.copiesPerPackage = numberOf(declaration, "copies") ?? 0;
      break;
    case "equipment":
      out.quantity = numberOf(declaration, "quantity") ?? 1;
      out.features = namesOf(declaration, "features");
      break;
    default: {
      const amount = valueOf(declaration, "amount");
      const cap = valueOf(declaration, "cap");
      const category = wordOf(declaration, "category");
      out.amount = amount?.kind === "Money" ? amount.rupiah : 0;
      out.period = budgetPeriod(declaration) ?? { from: "", to: "" };
      out.category = (category === undefined ? undefined : allowedValue("budget", "category", category)) ?? "programs";
      if (cap?.kind === "BudgetCap") out.cap = { amount: cap.amount.rupiah, per: cap.per };
    }
  }
  // Built field by field in the schema's order of its kind; core's validation checks every field.
  return out as unknown as Resource;
}
