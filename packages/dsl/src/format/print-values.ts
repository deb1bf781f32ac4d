/** Prints the value of a property (everything after its key). */
import type { KeywordLanguage, NeedNode, Property, PropertyValue } from "../syntax/ast.js";
import { CANONICAL_HOLIDAY_WORDS } from "../syntax/written-words.js";
import { quoteString } from "../syntax/ast-builder/values.js";
import { expr } from "./print-expr.js";
import { schedule, windows } from "./print-schedule.js";
import { costBudgetWord, costUnitWord, keyWord, period, pick, rupiah, w } from "./words.js";

const KIND_TOKEN: Readonly<Record<NeedNode["resourceKind"], string>> = {
  room: "Room", vehicle: "Vehicle", staff: "Staff", volunteer: "Volunteer", collection: "Collection", equipment: "Equipment",
};

function need(n: NeedNode, lang: KeywordLanguage): string {
  const plural = lang === "en" && (n.quantity?.value ?? 1) > 1 && n.resourceKind !== "staff" && n.resourceKind !== "equipment";
  const parts = [n.quantity ? String(n.quantity.value) : "", `${w(KIND_TOKEN[n.resourceKind], lang)}${plural ? "s" : ""}`, n.resource?.name ?? ""];
  const clauses: string[] = [];
  if (n.role) clauses.push(`${pick(lang, "role", "peran")} ${n.role.name}`);
  if (n.skill) clauses.push(`${pick(lang, "skill", "keahlian")} ${n.skill.name}`);
  if (n.minCapacity) clauses.push(`${w("Capacity", lang)} >= ${n.minCapacity.value}`);
  for (const f of n.features) clauses.push(f.name);
  if (clauses.length > 0) parts.push(`${w("With", lang)} ${clauses.join(` ${w("And", lang)} `)}`);
  if (n.preferred) parts.push(`${w("Prefer", lang)} ${n.preferred.name}`);
  return parts.filter((p) => p.length > 0).join(" ");
}

function party(p: "library" | "partner", lang: KeywordLanguage): string {
  return w(p === "library" ? "Library" : "Partner", lang);
}

/** The value's text in `lang`. */
export function value(v: PropertyValue, lang: KeywordLanguage): string {
  switch (v.kind) {
    case "String": return quoteString(v.value);
    case "Number": return String(v.value);
    case "Money": return rupiah(v.rupiah);
    case "Date": return v.text;
    case "DateRange": return `${v.from.text}..${v.to.text}`;
    case "Reference": return v.name;
    case "List": return v.items.map((i) => (i.kind === "Reference" ? i.name : i.kind === "String" ? quoteString(i.value) : String(i.value))).join(", ");
    case "RegionPath": return v.parts.map((p) => quoteString(p.value)).join(" / ");
    case "Windows": return windows(v.windows);
    case "Closed": {
      if (v.publicHolidays) return `${w("On", lang)} ${v.holidayWords ?? CANONICAL_HOLIDAY_WORDS[lang]}`;
      const d = v.dates;
      const dates = d === undefined ? "" : d.from.text === d.to.text ? d.from.text : `${d.from.text}..${d.to.text}`;
      return v.reason ? `${dates} ${quoteString(v.reason.value)}` : dates;
    }
    case "OpenOnCollectiveLeave": return `${w("On", lang)} ${lang === "id" ? `${w("Cuti", lang)} ${w("Bersama", lang)}` : `${w("Collective", lang)} ${w("Leave", lang)}`}`;
    case "Capacity": return `${v.amount.value}${v.unit ? ` ${w(v.unit === "books" ? "Books" : "People", lang)}` : ""}`;
    case "Audience": return `${v.group.name}${v.level ? ` ${quoteString(v.level.value)}` : ""}`;
    case "Route": return `${v.rotating ? `${w("Rotating", lang)} ` : ""}${v.sites.map((s) => s.name).join(", ")}`;
    case "Needs": return v.needs.map((n) => need(n, lang)).join(", ");
    case "Cost": return `${rupiah(v.amount.rupiah)} ${w("Per", lang)} ${costUnitWord(v.per, lang)}${v.budget ? ` ${costBudgetWord(lang)} ${v.budget.name}` : ""}`;
    case "Precedence": return `${v.program.name}${v.gap ? ` ${w("By", lang)} ${v.gap.value} ${period("day", lang, v.gap.value)}` : ""}`;
    case "Between": return `${v.library.name} ${w("And", lang)} ${v.partner.name}`;
    case "Effect": return `${w(v.effect === "forbid" ? "Forbid" : v.effect === "require" ? "Require" : "Warn", lang)} ${quoteString(v.message.value)}`;
    case "HoursCap": return `${v.hours.value} ${w("Hours", lang)} ${w("Per", lang)} ${period(v.per, lang, 1, v)}`;
    case "BudgetCap": return `${rupiah(v.amount.rupiah)} ${w("Per", lang)} ${period(v.per, lang, 1, v)}`;
    case "Expr": return expr(v.expr, lang);
    case "Provides":
      return `${party(v.party, lang)} ${w("Provides", lang)} ${v.resource.name}${v.quantity ? ` ${v.quantity.value}` : ""} ${w("Every", lang)} ${period(v.per, lang, 1, v)}${v.to ? ` ${w("To", lang)} ${quoteString(v.to.value)}` : ""}${v.recipient ? ` ${w("To", lang)} ${v.recipient.name}` : ""}`;
    case "Hosts": return `${party(v.party, lang)} ${w("Hosts", lang)} ${v.program.name}`;
    case "BudgetShare":
      return `${party(v.party, lang)} ${w("Pays", lang)} ${rupiah(v.amount.rupiah)}${v.program ? ` ${pick(lang, "for", "untuk")} ${v.program.name}` : ""}${v.budget ? ` ${pick(lang, "from", "dari")} ${v.budget.name}` : ""}`;
    case "Sessions":
      return `${lang === "id" ? (v.bound === "at_least" ? "minimal" : "maksimal") : v.bound === "at_least" ? "at least" : "at most"} ${v.count.value} ${w("Session", lang)}${lang === "en" ? (v.count.value === 1 ? "" : "s") + " of" : ""} ${v.program.name}${v.sites ? ` ${pick(lang, "at", "di")} ${v.sites.map((s) => s.name).join(", ")}` : ""} ${w("Per", lang)} ${period(v.per, lang, 1, v)}`;
    case "Indicator":
      return `${v.name.text}${v.metric !== undefined ? ` ${w("Metric", lang)} ${v.metric}` : ""} ${w("Weight", lang)} ${v.weight.value} ${w("Target", lang)} ${v.target.value} ${w("Per", lang)} ${period(v.per, lang, 1, v)}${v.scoring === "threshold" ? ` ${w("Threshold", lang)}` : ""}`;
    default:
      return schedule(v, lang);
  }
}

const OBLIGATIONS = new Set(["Provides", "Hosts", "BudgetShare", "Sessions"]);

/** A whole property line (without indentation or comments). */
export function property(p: Property): string {
  const lang = p.valueLang ?? p.lang;
  const v = value(p.value, lang);
  if (OBLIGATIONS.has(p.value.kind)) return v;
  let key = keyWord(p.key, p.lang);
  if (p.key === "role" && p.lang === "en" && p.value.kind === "List") key = "roles";
  return `${key} ${v}`;
}
