/** Times and dates written another way: `09.00`, `17-08-2026`, `17 Agustus 2026`, `09:00 WIB`, `1,5 jam`, `pukul 3 sore`, `cakrawala 2026`. */
import type { IToken } from "chevrotain";
import { dayNumber, daysInMonth, isIsoDate, isLocalTime, weekdayOf } from "@lontar/core";
import { spanTokens, tokenRange } from "../ast-builder/ranges.js";
import { monthNumber, WEEKDAYS, WEEKDAY_SPELLINGS, WORDS, type WeekdayCode } from "../keywords.js";
import { CompactDuration, DateLiteral, DotDot, K, NumberLiteral, TimeLiteral } from "../lexer/tokens.js";
import type { NotationMistake, NotationRun } from "./notation.js";
import { dayName, isDigits, touching, pad2, standsAlone, writtenText } from "./written-tokens.js";
import { hoursAndMinutes } from "./written-duration.js";
import { INDONESIAN_ZONE_NAMES } from "../../language/zone-meant.js";
import { tokenize } from "../lexer/lexer.js";
import { mayBeAfternoon, twelveHoursOn } from "../../language/clock-reading.js";
import { fileHorizon, type FileHorizon } from "./file-horizon.js";

const SEPARATORS: ReadonlySet<string> = new Set(["Minus", "Slash", "Dot"]);
/** `09.00`, `9.30`: hours, a dot, two digits of minutes. */
export function timeAt(tokens: readonly IToken[], s: number): NotationRun | undefined {
  const [hours, dot, minutes] = [tokens[s], tokens[s + 1], tokens[s + 2]];
  if (!isDigits(hours) || hours.image.length > 2 || dot?.tokenType.name !== "Dot" || !isDigits(minutes) || minutes.image.length !== 2) return undefined;
  if (!touching(hours, dot) || !touching(dot, minutes) || !standsAlone(tokens, s, s + 2, "time")) return undefined;
  const text = `${hours.image}.${minutes.image}`;
  const fixed = `${pad2(hours.image)}:${minutes.image}`;
  const range = spanTokens(hours, minutes) ?? tokenRange(hours);
  const mistake: NotationMistake = isLocalTime(fixed) ? { kind: "time", text, fixed, range } : { kind: "notTime", text, range };
  return { first: s, last: s + 2, mistake, literal: "time" };
}

/** A time of day written at a token: `HH:mm` (as written for a time as Lontar writes it), its last token, and the dotted form's reading when written with a dot. */
export interface WrittenTime {
  /** The time, `09:00` for `09.00`; as written (`9:00` too) for a time token. */
  readonly time: string;
  /** The index of its last token (the minutes of a dotted time). */
  readonly last: number;
  /** The reading of a time written with a dot (`09.00`), for its text and range; absent for a time token. */
  readonly dotted?: NotationRun;
}

/**
 * The time of day at token `s`: a time token (`09:00`), or one written with a dot that is a time
 * (`09.00`, {@link timeAt}); undefined for anything else, a dotted form that is no time (`25.00`) among them.
 */
export function writtenTimeAt(tokens: readonly IToken[], s: number): WrittenTime | undefined {
  const first = tokens[s];
  if (first === undefined) return undefined;
  // `9:00` is written `09:00` (LON3002): the same fix, where the hour is no afternoon's on a 12-hour clock (`1:30` may be 13:30).
  if (first.tokenType === TimeLiteral) return { time: /^\d:/.test(first.image) && !mayBeAfternoon(Number(first.image.charAt(0))) ? `0${first.image}` : first.image, last: s };
  const dotted = timeAt(tokens, s);
  return dotted?.mistake.fixed === undefined ? undefined : { time: dotted.mistake.fixed, last: dotted.last, dotted };
}

/**
 * A time written with a dot where a time stands alone (`pukul 9.30`): as {@link timeAt} reads
 * it, except an hour of one digit from 1 to 6 (`pukul 1.30`), which letters on a 24-hour clock
 * write `01.30` and speech on a 12-hour one means in the afternoon: both readings offered,
 * neither applied (as an hour with no minutes, `pukul 3`).
 */
export function dottedTimeAt(tokens: readonly IToken[], s: number): NotationRun | undefined {
  const run = timeAt(tokens, s);
  const hours = tokens[s]?.image ?? "";
  const fixed = run?.mistake.fixed;
  if (run === undefined || run.mistake.kind !== "time" || fixed === undefined || hours.length !== 1 || !mayBeAfternoon(Number(hours))) return run;
  return { ...run, mistake: { kind: "timeAmbiguous", text: run.mistake.text, alternatives: [fixed, twelveHoursOn(fixed)], range: run.mistake.range } };
}

/**
 * A date on the calendar like `reading` (`YYYY-MM-DD`, not on it), shown as the way a date
 * is written: its month's last day (`2027-02-31` → `2027-02-28`), or 17 August of its year
 * when the month is none (a walk: `31-02-2027` in a 2027 plan was shown `2026-08-17`).
 */
function dateLike(reading: string): string {
  const [year = "2026", month = ""] = reading.split("-");
  const m = Number(month);
  if (!(m >= 1 && m <= 12) || !/^\d{4}$/.test(year)) return `${/^\d{4}$/.test(year) ? year : "2026"}-08-17`;
  const last = new Date(Date.UTC(Number(year), m, 0)).getUTCDate();
  return `${year}-${pad2(String(m))}-${String(last)}`;
}

/** `17-08-2026`, `17/08/2026`, `17.08.2026` (day first); `17-08-26`, `17/8/26` (day first, year 2026); `2026-8-17`, `2026/08/17`, `2026.08.17` (year first). */
export function dateAt(tokens: readonly IToken[], s: number): NotationRun | undefined {
  const [a, sep1, b, sep2, c] = [tokens[s], tokens[s + 1], tokens[s + 2], tokens[s + 3], tokens[s + 4]];
  if (!isDigits(a) || !isDigits(b) || !isDigits(c) || sep1 === undefined || sep2 === undefined) return undefined;
  if (!SEPARATORS.has(sep1.tokenType.name) || sep2.tokenType !== sep1.tokenType) return undefined;
  if (!touching(a, sep1) || !touching(sep1, b) || !touching(b, sep2) || !touching(sep2, c) || !standsAlone(tokens, s, s + 4, "date")) return undefined;
  const short = (t: IToken): boolean => t.image.length <= 2;
  const dayFirst = short(a) && short(b) && (c.image.length === 4 || c.image.length === 2);
  const yearFirst = a.image.length === 4 && short(b) && short(c);
  if (!dayFirst && !yearFirst) return undefined;
  const text = `${a.image}${sep1.image}${b.image}${sep2.image}${c.image}`;
  const year = c.image.length === 2 ? `20${c.image}` : c.image;
  const reading = dayFirst ? `${year}-${pad2(b.image)}-${pad2(a.image)}` : `${a.image}-${pad2(b.image)}-${pad2(c.image)}`;
  const range = spanTokens(a, c) ?? tokenRange(a);
  const certain = isIsoDate(reading);
  const kind = !dayFirst ? "yearFirst" : c.image.length === 2 ? "shortYear" : "dayFirst";
  // `12/25/2027`, no date day first, is one month first (as American forms write it): offered, not applied.
  const monthFirst = dayFirst && !certain ? `${year}-${pad2(a.image)}-${pad2(b.image)}` : undefined;
  const offered = monthFirst !== undefined && isIsoDate(monthFirst) ? { alternatives: [monthFirst] } : {};
  const mistake: NotationMistake = certain ? { kind, text, fixed: reading, range } : { kind: `${kind}NotDate`, text, reading, range, example: dateLike(reading), ...offered };
  return { first: s, last: s + 4, mistake, literal: "date" };
}


/** Words written before a date, lower case: `tanggal 5 Januari 2026`, `tgl. 2026-01-05`, `date 2026-01-05`. */
const DATE_WORDS: ReadonlySet<string> = new Set(["tanggal", "tgl", "date"]);

/** The token after a word for "date" at `s` (`tanggal`, `tgl`, `tgl.`, `date`); undefined when `s` is no such word. */
export function afterDateWord(tokens: readonly IToken[], s: number): number | undefined {
  const word = tokens[s];
  if (word === undefined || !DATE_WORDS.has(word.image.toLowerCase())) return undefined;
  return tokens[s + 1]?.tokenType.name === "Dot" && touching(word, tokens[s + 1]) ? s + 2 : s + 1;
}

/** The date from token `at`: an ISO date, or one written another way whose fix is certain (`17 Agustus 2026`, `17-08-2026`), and its last token. */
function writtenDate(tokens: readonly IToken[], at: number): { readonly last: number; readonly fixed: string } | undefined {
  const next = tokens[at];
  if (next?.tokenType === DateLiteral) return { last: at, fixed: next.image };
  const written = dateAt(tokens, at) ?? monthDateAt(tokens, at);
  return written?.mistake.fixed === undefined ? undefined : { last: written.last, fixed: written.mistake.fixed };
}

/**
 * `sekali tanggal 5 Januari 2026`, `mulai tgl. 2026-01-05`: a word for "date" before a date,
 * which Lontar writes alone; the fix is the date as Lontar writes it (`2026-01-05`), the date's
 * own mistake mended in it. None when what follows is no date (it is then its own mistake).
 */
export function dateWordAt(tokens: readonly IToken[], s: number): NotationRun | undefined {
  const word = tokens[s];
  const at = afterDateWord(tokens, s);
  if (word === undefined || at === undefined) return undefined;
  const date = writtenDate(tokens, at);
  if (date === undefined) return undefined;
  const range = spanTokens(word, tokens[date.last]) ?? tokenRange(word);
  return { first: s, last: date.last, mistake: { kind: "dateWord", text: writtenText(tokens, s, date.last), fixed: date.fixed, range }, literal: "date", token: { type: DateLiteral, image: date.fixed } };
}

/** A date at token `i` as Lontar writes it (`2027-03-01`), or written another way with a certain fix (`01/03/2027`, `1 Maret 2027`), and its last token. */
export function isoDateAt(tokens: readonly IToken[], i: number): { readonly date: string; readonly last: number } | undefined {
  const t = tokens[i];
  if (t?.tokenType === DateLiteral) return t.image.length === 10 ? { date: t.image, last: i } : undefined;
  const written = dateAt(tokens, i) ?? monthDateAt(tokens, i);
  const fixed = written?.mistake.fixed;
  return written === undefined || fixed === undefined || !/^\d{4}-\d\d-\d\d$/.test(fixed) ? undefined : { date: fixed, last: written.last };
}

/** `17 Agustus 2026`, `17 agustus 2026`, `1 Jan 2027`: a day, a month's name (any case), a year. */
export function monthDateAt(tokens: readonly IToken[], s: number): NotationRun | undefined {
  const [day, month, year] = [tokens[s], tokens[s + 1], tokens[s + 2]];
  if (!isDigits(day) || day.image.length > 2 || month === undefined || !isDigits(year) || year.image.length !== 4) return undefined;
  const number = monthNumber(month.image);
  if (number === undefined) return undefined;
  const text = `${day.image} ${month.image} ${year.image}`;
  const reading = `${year.image}-${pad2(String(number))}-${pad2(day.image)}`;
  const range = spanTokens(day, year) ?? tokenRange(day);
  const mistake: NotationMistake = isIsoDate(reading) ? { kind: "monthName", text, fixed: reading, range } : { kind: "monthNameNotDate", text, reading, range, example: dateLike(reading) };
  return { first: s, last: s + 2, mistake, literal: "date" };
}

/**
 * `sekali 19 Agustus pukul 08.00`: a day and a month's name with no year after them, where a
 * date stands. When the file's `cakrawala` holds that day in one year only, that date is the
 * certain fix (a Sleman planner's walk, stop 55: `sekali 17 Agustus` in a 2027 plan); else no
 * fix, and the message shows the day in the horizon's first year, or with `YYYY` for its year.
 */
export function monthDateNoYearAt(tokens: readonly IToken[], s: number): NotationRun | undefined {
  const [day, month, after] = [tokens[s], tokens[s + 1], tokens[s + 2]];
  const number = month === undefined ? undefined : monthNumber(month.image);
  if (!isDigits(day) || day.image.length > 2 || month === undefined || month.startLine !== day.startLine || number === undefined) return undefined;
  if (isDigits(after) && after.image.length === 4 && after.startLine === day.startLine) return undefined;
  const text = `${day.image} ${month.image}`;
  const range = spanTokens(day, month) ?? tokenRange(day);
  const monthDay = `${pad2(String(number))}-${pad2(day.image)}`;
  // `31 Juni`, `30 Februari`: a day its month never has, in any year (a walk of stop 55 was shown `YYYY-06-31`).
  const longest = daysInMonth(LEAP_YEAR, number);
  if (Number(day.image) > longest || Number(day.image) === 0) return { first: s, last: s + 1, mistake: { kind: "monthDayNotDate", text, reading: String(longest), range }, literal: "date" };
  const dates = datesInHorizon(fileHorizon(), monthDay);
  const [only] = dates;
  const fixed = dates.length === 1 && only !== undefined ? { fixed: only } : {};
  return { first: s, last: s + 1, mistake: { kind: "monthNameNoYear", text, example: only ?? `YYYY-${monthDay}`, range, ...fixed }, literal: "date" };
}

/** A leap year: its months have the most days any year gives them (February's 29). */
const LEAP_YEAR = 2000;

/** The dates `YYYY-` + `monthDay` inside `horizon`, in order (a horizon of a hundred years at most is read). */
function datesInHorizon(horizon: FileHorizon | undefined, monthDay: string): string[] {
  if (horizon === undefined) return [];
  const [first, last] = [Number(horizon.from.slice(0, 4)), Number(horizon.to.slice(0, 4))];
  const dates: string[] = [];
  for (let year = first; year <= last && year - first <= 100; year++) {
    const date = `${String(year).padStart(4, "0")}-${monthDay}`;
    if (isIsoDate(date) && date >= horizon.from && date <= horizon.to) dates.push(date);
  }
  return dates;
}

/**
 * Whether `t` is the name of an Indonesian zone written after a time (`WIB`, `WITA`, `WIT`, any
 * case), on `line` when given: a time in its library's zone says it with no name.
 */
export function isZoneName(t: IToken | undefined, line?: number): t is IToken {
  return t !== undefined && (line === undefined || t.startLine === line) && INDONESIAN_ZONE_NAMES.has(t.image.toUpperCase());
}

/**
 * `09:00 WIB` (WITA, WIT), and `09.00 WIB` (a dotted time too): a time and its zone's name. An
 * hour of one digit that may be the afternoon's (`3:00 WITA`, `3.00 WITA`) offers both readings
 * (`zoneAmbiguous`).
 */
export function zoneAt(tokens: readonly IToken[], s: number): NotationRun | undefined {
  const time = tokens[s];
  const written = writtenTimeAt(tokens, s);
  const zone = written === undefined ? undefined : tokens[written.last + 1];
  if (time === undefined || written === undefined || !isZoneName(zone)) return undefined;
  const { dotted } = written;
  const range = spanTokens(time, zone) ?? dotted?.mistake.range ?? tokenRange(time);
  const text = `${dotted?.mistake.text ?? time.image} ${zone.image}`;
  const hour = /^(\d)(?::\d\d)?$/.exec(time.image)?.[1];
  if (hour !== undefined && mayBeAfternoon(Number(hour))) {
    const morning = `0${hour}${written.time.slice(written.time.indexOf(":"))}`;
    return { first: s, last: written.last + 1, mistake: { kind: "zoneAmbiguous", text, alternatives: [morning, twelveHoursOn(morning)], range }, literal: "time" };
  }
  return { first: s, last: written.last + 1, mistake: { kind: "zone", text, fixed: written.time, range }, literal: "time" };
}

/** `1,5 jam`, `1.5 hours`: hours with a decimal separator, as a whole number of minutes (`90 menit`). */
export function decimalHoursAt(tokens: readonly IToken[], s: number): NotationRun | undefined {
  const [whole, sep, part, unit] = [tokens[s], tokens[s + 1], tokens[s + 2], tokens[s + 3]];
  if (!isDigits(whole) || whole.image.length > 3 || (sep?.tokenType.name !== "Comma" && sep?.tokenType.name !== "Dot") || !isDigits(part) || part.image.length > 2) return undefined;
  if (unit === undefined || unit.tokenType !== K["Hours"] || !touching(whole, sep) || !touching(sep, part)) return undefined;
  // `1.30 jam` may be an hour and a half written as a time is (h.mm) or 1.3 hours: that stays the grammar's error.
  if (sep.tokenType.name === "Dot" && part.image.length === 2) return undefined;
  const text = `${whole.image}${sep.image}${part.image} ${unit.image}`;
  const range = spanTokens(whole, unit) ?? tokenRange(whole);
  // In tenths or hundredths of an hour: a whole number of minutes when 60 · part divides evenly.
  const scale = 10 ** part.image.length;
  const minutes = (Number(whole.image) * scale + Number(part.image)) * 60;
  if (minutes % scale !== 0) return { first: s, last: s + 3, mistake: { kind: "decimalHoursInexact", text, range }, literal: "keyword", token: { type: CompactDuration, image: "1h" } };
  // In hours and minutes as people say them (`5 jam 30 menit`), minutes alone below an hour (`30 menit`).
  const fixed = hoursAndMinutes(minutes / scale, unit.image === "jam" ? "id" : "en");
  return { first: s, last: s + 3, mistake: { kind: "decimalHours", text, fixed, range }, literal: "keyword", token: { type: CompactDuration, image: `${minutes / scale}m` } };
}

/** Parts of the day after an hour, and the hours they take (a 12-hour clock's hour `h` read as `h` or `h + 12`). */
const DAY_PARTS: ReadonlyMap<string, (hour: number) => number | undefined> = new Map<string, (hour: number) => number | undefined>([
  ...["pagi", "am", "a.m"].map((w) => [w, (h: number) => (h >= 1 && h <= 11 ? h : h === 12 ? 0 : undefined)] as const),
  ["siang", (h: number) => (h >= 10 && h <= 12 ? h : h >= 1 && h <= 3 ? h + 12 : undefined)],
  ...["sore", "petang"].map((w) => [w, (h: number) => (h >= 2 && h <= 7 ? h + 12 : undefined)] as const),
  ["malam", (h: number) => (h >= 6 && h <= 11 ? h + 12 : h === 12 ? 0 : undefined)],
  ...["pm", "p.m"].map((w) => [w, (h: number) => (h >= 1 && h <= 11 ? h + 12 : h === 12 ? 12 : undefined)] as const),
]);

/**
 * `1.30 siang`, `1:30 siang`, `8.15 malam`: a time with its minutes and a part of the day after
 * it, on a 12-hour clock: the time on a 24-hour clock (`13:30`), the part of the day with it. A
 * time the part does not fit (`5.00 siang`) is offered both ways. Before `timeAt` and the
 * grammar, which read `1.30` alone as 01:30 and fail at the word after it.
 */
export function timeWithPartAt(tokens: readonly IToken[], s: number): NotationRun | undefined {
  const first = tokens[s];
  const written = writtenTimeAt(tokens, s);
  if (first === undefined || written === undefined) return undefined;
  const last = written.last;
  const part = tokens[last + 1];
  const read = part === undefined || part.startLine !== first.startLine ? undefined : DAY_PARTS.get(part.image.toLowerCase());
  if (read === undefined || part === undefined) return undefined;
  const [hh = "", mm = ""] = written.time.split(":");
  const hour = Number(hh);
  if (!/^\d{1,2}$/.test(hh) || !/^\d{2}$/.test(mm) || hour > 12 || Number(mm) > 59) return undefined;
  const range = spanTokens(first, part) ?? tokenRange(first);
  const text = writtenText(tokens, s, last + 1);
  const meant = read(hour);
  const clock = (h: number): string => `${pad2(String(h))}:${mm}`;
  if (meant !== undefined) return { first: s, last: last + 1, mistake: { kind: "timeWithPart", text, fixed: clock(meant), range }, literal: "time" };
  return { first: s, last: last + 1, mistake: { kind: "timeWithPartAmbiguous", text, alternatives: [clock(hour % 12), clock((hour % 12) + 12)], range }, literal: "time" };
}

/**
 * The end of a session written after its start (`… s.d. 12 siang`, `… - 3.00 sore`, `… s.d.
 * 12.00`, `… - 15:00`), at token `s`: the time on a 24-hour clock and its last token, or
 * undefined when no end that certain stands there. A zone's name after it (`12.00 WIB`) goes with
 * it: the session's length is the same in any zone.
 */
export function sessionEndAt(tokens: readonly IToken[], s: number): { readonly time: string; readonly last: number } | undefined {
  // `… s.d. pukul 11.00`, `… sampai jam 4 sore`: the word for a time written again before the end, and then an hour alone as after the first (`pukul 11`).
  if (timeWordAt(tokens, s)) {
    const read = endTimeAt(tokens, s + 1);
    if (read !== undefined) return read;
    const hour = hourAt(tokens, s + 1);
    return hour?.mistake.fixed === undefined ? undefined : { time: hour.mistake.fixed, last: hour.last };
  }
  return endTimeAt(tokens, s);
}

/**
 * Whether token `s` is a word for a time of day (`pukul`, `at`, or `jam` before an hour) with
 * something after it on its line: written again before a range's end (`pukul 09.00 s.d. pukul 11.00`).
 */
export function timeWordAt(tokens: readonly IToken[], s: number): boolean {
  const [word, next] = [tokens[s], tokens[s + 1]];
  return word !== undefined && next !== undefined && next.startLine === word.startLine && (word.tokenType === K["At"] || jamBeforeHour(tokens, s));
}

/** {@link sessionEndAt}'s reading of the end itself, at token `s`. */
function endTimeAt(tokens: readonly IToken[], s: number): { readonly time: string; readonly last: number } | undefined {
  const end = tokens[s];
  if (end === undefined) return undefined;
  const withPart = timeWithPartAt(tokens, s);
  const written = writtenTimeAt(tokens, s);
  const part = tokens[s + 1];
  const read = part === undefined || part.startLine !== end.startLine ? undefined : DAY_PARTS.get(part.image.toLowerCase());
  const hour = isDigits(end) && end.image.length <= 2 && read !== undefined ? read(Number(end.image)) : undefined;
  const found = withPart !== undefined ? (withPart.mistake.fixed === undefined ? undefined : { time: withPart.mistake.fixed, last: withPart.last })
    : written !== undefined ? written
    : hour !== undefined ? { time: `${pad2(String(hour))}:00`, last: s + 1 }
    : undefined;
  if (found === undefined) return undefined;
  const zone = tokens[found.last + 1];
  return isZoneName(zone, end.startLine) ? { time: found.time, last: found.last + 1 } : found;
}

/**
 * `pukul 10`, `pukul 3 sore`, `at 3pm`: an hour with no minutes right after `pukul`/`at`.
 * Certain with a part of the day, or an hour of 0 or 7 to 23 (as a 24-hour clock reads it);
 * from 1 to 6 without one it may be morning or afternoon: both are offered, neither preferred.
 * A zone's name after the hour (`pukul 9 WITA`) is part of the same mistake: `zone` for a certain
 * hour, as after a time; the ambiguous one's two readings with it.
 */
export function hourAt(tokens: readonly IToken[], s: number): NotationRun | undefined {
  const [hours, part] = [tokens[s], tokens[s + 1]];
  // After `pukul`, or after `jam` written for it.
  if ((tokens[s - 1]?.tokenType !== K["At"] && !jamBeforeHour(tokens, s - 1)) || !isDigits(hours) || hours.image.length > 2) return undefined;
  const hour = Number(hours.image);
  const read = part === undefined ? undefined : DAY_PARTS.get(part.image.toLowerCase());
  const withPart = read !== undefined && part !== undefined;
  const last = withPart ? s + 1 : s;
  // `pukul 9 WITA`: the hour and its zone's name are one mistake, as `pukul 9:00 WITA` is (the zone's name is read in zone-times.ts).
  const end = isZoneName(tokens[last + 1], hours.startLine) ? last + 1 : last;
  const range = spanTokens(hours, tokens[end] as IToken) ?? tokenRange(hours);
  const text = writtenText(tokens, s, end);
  const clock = (h: number): string => `${pad2(String(h))}:00`;
  // Letters write times on a 24-hour clock (`pukul 15.00`): an hour from 7 is read as written; before 7 it is likelier the afternoon's.
  const meant = withPart ? read(hour) : !mayBeAfternoon(hour) && hour <= 23 ? hour : undefined;
  if (meant !== undefined) return { first: s, last: end, mistake: { kind: end > last ? "zone" : "hourOnly", text, fixed: clock(meant), range }, literal: "time" };
  if (withPart || hour > 23) return undefined;
  return { first: s, last: end, mistake: { kind: end > last ? "zoneAmbiguous" : "hourOnlyAmbiguous", text, alternatives: [clock(hour), clock(hour + 12)], range }, literal: "time" };
}

/**
 * The end of hours whose start, `from` (`08:00`), was read: an hour with no minutes at token
 * `s` (`jam 8-14`, `jam 8 pagi - 2 siang`), on a 24-hour clock when it comes after the start,
 * else in the afternoon (`jam 8-4` ends at 16:00); with a part of the day, as that part reads
 * it. Its last token and `HH:00`, or undefined when it is no such hour or still not after the start.
 */
export function endHourAt(tokens: readonly IToken[], s: number, from: string): { readonly last: number; readonly time: string } | undefined {
  const [hours, part] = [tokens[s], tokens[s + 1]];
  if (!isDigits(hours) || hours.image.length > 2) return undefined;
  const hour = Number(hours.image);
  const start = Number(from.slice(0, 2));
  const read = part === undefined ? undefined : DAY_PARTS.get(part.image.toLowerCase());
  const meant = read !== undefined ? read(hour) : hour > start && hour <= 23 ? hour : hour + 12 > start && hour + 12 <= 23 ? hour + 12 : undefined;
  if (meant === undefined || meant <= start) return undefined;
  return { last: read !== undefined ? s + 1 : s, time: `${pad2(String(meant))}:00` };
}

/**
 * Whether token `s` is `jam` written for `pukul` before an hour with no minutes (`jam 9 pagi`,
 * `jam 14`): not the unit of a length (`2 jam 15 menit`).
 */
export function jamBeforeHour(tokens: readonly IToken[], s: number): boolean {
  const [jam, hours, after] = [tokens[s], tokens[s + 1], tokens[s + 2]];
  return jam?.image === "jam" && isDigits(hours) && hours.image.length <= 2 && tokens[s - 1]?.tokenType !== NumberLiteral && !/^(menit|minutes?)$/i.test(after?.image ?? "");
}

/** `cakrawala 2019`, `berlaku 2019`: a year standing alone where a span of dates stands; Lontar writes its first and last day. */
export function yearRangeAt(tokens: readonly IToken[], s: number): NotationRun | undefined {
  const t = tokens[s];
  if (!isDigits(t) || t.image.length !== 4 || !standsAlone(tokens, s, s, "date")) return undefined;
  const year = t.image;
  // `2024-2025`: two years (both whole, or a school year from July?), offered; `2024-13`, `2024-0`: a date, not a year.
  const dash = tokens[s + 1];
  if (dash !== undefined && dash.tokenType.name === "Minus" && touching(t, dash)) return yearsRangeAt(tokens, s);
  const fixed = `${year}-01-01..${year}-12-31`;
  return { first: s, last: s, mistake: { kind: "yearRange", text: year, fixed, range: tokenRange(t) }, literal: "date", token: { type: DateLiteral, image: `${year}-01-01` }, then: [{ type: DotDot, image: ".." }, { type: DateLiteral, image: `${year}-12-31` }] };
}

/**
 * `cakrawala 2024-2025`: two years joined by `-` where a span of dates stands. Both years
 * whole (`2024-01-01..2025-12-31`) is offered, not applied: a school year (`2024/2025`) runs
 * from July to June. Undefined when the second is no later year on its own.
 */
function yearsRangeAt(tokens: readonly IToken[], s: number): NotationRun | undefined {
  const [from, to] = [tokens[s], tokens[s + 2]];
  if (from === undefined || !isDigits(to) || to.image.length !== 4 || !touching(tokens[s + 1], to) || Number(to.image) <= Number(from.image) || !standsAlone(tokens, s, s + 2, "date")) return undefined;
  const whole = `${from.image}-01-01..${to.image}-12-31`;
  const range = spanTokens(from, to) ?? tokenRange(from);
  return {
    first: s, last: s + 2,
    mistake: { kind: "yearsRange", text: `${from.image}-${to.image}`, alternatives: [whole], range },
    literal: "date", token: { type: DateLiteral, image: `${from.image}-01-01` }, then: [{ type: DotDot, image: ".." }, { type: DateLiteral, image: `${to.image}-12-31` }],
  };
}

/** The weekday code of an ISO date (calendar arithmetic, no clock or zone). */
export function weekdayOfDate(iso: string): WeekdayCode | undefined {
  const [y = NaN, m = NaN, d = NaN] = iso.split("-").map(Number);
  return WEEKDAYS[weekdayOf(dayNumber(y, m, d))];
}

/**
 * `Senin, 1 Februari 2027`, `Senin 01-02-2027`, `Monday, 2027-02-01`: a date after its day's
 * name, as letters write it; Lontar writes the date alone (`2027-02-01`), the date's own
 * mistake mended in it. A day that is not the date's (`Selasa, 1 Februari 2027`) is said, with
 * the date's own day, and no fix: which of the two was meant is not known.
 */
export function weekdayDateAt(tokens: readonly IToken[], s: number): NotationRun | undefined {
  const name = dayName(tokens[s]);
  const meaning = name === undefined ? undefined : WORDS.get(name);
  const day = meaning?.value;
  if (typeof day !== "string" || !isWeekdayCode(day)) return undefined;
  const at = tokens[s + 1]?.tokenType.name === "Comma" ? s + 2 : s + 1;
  const date = writtenDate(tokens, at);
  if (date === undefined) return undefined;
  const text = writtenText(tokens, s, date.last);
  const range = spanTokens(tokens[s] as IToken, tokens[date.last]) ?? tokenRange(tokens[s] as IToken);
  const actual = weekdayOfDate(date.fixed);
  if (actual !== undefined && actual !== day) {
    const example = WEEKDAY_SPELLINGS[actual][meaning?.lang ?? "en"][0] ?? actual;
    return { first: s, last: date.last, mistake: { kind: "weekdayDateOther", text, reading: date.fixed, example, range }, literal: "date", token: { type: DateLiteral, image: date.fixed } };
  }
  return { first: s, last: date.last, mistake: { kind: "weekdayDate", text, fixed: date.fixed, range }, literal: "date", token: { type: DateLiteral, image: date.fixed } };
}

/** Whether `value` is a weekday's code (`mon` … `sun`). */
function isWeekdayCode(value: string): value is WeekdayCode {
  return (WEEKDAYS as readonly string[]).includes(value);
}

/**
 * A whole text that is one date written another way (`15/01/2027`, `15-01-27`, `2027/1/15`, `1 Juli 2027`),
 * as a `.lontar` file's LON1106 reads it: the date `YYYY-MM-DD` meant, when certain; undefined
 * for any other text. For a date given outside a file (`lontar plan --from 15/01/2027`).
 *
 * @example writtenDateMeant("15/01/2027") // "2027-01-15"
 */
export function writtenDateMeant(text: string): string | undefined {
  const { tokens } = tokenize(text);
  // `1 Juli 2027` too, as a `.lontar` file's is read (a walk of stop 59: `--from "1 Juli 2027"` got no fix, `--from 01/07/2027` one).
  const run = dateAt(tokens, 0) ?? monthDateAt(tokens, 0);
  return run !== undefined && run.last === tokens.length - 1 ? run.mistake.fixed : undefined;
}
