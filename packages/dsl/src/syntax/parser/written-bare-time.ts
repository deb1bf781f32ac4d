/**
 * A time of day written right after a one-off's date or a recurring schedule's day, with no
 * `pukul` / `at` before it (`sekali 2027-08-17 09:00`, `setiap sabtu 09:00`, `setiap hari
 * 08:00`), as a spreadsheet's columns put them side by side. Lontar writes the keyword: the
 * fix puts it back in the file's language (`pukul 09:00`, `at 09:00`). Not a time that starts
 * a span (`sabtu 09:00-12:00` is a window as Lontar writes it). Taken only where the schedule
 * then reads on, as every written form is (notation-reader.ts).
 */
import type { IToken } from "chevrotain";
import { spanTokens, tokenRange } from "../ast-builder/ranges.js";
import { DateLiteral, K, TimeLiteral } from "../lexer/tokens.js";
import { contextLanguage } from "./keyword-suggestions.js";
import { isZoneName, writtenTimeAt } from "./written-dates.js";
import { lineShape } from "./line-shape.js";
import { keywordOf } from "./written-tokens.js";
import type { NotationRun } from "./notation.js";

/** Tokens that join a time to the end of its span (`-`, `–`, `..`), by name. */
const SPAN_JOINS: ReadonlySet<string> = new Set(["Minus", "TypographicDash", "DotDot"]);

/** Keywords of a day a time of day may follow in a schedule (`sabtu`, `hari`, `hari_kerja`, `akhir_pekan`), by their token's name. */
const DAY_TOKENS: ReadonlySet<string> = new Set(["WeekdayName", "Minggu", "DayUnit", "Weekdays", "Weekends"]);

/** Whether the token at `s` follows a date or a day's keyword (`sabtu`, `hari_kerja`) on its line: where a session's time goes. */
function afterDayOrDate(tokens: readonly IToken[], s: number): boolean {
  const [before, token] = [tokens[s - 1], tokens[s]];
  if (before === undefined || token === undefined || before.startLine !== token.startLine) return false;
  if (before.tokenType === DateLiteral) return true;
  const day = keywordOf(before);
  return day !== undefined && DAY_TOKENS.has(day);
}

/**
 * A time at `s` with a date or a day right before it on its line and no `pukul` / `at`: the
 * keyword is put back before it. The time may be written with a dot too (`09.00`, as
 * written-dates.ts's `timeAt` reads it), and with its zone's name after it (`09.00 WIB`, as
 * letters write it): then the one fix writes all of it (`pukul 09:00`; in a library of another
 * zone, workspace/zone-times.ts moves the time).
 */
export function bareTimeAt(tokens: readonly IToken[], s: number): NotationRun | undefined {
  const first = tokens[s];
  const at = K["At"];
  if (first === undefined || at === undefined || !afterDayOrDate(tokens, s)) return undefined;
  const written = writtenTimeAt(tokens, s);
  if (written === undefined) return undefined;
  // A time that starts a span in opening hours (`buka sabtu 09:00-12:00`, a window as Lontar writes it) is not one missing its
  // keyword; in a schedule (`setiap sabtu 09:00-10:00`) it is, and the span's end is then read as the session's length (atRangeAt).
  const after = tokens[written.last + 1];
  if (after !== undefined && after.startLine === first.startLine && SPAN_JOINS.has(after.tokenType.name) && lineShape(tokens, s) !== "schedule") return undefined;
  const { time, dotted } = written;
  const keyword = contextLanguage(tokens, s) === "id" ? "pukul" : "at";
  const timeText = dotted?.mistake.text ?? first.image;
  const timeRange = dotted?.mistake.range ?? tokenRange(first);
  const zone = isZoneName(after, first.startLine) ? after : undefined;
  const last = zone === undefined ? written.last : written.last + 1;
  const range = zone === undefined ? timeRange : (spanTokens(first, zone) ?? timeRange);
  return {
    first: s, last, literal: "keyword", token: { type: at, image: keyword }, then: [{ type: TimeLiteral, image: time }],
    mistake: { kind: "timeWithoutAt", text: zone === undefined ? timeText : `${timeText} ${zone.image}`, fixed: `${keyword} ${time}`, range },
  };
}

/** Words for a part of the day (lower case), and the hours (24-hour, from and before) a time in it has. */
const PARTS_OF_DAY: ReadonlyMap<string, readonly [number, number]> = new Map([
  ["pagi", [4, 12]], ["siang", [10, 16]], ["sore", [14, 19]], ["malam", [18, 24]],
  ["morning", [4, 12]], ["afternoon", [12, 18]], ["evening", [17, 24]], ["night", [18, 24]],
]);

/**
 * `setiap sabtu pagi pukul 09:00`, `every sat morning at 09:00`: a part of the day before a
 * session's time, which says it already; Lontar writes the time alone (`pukul 09:00`). Only
 * where the time falls in that part of the day: `sore pukul 09:00` is the grammar's error.
 */
export function partBeforeAtAt(tokens: readonly IToken[], s: number): NotationRun | undefined {
  const [part, at] = [tokens[s], tokens[s + 1]];
  const hours = PARTS_OF_DAY.get(part?.image.toLowerCase() ?? "");
  if (part === undefined || at === undefined || hours === undefined || at.tokenType !== K["At"] || at.startLine !== part.startLine || lineShape(tokens, s) !== "schedule") return undefined;
  const written = writtenTimeAt(tokens, s + 2);
  const hour = Number(written?.time.slice(0, 2));
  if (written === undefined || !(hour >= hours[0] && hour < hours[1])) return undefined;
  const range = spanTokens(part, at) ?? tokenRange(part);
  return { first: s, last: s + 1, mistake: { kind: "partBeforeAt", text: `${part.image} ${at.image}`, fixed: at.image, range }, literal: "keyword", token: { type: at.tokenType, image: at.image } };
}

/** A time in each part of the day, for the example of {@link partWithoutTimeAt}. */
const PART_EXAMPLES: ReadonlyMap<string, string> = new Map([
  ["pagi", "09:00"], ["siang", "13:00"], ["sore", "15:00"], ["malam", "19:00"],
  ["morning", "09:00"], ["afternoon", "14:00"], ["evening", "19:00"], ["night", "19:00"],
]);

/**
 * `setiap sabtu pagi`, `every sat morning`: a part of the day after a schedule's day or date,
 * with no time after it. A session starts at a time, which a part of the day does not say
 * (a walk: `jadwal setiap Sabtu pagi` met "expected a property, found `pagi`"). No
 * fix (the hour is not known); the message's example is a time in that part of the day, and
 * the reading goes on as if it were written, so that one mistake gives one error.
 */
export function partWithoutTimeAt(tokens: readonly IToken[], s: number): NotationRun | undefined {
  const [part, after] = [tokens[s], tokens[s + 1]];
  const time = PART_EXAMPLES.get(part?.image.toLowerCase() ?? "");
  const at = K["At"];
  if (part === undefined || time === undefined || at === undefined || !afterDayOrDate(tokens, s) || lineShape(tokens, s) !== "schedule") return undefined;
  // A time after it is partBeforeAtAt's (`pagi pukul 09:00`) or bareTimeAt's.
  if (after !== undefined && after.startLine === part.startLine && (after.tokenType === at || writtenTimeAt(tokens, s + 1) !== undefined)) return undefined;
  const keyword = contextLanguage(tokens, s) === "id" ? "pukul" : "at";
  return {
    first: s, last: s, literal: "keyword", token: { type: at, image: keyword }, then: [{ type: TimeLiteral, image: time }],
    mistake: { kind: "partWithoutTime", text: part.image, example: `${keyword} ${time}`, range: tokenRange(part) },
  };
}
