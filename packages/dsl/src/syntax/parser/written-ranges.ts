/** Ranges and lists of days, dates and times joined another way: `senin-kamis`, `Mon-Thu`, `selasa dan jumat`, `pukul 13:30 sampai 17:00`, `seminggu`. */
import { keywordLanguage } from "../keyword-language.js";
import type { IToken, TokenType } from "chevrotain";
import { daysInMonth, isIsoDate, isLocalTime, minutesOfDay } from "@lontar/core";
import { endOf, spanTokens, startOf, tokenRange } from "../ast-builder/ranges.js";
import { packRange } from "../ast-builder/packed-range.js";
import { monthNumber, WORDS } from "../keywords.js";
import { Comma, CompactDuration, DateLiteral, DotDot, K, Minus, NumberLiteral, TimeLiteral } from "../lexer/tokens.js";
import type { NotationMistake, NotationRun } from "./notation.js";
import { PROPERTY_SYNTAX } from "../../language/table.js";
import type { ValueShapeName } from "../../language/shapes.js";
import { isDigits, lexedAs, pad2, suffixedNumber, touching, writtenText, wordType, dayName } from "./written-tokens.js";
import { afterDateWord, timeAt, dateAt, monthDateAt, sessionEndAt, writtenTimeAt } from "./written-dates.js";

/** Words that join a range's ends in letters and notes (`senin sampai kamis`, `mon to fri`), lower case. */
const RANGE_WORDS: ReadonlySet<string> = new Set(["sampai", "hingga", "to", "through", "thru", "till", "until"]);

/** How many tokens from `s` join a range's ends (`-`, `sampai`, `sampai dengan`, `s.d.`, `s.d`, `s/d`, `to`): 0 when they do not. */
export function joinLength(tokens: readonly IToken[], s: number): number {
  const [a, b, c, d] = [tokens[s], tokens[s + 1], tokens[s + 2], tokens[s + 3]];
  if (a === undefined) return 0;
  if (a.tokenType === Minus) return 1;
  const word = a.image.toLowerCase();
  if (word === "sampai" && b?.image.toLowerCase() === "dengan") return 2;
  if (word === "s" && c?.image.toLowerCase() === "d" && touching(a, b) && touching(b, c) && (b?.tokenType.name === "Dot" || b?.tokenType.name === "Slash")) {
    return b?.tokenType.name === "Dot" && d?.tokenType.name === "Dot" && touching(c, d) ? 4 : 3;
  }
  return RANGE_WORDS.has(word) ? 1 : 0;
}

/** What ends a range: a day (`senin`), a date (`2026-01-01`, or one written another way), or a time (`08:00`, or `08.00`). */
function rangeEnd(tokens: readonly IToken[], i: number): { readonly kind: "day" | "date" | "time"; readonly text: string } | undefined {
  const t = tokens[i];
  if (t === undefined) return undefined;
  // A day in any case (`Mon-Thu`: its capitals are their own mistake, mended with this one).
  const day = dayName(t);
  if (day !== undefined) return { kind: "day", text: day };
  if (t.tokenType === DateLiteral) return { kind: "date", text: t.image };
  if (t.tokenType === TimeLiteral) return { kind: "time", text: t.image };
  const written = dateAt(tokens, i) ?? monthDateAt(tokens, i) ?? timeAt(tokens, i);
  if (written === undefined) return undefined;
  return { kind: written.literal === "time" ? "time" : "date", text: written.mistake.fixed ?? written.mistake.text };
}

/**
 * `senin-kamis`, `senin sampai kamis`, `senin s.d. kamis`, `mon to fri`: two days joined
 * otherwise than by `..`; two dates likewise (`2026-01-01 s/d 2026-12-31`); two times
 * joined otherwise than by `-` (`08:00 sampai 16:00`). The join is put back as `..` or `-`.
 */
export function rangeJoinAt(tokens: readonly IToken[], s: number): NotationRun | undefined {
  const length = joinLength(tokens, s);
  if (length === 0) return undefined;
  const left = rangeEnd(tokens, s - 1);
  const right = rangeEnd(tokens, s + length);
  if (left === undefined || right === undefined || left.kind !== right.kind) return undefined;
  const first = tokens[s] as IToken;
  const last = tokens[s + length - 1] as IToken;
  if (left.kind === "time" && first.tokenType === Minus) return undefined;
  const join = left.kind === "time" ? "-" : "..";
  const kind = left.kind === "day" ? "dayRange" : left.kind === "date" ? "dateRange" : "timeRange";
  const range = spanTokens(first, last) ?? tokenRange(first);
  // The fix takes the spaces around the join too, on one line: `senin s.d. kamis` → `senin..kamis`, not `senin .. kamis`.
  const [before, after] = [tokens[s - 1], tokens[s + length]];
  const fixRange = before !== undefined && after !== undefined && before.startLine === after.startLine ? packRange(endOf(before), startOf(after)) : undefined;
  const mistake: NotationMistake = { kind, text: writtenText(tokens, s, s + length - 1), fixed: join, example: `${left.text}${join}${right.text}`, range, ...(fixRange === undefined ? {} : { fixRange }) };
  return { first: s, last: s + length - 1, mistake, literal: "keyword", token: { type: join === "-" ? Minus : DotDot, image: join } };
}

/** `buka setiap hari 08:00-16:00`, `open every day …`: every day where days stand, which Lontar writes as the week's range (`senin..minggu`, `mon..sun`). */
export function everyDayAt(tokens: readonly IToken[], s: number): NotationRun | undefined {
  const [every, day] = [tokens[s], tokens[s + 1]];
  if (every === undefined || day === undefined || every.tokenType !== K["Every"] || day.tokenType !== K["DayUnit"]) return undefined;
  // `setiap hari kerja`, `setiap hari Sabtu`: named days (written-windows.ts's everyNamedDaysAt), not every day of the week.
  const named = tokens[s + 2];
  // A word after `hari` on its line (`setiap hari libur`, `setiap hari kerja`) says which days: not every day.
  if (named !== undefined && named.startLine === day.startLine && (named.tokenType === K["Kerja"] || dayName(named) !== undefined || /^[A-Za-z_]+$/.test(named.image))) return undefined;
  const english = every.image === "every";
  const [first, last] = english ? ["mon", "sun"] : ["senin", "minggu"];
  const range = spanTokens(every, day) ?? tokenRange(every);
  return { first: s, last: s + 1, mistake: { kind: "everyDay", text: `${every.image} ${day.image}`, fixed: `${first}..${last}`, range }, literal: "keyword", token: { type: wordType(first), image: first }, then: [{ type: DotDot, image: ".." }, { type: wordType(last), image: last }] };
}

/**
 * `setiap tanggal 5`, `every day 5`: a day of every month written without the month, where
 * Lontar writes `setiap bulan pada tanggal 5` (`every month on day 5`).
 */
export function monthDayAt(tokens: readonly IToken[], s: number): NotationRun | undefined {
  const [every, word, day] = [tokens[s], tokens[s + 1], tokens[s + 2]];
  if (every === undefined || word === undefined || day === undefined || every.tokenType !== K["Every"] || day.tokenType !== NumberLiteral) return undefined;
  const english = word.tokenType === K["DayUnit"] && word.image.toLowerCase() === "day";
  if (!english && word.tokenType !== K["DateKw"]) return undefined;
  // `setiap tanggal 17 agustus`: a date of every year (written-year-date.ts).
  if (monthNumber(tokens[s + 3]?.image ?? "") !== undefined && tokens[s + 3]?.startLine === day.startLine) return undefined;
  const [month, on, dayWord] = english ? ["month", "on", "day"] : ["bulan", "pada", "tanggal"];
  const range = spanTokens(every, day) ?? tokenRange(every);
  const then = [
    { type: K["MonthUnit"] as TokenType, image: month },
    { type: K["On"] as TokenType, image: on },
    { type: (english ? K["DayUnit"] : K["DateKw"]) as TokenType, image: dayWord },
    { type: NumberLiteral, image: day.image },
  ];
  return { first: s, last: s + 2, mistake: { kind: "monthDay", text: `${every.image} ${word.image} ${day.image}`, fixed: `${every.image} ${month} ${on} ${dayWord} ${day.image}`, range }, literal: "keyword", token: { type: every.tokenType, image: every.image }, then };
}

/**
 * `every month on 15`, `setiap bulan pada 15`, `pada tgl 15`, `on the 15th`: a day of the month
 * after `on` / `pada` in a monthly schedule without the word for it (or with another), where
 * Lontar writes `on day 15`, `pada tanggal 15`.
 */
export function dayOfMonthAt(tokens: readonly IToken[], s: number): NotationRun | undefined {
  const on = tokens[s - 1];
  const t = tokens[s];
  if (on === undefined || t === undefined || on.tokenType !== K["On"] || tokens[s - 2]?.tokenType !== K["MonthUnit"]) return undefined;
  const english = on.image.toLowerCase() === "on";
  // `15`, `tgl 15` / `tgl. 15`, `the 15th`
  const written = /^(tgl|tg|tanggal)$/i.test(t.image) && t.tokenType !== K["DateKw"] ? "word" : t.tokenType === K["The"] ? "the" : "bare";
  const number = written === "word" ? (tokens[s + 1]?.tokenType.name === "Dot" ? s + 2 : s + 1) : written === "the" ? s + 1 : s;
  const day = tokens[number];
  if (day?.tokenType !== NumberLiteral || !/^([1-9]|[12]\d|3[01])$/.test(day.image)) return undefined;
  const suffixed = suffixedNumber(tokens, number) !== undefined;
  if (written === "the" && !suffixed) return undefined;
  const last = suffixed ? number + 1 : number;
  const after = tokens[last + 1];
  // `on 17 aug` is a date of the year; `the 1st thu`, `the 1st, 3rd thu` are weekdays of the month (written-week-ordinal.ts).
  if (after === undefined || NOT_A_DAY_AFTER.has(after.tokenType.name)) return undefined;
  const word = english ? "day" : "tanggal";
  const range = spanTokens(t, tokens[last]) ?? tokenRange(day);
  const mistake = { kind: "dayOfMonth" as const, text: writtenText(tokens, s, last), fixed: `${word} ${day.image}`, range };
  const put = { token: { type: (english ? K["DayUnit"] : K["DateKw"]) as TokenType, image: word }, then: [{ type: NumberLiteral, image: day.image }] };
  // Written bare (`on 15 at 09:00`), the grammar reads a date of the year and fails at the word after it: the run
  // holds that word too, put back as it is, so that the reading goes on from there.
  if (written !== "bare") return { first: s, last, mistake, literal: "keyword", ...put };
  return { first: s, last: last + 1, mistake, literal: "keyword", token: put.token, then: [...put.then, { type: after.tokenType, image: after.image }] };
}

/**
 * `setiap bulan tanggal 10`, `every month day 15`: a day of the month right after the month,
 * without `pada` / `on` before it (`setiap bulan pada tanggal 10`).
 */
export function monthDayWithoutOnAt(tokens: readonly IToken[], s: number): NotationRun | undefined {
  const [month, word, day] = [tokens[s - 1], tokens[s], tokens[s + 1]];
  if (month === undefined || word === undefined || month.tokenType !== K["MonthUnit"] || tokens[s - 2]?.tokenType !== K["Every"]) return undefined;
  const english = word.image.toLowerCase() === "day";
  if (!(word.tokenType === K["DateKw"] || (english && word.tokenType === K["DayUnit"])) || day?.tokenType !== NumberLiteral || !/^([1-9]|[12]\d|3[01])$/.test(day.image)) return undefined;
  const on = english ? "on" : "pada";
  const range = spanTokens(word, day) ?? tokenRange(word);
  const mistake = { kind: "dayWithoutOn" as const, text: writtenText(tokens, s, s + 1), fixed: `${on} ${word.image} ${day.image}`, range };
  return { first: s, last: s + 1, mistake, literal: "keyword", token: { type: K["On"] as TokenType, image: on }, then: [{ type: word.tokenType, image: word.image }, { type: NumberLiteral, image: day.image }] };
}

/** The tokens after a number that make it no day of the month: a month's name, a weekday, a join of ordinals. */
const NOT_A_DAY_AFTER: ReadonlySet<string> = new Set(["MonthName", "WeekdayName", "Minggu", "And", "Comma"]);

/**
 * The length of a session from `start` to `end` (`HH:mm`, the same day) as a duration's token
 * (`3h30m`) and as `lang` writes it (`3h30m`, `3 jam 30 menit`); undefined when it ends before it starts.
 *
 * @example sessionLength("13:30", "15:00", "id") // { compact: "1h30m", words: "1 jam 30 menit", lang: "id" }
 */
export function sessionLength(start: string, end: string, lang: "en" | "id"): { readonly compact: string; readonly words: string; readonly lang: "en" | "id" } | undefined {
  const minutes = minutesOfDay(end) - minutesOfDay(start);
  if (!(minutes > 0)) return undefined;
  const [h, m] = [Math.floor(minutes / 60), minutes % 60];
  const compact = `${h > 0 ? `${h}h` : ""}${m > 0 ? `${m}m` : ""}`;
  const words = lang === "en" ? compact : [h > 0 ? `${h} jam` : "", m > 0 ? `${m} menit` : ""].filter((w) => w !== "").join(" ");
  return { compact, words, lang };
}


/**
 * `pukul 13:30-17:00`, `pukul 13:30 sampai 17:00`, `at 13:30 to 17:00`: a session written from
 * its start to its end, where Lontar writes its start and its length: the end becomes
 * `selama 3 jam 30 menit` (`for 3h30m`). `pukul 13.30 s.d. selesai` (until done) has no end: the
 * length is asked for, with no fix.
 */
export function atRangeAt(tokens: readonly IToken[], s: number): NotationRun | undefined {
  // The start: a time (`13:30`) or one written with a dot (`13.30`, three tokens), right after `pukul`/`at`.
  const from = tokens[s - 1]?.tokenType === TimeLiteral ? s - 1 : s - 3;
  const written = writtenTimeAt(tokens, from);
  const at = written?.last === s - 1 ? tokens[from - 1] : undefined;
  const time = written?.time;
  if (at === undefined || time === undefined || at.tokenType !== K["At"]) return undefined;
  // `pukul 9:00 s.d. 11:00`: the start as Lontar writes it in the example (`09:00`).
  const start = { image: /^\d:\d\d$/.test(time) ? `0${time}` : time };
  const length = joinLength(tokens, s);
  if (length === 0) return undefined;
  const end = tokens[s + length];
  const english = at.image === "at";
  const forType = K["For"];
  if (end === undefined || forType === undefined) return undefined;
  const first = tokens[s] as IToken;
  const range = spanTokens(first, end) ?? tokenRange(first);
  const text = writtenText(tokens, s, s + length);
  const forWord = english ? "for" : "selama";
  if (["selesai", "finish", "finished", "done"].includes(end.image.toLowerCase())) {
    return { first: s, last: s + length, mistake: { kind: "atUntilDone", text, range }, literal: "keyword", token: { type: forType, image: forWord }, then: [{ type: CompactDuration, image: "1h" }] };
  }
  // The end: a time, one written with a dot, an hour or a time with a part of the day (each its own mistake, mended with this one), and a zone's name after it.
  const endRead = sessionEndAt(tokens, s + length);
  const endTime = endRead?.time;
  if (endRead === undefined || endTime === undefined || !isLocalTime(start.image.padStart(5, "0")) || !isLocalTime(endTime.padStart(5, "0"))) return undefined;
  const last = endRead.last;
  const session = sessionLength(start.image, endTime, english ? "en" : "id");
  if (session === undefined) return undefined;
  const compact = session.compact;
  const fixed = `${forWord} ${session.words}`;
  const whole = spanTokens(first, tokens[last] as IToken) ?? range;
  // `08:00-10:00`: the join touches the start, and the fix's words need a space before them.
  const lead = touching(tokens[s - 1], first) ? { lead: " " } : {};
  return { first: s, last, mistake: { kind: "atRange", text: writtenText(tokens, s, last), fixed, example: `${at.image} ${start.image} ${fixed}`, range: whole, ...lead }, literal: "keyword", token: { type: forType, image: forWord }, then: [{ type: CompactDuration, image: compact }] };
}

/**
 * `Mon-Thu`, `Senin..Jumat`, `Senin s.d. Kamis`: a range of days with a capital in it, read as
 * one mistake from its first day to its last (its capitals and its join alike), whose fix
 * writes the range in lower case with `..`. A range in lower case is {@link rangeJoinAt}'s.
 */
export function capitalDayRangeAt(tokens: readonly IToken[], s: number): NotationRun | undefined {
  const first = tokens[s];
  const left = dayName(first);
  if (first === undefined || left === undefined) return undefined;
  const length = tokens[s + 1]?.tokenType === DotDot ? 1 : joinLength(tokens, s + 1);
  const last = tokens[s + 1 + length];
  const right = dayName(last);
  if (length === 0 || last === undefined || right === undefined || (first.image === left && last.image === right)) return undefined;
  const fixed = `${left}..${right}`;
  const range = spanTokens(first, last) ?? tokenRange(first);
  return { first: s, last: s + 1 + length, mistake: { kind: "capitalDayRange", text: writtenText(tokens, s, s + 1 + length), fixed, range }, literal: "keyword", token: { type: wordType(left), image: left }, then: [{ type: DotDot, image: ".." }, { type: wordType(right), image: right }] };
}

/** `selasa dan jumat`, `tue and fri`: two days joined by `dan`/`and`/`serta`; Lontar lists them with `,`. */
export function dayListAt(tokens: readonly IToken[], s: number): NotationRun | undefined {
  const join = tokens[s];
  if (join === undefined || !["dan", "and", "serta"].includes(join.image.toLowerCase())) return undefined;
  const [left, right] = [dayName(tokens[s - 1]), dayName(tokens[s + 1])];
  if (left === undefined || right === undefined) return undefined;
  // The space before `dan` goes too: the fix writes `selasa, jumat`.
  const before = tokens[s - 1] as IToken;
  const range = packRange(endOf(before), endOf(join));
  return { first: s, last: s, mistake: { kind: "dayList", text: join.image, fixed: ",", example: `${left}, ${right}`, range }, literal: "keyword", token: { type: Comma, image: "," } };
}

/** Whether `minggu` at `s` is the week, not Sunday: after `setiap`/`every`, `per` or a number (`setiap minggu`, `per minggu`, `2 minggu`). */
function weekAt(tokens: readonly IToken[], s: number): boolean {
  const before = tokens[s - 1]?.tokenType;
  return tokens[s]?.image.toLowerCase() === "minggu" && (before === K["Every"] || before === K["Per"] || before?.name === "NumberLiteral");
}

/** At most this many days side by side are read as one list (a week has seven; a longer run is the grammar's error). */
const MOST_DAYS_SIDE_BY_SIDE = 7;

/**
 * `buka senin kamis 08:00-16:00`, `pada senin kamis`, `on mon thu`: two days side by side,
 * with no join. Ambiguous: `senin..kamis` (the days from the one to the other) or
 * `senin, kamis` (those two days); both are offered, neither preferred. Three days or more
 * (`buka senin rabu jumat`) are a list, since a range has two ends: `senin, rabu, jumat`, the
 * fix. Days next to a range's `..` are left to the grammar.
 */
export function daysSideBySideAt(tokens: readonly IToken[], s: number): NotationRun | undefined {
  const first = tokens[s];
  const left = dayName(first);
  if (first === undefined || left === undefined || weekAt(tokens, s) || dayName(tokens[s - 1]) !== undefined || tokens[s - 1]?.tokenType === DotDot) return undefined;
  const days = [left];
  let last = s;
  for (; days.length < MOST_DAYS_SIDE_BY_SIDE; last++) {
    const [t, next] = [tokens[last], tokens[last + 1]];
    const day = dayName(next);
    if (day === undefined || next === undefined || next.startLine !== first.startLine || touching(t, next)) break;
    days.push(day);
  }
  if (days.length < 2 || dayName(tokens[last + 1]) !== undefined || tokens[last + 1]?.tokenType === DotDot) return undefined;
  const range = spanTokens(first, tokens[last] as IToken) ?? tokenRange(first);
  const text = writtenText(tokens, s, last);
  const [right = left] = days.slice(-1);
  if (days.length === 2) {
    const alternatives = [`${left}..${right}`, `${left}, ${right}`];
    return { first: s, last, mistake: { kind: "daysSideBySide", text, alternatives, range }, literal: "keyword", token: { type: wordType(left), image: left }, then: [{ type: DotDot, image: ".." }, { type: wordType(right), image: right }] };
  }
  const then = days.slice(1).flatMap((day) => [{ type: Comma, image: "," }, { type: wordType(day), image: day }]);
  return { first: s, last, mistake: { kind: "daysListSideBySide", text, fixed: days.join(", "), range }, literal: "keyword", token: { type: wordType(left), image: left }, then };
}

/** `setiap hari Senin`, `pada hari Jumat`: `hari` before a day's name, which Lontar writes alone (`setiap senin`; `setiap ahad` for Sunday: `setiap minggu` is every week). */
export function dayWordAt(tokens: readonly IToken[], s: number): NotationRun | undefined {
  // `di hari sabtu`, `on day sat`: a word for "on" before `hari` goes with it.
  const at = ON_WORDS.has(tokens[s]?.image.toLowerCase() ?? "") && tokens[s + 1]?.image.toLowerCase() === "hari" ? s + 1 : s;
  const [word, day] = [tokens[at], tokens[at + 1]];
  const name = dayName(day);
  if (word === undefined || day === undefined || name === undefined || !["hari", "day"].includes(word.image.toLowerCase())) return undefined;
  const first = tokens[s] as IToken;
  // After a week's period (`setiap minggu hari sabtu`, `setiap 2 minggu di hari sabtu`), the day is the schedule's, after `pada`.
  const period = tokens[s - 1];
  const weekly = period !== undefined && WEEK_WORDS.has(period.image.toLowerCase()) && (tokens[s - 2]?.tokenType === K["Every"] || (tokens[s - 2]?.tokenType === NumberLiteral && tokens[s - 3]?.tokenType === K["Every"]));
  const every = tokens[s - 1]?.tokenType === K["Every"];
  const dayWord = name === "minggu" && every ? "ahad" : name;
  if (!weekly && at !== s) return undefined;
  const on = keywordLanguage(period ?? word) === "en" ? "on" : "pada";
  const fixed = weekly ? `${on} ${dayWord}` : dayWord;
  const range = spanTokens(first, day) ?? tokenRange(first);
  const lexed = weekly ? lexedAs(fixed) : { token: { type: wordType(fixed), image: fixed } };
  if (lexed === undefined) return undefined;
  return { first: s, last: at + 1, mistake: { kind: "dayWord", text: writtenText(tokens, s, at + 1), fixed, range }, literal: "keyword", ...lexed };
}

/** Words for "on" before `hari` (`di hari sabtu`), lower case. */
const ON_WORDS: ReadonlySet<string> = new Set(["di", "pada", "on"]);
/** The words of a week, a schedule's period before its day (`setiap minggu`, `every week`), lower case. */
const WEEK_WORDS: ReadonlySet<string> = new Set(["minggu", "pekan", "week", "weeks"]);

/** The periods a count or cap is per, as their words (`hari`, `month`…). */
const PERIOD_WORDS: readonly string[] = ["hari", "minggu", "pekan", "bulan", "triwulan", "semester", "tahun", "day", "week", "month", "quarter", "year"];

/**
 * A period in one word, which Lontar writes `per minggu`: `seminggu`, `sebulan`, `setahun`,
 * `sehari`, `sepekan` (after a count: `2 kali seminggu`), and `per` joined to it (`perbulan`,
 * `perhari`, `perweek`).
 */
const PER_WORDS: ReadonlyMap<string, string> = new Map([
  ["sehari", "hari"], ["seminggu", "minggu"], ["sepekan", "pekan"], ["sebulan", "bulan"], ["setahun", "tahun"],
  ...PERIOD_WORDS.map((unit) => [`per${unit}`, unit] as const),
]);

/** `seminggu`, `perbulan` where `per minggu`, `per bulan` stands; `jam/hari`, `sesi / bulan`: a slash for `per`. */
export function perUnitAt(tokens: readonly IToken[], s: number): NotationRun | undefined {
  const t = tokens[s];
  const per = K["Per"];
  if (t === undefined || per === undefined) return undefined;
  const after = tokens[s + 1];
  if (t.tokenType.name === "Slash" && after !== undefined && after.startLine === t.startLine && PERIOD_WORDS.includes(after.image.toLowerCase())) {
    const unit = after.image.toLowerCase();
    const fixed = `per ${unit}`;
    const range = spanTokens(t, after) ?? tokenRange(t);
    // `jam/hari`: the fix writes a space before `per`, where the slash touches the word before it.
    const lead = touching(tokens[s - 1], t) ? { lead: " " } : {};
    return { first: s, last: s + 1, mistake: { kind: "wordsFor", text: writtenText(tokens, s, s + 1), fixed, range, ...lead }, literal: "keyword", token: { type: per, image: "per" }, then: [{ type: wordType(unit), image: unit }] };
  }
  const unit = PER_WORDS.get(t.image.toLowerCase());
  if (unit === undefined) return undefined;
  const fixed = `per ${unit}`;
  return { first: s, last: s, mistake: { kind: "wordsFor", text: t.image, fixed, range: tokenRange(t) }, literal: "keyword", token: { type: per, image: "per" }, then: [{ type: wordType(unit), image: unit }] };
}

/**
 * A period's word abbreviated, as notes write it (`bln`, `thn`, `mgg`), or made an adjective
 * (`bulanan`, `tahunan`, `mingguan`: monthly, yearly, weekly), lower case: the period's word.
 */
const PERIOD_SPELLINGS: ReadonlyMap<string, string> = new Map([
  ["hr", "hari"], ["harian", "hari"], ["mg", "minggu"], ["mgg", "minggu"], ["mingguan", "minggu"], ["pekanan", "pekan"],
  ["bln", "bulan"], ["bulanan", "bulan"], ["triwulanan", "triwulan"], ["tw", "triwulan"], ["semesteran", "semester"], ["smt", "semester"],
  ["th", "tahun"], ["thn", "tahun"], ["tahunan", "tahun"],
  ["wk", "week"], ["wks", "week"], ["weekly", "week"], ["mo", "month"], ["mth", "month"], ["monthly", "month"], ["yr", "year"], ["yearly", "year"], ["annually", "year"], ["quarterly", "quarter"],
]);

/**
 * `per bln`, `per tahunan`, `setiap mgg`: a period's word abbreviated or made an adjective after
 * `per` or `setiap` / `every`, where Lontar writes the period (`per bulan`, `per tahun`).
 */
export function periodSpellingAt(tokens: readonly IToken[], s: number): NotationRun | undefined {
  const t = tokens[s];
  const before = tokens[s - 1];
  const unit = t === undefined ? undefined : PERIOD_SPELLINGS.get(t.image.toLowerCase());
  if (t === undefined || unit === undefined || before === undefined || before.startLine !== t.startLine || (before.tokenType !== K["Per"] && before.tokenType !== K["Every"])) return undefined;
  return { first: s, last: s, mistake: { kind: "wordsFor", text: t.image, fixed: unit, range: tokenRange(t) }, literal: "keyword", token: { type: wordType(unit), image: unit } };
}

/** Periods Lontar names that a number of months is (`per 3 bulan` is `per triwulan`), by the number, in each language. */
const MONTHS_PERIODS: ReadonlyMap<string, { readonly id: string; readonly en: string }> = new Map([
  ["1", { id: "bulan", en: "month" }], ["3", { id: "triwulan", en: "quarter" }], ["6", { id: "semester", en: "semester" }], ["12", { id: "tahun", en: "year" }],
]);

/**
 * `per 3 bulan`, `per 6 bulan`, `per 12 months`: a number of months after `per` that is a period
 * Lontar names: `per triwulan`, `per semester`, `per tahun` (`per quarter` …, in the language of
 * the word for months). Another number of months (`per 2 bulan`) names none: the grammar's error.
 */
export function perMonthsAt(tokens: readonly IToken[], s: number): NotationRun | undefined {
  const [count, unit] = [tokens[s], tokens[s + 1]];
  const period = count === undefined ? undefined : MONTHS_PERIODS.get(count.image);
  if (tokens[s - 1]?.tokenType !== K["Per"] || count?.tokenType.name !== "NumberLiteral" || unit === undefined || unit.tokenType !== K["MonthUnit"] || period === undefined) return undefined;
  const fixed = period[WORDS.get(unit.image)?.lang ?? "id"];
  const range = spanTokens(count, unit) ?? tokenRange(count);
  return { first: s, last: s + 1, mistake: { kind: "wordsFor", text: `${count.image} ${unit.image}`, fixed, range }, literal: "keyword", token: { type: wordType(fixed), image: fixed } };
}

/**
 * `cakrawala Januari - Desember 2027`, `Januari 2027 s.d. Juni 2027`, `berlaku Juli sampai Desember 2027`:
 * a span of months by their names (joined as {@link joinLength} reads a range's join); Lontar
 * writes its first day and its last (`2027-01-01..2027-12-31`). Months out of order with one
 * year (`Juli - Juni 2027`) are no span of one year: not read.
 */
export function monthRangeAt(tokens: readonly IToken[], s: number): NotationRun | undefined {
  const first = tokens[s];
  const from = first === undefined ? undefined : monthNumber(first.image);
  if (first === undefined || from === undefined) return undefined;
  const fromYear = isDigits(tokens[s + 1]) && tokens[s + 1]?.image.length === 4 ? tokens[s + 1] : undefined;
  const joinAt = fromYear === undefined ? s + 1 : s + 2;
  const join = joinLength(tokens, joinAt);
  const second = join === 0 ? undefined : tokens[joinAt + join];
  const to = second === undefined ? undefined : monthNumber(second.image);
  const last = joinAt + join + 1;
  const year = tokens[last];
  if (to === undefined || !isDigits(year) || year.image.length !== 4) return undefined;
  const startYear = Number(fromYear?.image ?? year.image);
  const endYear = Number(year.image);
  if (startYear > endYear || (startYear === endYear && from > to)) return undefined;
  const start = `${String(startYear).padStart(4, "0")}-${pad2(String(from))}-01`;
  const end = `${year.image}-${pad2(String(to))}-${pad2(String(daysInMonth(endYear, to)))}`;
  const range = spanTokens(first, year) ?? tokenRange(first);
  return datesRun(tokens, s, last, { kind: "monthRange", text: writtenText(tokens, s, last), range }, start, end);
}

/** The words a date of a schedule or a range follows whose month alone is its first day (`mulai Februari 2027`), or its last (`sampai Juni 2027`). */
const MONTH_START_WORDS: ReadonlySet<string> = new Set(["From", "Starting"]);
const MONTH_END_WORDS: ReadonlySet<string> = new Set(["Until"]);

/**
 * `mulai Februari 2027`, `sampai Juni 2027` (a walk of stop 57): a month and its year where a
 * date stands after a word that starts or ends a span: its first day after `mulai` / `from`, its
 * last after `sampai` / `until` (`2027-02-01`, `2027-06-30`). Elsewhere, or with a day before
 * the month (`17 Februari 2027`, another reading's), not read.
 */
export function monthYearAt(tokens: readonly IToken[], s: number): NotationRun | undefined {
  const [word, month, year] = [tokens[s - 1], tokens[s], tokens[s + 1]];
  const number = month === undefined ? undefined : monthNumber(month.image);
  if (word === undefined || month === undefined || number === undefined || !isDigits(year) || year.image.length !== 4 || year.startLine !== month.startLine) return undefined;
  const starts = MONTH_START_WORDS.has(word.tokenType.name);
  if (!starts && !MONTH_END_WORDS.has(word.tokenType.name)) return undefined;
  const day = starts ? 1 : daysInMonth(Number(year.image), number);
  const fixed = `${year.image}-${pad2(String(number))}-${pad2(String(day))}`;
  const range = spanTokens(month, year) ?? tokenRange(month);
  return { first: s, last: s + 1, mistake: { kind: starts ? "monthYearStart" : "monthYearEnd", text: `${month.image} ${year.image}`, fixed, range }, literal: "date", token: { type: DateLiteral, image: fixed } };
}

/** The value shapes that may be, or start with, a range of dates: a closure, a validity, a budget's period, a schedule of dates. */
const RANGE_SHAPES: ReadonlySet<ValueShapeName> = new Set(["closed", "validity", "budgetPeriod", "schedule"]);

/** The keywords a range of dates may follow: those of the properties of {@link RANGE_SHAPES} (the language table's), a horizon's and a schedule's exception. */
const RANGE_KEYWORDS: ReadonlySet<string> = new Set([...PROPERTY_SYNTAX.filter((p) => RANGE_SHAPES.has(p.shape)).map((p) => p.keyword.token), "Horizon", "Except"]);

/**
 * `cakrawala 2027-01-01 sampai Juni 2027` (a Left item of stop 57): a date, a word or sign
 * that joins a range, and a month with its year, on one line: the range to that month's last
 * day (`2027-01-01..2027-06-30`). Only right after the keyword of a property whose value is a
 * range of dates ({@link RANGE_KEYWORDS}): after a schedule's `mulai` / `from`, where `sampai`
 * is Lontar's own, the month alone is the mistake (see {@link monthYearAt}), and a one-off
 * session's day (`sekali pada 2027-03-01 sampai Juni 2027`) or an added date (`juga …`) is no
 * range (a review of stop 58: read as one, `--fix` made one session four months of them).
 */
export function dateToMonthAt(tokens: readonly IToken[], s: number): NotationRun | undefined {
  const from = tokens[s];
  const before = tokens[s - 1];
  if (from === undefined || from.tokenType !== DateLiteral || before === undefined || !RANGE_KEYWORDS.has(before.tokenType.name)) return undefined;
  const length = joinLength(tokens, s + 1);
  if (length === 0) return undefined;
  const [month, year] = [tokens[s + 1 + length], tokens[s + 2 + length]];
  const number = month === undefined ? undefined : monthNumber(month.image);
  if (month === undefined || number === undefined || !isDigits(year) || year.image.length !== 4 || month.startLine !== from.startLine || year.startLine !== from.startLine) return undefined;
  const end = `${year.image}-${pad2(String(number))}-${pad2(String(daysInMonth(Number(year.image), number)))}`;
  if (!isIsoDate(from.image)) return undefined;
  const last = s + 2 + length;
  const range = spanTokens(from, year) ?? tokenRange(from);
  const run = datesRun(tokens, s, last, { kind: "dateToMonth", text: writtenText(tokens, s, last), range }, from.image, end);
  // A month that ends before the first day (`2027-07-01 sampai Juni 2027`, a review of stop 58): said, with no fix (which date is wrong is the writer's to know).
  if (end >= from.image) return run;
  const { fixed: _fixed, ...said } = run.mistake;
  return { ...run, mistake: { ...said, kind: "dateToMonthBefore", reading: end } };
}

/**
 * The run `first`..`last` of `tokens` that writes the dates `start` to `end` another way, put
 * back as Lontar writes them: `start..end`, or after a schedule's `mulai` / `from`, its start
 * and its end (`mulai 2027-01-01 sampai 2027-06-30`).
 */
function datesRun(tokens: readonly IToken[], first: number, last: number, written: Pick<NotationMistake, "kind" | "text" | "range">, start: string, end: string): NotationRun {
  const from = tokens[first - 1];
  const until = from !== undefined && from.tokenType === K["From"] ? K["Until"] : undefined;
  const word = from !== undefined && keywordLanguage(from) === "en" ? "until" : "sampai";
  const join = until === undefined ? { type: DotDot, image: ".." } : { type: until, image: word };
  const fixed = until === undefined ? `${start}..${end}` : `${start} ${word} ${end}`;
  return { first, last, mistake: { ...written, fixed }, literal: "date", token: { type: DateLiteral, image: start }, then: [join, { type: DateLiteral, image: end }] };
}

/**
 * `15-17 Maret 2027`, `15 - 17 Maret 2027`, `15 s.d. 17 Maret 2027`: days of one month written
 * as letters write them, where Lontar writes a range of dates (`2027-03-15..2027-03-17`); the
 * first day's month written too, the year once (`1 Januari s/d 31 Desember 2027`), and a word
 * for "date" before (`tgl. 27 s.d. 31 Desember 2027`). After a schedule's `mulai` / `from`, a
 * start and an end: `mulai 2027-02-01 sampai 2027-06-30`. Months out of order with one year
 * (`1 Desember - 31 Januari 2027`) are no span of one year: not read.
 */
export function dayRangeMonthAt(tokens: readonly IToken[], s: number): NotationRun | undefined {
  const at = afterDateWord(tokens, s) ?? s;
  const from = tokens[at];
  if (!isDigits(from) || from.image.length > 2) return undefined;
  const named = tokens[at + 1];
  const fromMonth = named !== undefined && named.startLine === from.startLine ? monthNumber(named.image) : undefined;
  if (fromMonth !== undefined && isDigits(tokens[at + 2]) && tokens[at + 2]?.image.length === 4) return undefined;
  const joinAt = fromMonth === undefined ? at + 1 : at + 2;
  const join = joinLength(tokens, joinAt);
  if (join === 0) return undefined;
  const end = monthDateAt(tokens, joinAt + join);
  if (end === undefined || end.mistake.fixed === undefined) return undefined;
  const last = end.mistake.fixed;
  const month = fromMonth === undefined ? last.slice(0, 8) : `${last.slice(0, 5)}${pad2(String(fromMonth))}-`;
  const first = `${month}${pad2(from.image)}`;
  if (!isIsoDate(first) || first >= last) return undefined;
  const text = writtenText(tokens, s, end.last);
  const range = spanTokens(tokens[s], tokens[end.last]) ?? tokenRange(from);
  return datesRun(tokens, s, end.last, { kind: "dayRangeMonth", text, range }, first, last);
}

/**
 * `2027-03-01..03`, `2027-07-23..25`: a range of dates whose end is written as its day alone, in
 * the start's month, where Lontar writes the whole date (`2027-03-01..2027-03-03`). Certain when
 * that day is on the calendar and after the start; else (`2027-03-29..02`, the next month's?)
 * left to the grammar's error.
 */
export function rangeDayEndAt(tokens: readonly IToken[], s: number): NotationRun | undefined {
  const [start, join, day] = [tokens[s - 2], tokens[s - 1], tokens[s]];
  if (start?.tokenType !== DateLiteral || join?.tokenType !== DotDot || !isDigits(day) || day.image.length > 2 || !touching(join, day) || !isIsoDate(start.image.slice(0, 10))) return undefined;
  const fixed = `${start.image.slice(0, 8)}${pad2(day.image)}`;
  if (!isIsoDate(fixed) || fixed <= start.image.slice(0, 10)) return undefined;
  return { first: s, last: s, mistake: { kind: "rangeDayEnd", text: day.image, fixed, range: tokenRange(day) }, literal: "date" };
}
