import { propertySpec, type DeclarationKind } from "@lontar/dsl";
import { DECLARATION_TOKENS, propertyToken, spelling, type Lang } from "../language/language.js";
import { REQUIRED_KEYS } from "../language/table-adapter.js";

/** Example values of required properties that are the same in both languages, as snippet placeholders; dates in `year`, the workspace's. */
const placeholders = (year: string): Readonly<Record<string, string>> => ({
  region: '"${2:Sumatera Barat}" / "${3:Kota Solok}"',
  capacity: "60",
  packages: "10",
  copies: "30",
  amount: "Rp 10.000.000",
  period: year,
  valid: `${year}-01-01..${year}-12-31`,
});

/** The allowed value a snippet writes for an enum-like property, by its English word (`village` is `desa` in Bahasa Indonesia). */
const EXAMPLE_VALUES: Readonly<Record<string, string>> = { tier: "village", kind: "school", category: "storytelling" };

/** Properties a snippet writes beside the required ones: an agreement's parties (LON5001 without them). */
const ALSO_WRITTEN: Partial<Readonly<Record<DeclarationKind, readonly string[]>>> = { agreement: ["between"] };

/** The example value of property `key` of `kind` in `lang`, every word of it valid in that language; dates in `year`. */
function placeholder(kind: DeclarationKind, key: string, lang: Lang, year: string): string {
  switch (key) {
    case "schedule":
      // A whole weekly schedule: `every week` alone is LON4014 (no day), the warning the snippet raised as soon as it was inserted.
      return `${spelling("Every", lang)} ${spelling("WeekUnit", lang)} ${spelling("On", lang)} ${lang === "id" ? "senin" : "monday"} ${spelling("At", lang)} 09:00 ${spelling("For", lang)} 2 ${spelling("Hours", lang)}`;
    case "indicator":
      return indicator(kind, lang);
    case "when":
      return spelling("True", lang);
    case "then":
      return `${spelling("Warn", lang)} "…"`;
    case "between":
      return lang === "id" ? "perpustakaan_saya dan mitra_saya" : "my_library and my_partner";
    default: {
      const values = propertySpec(kind, key)?.values?.values;
      if (values !== undefined) return (values.find((v) => v.written.en === EXAMPLE_VALUES[key]) ?? values[0])?.written[lang] ?? "";
      return placeholders(year)[key] ?? "";
    }
  }
}

/**
 * A declaration snippet in a language: the keyword, a name placeholder, and each
 * required property of the kind (from the language's table) with an example value valid
 * in that language; a budget's period and an agreement's validity in `year` (the
 * workspace's horizon's: a 2025 validity in a 2024 workspace was out of its horizon).
 */
export function declarationSnippet(kind: DeclarationKind, lang: Lang, year = "2025"): string {
  let tab = 10;
  const body = [...(ALSO_WRITTEN[kind] ?? []), ...REQUIRED_KEYS[kind]].map((key) => {
    const token = propertyToken(key);
    const word = token === undefined ? key : spelling(token, lang);
    return `  ${word} \${${tab++}:${placeholder(kind, key, lang, year).replace(/\$\{\d+:([^}]*)\}/g, "$1")}}`;
  });
  return [`${spelling(DECLARATION_TOKENS[kind], lang)} \${1:${lang === "id" ? "nama" : "name"}} {`, ...body, "  $0", "}"].join("\n");
}

/** An example indicator: `activities metric activities weight 100 target 10 per month` (`kegiatan metrik kegiatan …`), its metric from the table. */
function indicator(kind: DeclarationKind, lang: Lang): string {
  const metrics = propertySpec(kind, "indicator")?.values?.values;
  const activities = (metrics?.find((v) => v.written.en === "activities") ?? metrics?.[0])?.written[lang] ?? "activities";
  return `${activities} ${spelling("Metric", lang)} ${activities} ${spelling("Weight", lang)} 100 ${spelling("Target", lang)} 10 ${spelling("Per", lang)} ${spelling("MonthUnit", lang)}`;
}
