/** Sessions written another way: `jadwal sekali 2024-07-23..2024-07-25 pukul 09:00 selama 4 jam`, a session on several days in a row. */
import type { IToken } from "chevrotain";
import { minutesOfDay } from "@lontar/core";
import { spanTokens, tokenRange } from "../ast-builder/ranges.js";
import { spell, WORDS } from "../keywords.js";
import { CompactDuration, DateLiteral, DotDot, K, Minus, TimeLiteral } from "../lexer/tokens.js";
import type { NotationKind, NotationRun } from "./notation.js";
import { isoDateAt, isZoneName, sessionEndAt, writtenTimeAt, type WrittenTime } from "./written-dates.js";
import { isDigits, lexedAs, pad2, writtenText } from "./written-tokens.js";
import { joinLength } from "./written-ranges.js";

/** The minutes of a day: a day's hours end at `24:00` at the latest. */
const DAY_MINUTES = 24 * 60;

/** The minutes of a duration from token `i` (`4h`, `2h30m`, `90m`, `4 jam`, `2 jam 30 menit`, `90 menit`) and its last token. */
export function lengthAt(tokens: readonly IToken[], i: number): { readonly minutes: number; readonly last: number } | undefined {
  const [a, b, c, d] = [tokens[i], tokens[i + 1], tokens[i + 2], tokens[i + 3]];
  if (a?.tokenType === CompactDuration) {
    const [, h = "0", m = "0"] = /^(?:(\d+)h)?(?:(\d+)m)?$/.exec(a.image) ?? [];
    return { minutes: Number(h) * 60 + Number(m), last: i };
  }
  if (!isDigits(a) || b === undefined) return undefined;
  if (b.tokenType === K["Minutes"]) return { minutes: Number(a.image), last: i + 1 };
  if (b.tokenType !== K["Hours"]) return undefined;
  const hours = Number(a.image) * 60;
  return isDigits(c) && d?.tokenType === K["Minutes"] ? { minutes: hours + Number(c.image), last: i + 3 } : { minutes: hours, last: i + 1 };
}

/** A session's tails as read by {@link sessionTails}. */
interface SessionTails {
  /** The start, `HH:mm`. */
  readonly start?: string;
  /** The length in minutes. */
  readonly minutes?: number;
  /** The index of the tails' last token. */
  readonly last: number;
  /** The tails as Lontar writes them, for a fix: as written where they were (`pukul 09:00 selama 4 jam`). */
  readonly text: string;
  /** True when the start is written another way (`pukul 09.00`, `pukul 09:00 WIB`): the tails are in the fix. */
  readonly mended: boolean;
}

/**
 * A session's tails from token `i`: `pukul 09:00` and `selama 4 jam` (`at`, `for`), each at most
 * once, in either order; the start may be written with a dot and its zone's name (`pukul 09.00
 * WIB`, as letters write it). With `readEnd`, an end right after the start (`pukul 08.00-11.00`,
 * `pukul 08:00 s.d. 11:00`) gives the length. Undefined when neither is there.
 */
function sessionTails(tokens: readonly IToken[], i: number, readEnd = false): SessionTails | undefined {
  let [start, minutes, j, mended]: [string | undefined, number | undefined, number, boolean] = [undefined, undefined, i, false];
  const parts: string[] = [];
  for (let tail = 0; tail < 2; tail++) {
    const word = tokens[j];
    const duration = word?.tokenType === K["For"] ? lengthAt(tokens, j + 1) : undefined;
    const written: WrittenTime | undefined = start === undefined && word?.tokenType === K["At"] ? writtenTimeAt(tokens, j + 1) : undefined;
    if (word !== undefined && written !== undefined) {
      const zoned = isZoneName(tokens[written.last + 1], word.startLine);
      mended ||= zoned || written.dotted !== undefined;
      [start, j] = [written.time, written.last + (zoned ? 2 : 1)];
      parts.push(`${word.image} ${written.time}`);
      // `pukul 08.00-11.00 WITA`, `pukul 08:00 s.d. 11:00`: the end after the start, which gives the length.
      const join: number = readEnd && minutes === undefined && tokens[j]?.startLine === word.startLine ? joinLength(tokens, j) : 0;
      const end: { readonly time: string; readonly last: number } | undefined = join > 0 ? sessionEndAt(tokens, j + join) : undefined;
      const length: number = end === undefined ? 0 : minutesOfDay(end.time) - minutesOfDay(written.time);
      // A length written too (`pukul 08:00-11:00 selama 2 jam`) may say otherwise: then the end is not read.
      if (end !== undefined && length > 0 && tokens[end.last + 1]?.tokenType !== K["For"]) {
        [minutes, j, mended] = [length, end.last + 1, true];
        tail++;
      }
    } else if (minutes === undefined && duration !== undefined) {
      parts.push(writtenText(tokens, j, duration.last));
      [minutes, j] = [duration.minutes, duration.last + 1];
    } else break;
  }
  return j === i ? undefined : { ...(start === undefined ? {} : { start }), ...(minutes === undefined ? {} : { minutes }), last: j - 1, text: parts.join(" "), mended };
}

/** `HH:mm` of a number of minutes since midnight. */
const clock = (minutes: number): string => `${pad2(String(Math.floor(minutes / 60)))}:${pad2(String(minutes % 60))}`;

/** The end of a day's hours from `start` (`HH:mm`) for `minutes`, when it is within the day. */
function endOf(start: string, minutes: number): string | undefined {
  const end = minutesOfDay(start) + minutes;
  return minutes > 0 && end <= DAY_MINUTES && /^\d\d:\d\d$/.test(start) ? clock(end) : undefined;
}

/**
 * `jadwal sekali 2024-07-23..2024-07-25 pukul 09:00 selama 4 jam`, `jadwal 2024-07-23..2024-07-25
 * pukul 09:00 selama 4 jam`, `schedule once 2024-07-23..2024-07-25 at 09:00 for 4h`: a session
 * on several days in a row, written as a one-off session (`sekali` takes one date) or as a range
 * of dates with a session's tails, maybe after `setiap hari` (`every day`, `harian`), or as a
 * range said in words (`mulai 2024-07-23 sampai 2024-07-25`, `dari … hingga …`, `from … to …`). Lontar writes the range and each day's hours:
 * `2024-07-23..2024-07-25 harian 09:00-13:00`, the fix when both the start and the length are
 * there and the day's hours end by midnight; else no fix, and the message shows the form.
 */
export function rangeSessionAt(tokens: readonly IToken[], s: number): NotationRun | undefined {
  const schedule = tokens[s - 1];
  // `mulai 2027-03-01 sampai 2027-03-05`, `dari … hingga …`, `from … to …`: the range said in words.
  const lead = tokens[s]?.tokenType === K["From"] ? s + 1 : s;
  const once = tokens[lead]?.tokenType === K["Once"] ? tokens[lead] : undefined;
  const i = once === undefined ? lead : tokens[lead + 1]?.tokenType === K["On"] ? lead + 2 : lead + 1;
  const from = isoDateAt(tokens, i);
  const joined = from === undefined ? 0 : tokens[from.last + 1]?.tokenType === DotDot ? 1 : lead > s ? joinLength(tokens, from.last + 1) : 0;
  const to = from === undefined || joined === 0 ? undefined : isoDateAt(tokens, from.last + 1 + joined);
  if (schedule === undefined || schedule.tokenType !== K["Schedule"] || from === undefined || to === undefined) return undefined;
  const tails = sessionTails(tokens, to.last + 1 + everyDayWords(tokens, to.last + 1, tokens[to.last]?.startLine), true);
  const dailyType = K["Daily"];
  if (tails === undefined || dailyType === undefined) return undefined;
  const daily = spell("Daily", WORDS.get(schedule.image)?.lang ?? "en");
  const dates = `${from.date}..${to.date}`;
  const end = tails.start === undefined || tails.minutes === undefined ? undefined : endOf(tails.start, tails.minutes);
  const range = spanTokens(tokens[s] as IToken, tokens[tails.last] as IToken) ?? tokenRange(tokens[s] as IToken);
  const text = writtenText(tokens, s, tails.last);
  const back = [{ type: DotDot, image: ".." }, { type: DateLiteral, image: to.date }];
  if (tails.start === undefined || end === undefined) {
    const example = `${dates} ${daily} ${tails.start ?? "HH:mm"}-HH:mm`;
    return { first: s, last: tails.last, mistake: { kind: "rangeSessionNoEnd", text, example, range }, literal: "keyword", token: { type: DateLiteral, image: from.date }, then: back };
  }
  const kind: NotationKind = once === undefined ? "rangeSession" : "onceRange";
  const fixed = `${dates} ${daily} ${tails.start}-${end}`;
  const hours = [{ type: dailyType, image: daily }, { type: TimeLiteral, image: tails.start }, { type: Minus, image: "-" }, { type: TimeLiteral, image: end }];
  return { first: s, last: tails.last, mistake: { kind, text, fixed, example: once?.image ?? "", range }, literal: "keyword", token: { type: DateLiteral, image: from.date }, then: [...back, ...hours] };
}

/**
 * How many tokens at `i`, on line `line`, say "every day" between a range of dates and a
 * session's tails (`setiap hari`, `tiap hari`, `every day`, `harian`, `daily`): what a range's
 * `harian` (`daily`) says, so the fix writes it once. 0 when there are none.
 */
function everyDayWords(tokens: readonly IToken[], i: number, line: number | undefined): number {
  const [word, next] = [tokens[i], tokens[i + 1]];
  if (word === undefined || word.startLine !== line) return 0;
  if (word.tokenType === K["Daily"]) return 1;
  return word.tokenType === K["Every"] && next !== undefined && next.tokenType === K["DayUnit"] && next.startLine === line ? 2 : 0;
}

/**
 * `jadwal 2027-03-01 pukul 09:00 selama 2 jam`, `jadwal pada 2027-03-01 pukul 09:00 …`,
 * `schedule on 2027-03-01 at 09:00 …`: one session on one date, written without `sekali`
 * (`once`), or with `pada` (`on`) where it stands. A date alone after `jadwal` starts a range
 * of dates; followed by a session's start or length, it is a one-off: the fix writes
 * `sekali 2027-03-01`, and the tails stay as written.
 */
export function onceSessionAt(tokens: readonly IToken[], s: number): NotationRun | undefined {
  const schedule = tokens[s - 1];
  const on = tokens[s]?.tokenType === K["On"] ? tokens[s] : undefined;
  const i = on === undefined ? s : s + 1;
  const date = tokens[i];
  const onceType = K["Once"];
  if (schedule === undefined || schedule.tokenType !== K["Schedule"] || onceType === undefined) return undefined;
  const once = spell("Once", WORDS.get(schedule.image)?.lang ?? "en");
  if (tokens[s]?.tokenType === K["From"]) return startOnlyAt(tokens, s, once);
  if (date?.tokenType !== DateLiteral || date.image.length !== 10 || tokens[i + 1]?.tokenType === DotDot) return undefined;
  const tails = sessionTails(tokens, i + 1);
  if (tails === undefined) return undefined;
  const range = on === undefined ? tokenRange(date) : (spanTokens(on, date) ?? tokenRange(date));
  // The run holds the tails (the grammar fails at the first of them), put back as written; with a
  // start written another way (`pukul 09.00 WIB`), as Lontar writes them, and the fix is the whole run.
  if (tails.mended) {
    const whole = spanTokens(tokens[s] as IToken, tokens[tails.last] as IToken) ?? range;
    const fixed = `${once} ${date.image} ${tails.text}`;
    const put = lexedAs(fixed);
    if (put === undefined) return undefined;
    return { first: s, last: tails.last, mistake: { kind: "onceSession", text: writtenText(tokens, s, tails.last), fixed, example: once, range: whole }, literal: "keyword", ...put };
  }
  const mistake = { kind: "onceSession" as const, text: writtenText(tokens, s, i), fixed: `${once} ${date.image}`, example: once, range };
  const rest = tokens.slice(i + 1, tails.last + 1).map((t) => ({ type: t.tokenType, image: t.image }));
  return { first: s, last: tails.last, mistake, literal: "keyword", token: { type: onceType, image: once }, then: [{ type: DateLiteral, image: date.image }, ...rest] };
}

/**
 * `jadwal mulai 2027-03-01 pukul 09:00 selama 2 jam` (`from`, at `s`): a start date, as Lontar or letters write it, with a
 * session's tails and no rule before it. One session on that date is offered, not applied (sessions that repeat from
 * then may be meant, and how often is not written); the schedule is read as that one session meanwhile.
 */
function startOnlyAt(tokens: readonly IToken[], s: number, once: string): NotationRun | undefined {
  const start = tokens[s];
  const date = isoDateAt(tokens, s + 1);
  const tails = date === undefined || tokens[date.last + 1]?.tokenType === DotDot ? undefined : sessionTails(tokens, date.last + 1);
  if (start === undefined || date === undefined || tails === undefined) return undefined;
  const offered = `${once} ${date.date} ${tails.text}`;
  const put = lexedAs(offered);
  if (put === undefined) return undefined;
  const range = spanTokens(start, tokens[tails.last] as IToken) ?? tokenRange(start);
  return { first: s, last: tails.last, mistake: { kind: "startOnly", text: writtenText(tokens, s, tails.last), alternatives: [offered], example: start.image, range }, literal: "keyword", ...put };
}
