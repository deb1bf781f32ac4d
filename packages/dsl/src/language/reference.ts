/**
 * The generated parts of docs/language.md and docs/id/language.md: the property and value
 * tables of each declaration kind, and the keyword table, written from the language table
 * (`pnpm docs:language` writes them; a test fails when the committed pages are not current).
 */
import type { KeywordLanguage } from "../syntax/ast.js";
import { KEYWORDS } from "../syntax/keywords.js";
import type { PropertySpec, ValueSet } from "./shapes.js";
import { LANGUAGE, propertySyntax } from "./table.js";
import { VALUE_SHAPES } from "./value-shapes.js";

/** The names of the generated regions of the language page. */
export type GeneratedRegion = "properties" | "keywords";

const WORDS = {
  en: {
    property: "Property", other: "Bahasa Indonesia", value: "Value", required: "Required", repeats: "Repeats", meaning: "Meaning",
    yes: "yes", alsoSet: "Set by the declaration itself", allowed: "Allowed values", coreValue: "Value", written: "Written (English / Bahasa Indonesia)", labelEn: "English", labelId: "Bahasa Indonesia",
    accepted: "Also accepted", takes: "taken by", token: "Token", english: "English", indonesian: "Bahasa Indonesia",
  },
  id: {
    property: "Properti", other: "English", value: "Nilai", required: "Wajib", repeats: "Berulang", meaning: "Arti",
    yes: "ya", alsoSet: "Diisi oleh deklarasinya sendiri", allowed: "Nilai yang diizinkan", coreValue: "Nilai", written: "Ditulis (English / Bahasa Indonesia)", labelEn: "English", labelId: "Bahasa Indonesia",
    accepted: "Juga diterima", takes: "dipakai oleh", token: "Token", english: "English", indonesian: "Bahasa Indonesia",
  },
} as const;

const code = (text: string): string => `\`${text}\``;
const cell = (text: string): string => text.replace(/\|/g, "\\|");

function spellings(list: readonly string[]): string {
  return list.length === 0 ? "—" : list.map(code).join(", ");
}

function propertyRow(p: PropertySpec, lang: KeywordLanguage): string {
  const w = WORDS[lang];
  const syntax = propertySyntax(p.key);
  const written = syntax?.written ?? { en: p.key, id: p.key };
  const other: KeywordLanguage = lang === "en" ? "id" : "en";
  const shape = VALUE_SHAPES[p.shape];
  const example = p.example ?? (p.values === undefined ? shape.example : undefined);
  const first = p.values?.values[0]?.written[lang];
  const value = example !== undefined ? `${shape.expected[lang]}: ${code(example[lang])}` : `${p.values?.title[lang] ?? shape.expected[lang]}${first === undefined ? "" : `: ${code(first)}`}`;
  return `| ${code(written[lang])} | ${code(written[other])} | ${cell(value)} | ${p.required ? w.yes : ""} | ${p.repeatable ? w.yes : ""} | ${cell(p.doc[lang])} |`;
}

function propertyTables(lang: KeywordLanguage): string {
  const w = WORDS[lang];
  const out: string[] = [];
  for (const d of LANGUAGE) {
    const other: KeywordLanguage = lang === "en" ? "id" : "en";
    out.push(`### ${code(d.keyword[lang][0] ?? d.kind)} / ${code(d.keyword[other][0] ?? d.kind)}`, "", d.doc[lang], "");
    out.push(`| ${w.property} | ${w.other} | ${w.value} | ${w.required} | ${w.repeats} | ${w.meaning} |`, "|---|---|---|---|---|---|");
    for (const p of d.properties) out.push(propertyRow(p, lang));
    out.push("", `${w.alsoSet}: ${Object.entries(d.implicitFields).map(([field, how]) => `${code(field)} (${how[lang]})`).join("; ")}.`, "");
  }
  out.push(`### ${w.allowed}`, "");
  for (const { set, users } of valueSets()) {
    out.push(`#### ${set.title[lang]} (${w.takes} ${users.map((u) => code(`${u.kind}.${u.keyword[lang]}`)).join(", ")})`, "");
    out.push(`| ${w.coreValue} | ${w.written} | ${w.labelEn} | ${w.labelId} | ${w.accepted} |`, "|---|---|---|---|---|");
    for (const v of set.values) {
      const written = v.written.en === v.written.id ? code(v.written.en) : `${code(v.written.en)} / ${code(v.written.id)}`;
      const others = v.words.slice(1).filter((word) => word !== v.written.en && word !== v.written.id);
      out.push(`| ${code(v.value)} | ${cell(written)} | ${cell(v.label.en)} | ${cell(v.label.id)} | ${cell(spellings(others))} |`);
    }
    out.push("");
  }
  return out.join("\n");
}

/** Each value set once, with the properties that take it. */
function valueSets(): { set: ValueSet; users: { kind: string; keyword: { en: string; id: string } }[] }[] {
  const found = new Map<ValueSet, { kind: string; keyword: { en: string; id: string } }[]>();
  for (const d of LANGUAGE) {
    for (const p of d.properties) {
      if (p.values === undefined) continue;
      const written = propertySyntax(p.key)?.written ?? { en: p.key, id: p.key };
      const users = found.get(p.values) ?? [];
      users.push({ kind: d.keyword.en[0] ?? d.kind, keyword: written });
      found.set(p.values, users);
    }
  }
  return [...found].map(([set, users]) => ({ set, users }));
}

function keywordTable(lang: KeywordLanguage): string {
  const w = WORDS[lang];
  const rows = KEYWORDS.map((k) => `| ${k.token} | ${spellings(k.en)} | ${spellings(k.id)} |`);
  return [`| ${w.token} | ${w.english} | ${w.indonesian} |`, "|---|---|---|", ...rows].join("\n");
}

/** The generated text of one region of the language page in `lang`. */
export function generatedRegion(region: GeneratedRegion, lang: KeywordLanguage): string {
  return region === "properties" ? propertyTables(lang) : keywordTable(lang);
}

const begin = (region: GeneratedRegion): string => `<!-- generated: ${region} (pnpm docs:language writes this part from packages/dsl/src/language; do not edit it by hand) -->`;
const end = (region: GeneratedRegion): string => `<!-- end generated: ${region} -->`;

/**
 * The language page with its generated regions rewritten from the table; undefined when a
 * region's markers are missing.
 */
export function regenerateLanguagePage(page: string, lang: KeywordLanguage): string | undefined {
  let text = page;
  for (const region of ["properties", "keywords"] as const) {
    const from = text.indexOf(begin(region));
    const to = text.indexOf(end(region));
    if (from < 0 || to < from) return undefined;
    text = `${text.slice(0, from)}${begin(region)}\n\n${generatedRegion(region, lang)}\n\n${text.slice(to)}`;
  }
  return text;
}
