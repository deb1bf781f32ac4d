/**
 * Values being typed, not finished yet: a time with no minutes after its `:` (`pukul 09:`,
 * `09:0`) or after its days (`buka senin..jumat 08`), a date with no month or day after its year (`2025-`, `2025-01-0`). What the planner is typing is one error at the unfinished value, saying what is
 * missing; nothing is certain (no fix), and what the rule asks for right after it is not asked
 * for again (items.ts: the planner has not got that far).
 */
import type { IToken } from "chevrotain";
import { spanTokens, tokenRange } from "../ast-builder/ranges.js";
import { Minus, UnfinishedTime } from "../lexer/tokens.js";
import type { NotationKind, NotationRun } from "./notation.js";
import { dayName, isDigits, pad2, touching, writtenText } from "./written-tokens.js";

/** The kinds of a value being typed (an amount's, `Rp 50.0`, is read in written-money.ts): an error right after one is its echo, not reported (see items.ts). */
export const UNFINISHED_KINDS: ReadonlySet<NotationKind> = new Set<NotationKind>(["unfinishedTime", "unfinishedDate", "unfinishedMoney"]);

/** A value being typed from token `s` (see the file's comment); undefined for anything else. */
export function unfinishedAt(tokens: readonly IToken[], s: number): NotationRun | undefined {
  return unfinishedTimeAt(tokens, s) ?? hourAfterDaysAt(tokens, s) ?? unfinishedDateAt(tokens, s);
}

/** The example of a time being typed, `hours` and a minute typed (`09`, `3`: `09:30`); for an hour past 23, `09:00`. */
const timeExample = (hours: string, minute: string): string => (Number(hours) <= 23 ? `${pad2(hours)}:${minute.padEnd(2, "0")}` : "09:00");

/**
 * `09:`, `09:0`, `9:3` (an {@link UnfinishedTime} token): a time whose minutes are not typed yet. The
 * message's example is the time with two digits of minutes (`09:00`, `09:30`); for an hour past 23, `09:00`.
 */
function unfinishedTimeAt(tokens: readonly IToken[], s: number): NotationRun | undefined {
  const t = tokens[s];
  if (t?.tokenType !== UnfinishedTime) return undefined;
  const [hours = "", minute = ""] = t.image.split(":");
  const example = timeExample(hours, minute);
  return { first: s, last: s, mistake: { kind: "unfinishedTime", text: t.image, example, range: tokenRange(t) }, literal: "time" };
}

/**
 * `buka senin..jumat 08`, `tersedia senin 8`, `…, sabtu 08`: an hour of one or two digits right
 * after a day, its `:` and minutes not typed yet, with nothing after it on its line but a list's
 * `,`. (Read as a time only where the rule then reads on: hours after days, not a schedule's day,
 * whose time follows `pukul`.) The same message as `08:`, the example `08:00`.
 */
function hourAfterDaysAt(tokens: readonly IToken[], s: number): NotationRun | undefined {
  const [day, hour, after] = [tokens[s - 1], tokens[s], tokens[s + 1]];
  if (dayName(day) === undefined || !isDigits(hour) || hour.image.length > 2 || day?.startLine !== hour.startLine || touching(day, hour)) return undefined;
  if (after !== undefined && after.startLine === hour.startLine && after.tokenType.name !== "Comma" && after.tokenType.name !== "RBrace") return undefined;
  if (touching(hour, after) && after?.tokenType.name !== "Comma") return undefined;
  return { first: s, last: s, mistake: { kind: "unfinishedTime", text: hour.image, example: timeExample(hour.image, ""), range: tokenRange(hour) }, literal: "time" };
}

/** What may touch a date being typed on its right: it ends a list, a declaration, a call. */
const MAY_FOLLOW_DATE: ReadonlySet<string> = new Set(["Comma", "RBrace", "RParen", "RBracket"]);

/**
 * `2025-`, `2025-0`, `2025-01`, `2025-01-`, `2025-01-0`, and `2025` alone where one date stands
 * (see {@link takesOneDate}): a year and `-`, and a month of one or
 * two digits (01 to 12, when two), and `-`, and a day of `0`, each part touching the one before,
 * nothing touching it on its left but a range's `..`, and on its right but a list's `,` or a closing
 * bracket; its last token. `2025-1-5`
 * (a date written unpadded: written-dates.ts) and `2019-2020` are not: their parts go on.
 */
function dateTypedTo(tokens: readonly IToken[], s: number): number | undefined {
  const [year, dash, month, dash2, day] = [tokens[s], tokens[s + 1], tokens[s + 2], tokens[s + 3], tokens[s + 4]];
  if (!isDigits(year) || year.image.length !== 4) return undefined;
  // A range's `..` may touch its year (`2025-01-01..2025-1`); digits or a separator would make it part of a longer run.
  const before = tokens[s - 1];
  if (before !== undefined && touching(before, year) && before.tokenType.name !== "DotDot") return undefined;
  if (dash?.tokenType !== Minus || !touching(year, dash)) return takesOneDate(before) && endsTyped(tokens, s) ? s : undefined;
  let last = s + 1;
  if (isDigits(month) && touching(dash, month) && (month.image.length === 1 || (month.image.length === 2 && Number(month.image) >= 1 && Number(month.image) <= 12))) {
    last = s + 2;
    if (dash2?.tokenType === Minus && touching(month, dash2)) {
      last = s + 3;
      if (isDigits(day) && day.image === "0" && touching(dash2, day)) last = s + 4;
    }
  }
  return endsTyped(tokens, last) ? last : undefined;
}

/** Whether nothing touches token `last` on its right but a list's `,` or a closing bracket. */
function endsTyped(tokens: readonly IToken[], last: number): boolean {
  const after = tokens[last + 1];
  return after === undefined || !touching(tokens[last], after) || MAY_FOLLOW_DATE.has(after.tokenType.name);
}

/** The keywords one date follows (`mulai`, `sampai`, `sekali`, `kecuali`, `juga`, `dimulai`): a year alone after one is a date being typed. */
const ONE_DATE_BEFORE: ReadonlySet<string> = new Set(["From", "Until", "Once", "Except", "Also", "Starting"]);

/**
 * Whether `before` is a keyword that one date follows, or a range's `..` (`2025-01-01..2025`):
 * there a year alone is a date being typed, not a year for its span of dates (`cakrawala 2025`,
 * `berlaku 2025`: written-dates.ts's yearRangeAt).
 */
function takesOneDate(before: IToken | undefined): boolean {
  return before !== undefined && (before.tokenType.name === "DotDot" || ONE_DATE_BEFORE.has(before.tokenType.name));
}

/**
 * A date being typed (see {@link dateTypedTo}). The message's example is a whole date of its
 * year, in the month typed when there is one (`2025-01-01`).
 */
function unfinishedDateAt(tokens: readonly IToken[], s: number): NotationRun | undefined {
  const last = dateTypedTo(tokens, s);
  const year = tokens[s];
  if (last === undefined || year === undefined) return undefined;
  const month = last >= s + 2 ? (tokens[s + 2]?.image ?? "") : "";
  const example = `${year.image}-${month === "" || Number(month) === 0 ? "01" : pad2(month)}-01`;
  const range = spanTokens(year, tokens[last] as IToken) ?? tokenRange(year);
  return { first: s, last, mistake: { kind: "unfinishedDate", text: writtenText(tokens, s, last), example, range }, literal: "date" };
}
