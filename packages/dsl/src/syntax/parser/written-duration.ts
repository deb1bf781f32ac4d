/**
 * A session's length written as planners abbreviate it: `selama 2j`, `selama 90 mnt`,
 * `for 2 hrs`, `for 45 mins` (the unit shortened: `2 jam`, `90 menit`, `2 hours`), and
 * `selama setengah jam`, `selama 1 jam setengah`, `selama satu setengah jam` (half an
 * hour: `30 menit`, `1 jam 30 menit`). Read only right after `selama` / `for`, where a length stands.
 */
import type { IToken } from "chevrotain";
import { spanTokens, tokenRange } from "../ast-builder/ranges.js";
import type { KeywordLanguage } from "../ast.js";
import { KEYWORDS, spell, WORDS } from "../keywords.js";
import { CompactDuration, K } from "../lexer/tokens.js";
import type { NotationRun } from "./notation.js";
import { isDigits, writtenText } from "./written-tokens.js";

/** Shortened units of hours and of minutes (lower case; a trailing dot is its own token). */
const HOUR_WORDS: ReadonlySet<string> = new Set(["j", "jm", "hr", "hrs"]);
const MINUTE_WORDS: ReadonlySet<string> = new Set(["mnt", "min", "mins", "mn"]);

/** The longest length read, in minutes (a week): a larger number is left to the grammar's own bounds. */
const MOST_MINUTES = 7 * 24 * 60;

/** `setengah` / `half`: half an hour. */
const HALF = "setengah";
/** `satu` before `setengah jam`: one and a half hours. */
const ONE = "satu";

/** A unit's keyword for `count` of it in `lang`: the table's first spelling (`jam`, `hours`), English's singular for one (`hour`). */
function unitWord(token: "Hours" | "Minutes", count: number, lang: KeywordLanguage): string {
  const singular = lang === "en" && count === 1 ? KEYWORDS.find((k) => k.token === token)?.en[1] : undefined;
  return singular ?? spell(token, lang);
}

/**
 * A length of `minutes` as people say it, in `lang`'s keywords: hours and minutes (`1 jam 30
 * menit`, `5 hours 30 minutes`), whole hours (`2 jam`), or minutes below an hour (`30 menit`).
 *
 * @example hoursAndMinutes(330, "id") // "5 jam 30 menit"
 */
export function hoursAndMinutes(minutes: number, lang: KeywordLanguage): string {
  const [h, m] = [Math.floor(minutes / 60), minutes % 60];
  const hours = `${h} ${unitWord("Hours", h, lang)}`;
  if (h === 0) return `${m} ${unitWord("Minutes", m, lang)}`;
  return m === 0 ? hours : `${hours} ${m} ${unitWord("Minutes", m, lang)}`;
}

/**
 * The run from `s` to `last`, a length of `minutes` in the words of the file (`lang` of
 * `selama` / `for`): in hours when `unit` is, else in minutes (`60 mnt` stays `60 menit`).
 */
function length(tokens: readonly IToken[], s: number, last: number, minutes: number, kind: "durationUnit" | "halfHour", unit: "hours" | "minutes"): NotationRun | undefined {
  const first = tokens[s];
  const lang = WORDS.get(tokens[s - 1]?.image ?? "")?.lang ?? "en";
  if (first === undefined || minutes <= 0 || minutes > MOST_MINUTES) return undefined;
  const whole = unit === "hours" && minutes % 60 === 0;
  const count = whole ? minutes / 60 : minutes;
  // Half an hour past an hour or more: in hours and minutes (`1 jam 30 menit`), as it was said; a unit shortened keeps its number (`90 mnt`: `90 menit`).
  const fixed = kind === "halfHour" ? hoursAndMinutes(minutes, lang) : `${count} ${unitWord(whole ? "Hours" : "Minutes", count, lang)}`;
  const range = spanTokens(first, tokens[last] as IToken) ?? tokenRange(first);
  return {
    first: s, last,
    mistake: { kind, text: writtenText(tokens, s, last), fixed, range },
    literal: "keyword",
    token: { type: CompactDuration, image: whole ? `${minutes / 60}h` : `${minutes}m` },
  };
}

/** At `s`, right after `selama` / `for`: a length with a shortened unit, or half an hour in words; its run and fix. */
export function durationAt(tokens: readonly IToken[], s: number): NotationRun | undefined {
  if (tokens[s - 1]?.tokenType !== K["For"]) return undefined;
  const [first, second, third] = [tokens[s], tokens[s + 1], tokens[s + 2]];
  const word = (t: IToken | undefined): string => t?.image.toLowerCase() ?? "";
  if (isDigits(first) && first.image.length <= 5) {
    const n = Number(first.image);
    // `2j`, `2 hrs`, `90 mnt.`: the unit shortened (its dot, if any, goes with it).
    const dotted = third?.tokenType.name === "Dot" && third.startOffset === (second?.endOffset ?? -2) + 1 ? s + 2 : s + 1;
    if (HOUR_WORDS.has(word(second))) return length(tokens, s, dotted, n * 60, "durationUnit", "hours");
    if (MINUTE_WORDS.has(word(second))) return length(tokens, s, dotted, n, "durationUnit", "minutes");
    // `1 jam setengah`, `2 jam setengah`: the hours and a half.
    if (second?.tokenType === K["Hours"] && word(third) === HALF) return length(tokens, s, s + 2, n * 60 + 30, "halfHour", "minutes");
    // `1 setengah jam`: one and a half hours.
    if (word(second) === HALF && third?.tokenType === K["Hours"]) return length(tokens, s, s + 2, n * 60 + 30, "halfHour", "minutes");
    return undefined;
  }
  // `setengah jam`, `satu setengah jam`.
  if (word(first) === HALF && second?.tokenType === K["Hours"]) return length(tokens, s, s + 1, 30, "halfHour", "minutes");
  if (word(first) === ONE && word(second) === HALF && third?.tokenType === K["Hours"]) return length(tokens, s, s + 2, 90, "halfHour", "minutes");
  return undefined;
}
