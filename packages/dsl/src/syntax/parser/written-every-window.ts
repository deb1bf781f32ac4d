/**
 * `every week on tue between 09:00-12:00` (`setiap minggu pada selasa antara 09:00-12:00`): a
 * recurring schedule's hours written as a flexible schedule's window. Lontar writes a recurring
 * schedule's sessions by their start and length (`at 09:00 for 3h`); a window is a flexible
 * schedule's (`1 times per week on tue between 09:00-12:00 for 1h`: the planner picks the hour).
 *
 * With no length, or a length that fills the window, the session is the window: its start is
 * certain. With a shorter length (`between 09:00-12:00 for 1h`) two readings stand, neither
 * certain: a session at the window's start, or a flexible session somewhere in the window
 * (offered when a flexible schedule can say the same: once a week, on one weekday).
 */
import type { IToken } from "chevrotain";
import { isLocalTime, minutesOfDay } from "@lontar/core";
import type { EverySchedule } from "../ast.js";
import { spanTokens, tokenRange } from "../ast-builder/ranges.js";
import type { NotationMistake } from "./notation.js";
import type { RuleRun } from "./parser.js";
import type { MutableTail } from "./schedule-parser.js";
import { sessionLength } from "./written-ranges.js";
import { AnyWeekUnit } from "../lexer/tokens.js";

/** A window on a recurring schedule: the mistake, and the last token it takes (the rest of its line). */
export interface EveryWindow {
  /** The window as written and how Lontar writes it. */
  readonly mistake: NotationMistake;
  /** The index of the last token read with it. */
  readonly last: number;
}

/**
 * The window at token `k` (`between`, a time, `-`, a time), on the line of `schedule`, a
 * recurring schedule whose value starts at token `first` and ends right before `k`; `tail`
 * reads a schedule's tail (`for 1h from …`) at an index. Undefined when `k` starts no such
 * window, or the rest of its line is not a schedule's tail.
 *
 * @example everyWindowAt(tokensOf("every week on tue between 09:00-12:00"), 4, schedule, 0, tail)?.mistake.fixed // "at 09:00 for 3h"
 */
export function everyWindowAt(tokens: readonly IToken[], k: number, schedule: EverySchedule, first: number, tail: (at: number) => RuleRun<MutableTail>, startsProperty: (at: number) => boolean = () => false): EveryWindow | undefined {
  const [between, from, join, to] = [tokens[k], tokens[k + 1], tokens[k + 2], tokens[k + 3]];
  if (between === undefined || from === undefined || join === undefined || to === undefined) return undefined;
  if (between.tokenType.name !== "Between" || from.tokenType.name !== "TimeLiteral" || join.tokenType.name !== "Minus" || to.tokenType.name !== "TimeLiteral") return undefined;
  if (schedule.range.end.line !== between.startLine) return undefined;
  const start = from.image.padStart(5, "0");
  const end = to.image.padStart(5, "0");
  if (!isLocalTime(start) || !isLocalTime(end)) return undefined;
  const lang = between.image.toLowerCase() === "between" ? "en" : "id";
  const window = sessionLength(start, end, lang);
  if (window === undefined) return undefined;
  // To the end of its line, or on a declaration of one line the next property or the `}` (`… antara 09:00-12:00 selama 1 jam }`).
  let lineEnd = k + 4;
  while (lineEnd < tokens.length && tokens[lineEnd]?.startLine === between.startLine && tokens[lineEnd]?.tokenType.name !== "RBrace" && !startsProperty(lineEnd)) lineEnd++;
  const read = lineEnd === k + 4 ? undefined : tail(k + 4);
  if (read !== undefined && (read.error !== undefined || read.value === undefined || read.next !== lineEnd || read.value.at !== undefined)) return undefined;
  const range = spanTokens(between, to) ?? tokenRange(between);
  const text = `${between.image} ${from.image}-${to.image}`;
  const at = lang === "en" ? `at ${start}` : `pukul ${start}`;
  const last = lineEnd - 1;
  const duration = read?.value?.duration;
  // No length: the session is the window, its length written after its start.
  if (duration === undefined) return { mistake: { kind: "everyBetween", text, fixed: lang === "en" ? `${at} for ${window.words}` : `${at} selama ${window.words}`, range }, last };
  // A length that fills the window: its start.
  const windowMinutes = minutesOfDay(end) - minutesOfDay(start);
  if (duration.minutes === windowMinutes) return { mistake: { kind: "everyBetween", text, fixed: at, range }, last };
  const flexible = duration.minutes < windowMinutes && read?.value !== undefined ? flexibleForm(tokens, k, schedule, first, read.value, lang) : undefined;
  if (flexible === undefined) return { mistake: { kind: "everyBetweenStart", text, alternatives: [at], range }, last };
  const head = tokens.slice(first, k).map((t) => t.image).join(" ");
  const fixRange = spanTokens(tokens[first], to) ?? range;
  return { mistake: { kind: "everyBetweenLength", text, alternatives: [`${head} ${at}`, `${flexible} ${between.image} ${from.image}-${to.image}`], range, fixRange }, last };
}

/**
 * The head of the flexible schedule that says what `schedule` (tokens `first` to `k - 1`) says,
 * once a week on one weekday (`1 times per week on tue`, `1 kali per minggu pada selasa`);
 * undefined when no flexible schedule says it (every 2 weeks, several days, the nth weekday of
 * the month, a tail a flexible schedule has not).
 */
function flexibleForm(tokens: readonly IToken[], k: number, schedule: EverySchedule, first: number, tail: MutableTail, lang: "en" | "id"): string | undefined {
  if (schedule.interval !== 1 || schedule.unit !== "week" || schedule.on?.kind !== "Days") return undefined;
  const [day] = schedule.on.days.items;
  if (day === undefined || day.kind !== "Weekday" || schedule.on.days.items.length !== 1) return undefined;
  const { at, duration, from, until, count, except, also, includeClosures } = schedule;
  if (at !== undefined || duration !== undefined || from !== undefined || until !== undefined || count !== undefined || except.length > 0 || also.length > 0 || includeClosures) return undefined;
  if (tail.count !== undefined || tail.except.length > 0 || tail.also.length > 0) return undefined;
  const written = tokens.slice(first, k);
  const dayToken = written.find((t) => t.startOffset === day.range.start.offset);
  if (dayToken === undefined) return undefined;
  // The week's word as written (`minggu`, `pekan`); `setiap selasa` writes none.
  const week = schedule.daysFirst === true ? undefined : written.find((t) => t.tokenType.CATEGORIES?.includes(AnyWeekUnit) === true);
  const weekWord = week?.image ?? (lang === "en" ? "week" : "minggu");
  return lang === "en" ? `1 times per ${weekWord} on ${dayToken.image}` : `1 kali per ${weekWord} pada ${dayToken.image}`;
}
