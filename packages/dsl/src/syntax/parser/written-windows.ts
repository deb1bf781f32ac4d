/**
 * Opening hours and closures written another way: `buka senin..jumat pukul 08:00-16:00` (a word
 * between the days and their hours), `tutup hari libur nasional`, `tutup saat libur nasional`
 * (holidays after another word than `pada`).
 */
import { tokenMatcher, type IToken } from "chevrotain";
import { minutesOfDay } from "@lontar/core";
import { endOf, spanTokens, tokenRange } from "../ast-builder/ranges.js";
import { keywordLanguage } from "../keyword-language.js";
import type { ValueShapeName } from "../../language/shapes.js";
import { AnyResourceKind, DotDot, K, Minus, NumberLiteral, TimeLiteral } from "../lexer/tokens.js";
import { spell, WEEKDAY_SPELLINGS, WEEKDAYS } from "../keywords.js";
import { CANONICAL_HOLIDAY_WORDS } from "../written-words.js";
import type { NotationRun } from "./notation.js";
import { endHourAt, hourAt, isZoneName, timeAt, timeWordAt } from "./written-dates.js";
import { joinLength } from "./written-ranges.js";
import { lexedAs, pad2, writtenText } from "./written-tokens.js";
import { lineShape } from "./line-shape.js";

/** The shapes whose value is days and their hours (`buka`, `tersedia`). */
const WINDOW_SHAPES: ReadonlySet<ValueShapeName> = new Set(["windows", "openWindows"]);
/** Words written before a time of day (`pukul`, `jam`, `at`), lower case. */
const AT_WORDS: ReadonlySet<string> = new Set(["pukul", "jam", "at"]);

/** A time from token `i`, as Lontar writes it (`08:00`), with a dot (`08.00`) or as an hour after `pukul`/`jam` (`8 pagi`): its last token, and its spelling when certain. */
function timeFrom(tokens: readonly IToken[], i: number): { readonly last: number; readonly time?: string } | undefined {
  const t = tokens[i];
  if (t?.tokenType === TimeLiteral) return { last: i, time: t.image };
  const written = timeAt(tokens, i) ?? hourAt(tokens, i);
  return written === undefined ? undefined : { last: written.last, ...(written.mistake.fixed === undefined ? {} : { time: written.mistake.fixed }) };
}

/**
 * `buka senin..jumat pukul 08:00-16:00`, `jam 08:00-16:00`, `open mon..fri at 08:00-16:00`: a word
 * for a time of day between days and their hours (in `buka`, `tersedia`), which Lontar writes
 * right after the days; the fix is the hours alone, `08:00-16:00` (their ends written another
 * way, `08.00`, `08:00 sampai 16:00`, mended in it). So too a flexible schedule's span after
 * `antara` / `between` (`antara pukul 09.00-12.00 WIB`: `antara 09:00-12:00`).
 */
export function atHoursAt(tokens: readonly IToken[], s: number): NotationRun | undefined {
  const word = tokens[s];
  if (word === undefined || !AT_WORDS.has(word.image.toLowerCase())) return undefined;
  // A flexible schedule's hours after `antara` / `between` (`antara pukul 09.00-12.00 WIB`) are a span written as a window's are.
  const before = tokens[s - 1];
  const shape = lineShape(tokens, s);
  const between = before !== undefined && before.tokenType === K["Between"] && before.startLine === word.startLine && shape === "schedule" ? before : undefined;
  if (between === undefined && !WINDOW_SHAPES.has(shape ?? "text")) return undefined;
  const from = timeFrom(tokens, s + 1);
  if (from?.time === undefined) return undefined;
  const join = joinLength(tokens, from.last + 1);
  // After `antara` a span it must be: `antara pukul 09:00` alone is the grammar's error.
  if (between !== undefined && join === 0) return undefined;
  // With no end (`buka senin..jumat jam 8 pagi`) the word goes all the same (certain), and the parser then asks for the end.
  // The word written again before the end (`jam 8 pagi sampai jam 4 sore`) goes with it.
  const endAt = timeWordAt(tokens, from.last + 1 + join) ? from.last + 2 + join : from.last + 1 + join;
  // An end read as a time after the start; else an hour with no minutes read as one after it (`jam 8 sampai jam 4`: 16:00, `jam 16 sampai jam 8`: 20:00).
  const read = join === 0 ? undefined : timeFrom(tokens, endAt);
  const to = join === 0 ? undefined : read?.time !== undefined && read.time > from.time ? read : (endHourAt(tokens, endAt, from.time) ?? read);
  // An end that is no time (`25.00`) is its own mistake, not read here.
  if (join > 0 && to?.time === undefined) return undefined;
  // A zone's name after the hours (`pukul 08.00-16.00 WIB`, as letters write them) goes with them: a library's hours are in its own zone.
  const timed = to?.last ?? from.last;
  const zone = tokens[timed + 1];
  const last = isZoneName(zone, word.startLine) ? timed + 1 : timed;
  const range = spanTokens(word, tokens[last] as IToken) ?? tokenRange(word);
  const text = writtenText(tokens, s, last);
  const fixed = to?.time === undefined ? from.time : `${from.time}-${to.time}`;
  const mistake = between === undefined ? { kind: "atHours" as const, text, fixed, range } : { kind: "betweenAtHours" as const, text, fixed, example: between.image, range };
  const end = to?.time === undefined ? {} : { then: [{ type: Minus, image: "-" }, { type: TimeLiteral, image: to.time }] };
  return { first: s, last, mistake, literal: "time", token: { type: TimeLiteral, image: from.time }, ...end };
}

/** Tokens a window's hours follow: a day, or the last of a range or list of days. */
const DAY_TOKENS: ReadonlySet<string> = new Set(["WeekdayName", "Minggu"]);

/**
 * `buka senin..jumat 8-16`, `tersedia senin..kamis 08-14`, `open mon..fri 8-4`: hours with no
 * minutes right after their days (in `buka`, `tersedia`). Certain when the start is 0 or from 7
 * to 23, on a 24-hour clock as letters write it, and the end comes after it (an end before the
 * start is the afternoon's, as in `jam 8-4`); the fix writes both as times, `08:00-16:00`. An
 * early start (`3-5`) may be morning or afternoon: left to the grammar's error.
 */
export function windowHoursAt(tokens: readonly IToken[], s: number): NotationRun | undefined {
  const [day, hours] = [tokens[s - 1], tokens[s]];
  if (day === undefined || hours === undefined || !DAY_TOKENS.has(day.tokenType.name) || !WINDOW_SHAPES.has(lineShape(tokens, s) ?? "text")) return undefined;
  const read = bareHoursAt(tokens, s);
  if (read === undefined) return undefined;
  const range = spanTokens(hours, tokens[read.last] as IToken) ?? tokenRange(hours);
  const mistake = { kind: "windowHours" as const, text: writtenText(tokens, s, read.last), fixed: `${read.from}-${read.to}`, range };
  return { first: s, last: read.last, mistake, literal: "time", token: { type: TimeLiteral, image: read.from }, then: [{ type: Minus, image: "-" }, { type: TimeLiteral, image: read.to }] };
}

/**
 * Hours with no minutes from token `s` (`8-16`, `8 sampai 4`): a start of 0 or from 7 to 23, on a
 * 24-hour clock as letters write it, and an end after it ({@link endHourAt}); both as times and
 * the end's last token, or undefined.
 */
function bareHoursAt(tokens: readonly IToken[], s: number): { readonly from: string; readonly to: string; readonly last: number } | undefined {
  const hours = tokens[s];
  if (hours?.tokenType !== NumberLiteral || !/^\d{1,2}$/.test(hours.image)) return undefined;
  const hour = Number(hours.image);
  if (hour !== 0 && (hour < 7 || hour > 23)) return undefined;
  const from = `${pad2(hours.image)}:00`;
  const join = joinLength(tokens, s + 1);
  const to = join === 0 ? undefined : endHourAt(tokens, s + 1 + join, from);
  return to === undefined ? undefined : { from, to: to.time, last: to.last };
}

/**
 * The first token of the days right before token `s` on its line (back to the property's keyword
 * or the previous window's hours, at most {@link MOST_DAY_TOKENS} tokens), or undefined when no day
 * stands there.
 */
function daysBefore(tokens: readonly IToken[], s: number): number | undefined {
  const line = tokens[s]?.startLine;
  let first = s;
  while (first > 0 && s - first < MOST_DAY_TOKENS && tokens[first - 1]?.startLine === line && WINDOW_DAY_TOKENS.has(tokens[first - 1]?.tokenType.name ?? "")) first--;
  if (tokens[first]?.tokenType.name === "Comma") first++;
  return first === s ? undefined : first;
}

/** Joins written between two spans of hours of the same days (`08:00-12:00 dan 13:00-16:00`), lower case. */
const HOURS_JOINS: ReadonlySet<string> = new Set([",", "dan", "and", "&"]);
/** Tokens that make up the days of a window (`senin..kamis`, `senin, rabu`, `hari_kerja`). */
export const WINDOW_DAY_TOKENS: ReadonlySet<string> = new Set(["WeekdayName", "Minggu", "DotDot", "Comma", "Weekdays", "Weekends"]);

/** Minutes of the day of a time token (`08:30` → 510, core's `minutesOfDay`); undefined for another token. */
export function minutesOfTime(t: IToken | undefined): number | undefined {
  return t?.tokenType === TimeLiteral ? minutesOfDay(t.image) : undefined;
}
/** At most this many tokens of a window's days are looked at. */
const MOST_DAY_TOKENS = 32;

/**
 * `buka senin..jumat 08:00-12:00 dan 13:00-16:00` (a break for lunch), `08:00-12:00, 13:00-16:00`:
 * a second span of hours after a window, joined without its days. Each span follows its days
 * (`buka` is a list of windows), so the fix writes the days again: `08:00-12:00, senin..jumat
 * 13:00-16:00`. Certain: the second span is read for the same days.
 */
export function hoursWithoutDaysAt(tokens: readonly IToken[], s: number): NotationRun | undefined {
  const [from, minus, to, join] = [tokens[s], tokens[s + 1], tokens[s + 2], tokens[s + 3]];
  if (from?.tokenType !== TimeLiteral || minus?.tokenType !== Minus || to?.tokenType !== TimeLiteral || join === undefined || !HOURS_JOINS.has(join.image.toLowerCase())) return undefined;
  const [from2, minus2, to2] = [tokens[s + 4], tokens[s + 5], tokens[s + 6]];
  if (from2?.tokenType !== TimeLiteral || minus2?.tokenType !== Minus || to2?.tokenType !== TimeLiteral || to2.startLine !== from.startLine) return undefined;
  if (!WINDOW_SHAPES.has(lineShape(tokens, s) ?? "text")) return undefined;
  // The first span's days: the day tokens right before it, back to the keyword or the previous window's hours.
  const first = daysBefore(tokens, s);
  if (first === undefined) return undefined;
  const days = writtenText(tokens, first, s - 1);
  const fixed = `${writtenText(tokens, s, s + 2)}, ${days} ${writtenText(tokens, s + 4, s + 6)}`;
  const lexed = lexedAs(fixed);
  if (lexed === undefined) return undefined;
  const range = spanTokens(from, to2) ?? tokenRange(from);
  return { first: s, last: s + 6, mistake: { kind: "hoursWithoutDays", text: writtenText(tokens, s, s + 6), fixed, range }, literal: "time", ...lexed };
}

/**
 * `buka senin..jumat 8-12, 13-16`: after a window, a second span of hours with no minutes and
 * no days. Read for the window's days (as {@link hoursWithoutDaysAt}) and on a 24-hour clock (as
 * {@link windowHoursAt}); the fix writes both: `senin..jumat 13:00-16:00`.
 */
export function bareHoursWithoutDaysAt(tokens: readonly IToken[], at: number): NotationRun | undefined {
  // At the join when it is a word (`dan 13-16`: the grammar stops at the word), else at the hours after a comma.
  const word = tokens[at];
  const s = word !== undefined && word.tokenType.name !== "Comma" && HOURS_JOINS.has(word.image.toLowerCase()) ? at + 1 : at;
  const [join, hours] = [tokens[s - 1], tokens[s]];
  if (join === undefined || hours === undefined || !HOURS_JOINS.has(join.image.toLowerCase()) || (s === at && join.tokenType.name !== "Comma")) return undefined;
  if (!WINDOW_SHAPES.has(lineShape(tokens, s) ?? "text")) return undefined;
  const to = bareHoursAt(tokens, s);
  if (to === undefined) return undefined;
  // The window before: its hours (`08:00-12:00` or `8-12`) end right before the join, its days before them.
  const [start, minus] = [tokens[s - 4], tokens[s - 3]];
  const hourish = (t: IToken | undefined): boolean => t?.tokenType === TimeLiteral || (t?.tokenType === NumberLiteral && /^\d{1,2}$/.test(t.image));
  if (!hourish(start) || minus?.tokenType !== Minus || !hourish(tokens[s - 2]) || start?.startLine !== hours.startLine) return undefined;
  const first = daysBefore(tokens, s - 4);
  if (first === undefined) return undefined;
  const fixed = `${writtenText(tokens, first, s - 5)} ${to.from}-${to.to}`;
  const lexed = lexedAs(fixed);
  if (lexed === undefined) return undefined;
  // Joined by a word (`8-12 dan 13-16`): the word is read with the hours, and the fix writes a comma for it, from the end of the hours before.
  if (join.tokenType.name !== "Comma") {
    const withComma = lexedAs(`, ${fixed}`);
    const before = tokens[s - 2] as IToken;
    const fixRange = { start: endOf(before), end: endOf(tokens[to.last] as IToken) };
    const range = spanTokens(join, tokens[to.last] as IToken) ?? tokenRange(join);
    if (withComma === undefined) return undefined;
    return { first: s - 1, last: to.last, mistake: { kind: "hoursWithoutDays", text: writtenText(tokens, s - 1, to.last), fixed: `, ${fixed}`, range, fixRange }, literal: "time", ...withComma };
  }
  const range = spanTokens(hours, tokens[to.last] as IToken) ?? tokenRange(hours);
  return { first: s, last: to.last, mistake: { kind: "hoursWithoutDays", text: writtenText(tokens, s, to.last), fixed, range }, literal: "time", ...lexed };
}

/** A day's index, Monday 0, and whether it is spelt in Indonesian; undefined for another word. */
function dayIndexOf(t: IToken | undefined): { readonly index: number; readonly id: boolean } | undefined {
  const word = t?.image.toLowerCase() ?? "";
  const index = WEEKDAYS.findIndex((code) => WEEKDAY_SPELLINGS[code].en.includes(word) || WEEKDAY_SPELLINGS[code].id.includes(word));
  const code = WEEKDAYS[index];
  return code === undefined ? undefined : { index, id: WEEKDAY_SPELLINGS[code].id.includes(word) };
}

/** Day `index` (Monday 0) in its usual spelling, Indonesian or English. */
const dayWord = (index: number, id: boolean): string => {
  const code = WEEKDAYS[index];
  return code === undefined ? "" : ((id ? WEEKDAY_SPELLINGS[code].id[0] : WEEKDAY_SPELLINGS[code].en[0]) ?? "");
};

/**
 * `buka senin..jumat 08:00-16:00 kecuali jumat 11:30-13:00`, `open mon..fri 08:00-16:00 except
 * fri 11:30-13:00`: hours a window does not have, written after it. Opening hours are windows,
 * so the exception splits the window's days and hours: `senin..kamis 08:00-16:00, jumat
 * 08:00-11:30, jumat 13:00-16:00` (a day in the middle of the range: the days before it, the
 * day split, the days after it). A whole day excepted (`kecuali rabu`) leaves the days around
 * it; hours excepted with no day (`kecuali 12:00-13:00`) split every day of the window. Certain
 * when the excepted day is among the window's days and the excepted hours lie inside its hours,
 * and, for hours with no day, the window is the line's only one: after another window (`senin..jumat
 * 08:00-16:00, sabtu 08:00-12:00 kecuali 10:00-10:30`) they may be meant of every window, so the
 * last window split is only offered (`exceptHoursLast`).
 */
export function exceptHoursAt(tokens: readonly IToken[], s: number): NotationRun | undefined {
  const word = tokens[s];
  if (word === undefined || !/^(kecuali|except)$/i.test(word.image) || !WINDOW_SHAPES.has(lineShape(tokens, s) ?? "text")) return undefined;
  const [from, minus, to] = [tokens[s - 3], tokens[s - 2], tokens[s - 1]];
  if (from?.tokenType !== TimeLiteral || minus?.tokenType !== Minus || to?.tokenType !== TimeLiteral) return undefined;
  const lastDay = dayIndexOf(tokens[s - 4]);
  const ranged = tokens[s - 5]?.tokenType === DotDot;
  const firstDay = ranged ? dayIndexOf(tokens[s - 6]) : lastDay;
  if (lastDay === undefined || firstDay === undefined || firstDay.index > lastDay.index) return undefined;
  const excepted = exceptionAt(tokens, s + 1, from, to);
  // The exception ends its line (or the body): after a comma a second exception and another window read alike (`kecuali rabu, kamis 12:00-13:00`).
  const after = excepted === undefined ? undefined : tokens[excepted.last + 1];
  if (excepted === undefined || (after !== undefined && after.startLine === word.startLine && after.tokenType.name !== "RBrace")) return undefined;
  const id = firstDay.id;
  const days = (a: number, b: number): string => (a === b ? dayWord(a, id) : `${dayWord(a, id)}..${dayWord(b, id)}`);
  const hours = (a: IToken, b: IToken): string => `${a.image}-${b.image}`;
  const split = (a: number, b: number, gap: readonly [IToken, IToken]): string[] => [`${days(a, b)} ${hours(from, gap[0])}`, `${days(a, b)} ${hours(gap[1], to)}`];
  const [first, last] = [firstDay.index, lastDay.index];
  let pieces: string[];
  // A day the window does not have (`senin..jumat … kecuali sabtu`): nothing is excepted; the window as it is.
  const outside = excepted.day !== undefined && (excepted.day < first || excepted.day > last);
  if (outside) {
    if (excepted.hours !== undefined) return undefined;
    pieces = [`${days(first, last)} ${hours(from, to)}`];
  } else if (excepted.day === undefined) {
    if (excepted.hours === undefined) return undefined;
    pieces = split(first, last, excepted.hours);
  } else {
    const day = excepted.day;
    const middle = excepted.hours === undefined ? [] : split(day, day, excepted.hours);
    pieces = [...(day > first ? [`${days(first, day - 1)} ${hours(from, to)}`] : []), ...middle, ...(day < last ? [`${days(day + 1, last)} ${hours(from, to)}`] : [])];
  }
  if (pieces.length === 0) return undefined;
  const fixed = pieces.join(", ");
  const start = ranged ? s - 6 : s - 4;
  const range = spanTokens(tokens[start] as IToken, tokens[excepted.last] as IToken) ?? tokenRange(word);
  const lexed = lexedAs(fixed);
  if (lexed === undefined) return undefined;
  const text = writtenText(tokens, start, excepted.last);
  const afterWindow = excepted.day === undefined && tokens[start - 1]?.tokenType.name === "Comma" && tokens[start - 1]?.startLine === word.startLine;
  const mistake = outside
    ? { kind: "exceptOutside" as const, text, fixed, example: dayWord(excepted.day ?? 0, id), range }
    : afterWindow
      ? { kind: "exceptHoursLast" as const, text, example: fixed, alternatives: [fixed], range }
      : { kind: "exceptHours" as const, text, fixed, range };
  return { first: start, last: excepted.last, mistake, literal: "time", ...lexed };
}

/**
 * What follows `kecuali` at `i`, inside the window `from`-`to`: a day and hours (`jumat
 * 11:30-13:00`), a day alone (`rabu`), or hours alone; the
 * index of its last token.
 */
function exceptionAt(tokens: readonly IToken[], i: number, from: IToken, to: IToken): { readonly day?: number; readonly hours?: readonly [IToken, IToken]; readonly last: number } | undefined {
  const day = dayIndexOf(tokens[i]);
  const at = day === undefined ? i : i + 1;
  const [exFrom, exMinus, exTo] = [tokens[at], tokens[at + 1], tokens[at + 2]];
  if (exFrom?.tokenType === TimeLiteral && exMinus?.tokenType === Minus && exTo?.tokenType === TimeLiteral) {
    const [a, b, c, d] = [minutesOfTime(from), minutesOfTime(exFrom), minutesOfTime(exTo), minutesOfTime(to)];
    if (a === undefined || b === undefined || c === undefined || d === undefined || !(a < b && b < c && c < d)) return undefined;
    return { ...(day === undefined ? {} : { day: day.index }), hours: [exFrom, exTo], last: at + 2 };
  }
  if (day === undefined || exFrom?.tokenType === TimeLiteral) return undefined;
  return { day: day.index, last: i };
}

/**
 * `buka setiap hari kerja 08:00-15:30`, `tersedia setiap hari Sabtu 08:00-12:00`, `open every
 * monday 08:00-12:00`, `available every weekday …`: days of opening hours or availability after
 * a word for "every", which a window does not take (its days are every week's): the days alone
 * (`hari_kerja`, `sabtu`, `mon`, `weekdays`). Only on a line of windows.
 */
export function everyNamedDaysAt(tokens: readonly IToken[], s: number): NotationRun | undefined {
  const every = tokens[s];
  if (every === undefined || every.tokenType !== K["Every"] || !WINDOW_SHAPES.has(lineShape(tokens, s) ?? "text")) return undefined;
  const [next, after] = [tokens[s + 1], tokens[s + 2]];
  if (next === undefined || next.startLine !== every.startLine) return undefined;
  const dayUnit = next.tokenType === K["DayUnit"];
  let last: number;
  let fixed: string;
  if (dayUnit && after !== undefined && after.tokenType === K["Kerja"]) [last, fixed] = [s + 2, "hari_kerja"];
  else if (dayUnit && dayIndexOf(after) !== undefined) [last, fixed] = [s + 2, (after as IToken).image.toLowerCase()];
  else if (dayIndexOf(next) !== undefined || next.tokenType === K["Weekdays"] || next.tokenType === K["Weekends"]) [last, fixed] = [s + 1, next.image.toLowerCase()];
  else return undefined;
  const lexed = lexedAs(fixed);
  if (lexed === undefined) return undefined;
  const range = spanTokens(every, tokens[last] as IToken) ?? tokenRange(every);
  const text = writtenText(tokens, s, last);
  // `setiap minggu` is as often "every week" as "every Sunday": both offered, neither applied (`setiap hari Minggu` is Sunday).
  if (last === s + 1 && next.tokenType.name === "Minggu") {
    return { first: s, last, mistake: { kind: "everyMinggu", text, alternatives: [fixed, `${dayWord(0, true)}..${fixed}`], range }, literal: "keyword", ...lexed };
  }
  return { first: s, last, mistake: { kind: "everyNamedDays", text, fixed, range }, literal: "keyword", ...lexed };
}

/** Words written for `pada` / `on` before holidays (`saat libur nasional`, `during public holidays`), lower case; `hari` is one too (`hari libur` reads `pada libur`). */
const WHEN_WORDS: ReadonlySet<string> = new Set(["hari", "saat", "ketika", "selama", "setiap", "tiap", "di", "during", "at", "in", "every"]);
/** The tokens of the words about holidays after `pada` (`hari libur nasional dan cuti bersama`, `public holidays`). */
const HOLIDAY_TOKENS: ReadonlySet<string> = new Set(["DayUnit", "Public", "Holidays", "National", "And", "Cuti", "Bersama", "Collective", "Leave"]);

/**
 * `tutup hari libur nasional`, `tutup saat libur nasional`, `tutup libur nasional`, `closed during
 * public holidays`: holidays a library is closed on, after another word than `pada` / `on` (or none).
 * The fix writes `pada` for the word (`tutup pada libur nasional`), or before the holidays.
 */
export function closedOnAt(tokens: readonly IToken[], s: number): NotationRun | undefined {
  const [keyword, word] = [tokens[s - 1], tokens[s]];
  const on = K["On"];
  if (keyword === undefined || keyword.tokenType !== K["Closed"] || word === undefined || on === undefined) return undefined;
  const holidays = (i: number): boolean => tokens[i]?.tokenType === K["Holidays"] || (tokens[i]?.tokenType === K["Public"] && tokens[i + 1]?.tokenType === K["Holidays"]);
  const replaced = WHEN_WORDS.has(word.image.toLowerCase()) && (holidays(s + 1) || (tokens[s + 1]?.tokenType === K["DayUnit"] && holidays(s + 2)));
  if (!replaced && !holidays(s)) return undefined;
  const pada = keywordLanguage(keyword) === "en" ? "on" : "pada";
  const fixed = replaced ? pada : `${pada} ${word.image}`;
  let end = s;
  while (HOLIDAY_TOKENS.has(tokens[end + 1]?.tokenType.name ?? "") && tokens[end + 1]?.startLine === word.startLine) end++;
  const example = `${keyword.image} ${fixed}${end > s ? ` ${writtenText(tokens, s + 1, end)}` : ""}`;
  const mistake = { kind: "closedOn" as const, text: word.image, fixed, example, range: tokenRange(word) };
  return { first: s, last: s, mistake, literal: "keyword", token: { type: on, image: pada }, ...(replaced ? {} : { then: [{ type: word.tokenType, image: word.image }] }) };
}

/** The words a schedule's `including holidays` is written with around `holidays` in letters: `termasuk hari libur (nasional)`, `including public holidays`. */
const BEFORE_HOLIDAYS: ReadonlySet<string> = new Set(["DayUnit", "Public", "National"]);
const AFTER_HOLIDAYS: ReadonlySet<string> = new Set(["National"]);

/**
 * `termasuk hari libur`, `termasuk libur nasional`, `including public holidays` (a walk of
 * stop 56): a schedule held on holidays too, written with the words a letter uses around
 * `libur`, where Lontar writes `termasuk libur` / `including holidays`. The certain fix keeps
 * the holidays word alone. At the word after `termasuk` / `including`, or after `libur`.
 */
export function includingHolidaysAt(tokens: readonly IToken[], s: number): NotationRun | undefined {
  const holidays = K["Holidays"];
  const line = tokens[s]?.startLine;
  const sameLine = (i: number): boolean => tokens[i]?.startLine === line;
  let at = tokens[s - 1]?.tokenType === K["Including"] ? s : tokens[s - 1]?.tokenType === holidays && tokens[s - 2]?.tokenType === K["Including"] ? s - 1 : undefined;
  if (at === undefined || holidays === undefined || !sameLine(s - 1)) return undefined;
  const first = at;
  while (at < first + 2 && BEFORE_HOLIDAYS.has(tokens[at]?.tokenType.name ?? "") && sameLine(at)) at++;
  const word = tokens[at];
  if (word?.tokenType !== holidays || !sameLine(at)) return undefined;
  let last = at;
  while (last < at + 2 && AFTER_HOLIDAYS.has(tokens[last + 1]?.tokenType.name ?? "") && sameLine(last + 1)) last++;
  // `… dan cuti bersama` / `… and collective leave`: `including holidays` holds the sessions through cuti bersama too.
  const leave = (i: number): boolean => sameLine(i + 1) && ((tokens[i]?.tokenType === K["Cuti"] && tokens[i + 1]?.tokenType === K["Bersama"]) || (tokens[i]?.tokenType === K["Collective"] && tokens[i + 1]?.tokenType === K["Leave"]));
  if (tokens[last + 1]?.tokenType === K["And"] && sameLine(last + 1) && leave(last + 2)) last += 3;
  if (first === at && last === at) return undefined;
  const range = spanTokens(tokens[first] as IToken, tokens[last]) ?? tokenRange(word);
  return { first, last, mistake: { kind: "wordsFor", text: writtenText(tokens, first, last), fixed: word.image.toLowerCase(), range }, literal: "keyword", token: { type: holidays, image: word.image.toLowerCase() } };
}

/**
 * `tutup pada cuti bersama`, `tutup cuti bersama`, `closed on collective leave`: a library closed
 * on cuti bersama, which Lontar writes with the national holidays (`pada libur nasional dan cuti
 * bersama`): a library is closed on those in any case, so the fix keeps what the line meant.
 */
export function closedOnLeaveAt(tokens: readonly IToken[], s: number): NotationRun | undefined {
  const [leave, second] = [tokens[s], tokens[s + 1]];
  const id = leave?.tokenType === K["Cuti"] && second?.tokenType === K["Bersama"];
  if (leave === undefined || second === undefined || (!id && (leave.tokenType !== K["Collective"] || second.tokenType !== K["Leave"]))) return undefined;
  const before = tokens[s - 1];
  const on = before?.tokenType === K["On"];
  if ((on ? tokens[s - 2] : before)?.tokenType !== K["Closed"]) return undefined;
  // The words of `closed on public holidays and collective leave` in the line's language, as the formatter prints them.
  const lang = id ? "id" : "en";
  const leaveWords = id ? `${spell("Cuti", lang)} ${spell("Bersama", lang)}` : `${spell("Collective", lang)} ${spell("Leave", lang)}`;
  const holidays = `${CANONICAL_HOLIDAY_WORDS[lang]} ${spell("And", lang)} ${leaveWords}`;
  const fixed = on ? holidays : `${spell("On", lang)} ${holidays}`;
  const lexed = lexedAs(fixed);
  if (lexed === undefined) return undefined;
  const range = spanTokens(leave, second) ?? tokenRange(leave);
  return { first: s, last: s + 1, mistake: { kind: "closedOnLeave", text: writtenText(tokens, s, s + 1), fixed, range }, literal: "keyword", ...lexed };
}

/**
 * `tutup pada tanggal merah`, `tutup tanggal merah`: the "red dates" of an Indonesian calendar,
 * its public holidays, where Lontar writes `libur nasional` (and `pada` before them).
 */
export function redDatesAt(tokens: readonly IToken[], s: number): NotationRun | undefined {
  const [date, red] = [tokens[s], tokens[s + 1]];
  if (date === undefined || red === undefined || date.tokenType !== K["DateKw"] || red.image.toLowerCase() !== "merah" || red.startLine !== date.startLine) return undefined;
  const before = tokens[s - 1];
  const on = before?.tokenType === K["On"];
  if ((on ? tokens[s - 2] : before)?.tokenType !== K["Closed"]) return undefined;
  const fixed = on ? "libur nasional" : "pada libur nasional";
  const lexed = lexedAs(fixed);
  if (lexed === undefined) return undefined;
  const range = spanTokens(date, red) ?? tokenRange(date);
  return { first: s, last: s + 1, mistake: { kind: "wordsFor", text: writtenText(tokens, s, s + 1), fixed, range }, literal: "keyword", ...lexed };
}

/**
 * `memerlukan ruang aula`, `requires 2 staff`: a program's resources after `memerlukan` /
 * `requires`, the keyword of the TPBIS stage it waits for (`memerlukan tahap replikasi`),
 * where they follow `butuh` / `needs`. The fix writes that keyword; the resources stay.
 */
export function requiresNeedsAt(tokens: readonly IToken[], s: number): NotationRun | undefined {
  const [keyword, next, after] = [tokens[s], tokens[s + 1], tokens[s + 2]];
  const needs = K["Needs"];
  if (keyword === undefined || keyword.tokenType !== K["Requires"] || next === undefined || needs === undefined) return undefined;
  const resource = (t: IToken | undefined): boolean => t !== undefined && tokenMatcher(t, AnyResourceKind);
  if (!resource(next) && !(next.tokenType === NumberLiteral && resource(after))) return undefined;
  const fixed = keywordLanguage(keyword) === "en" ? "needs" : "butuh";
  const example = `${fixed} ${writtenText(tokens, s + 1, resource(next) ? s + 1 : s + 2)}`;
  const mistake = { kind: "requiresNeeds" as const, text: keyword.image, fixed, example, range: tokenRange(keyword) };
  return { first: s, last: s + 1, mistake, literal: "keyword", token: { type: needs, image: fixed }, then: [{ type: next.tokenType, image: next.image }] };
}
