/**
 * A weekday of one week of the month as planners write it: `setiap minggu ke-2 pada kamis`,
 * `setiap minggu kedua pada kamis`, `setiap kamis minggu ke-2`, `setiap sabtu pertama setiap
 * bulan` (or with no month said: the nth weekday is of a month), where Lontar writes the nth
 * weekday of every month: `setiap bulan pada kamis kedua`; several weeks (`minggu ke-2 dan
 * ke-4`) the nth weekdays (`setiap bulan pada kamis kedua dan keempat`). An ordinal written
 * with digits (`kamis ke-2`, `the 2nd thu`) is its word (`kamis kedua`, `the second thu`).
 */
import type { IToken } from "chevrotain";
import { spanTokens, tokenRange } from "../ast-builder/ranges.js";
import { spellOrdinal, spellOrdinals, WORDS } from "../keywords.js";
import { K, NumberLiteral, Ordinal as ORDINAL } from "../lexer/tokens.js";
import type { NotationRun } from "./notation.js";
import { dayName, keywordOf, lexedAs, suffixedNumber, touching, writtenText } from "./written-tokens.js";

/** The words for a week. */
const WEEK_WORDS: ReadonlySet<string> = new Set(["minggu", "pekan", "week"]);

/** Whether `t` is a word for the week (`minggu`, `pekan`, `week`). */
function isWeek(t: IToken | undefined): boolean {
  return t !== undefined && WEEK_WORDS.has(t.image.toLowerCase());
}

/** The value of an ordinal's word (`kedua`: 2, `terakhir`: -1). */
const ordinal = (t: IToken): unknown => WORDS.get(t.image.toLowerCase())?.value;

/**
 * The ordinals from `i` (`ke-2`, `kedua`, `terakhir`, `2nd`, joined by `dan` or `,`), at most five, the
 * last token read, and whether that is a join no ordinal followed (`kedua, selasa`: `dangling`).
 */
function ordinalsAt(tokens: readonly IToken[], i: number): { readonly values: readonly number[]; readonly last: number; readonly dangling: boolean } | undefined {
  const values: number[] = [];
  let j = i;
  while (values.length < 5) {
    const t = tokens[j];
    const n = tokens[j + 2];
    if (t?.tokenType === K["To"] && tokens[j + 1]?.tokenType.name === "Minus" && n?.tokenType === NumberLiteral && /^[1-5]$/.test(n.image)) {
      values.push(Number(n.image));
      j += 3;
    } else if (t !== undefined && (t.tokenType.name === "Ordinal" || keywordOf(t) === "Ordinal") && typeof ordinal(t) === "number") {
      values.push(ordinal(t) as number);
      j += 1;
    } else {
      // `2nd`: the number, then its suffix.
      const suffixed = suffixedNumber(tokens, j);
      if (suffixed === undefined || suffixed > 5) break;
      values.push(suffixed);
      j += 2;
    }
    const join = tokens[j];
    if (join === undefined || (join.tokenType !== K["And"] && join.tokenType.name !== "Comma")) break;
    j += 1;
  }
  const last = j - 1;
  const end = tokens[last];
  return values.length === 0 ? undefined : { values, last, dangling: end !== undefined && (end.tokenType === K["And"] || end.tokenType.name === "Comma") };
}

/** The nth weekdays as each language writes them: `sabtu kedua dan keempat`, `the second and fourth sat`. */
function nthWeekday(day: string, values: readonly number[], lang: "en" | "id"): string {
  return lang === "en" ? `the ${spellOrdinals(values, lang)} ${day}` : `${day} ${spellOrdinals(values, lang)}`;
}

/** The words that say "of every month" after an nth weekday, as written (`setiap bulan`, `dalam sebulan`, `of the month`). */
const MONTH_TAILS: readonly (readonly string[])[] = [
  ["setiap", "bulan"], ["tiap", "bulan"], ["per", "bulan"], ["dalam", "sebulan"], ["dalam", "satu", "bulan"], ["di", "setiap", "bulan"], ["di", "tiap", "bulan"],
  ["pada", "setiap", "bulan"], ["tiap", "bulannya"], ["setiap", "bulannya"],
  ["of", "the", "month"], ["of", "each", "month"], ["of", "every", "month"], ["every", "month"], ["each", "month"], ["a", "month"], ["per", "month"],
];

/** The last token of the month's words (see {@link MONTH_TAILS}) from `i` on `line`, or undefined when none is written there. */
function monthTailEnd(tokens: readonly IToken[], i: number, line: number | undefined): number | undefined {
  for (const words of MONTH_TAILS) {
    if (words.every((word, k) => tokens[i + k]?.image.toLowerCase() === word && tokens[i + k]?.startLine === line)) return i + words.length - 1;
  }
  return undefined;
}

/**
 * `setiap minggu ke-2 pada kamis`, `setiap kamis minggu ke-2`, `setiap sabtu pertama setiap
 * bulan` (`every first sat of the month`) from `s` (at `setiap`): the run and its fix.
 */
export function weekOrdinalAt(tokens: readonly IToken[], s: number): NotationRun | undefined {
  const every = tokens[s];
  // `Setiap Sabtu Pertama Setiap Bulan`, capitalised as a letter's heading writes it: the same run, its fix in lower case.
  if (every === undefined || keywordOf(every) !== "Every") return undefined;
  const word = every.image.toLowerCase();
  const lang = word === "every" ? "en" : "id";
  let day: string | undefined;
  let read: ReturnType<typeof ordinalsAt>;
  let last: number;
  let months: string | undefined;
  if (isWeek(tokens[s + 1])) {
    // `setiap minggu ke-2 pada kamis`
    read = ordinalsAt(tokens, s + 2);
    if (read === undefined) return undefined;
    const on = tokens[read.last + 1];
    day = dayName(tokens[read.last + 2]);
    if (on?.tokenType !== K["On"] || day === undefined) return undefined;
    last = read.last + 2;
  } else if (isWeek(tokens[s + 2])) {
    // `setiap kamis minggu ke-2`
    day = dayName(tokens[s + 1]);
    if (day === undefined) return undefined;
    read = ordinalsAt(tokens, s + 3);
    if (read === undefined) return undefined;
    last = read.last;
  } else {
    // `setiap sabtu pertama (setiap bulan)`, `every first sat of the month`: the nth weekday, the month said after it or not at all.
    const english = lang === "en";
    read = ordinalsAt(tokens, english ? s + 1 : s + 2);
    const dayAt = english ? (read?.last ?? s) + 1 : s + 1;
    day = dayName(tokens[dayAt]);
    // `setiap sabtu pertama, setiap bulan`: a comma before the month's words, not another ordinal.
    const commaTail = !english && read?.dangling === true && tokens[read.last]?.tokenType.name === "Comma" && monthTailEnd(tokens, read.last + 1, every.startLine) !== undefined;
    if (day === undefined || read === undefined || (read.dangling && !commaTail) || tokens[english ? dayAt : read.last]?.startLine !== every.startLine) return undefined;
    const end = english ? dayAt : read.last;
    const tail = monthTailEnd(tokens, end + 1, every.startLine);
    // `setiap sabtu pertama setiap 2 bulan`: every other month, kept (`setiap 2 bulan pada sabtu pertama`).
    const [again, count, unit] = [tokens[end + 1], tokens[end + 2], tokens[end + 3]];
    if (tail === undefined && again !== undefined && again.tokenType === K["Every"] && again.startLine === every.startLine) {
      if (count?.tokenType !== NumberLiteral || !/^[1-9]\d?$/.test(count.image) || unit?.tokenType !== K["MonthUnit"] || english) return undefined;
      months = count.image;
      last = end + 3;
    } else {
      // `every second sat` may be every other Saturday: in English only a month said, or another ordinal, makes it the nth.
      if (english && tail === undefined && read.values.includes(2)) return undefined;
      last = tail ?? end;
    }
  }
  const month = lang === "en" ? "every month on" : months === undefined ? `${word} bulan pada` : `${word} ${months} bulan pada`;
  const fixed = `${month} ${nthWeekday(day, read.values, lang)}`;
  const put = lexedAs(fixed);
  if (put === undefined) return undefined;
  const text = writtenText(tokens, s, last);
  const range = spanTokens(every, tokens[last] as IToken) ?? tokenRange(every);
  return { first: s, last, mistake: { kind: "weekOrdinal", text, fixed, range }, literal: "keyword", ...put };
}

/**
 * After `setiap bulan pada` (`every month on`) at `s`: `minggu kedua hari selasa`, `minggu ke-2
 * pada selasa`, `selasa minggu kedua`, `hari selasa minggu kedua` (a weekday of one week of the
 * month, the month already said), where Lontar writes the nth weekday: `selasa kedua`. Right
 * after `setiap bulan`, with no `pada` (`tiap bulan minggu kedua hari Selasa`, `setiap bulan sabtu
 * pertama`, `every month first sat`), the fix writes it: `pada selasa kedua`, `on the first sat`. (`pada
 * minggu kedua` alone is the second Sunday, and stays so.)
 */
export function monthWeekOrdinalAt(tokens: readonly IToken[], s: number): NotationRun | undefined {
  const first = tokens[s];
  const on = tokens[s - 1]?.tokenType === K["On"];
  const month = on ? s - 2 : s - 1;
  if (first === undefined || tokens[month]?.tokenType !== K["MonthUnit"] || tokens[month - 1]?.tokenType !== K["Every"]) return undefined;
  let day: string | undefined;
  let read: ReturnType<typeof ordinalsAt>;
  let last: number;
  if (isWeek(first) && (read = ordinalsAt(tokens, s + 1)) !== undefined) {
    // `minggu kedua hari selasa`, `minggu kedua pada selasa`, `minggu kedua selasa`; not `minggu kedua, selasa kedua` (two weekdays listed).
    if (read.dangling) return undefined;
    let at = read.last + 1;
    if (tokens[at]?.tokenType === K["On"]) at++;
    if (tokens[at]?.tokenType === K["DayUnit"]) at++;
    day = dayName(tokens[at]);
    if (day === undefined || tokens[at]?.startLine !== first.startLine) return undefined;
    last = at;
  } else if (!on && dayName(first) !== undefined && !isWeek(tokens[s + 1]) && (read = ordinalsAt(tokens, s + 1)) !== undefined) {
    // `setiap bulan sabtu pertama`: the nth weekday already, only its `pada` left out.
    day = dayName(first);
    if (day === undefined || read.dangling || tokens[read.last]?.startLine !== first.startLine) return undefined;
    last = read.last;
  } else if (!on && (read = ordinalsAt(tokens, s)) !== undefined) {
    // `every month first sat`, `every month 2nd and 4th sat`: the English order, its `on the` left out.
    day = dayName(tokens[read.last + 1]);
    if (day === undefined || read.dangling || tokens[read.last + 1]?.startLine !== first.startLine) return undefined;
    last = read.last + 1;
  } else {
    // `selasa minggu kedua`, `hari selasa minggu kedua`
    const at = first.tokenType === K["DayUnit"] ? s + 1 : s;
    day = dayName(tokens[at]);
    if (day === undefined || !isWeek(tokens[at + 1])) return undefined;
    read = ordinalsAt(tokens, at + 2);
    if (read === undefined || read.dangling) return undefined;
    last = read.last;
  }
  const lang = (on ? tokens[s - 1] : tokens[month - 1])?.image.toLowerCase() === (on ? "on" : "every") ? "en" : "id";
  const nth = nthWeekday(day, read.values, lang);
  const fixed = on ? nth : `${lang === "en" ? "on" : "pada"} ${nth}`;
  const put = lexedAs(fixed);
  if (put === undefined) return undefined;
  const range = spanTokens(first, tokens[last] as IToken) ?? tokenRange(first);
  return { first: s, last, mistake: { kind: "weekOrdinal", text: writtenText(tokens, s, last), fixed, range }, literal: "keyword", ...put };
}

/** Tokens an ordinal of a weekday follows: a weekday (`kamis ke-2`), `the` or `on` (`the 2nd thu`), or a join after another ordinal. */
function followsOrdinalPlace(tokens: readonly IToken[], s: number): boolean {
  const before = tokens[s - 1];
  if (before === undefined) return false;
  if (dayName(before) !== undefined || before.tokenType === K["The"] || before.tokenType === K["On"]) return true;
  if (before.tokenType !== K["And"] && before.tokenType.name !== "Comma") return false;
  const previous = tokens[s - 2];
  return previous !== undefined && (previous.tokenType.name === "Ordinal" || previous.tokenType === NumberLiteral || suffixedNumber(tokens, s - 3) !== undefined);
}

/**
 * `ke-2` (after a weekday: `kamis ke-2`) and `2nd` (`the 2nd thu`): an ordinal of a weekday in
 * the month written with digits, whose fix is its word (`kedua`, `second`), read on as that ordinal.
 */
export function ordinalDigitsAt(tokens: readonly IToken[], s: number): NotationRun | undefined {
  const t = tokens[s];
  if (t !== undefined && (t.tokenType === K["And"] || t.tokenType.name === "Comma") && tokens[s - 1]?.tokenType.name === "Ordinal") {
    // `the second and 4th thu`: the grammar fails at the join, before the digits, so the run starts there (the join put back as written).
    const run = ordinalDigitsAt(tokens, s + 1);
    return run?.token === undefined ? undefined : { ...run, first: s, token: { type: t.tokenType, image: t.image }, then: [run.token] };
  }
  if (t === undefined || !followsOrdinalPlace(tokens, s)) return undefined;
  let last: number;
  let value: string;
  let lang: "en" | "id";
  const minus = tokens[s + 1];
  const digits = tokens[s + 2];
  if (t.tokenType === K["To"] && t.image.toLowerCase() === "ke" && minus?.tokenType.name === "Minus" && digits?.tokenType === NumberLiteral && touching(t, minus) && touching(minus, digits)) {
    // `ke-2`
    [last, value, lang] = [s + 2, digits.image, "id"];
  } else {
    // `2nd`
    if (suffixedNumber(tokens, s) === undefined) return undefined;
    [last, value, lang] = [s + 1, t.image, "en"];
  }
  if (!/^[1-5]$/.test(value)) return undefined;
  const fixed = spellOrdinal(Number(value), lang);
  const range = spanTokens(t, tokens[last] as IToken) ?? tokenRange(t);
  return { first: s, last, mistake: { kind: "ordinalDigits", text: writtenText(tokens, s, last), fixed, range }, literal: "keyword", token: { type: ORDINAL, image: fixed } };
}
