import type { DeclarationKind } from "@lontar/dsl";
import { DECLARATION_TOKENS, propertyToken, spelling, type Lang } from "../language/language.js";
import { REQUIRED_KEYS } from "../language/table-adapter.js";

/** Example values of required properties, as snippet placeholders. */
const PLACEHOLDERS: Readonly<Record<string, string>> = {
  tier: "kabupaten_kota",
  region: '"${2:Sumatera Barat}" / "${3:Kota Solok}"',
  kind: "government",
  capacity: "60",
  packages: "10",
  copies: "30",
  amount: "Rp 10.000.000",
  period: "2025",
  category: "storytelling",
  valid: "2025-01-01..2025-12-31",
  when: "true",
  then: 'warn "…"',
};

/**
 * A declaration snippet in a language: the keyword, a name placeholder, and each
 * required property of the kind (from the language's table) with an example value.
 */
export function declarationSnippet(kind: DeclarationKind, lang: Lang): string {
  let tab = 10;
  const body = REQUIRED_KEYS[kind].map((key) => {
    const token = propertyToken(key);
    const word = token === undefined ? key : spelling(token, lang);
    const value = key === "schedule" ? `${spelling("Every", lang)} ${spelling("WeekUnit", lang)}` : key === "indicator" ? indicator(lang) : (PLACEHOLDERS[key] ?? "");
    return `  ${word} \${${tab++}:${value.replace(/\$\{\d+:([^}]*)\}/g, "$1")}}`;
  });
  return [`${spelling(DECLARATION_TOKENS[kind], lang)} \${1:name} {`, ...body, "  $0", "}"].join("\n");
}

/** An example indicator: `activities metric activities weight 100 target 10 per month`. */
function indicator(lang: Lang): string {
  return `activities ${spelling("Metric", lang)} activities ${spelling("Weight", lang)} 100 ${spelling("Target", lang)} 10 ${spelling("Per", lang)} ${spelling("MonthUnit", lang)}`;
}
