import type { Period, Resource } from "@lontar/core";
import type { Declaration } from "../../syntax/ast.js";
import { compileWindows } from "../schedule/compile-schedule.js";
import { allowedValue } from "../../language/table.js";
import { namesOf, numberOf, optional, propertiesOf, textOf, valueOf, wordOf } from "./read.js";
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

/** A resource declaration (room, vehicle, staff, volunteer, collection, equipment, budget) as core input. */
export function compileResource(declaration: Declaration, file: string): Resource {
  const base = {
    id: declaration.name.text,
    ...optional("name", textOf(declaration, "name")),
    ...optional("library", declaration.at?.name),
    source: spanOf(file, declaration.range),
  };
  const features = namesOf(declaration, "features");
  switch (declaration.declarationKind) {
    case "room":
      return { kind: "room", ...base, capacity: numberOf(declaration, "capacity") ?? 0, features };
    case "vehicle":
      return { kind: "vehicle", ...base, capacityBooks: numberOf(declaration, "capacity") ?? 0 };
    case "staff":
    case "volunteer":
      return {
        kind: declaration.declarationKind,
        ...base,
        roles: namesOf(declaration, "role"),
        skills: namesOf(declaration, "skills"),
        availability: propertiesOf(declaration, "available").flatMap((p) => (p.value.kind === "Windows" ? compileWindows(p.value.windows) : [])),
        ...optional("maxHoursPerWeek", hoursPerWeek(declaration)),
      };
    case "collection":
      return { kind: "collection", ...base, packages: numberOf(declaration, "packages") ?? 0, copiesPerPackage: numberOf(declaration, "copies") ?? 0 };
    case "equipment":
      return { kind: "equipment", ...base, quantity: numberOf(declaration, "quantity") ?? 1, features };
    default: {
      const amount = valueOf(declaration, "amount");
      const cap = valueOf(declaration, "cap");
      const category = wordOf(declaration, "category");
      return {
        kind: "budget",
        ...base,
        amount: amount?.kind === "Money" ? amount.rupiah : 0,
        period: budgetPeriod(declaration) ?? { from: "", to: "" },
        category: ((category === undefined ? undefined : allowedValue("budget", "category", category)) ?? "programs") as "programs",
        ...optional("cap", cap?.kind === "BudgetCap" ? { amount: cap.amount.rupiah, per: cap.per } : undefined),
      };
    }
  }
}
