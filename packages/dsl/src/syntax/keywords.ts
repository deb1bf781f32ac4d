/**
 * The bilingual keyword table: every keyword, weekday, month and ordinal in English and
 * Bahasa Indonesia, mapped to one canonical token. The first spelling of each list is the
 * canonical one the formatter writes for that language.
 *
 * `minggu` is both "Sunday" and "week" in Indonesian: it lexes as its own token that the
 * grammar accepts wherever a weekday or a week unit may stand (`setiap minggu` = every
 * week, `pada minggu` = on Sunday).
 */
import { TABLE_KEYWORDS } from "../language/table.js";
import type { KeywordLanguage } from "./ast.js";

/** One keyword concept with its spellings. */
export interface KeywordEntry {
  /** Name of the Chevrotain token the spellings lex to. */
  readonly token: string;
  /** English spellings, canonical first. */
  readonly en: readonly string[];
  /** Bahasa Indonesia spellings, canonical first. */
  readonly id: readonly string[];
}

/**
 * All word keywords: those of declarations and properties come from the language table
 * (language/table.ts); the rest are here. Weekdays, months and ordinals are in their own
 * tables below.
 */
export const KEYWORDS: readonly KeywordEntry[] = [
  ...TABLE_KEYWORDS,
  // other items
  { token: "Import", en: ["import"], id: ["impor"] },
  { token: "Horizon", en: ["horizon"], id: ["cakrawala"] },
  // inside property values
  { token: "Books", en: ["books"], id: ["buku"] },
  { token: "People", en: ["people"], id: ["orang"] },
  { token: "Hours", en: ["hours", "hour"], id: ["jam"] },
  { token: "Minutes", en: ["minutes", "minute"], id: ["menit"] },
  { token: "Per", en: ["per"], id: ["per"] },
  { token: "Rotating", en: ["rotating"], id: ["bergilir"] },
  { token: "With", en: ["with"], id: ["dengan"] },
  { token: "Prefer", en: ["prefer"], id: ["utamakan"] },
  { token: "Session", en: ["session", "sessions"], id: ["sesi"] },
  { token: "Forbid", en: ["forbid"], id: ["larang"] },
  { token: "Require", en: ["require"], id: ["wajib"] },
  { token: "Warn", en: ["warn"], id: ["peringatkan"] },
  { token: "By", en: ["by"], id: ["selang"] },
  { token: "And", en: ["and"], id: ["dan"] },
  { token: "To", en: ["to"], id: ["kepada", "ke"] },
  { token: "Provides", en: ["provides"], id: ["menyediakan"] },
  { token: "Hosts", en: ["hosts"], id: ["menjadi_tuan_rumah", "tuan_rumah", "menyelenggarakan", "mengadakan"] },
  { token: "Pays", en: ["pays"], id: ["membayar", "bayar"] },
  { token: "Least", en: ["least"], id: [] },
  { token: "Most", en: ["most"], id: [] },
  { token: "Minimal", en: [], id: ["minimal"] },
  { token: "Maximal", en: [], id: ["maksimal"] },
  { token: "Of", en: ["of"], id: [] },
  { token: "The", en: ["the"], id: [] },
  { token: "Weight", en: ["weight"], id: ["bobot"] },
  { token: "Target", en: ["target"], id: ["target"] },
  { token: "Threshold", en: ["threshold"], id: ["ambang"] },
  { token: "Metric", en: ["metric"], id: ["metrik"] },
  // schedules
  { token: "Every", en: ["every"], id: ["setiap", "tiap"] },
  { token: "Once", en: ["once"], id: ["sekali"] },
  { token: "Daily", en: ["daily"], id: ["harian"] },
  { token: "Times", en: ["times"], id: ["kali"] },
  { token: "On", en: ["on"], id: ["pada"] },
  { token: "At", en: ["at"], id: ["pukul", "di"] },
  { token: "For", en: ["for"], id: ["selama", "untuk"] },
  { token: "From", en: ["from"], id: ["mulai", "dari"] },
  { token: "Until", en: ["until"], id: ["sampai", "hingga"] },
  { token: "Except", en: ["except"], id: ["kecuali"] },
  { token: "Also", en: ["also"], id: ["juga"] },
  { token: "Including", en: ["including"], id: ["termasuk"] },
  { token: "Holidays", en: ["holidays", "holiday"], id: ["libur"] },
  { token: "Public", en: ["public"], id: [] },
  { token: "National", en: [], id: ["nasional"] },
  { token: "Collective", en: ["collective"], id: [] },
  { token: "Leave", en: ["leave"], id: [] },
  { token: "Cuti", en: [], id: ["cuti"] },
  { token: "Bersama", en: [], id: ["bersama"] },
  { token: "Starting", en: ["starting"], id: ["dimulai"] },
  { token: "RRule", en: ["rrule"], id: ["rrule"] },
  { token: "DayUnit", en: ["day", "days"], id: ["hari"] },
  { token: "WeekUnit", en: ["week", "weeks"], id: ["pekan"] },
  { token: "MonthUnit", en: ["month", "months"], id: ["bulan"] },
  { token: "YearUnit", en: ["year", "years"], id: ["tahun"] },
  { token: "Quarter", en: ["quarter"], id: ["triwulan", "kuartal"] },
  { token: "Semester", en: ["semester"], id: ["semester"] },
  { token: "Weekdays", en: ["weekdays", "weekday"], id: ["hari_kerja"] },
  { token: "Weekends", en: ["weekends", "weekend"], id: ["akhir_pekan"] },
  { token: "Kerja", en: [], id: ["kerja"] },
  { token: "Akhir", en: [], id: ["akhir"] },
  { token: "DateKw", en: [], id: ["tanggal"] },
  // conditions
  { token: "True", en: ["true"], id: ["benar"] },
  { token: "False", en: ["false"], id: ["salah"] },
  { token: "Not", en: ["not"], id: ["bukan", "tidak"] },
  { token: "In", en: ["in"], id: ["dalam"] },
];

/** Canonical weekday codes, Monday first. */
export const WEEKDAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;
/** A canonical weekday code. */
export type WeekdayCode = (typeof WEEKDAYS)[number];

/** Weekday spellings (canonical first). Sunday in Indonesian is `minggu` (its own token). */
export const WEEKDAY_SPELLINGS: Readonly<Record<WeekdayCode, { readonly en: readonly string[]; readonly id: readonly string[] }>> = {
  mon: { en: ["mon", "monday"], id: ["senin", "sen"] },
  tue: { en: ["tue", "tues", "tuesday"], id: ["selasa", "sel"] },
  wed: { en: ["wed", "wednesday"], id: ["rabu", "rab"] },
  thu: { en: ["thu", "thur", "thurs", "thursday"], id: ["kamis", "kam"] },
  fri: { en: ["fri", "friday"], id: ["jumat", "jum"] },
  sat: { en: ["sat", "saturday"], id: ["sabtu", "sab"] },
  sun: { en: ["sun", "sunday"], id: ["minggu", "ahad"] },
};

/** Month spellings by month number 1..12 (canonical first). */
export const MONTH_SPELLINGS: readonly { readonly en: readonly string[]; readonly id: readonly string[] }[] = [
  { en: ["jan", "january"], id: ["januari"] },
  { en: ["feb", "february"], id: ["februari"] },
  { en: ["mar", "march"], id: ["maret"] },
  { en: ["apr", "april"], id: ["april"] },
  { en: ["may"], id: ["mei"] },
  { en: ["jun", "june"], id: ["juni"] },
  { en: ["jul", "july"], id: ["juli"] },
  { en: ["aug", "august"], id: ["agustus", "agu", "agt"] },
  { en: ["sep", "sept", "september"], id: ["september"] },
  { en: ["oct", "october"], id: ["oktober", "okt"] },
  { en: ["nov", "november"], id: ["november"] },
  { en: ["dec", "december"], id: ["desember", "des"] },
];

const MONTH_OF: ReadonlyMap<string, number> = new Map(MONTH_SPELLINGS.flatMap((m, i) => [...m.en, ...m.id].map((w) => [w, i + 1] as const)));

/** The number of the month a word names (`Agustus`, `aug`: 8), any case; undefined for another word. */
export function monthNumber(word: string): number | undefined {
  return MONTH_OF.get(word.toLowerCase());
}

/** Ordinal spellings: 1..5 and -1 (last). */
export const ORDINAL_SPELLINGS: readonly { readonly value: 1 | 2 | 3 | 4 | 5 | -1; readonly en: readonly string[]; readonly id: readonly string[] }[] = [
  { value: 1, en: ["first"], id: ["pertama"] },
  { value: 2, en: ["second"], id: ["kedua"] },
  { value: 3, en: ["third"], id: ["ketiga"] },
  { value: 4, en: ["fourth"], id: ["keempat"] },
  { value: 5, en: ["fifth"], id: ["kelima"] },
  { value: -1, en: ["last"], id: ["terakhir"] },
];

/** What a word lexes to: the token name, the language of the spelling, and a value for weekdays, months and ordinals. */
export interface WordMeaning {
  /** Token name. */
  readonly token: string;
  /** Language of the spelling; `undefined` when both languages spell it the same way. */
  readonly lang: KeywordLanguage | undefined;
  /** Weekday code, month number or ordinal value. */
  readonly value?: string | number;
}

function buildWordTable(): ReadonlyMap<string, WordMeaning> {
  const table = new Map<string, WordMeaning>();
  const add = (word: string, meaning: WordMeaning, other: readonly string[]): void => {
    if (table.has(word)) return;
    const shared = other.includes(word);
    table.set(word, shared ? { ...meaning, lang: undefined } : meaning);
  };
  for (const k of KEYWORDS) {
    for (const w of k.en) add(w, { token: k.token, lang: "en" }, k.id);
    for (const w of k.id) add(w, { token: k.token, lang: "id" }, k.en);
  }
  for (const code of WEEKDAYS) {
    const s = WEEKDAY_SPELLINGS[code];
    const token = (w: string): string => (w === "minggu" ? "Minggu" : "WeekdayName");
    for (const w of s.en) add(w, { token: token(w), lang: "en", value: code }, s.id);
    for (const w of s.id) add(w, { token: token(w), lang: "id", value: code }, s.en);
  }
  MONTH_SPELLINGS.forEach((s, i) => {
    for (const w of s.en) add(w, { token: "MonthName", lang: "en", value: i + 1 }, s.id);
    for (const w of s.id) add(w, { token: "MonthName", lang: "id", value: i + 1 }, s.en);
  });
  for (const o of ORDINAL_SPELLINGS) {
    for (const w of o.en) add(w, { token: "Ordinal", lang: "en", value: o.value }, o.id);
    for (const w of o.id) add(w, { token: "Ordinal", lang: "id", value: o.value }, o.en);
  }
  return table;
}

/** Every keyword spelling (lower case) and what it lexes to. Keywords are case-sensitive. */
export const WORDS: ReadonlyMap<string, WordMeaning> = buildWordTable();

/** The canonical spelling of a keyword token in a language, e.g. `("Every", "id")` → `setiap`. */
export function spell(token: string, lang: KeywordLanguage): string {
  const entry = KEYWORDS.find((k) => k.token === token);
  if (entry === undefined) throw new Error(`unknown keyword token ${token}`);
  const list = lang === "id" && entry.id.length > 0 ? entry.id : entry.en.length > 0 ? entry.en : entry.id;
  const first = list[0];
  if (first === undefined) throw new Error(`keyword token ${token} has no spelling`);
  return first;
}

/** The canonical weekday spelling in a language. */
export function spellWeekday(day: WeekdayCode, lang: KeywordLanguage): string {
  return WEEKDAY_SPELLINGS[day][lang][0] ?? day;
}

/** The canonical month spelling (1..12) in a language. */
export function spellMonth(month: number, lang: KeywordLanguage): string {
  return MONTH_SPELLINGS[month - 1]?.[lang][0] ?? String(month);
}

/** The canonical ordinal spelling in a language. */
export function spellOrdinal(value: number, lang: KeywordLanguage): string {
  return ORDINAL_SPELLINGS.find((o) => o.value === value)?.[lang][0] ?? String(value);
}

/**
 * Several ordinals of one weekday as a list is written: `kedua dan keempat`, `first, third and fifth`.
 *
 * @example spellOrdinals([1, 3, 5], "id") // "pertama, ketiga dan kelima"
 */
export function spellOrdinals(values: readonly number[], lang: KeywordLanguage): string {
  const words = values.map((v) => spellOrdinal(v, lang));
  const last = words.pop();
  if (last === undefined) return "";
  return words.length === 0 ? last : `${words.join(", ")} ${lang === "en" ? "and" : "dan"} ${last}`;
}
