/**
 * Markdown documentation of a keyword from the language table, in the keyword's language:
 * `lontar explain tier` and the editor's hover show it.
 */
import { explainTopic, topicWords } from "./topics.js";
import { weekdayLabels } from "@lontar/core";
import type { KeywordLanguage } from "../syntax/ast.js";
import type { DeclarationSpec, PropertySpec } from "./shapes.js";
import { LANGUAGE, propertySyntax } from "./table.js";
import { VALUE_SHAPES } from "./value-shapes.js";
import { KEYWORDS, MONTH_SPELLINGS, ORDINAL_SPELLINGS, WEEKDAY_SPELLINGS, WEEKDAYS, WORDS, spell } from "../syntax/keywords.js";
import { STATEMENT_DOCS, type StatementDoc } from "./statement-docs.js";
import { keywordsMeantBy } from "../syntax/parser/keyword-suggestions.js";
import { monthName } from "../semantics/message-words.js";

const TEXT = {
  en: { properties: "Properties", value: "Value", required: "required", repeats: "may repeat", allowed: "Allowed values", also: "also", in: "in", notKeyword: "{word} is not a Lontar keyword: write {keywords}.", or: " or " },
  id: { properties: "Properti", value: "Nilai", required: "wajib", repeats: "boleh berulang", allowed: "Nilai yang diizinkan", also: "juga", in: "pada", notKeyword: "{word} bukan kata kunci Lontar: tulis {keywords}.", or: " atau " },
} as const;

const EXAMPLE = { en: "Example", id: "Contoh" } as const;

/** A text in each keyword language. */
type Both = Readonly<Record<KeywordLanguage, string>>;

/** A word's spellings in each keyword language. */
interface Spellings {
  readonly en: readonly string[];
  readonly id: readonly string[];
}

const WEEKDAY_DOC = {
  en: "A day of the week, in a schedule's days (`on tue, fri`, `on mon..thu`, `on the last fri`) and in a rule's condition (`weekday == fri`).",
  id: "Hari dalam pekan, pada hari-hari sebuah jadwal (`pada selasa, jumat`, `pada senin..kamis`, `pada jumat terakhir`) dan pada kondisi aturan (`hari == jumat`).",
} as const;

const WEEKDAY_EXAMPLE = { en: "schedule every week on sat at 10:00 for 1h", id: "jadwal setiap pekan pada sabtu pukul 10:00 selama 1 jam" } as const;

/** The days of the week `word` names (one, in either language), documented. */
function explainWeekday(word: string, reader: KeywordLanguage): string | undefined {
  const code = WEEKDAYS.find((d) => WEEKDAY_SPELLINGS[d].en.includes(word) || WEEKDAY_SPELLINGS[d].id.includes(word));
  if (code === undefined) return undefined;
  return explainSpelt(word, reader, WEEKDAY_SPELLINGS[code], { en: `${weekdayLabels[code].en}. ${WEEKDAY_DOC.en}`, id: `${weekdayLabels[code].id}. ${WEEKDAY_DOC.id}` }, WEEKDAY_EXAMPLE);
}

/**
 * A word of a closed set (a weekday, an ordinal, a month) as Markdown: every spelling, the
 * word's language first, then its documentation and an example in that language.
 */
function explainSpelt(word: string, reader: KeywordLanguage, spellings: Spellings, doc: Both, example: Both): string {
  const lang = languageOf(word, spellings, reader);
  const other: KeywordLanguage = lang === "en" ? "id" : "en";
  const written = [...spellings[lang], ...spellings[other].filter((w) => !spellings[lang].includes(w))].map((w) => `\`${w}\``).join(" / ");
  return `# ${written}\n\n${doc[lang]}\n\n${EXAMPLE[lang]}:\n\n\`\`\`lontar\n${example[lang]}\n\`\`\``;
}

const ORDINAL_DOC = {
  en: "Which one of a weekday in the month, in a monthly or yearly schedule: `first` to `fifth`, or `last`; several are joined with `and` or `,` (`on the second and fourth thu`).",
  id: "Urutan sebuah hari dalam bulan, pada jadwal bulanan atau tahunan: `pertama` sampai `kelima`, atau `terakhir`; beberapa digabung dengan `dan` atau `,` (`pada kamis kedua dan keempat`).",
} as const;

/** A schedule with several ordinals: `and`'s own example (statement-docs.ts). */
const ORDINAL_EXAMPLE: Both = STATEMENT_DOCS["And"]?.example ?? { en: "", id: "" };

const MONTH_DOC = {
  en: "A month's name, in the date of a yearly schedule (`every year on 17 aug`). Elsewhere a date is written `YYYY-MM-DD`, and a rule's condition compares a month as its number (`month == 8`).",
  id: "Nama bulan, pada tanggal jadwal tahunan (`setiap tahun pada 17 agustus`). Di tempat lain tanggal ditulis `YYYY-MM-DD`, dan kondisi aturan membandingkan bulan sebagai angkanya (`bulan == 8`).",
} as const;

const MONTH_EXAMPLE = { en: "schedule every year on 17 aug at 08:00 for 3h", id: "jadwal setiap tahun pada 17 agustus pukul 08:00 selama 3 jam" } as const;

/** An ordinal (`kedua`, `last`) or a month's name (`agustus`), documented; undefined for any other word. */
function explainOrdinalOrMonth(word: string, reader: KeywordLanguage): string | undefined {
  const ordinal = ORDINAL_SPELLINGS.find((o) => o.en.includes(word) || o.id.includes(word));
  if (ordinal !== undefined) return explainSpelt(word, reader, ordinal, ORDINAL_DOC, ORDINAL_EXAMPLE);
  const month = MONTH_SPELLINGS.findIndex((m) => m.en.includes(word) || m.id.includes(word));
  const spellings = MONTH_SPELLINGS[month];
  if (spellings === undefined) return undefined;
  const name = monthName(month + 1);
  return explainSpelt(word, reader, spellings, { en: `${name.en}. ${MONTH_DOC.en}`, id: `${name.id}. ${MONTH_DOC.id}` }, MONTH_EXAMPLE);
}

/** The language `word` is spelt in; the reader's when both languages spell it alike (`program`, `kpi`, `per`). */
function languageOf(word: string, spellings: Spellings, reader: KeywordLanguage): KeywordLanguage {
  const en = spellings.en.includes(word);
  const id = spellings.id.includes(word);
  return en === id ? reader : id ? "id" : "en";
}

function written(p: PropertySpec, lang: KeywordLanguage): string {
  return propertySyntax(p.key)?.written[lang] ?? p.key;
}

function explainProperty(d: DeclarationSpec, p: PropertySpec, lang: KeywordLanguage): string {
  const t = TEXT[lang];
  const shape = VALUE_SHAPES[p.shape];
  const notes = [p.required ? t.required : "", p.repeatable ? t.repeats : ""].filter((n) => n.length > 0);
  const lines = [
    `## \`${written(p, lang)}\` ${t.in} \`${d.keyword[lang][0] ?? d.kind}\``,
    "",
    p.doc[lang],
    "",
    `${t.value}: ${shape.expected[lang]}${notes.length > 0 ? ` (${notes.join(", ")})` : ""}.`,
  ];
  if (p.values !== undefined) {
    lines.push("", `${t.allowed} (${p.values.title[lang]}):`, "");
    for (const v of p.values.values) {
      // The word a planner writes in the keyword's language first, then the other words that mean the value.
      const others = v.words.filter((w) => w !== v.written[lang]);
      lines.push(`- \`${v.written[lang]}\`: ${v.label[lang]}${others.length > 0 ? ` (${t.also} ${others.map((w) => `\`${w}\``).join(", ")})` : ""}`);
    }
  }
  return lines.join("\n");
}

function explainDeclaration(d: DeclarationSpec, lang: KeywordLanguage): string {
  const t = TEXT[lang];
  const other: KeywordLanguage = lang === "en" ? "id" : "en";
  // Every spelling once, the reader's language first: `kpi` / `iku`, not `kpi` / `kpi`.
  const spellings = [...new Set([...d.keyword[lang], ...d.keyword[other]])].map((w) => `\`${w}\``).join(" / ");
  const lines = [`# ${spellings}`, "", d.doc[lang], "", `${t.properties}:`, ""];
  for (const p of d.properties) lines.push(`- \`${written(p, lang)}\`${p.required ? ` (${t.required})` : ""}: ${p.doc[lang]}`);
  return lines.join("\n");
}

/**
 * The documentation of `word` (a declaration or property keyword in either language, or
 * a statement or schedule word such as `horizon` or `setiap`) as Markdown, in the word's
 * language, or in `reader`'s (English when not given) for a word both languages spell alike
 * (`program`, `kpi`, `target`); undefined when no table knows the word. A phrase of keywords
 * (`cuti bersama`, `public holidays`) is told in its own language.
 *
 * @example explainKeyword("jenjang") // "# `jenjang` …" with the library tiers
 * @example explainKeyword("kpi", "id") // "# `kpi` / `iku`\n\nKPI: indikator berbobot …"
 */
export function explainKeyword(word: string, reader: KeywordLanguage = "en"): string | undefined {
  const own = explainWord(word, reader);
  if (own !== undefined) return own;
  const words = word.trim().split(/\s+/);
  // A whole line copied from a file (`tutup pada libur nasional`, a walk of stop 56): its first word's keyword, when no phrase is known.
  if (words.length > 1) return explainPhrase(words) ?? explainLineStart(words[0]?.toLowerCase() ?? "", reader);
  // A planner's word for a keyword (`mou`, `jam_buka`): what it is written as, then that keyword's documentation.
  const meant = keywordsMeantBy(word, reader);
  const docs = meant.map((w) => explainWord(w, reader)).filter((d): d is string => d !== undefined);
  if (docs.length === 0) return explainValue(word, reader) ?? explainMentioned(word, reader) ?? explainTopic(word, reader);
  const list = meant.map((w) => `\`${w}\``).join(TEXT[reader].or);
  return `${TEXT[reader].notKeyword.replace("{word}", `\`${word}\``).replace("{keywords}", list)}\n\n${docs.join("\n")}`;
}

const VALUE_TEXT = {
  en: { of: "A value of {property} in {declaration}", also: "also written" },
  id: { of: "Nilai {property} pada {declaration}", also: "juga ditulis" },
} as const;

/**
 * An allowed value of a property (`perpustakaan_keliling`, `mendongeng`, `sekolah`): what it
 * means, the property (or properties) it is a value of, and that property's documentation, in
 * the value's language (the reader's for a word both spell alike). Undefined for no value.
 */
function explainValue(word: string, reader: KeywordLanguage): string | undefined {
  const key = word.toLowerCase();
  const found: string[] = [];
  const seen = new Set<string>();
  for (const d of LANGUAGE) {
    for (const p of d.properties) {
      const value = p.values?.values.find((v) => v.words.includes(key));
      if (value === undefined || p.values === undefined || seen.has(`${p.values.title.en}|${value.written.en}`)) continue;
      seen.add(`${p.values.title.en}|${value.written.en}`);
      const lang: KeywordLanguage = value.written.id === key && value.written.en !== key ? "id" : value.written.en === key && value.written.id !== key ? "en" : reader;
      const others = [...new Set([value.written[lang], ...value.words])].filter((w) => w !== key);
      const of = VALUE_TEXT[lang].of.replace("{property}", `\`${written(p, lang)}\``).replace("{declaration}", `\`${d.keyword[lang][0] ?? d.kind}\``);
      found.push(`# \`${key}\`\n\n${value.label[lang]}. ${of} (${p.values.title[lang]})${others.length > 0 ? `; ${VALUE_TEXT[lang].also} ${others.map((w) => `\`${w}\``).join(", ")}` : ""}.\n\n${explainProperty(d, p, lang)}`);
    }
  }
  return found.length === 0 ? undefined : found.join("\n\n");
}

/**
 * A keyword with no page of its own (`bergilir`, `rotating`) told by the properties whose
 * documentation names it in backquotes, in the keyword's language. Undefined when none does.
 */
function explainMentioned(word: string, reader: KeywordLanguage): string | undefined {
  const meaning = WORDS.get(word.toLowerCase());
  if (meaning === undefined) return undefined;
  const lang: KeywordLanguage = meaning.lang ?? reader;
  const spellings = KEYWORDS.find((k) => k.token === meaning.token);
  const written = [...(spellings?.en ?? []), ...(spellings?.id ?? [])].map((w) => `\`${w}\``);
  const found = LANGUAGE.flatMap((d) => d.properties.filter((p) => written.some((w) => p.doc.en.includes(w) || p.doc.id.includes(w))).map((p) => explainProperty(d, p, lang)));
  return found.length === 0 ? undefined : `# \`${word.toLowerCase()}\`\n\n${found.join("\n\n")}`;
}

/** A phrase of a statement doc (its token names) as written in `lang`, canonical spellings: `["Cuti", "Bersama"]` → `cuti bersama`. */
function spellPhrase(tokens: readonly string[], lang: KeywordLanguage): string {
  return tokens.map((t) => spell(t, lang)).join(" ");
}

/** The title of a doc told under its phrases: the first phrase in `lang`, then the first in the other language. */
function phraseTitle(phrases: NonNullable<StatementDoc["phrases"]>, lang: KeywordLanguage): readonly string[] {
  const other: KeywordLanguage = lang === "en" ? "id" : "en";
  return [phrases[lang][0], phrases[other][0]].filter((p): p is readonly string[] => p !== undefined).map((p, i) => spellPhrase(p, i === 0 ? lang : other));
}

/** A statement doc as Markdown under `title`, in `lang`. */
function statementMarkdown(title: readonly string[], doc: StatementDoc, lang: KeywordLanguage): string {
  return `# ${title.map((w) => `\`${w}\``).join(" / ")}\n\n${doc.doc[lang]}\n\n${EXAMPLE[lang]}:\n\n\`\`\`lontar\n${doc.example[lang]}\n\`\`\``;
}

/**
 * A phrase of keywords (`cuti bersama`, `public holiday`) that a statement doc is told under:
 * each word lexes (keyword table) to the phrase's token in turn. Undefined for any other words.
 */
function explainPhrase(words: readonly string[]): string | undefined {
  // Told in the words' language: a phrase both languages lex alike (`termasuk libur`, `including holidays`) by its spelling.
  const order = words.some((w) => WORDS.get(w)?.lang === "id") ? (["id", "en"] as const) : (["en", "id"] as const);
  for (const doc of new Set(Object.values(STATEMENT_DOCS))) {
    for (const lang of order) {
      const phrase = doc.phrases?.[lang].find((tokens) => tokens.length === words.length && tokens.every((t, i) => WORDS.get(words[i] ?? "")?.token === t));
      if (phrase !== undefined && doc.phrases !== undefined) return `${statementMarkdown(phraseTitle(doc.phrases, lang), doc, lang)}\n`;
    }
  }
  return undefined;
}

/** A property's or a declaration's keyword that starts a line (`tutup`), explained; undefined for any other word (`bersama cuti` stays unknown). */
function explainLineStart(word: string, reader: KeywordLanguage): string | undefined {
  const starts = LANGUAGE.some((d) => d.keyword.en.includes(word) || d.keyword.id.includes(word) || d.properties.some((p) => p.keyword.en.includes(word) || p.keyword.id.includes(word)));
  return starts ? explainWord(word, reader) : undefined;
}

/** {@link explainKeyword} of a word the tables know, or undefined. */
function explainWord(word: string, reader: KeywordLanguage): string | undefined {
  const parts: string[] = [];
  for (const d of LANGUAGE) {
    if (d.keyword.en.includes(word) || d.keyword.id.includes(word)) parts.push(explainDeclaration(d, languageOf(word, d.keyword, reader)));
  }
  for (const d of LANGUAGE) {
    for (const p of d.properties) {
      const syntax = propertySyntax(p.key);
      const spellings = [...p.keyword.en, ...p.keyword.id, syntax?.written.en, syntax?.written.id];
      if (spellings.includes(word)) parts.push(explainProperty(d, p, languageOf(word, { en: [...p.keyword.en, syntax?.written.en ?? ""], id: [...p.keyword.id, syntax?.written.id ?? ""] }, reader)));
    }
  }
  // A day of the week; `minggu` is Sunday and a week, so it is told as both.
  const day = parts.length === 0 ? (explainWeekday(word, reader) ?? explainOrdinalOrMonth(word, reader)) : undefined;
  if (day !== undefined) parts.push(day);
  if (parts.length === 0 || word === "minggu") {
    // A statement or schedule word: its doc, under every spelling of its token in the word's language.
    for (const entry of KEYWORDS) {
      const doc = STATEMENT_DOCS[entry.token];
      const spelt = entry.en.includes(word) || entry.id.includes(word) || (word === "minggu" && entry.token === "WeekUnit");
      if (doc === undefined || !spelt) continue;
      const sunday = word === "minggu";
      const lang = sunday ? "id" : languageOf(word, entry, reader);
      const other: KeywordLanguage = lang === "en" ? "id" : "en";
      // A word that stands only in a phrase (`cuti`) is told under the phrase (`cuti bersama`).
      const title = doc.phrases !== undefined ? phraseTitle(doc.phrases, lang) : [...(sunday ? [word] : []), ...entry[lang], ...entry[other].filter((w) => !entry[lang].includes(w))];
      parts.push(statementMarkdown(title, doc, lang));
    }
  }
  return parts.length === 0 ? undefined : `${parts.join("\n\n")}\n`;
}

/**
 * Every word {@link explainKeyword} documents (declaration, property, statement and
 * schedule keywords in both languages, phrases such as `cuti bersama`, and properties' allowed values such as
 * `literasi_digital`), sorted, without repeats: the candidates for a
 * "did you mean" when a word is not one of them.
 *
 * @example explainableWords().includes("horizon") // true
 */
export function explainableWords(): readonly string[] {
  const words = new Set<string>();
  for (const d of LANGUAGE) {
    for (const w of [...d.keyword.en, ...d.keyword.id]) words.add(w);
    for (const p of d.properties) {
      const syntax = propertySyntax(p.key);
      for (const w of [...p.keyword.en, ...p.keyword.id, syntax?.written.en, syntax?.written.id]) if (w !== undefined) words.add(w);
    }
  }
  for (const entry of KEYWORDS) if (STATEMENT_DOCS[entry.token] !== undefined) for (const w of [...entry.en, ...entry.id]) words.add(w);
  for (const doc of Object.values(STATEMENT_DOCS)) for (const lang of ["en", "id"] as const) for (const phrase of doc.phrases?.[lang] ?? []) words.add(spellPhrase(phrase, lang));
  for (const w of topicWords()) words.add(w);
  // A property's allowed values (`literasi_digital`), which explainValue tells: a typo of one is offered the value.
  for (const d of LANGUAGE) for (const p of d.properties) for (const v of p.values?.values ?? []) for (const w of v.words) words.add(w);
  for (const day of WEEKDAYS) for (const w of [...WEEKDAY_SPELLINGS[day].en, ...WEEKDAY_SPELLINGS[day].id]) words.add(w);
  for (const spellings of [...ORDINAL_SPELLINGS, ...MONTH_SPELLINGS]) for (const w of [...spellings.en, ...spellings.id]) words.add(w);
  return [...words].sort();
}
