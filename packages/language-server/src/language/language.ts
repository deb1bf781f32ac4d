import { declarationSpec, type DeclarationKind, type KeywordLanguage } from "@lontar/dsl";
import { KEYWORDS, WORDS } from "./table-adapter.js";

/** A language of keywords and messages. */
export type Lang = KeywordLanguage;

/** The keyword token of each declaration kind (`program` → `Program`). */
export const DECLARATION_TOKENS: Readonly<Record<DeclarationKind, string>> = {
  library: "Library",
  partner: "Partner",
  room: "Room",
  vehicle: "Vehicle",
  staff: "Staff",
  volunteer: "Volunteer",
  collection: "Collection",
  budget: "Budget",
  equipment: "Equipment",
  program: "Program",
  agreement: "Agreement",
  rule: "Rule",
  kpi: "Kpi",
};

/** The declaration kinds, in the table's order. */
export const DECLARATION_KINDS = Object.keys(DECLARATION_TOKENS) as DeclarationKind[];

/** The spellings of a keyword token in a language (canonical first; the other language's when it has none). */
export function spellings(token: string, lang: Lang): readonly string[] {
  const entry = KEYWORDS.find((k) => k.token === token);
  if (entry === undefined) return [];
  const own = entry[lang];
  return own.length > 0 ? own : entry[lang === "en" ? "id" : "en"];
}

/** The canonical spelling of a keyword token in a language. */
export function spelling(token: string, lang: Lang): string {
  return spellings(token, lang)[0] ?? token.toLowerCase();
}

/** The keyword token of a property key (`capacity` → `Capacity`), when the key is a keyword. */
export function propertyToken(key: string): string | undefined {
  return WORDS.get(key)?.token ?? KEYWORDS.find((k) => k.en[0] === key)?.token;
}

/** Whether a word is a keyword of either language (a name may not be one). */
export function isKeyword(word: string): boolean {
  return WORDS.has(word);
}

/**
 * The language of a file's keywords: the language most of its definite keywords are
 * written in; `fallback` (the editor's language, English unless given) when none is
 * definite, as in a new, empty file.
 */
export function fileLanguage(text: string, fallback: Lang = "en"): Lang {
  const { en, id } = keywordCounts(text);
  return id > en ? "id" : en > id ? "en" : fallback;
}

/** A comment, a text in quotes, or a word: what {@link wordsOf} steps over, and takes. */
const WORD_OR_SKIPPED = /\/\/[^\n]*|"(?:[^"\\\n]|\\.)*"|[A-Za-z_][A-Za-z0-9_]*/g;
/** Words read at most to tell a file's language: enough for any file, and a 5 MB one is not read whole at each request. */
const WORDS_READ = 5000;

/** A file's first words (at most {@link WORDS_READ}) outside comments and texts, read no further than they go. */
function wordsOf(text: string): string[] {
  const words: string[] = [];
  const pattern = new RegExp(WORD_OR_SKIPPED.source, "g");
  for (let m = pattern.exec(text); m !== null && words.length < WORDS_READ; m = pattern.exec(text)) {
    const found = m[0];
    if (found.startsWith("//") || found.startsWith('"')) continue;
    words.push(found);
  }
  return words;
}

/** How many of a file's first 5,000 words (outside comments and texts) are keywords of definite language, by language. */
export function keywordCounts(text: string): Readonly<Record<Lang, number>> {
  let en = 0;
  let id = 0;
  for (const word of wordsOf(text)) {
    const lang = WORDS.get(word)?.lang;
    if (lang === "en") en++;
    else if (lang === "id") id++;
  }
  return { en, id };
}

/**
 * The words of the properties' allowed values written in one language only (`storytelling`,
 * `school` in English; `mendongeng`, `sekolah` in Bahasa Indonesia), from the language table:
 * a word both languages write (`seminar`) is in neither.
 */
const VALUE_WORDS: ReadonlyMap<string, Lang> = (() => {
  const seen = new Map<string, Lang | undefined>();
  for (const kind of DECLARATION_KINDS) {
    for (const property of declarationSpec(kind).properties) {
      for (const value of property.values?.values ?? []) {
        for (const lang of ["en", "id"] as const) {
          const word = value.written[lang];
          seen.set(word, seen.has(word) && seen.get(word) !== lang ? undefined : lang);
        }
      }
    }
  }
  return new Map([...seen].flatMap(([word, lang]): [string, Lang][] => (lang === undefined ? [] : [[word, lang]])));
})();

/** How many of a file's first 5,000 words (outside comments and texts) are allowed values written in one language only (see VALUE_WORDS), by language. */
export function valueWordCounts(text: string): Readonly<Record<Lang, number>> {
  const counts = { en: 0, id: 0 };
  for (const word of wordsOf(text)) {
    const lang = VALUE_WORDS.get(word);
    if (lang !== undefined) counts[lang]++;
  }
  return counts;
}
