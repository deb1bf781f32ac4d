/**
 * A weekday node as both parsers build it: the canonical day and the word's language, and
 * the word itself when it is not its language's canonical spelling (`ahad`, `sen`,
 * `saturday`), so that the formatter writes the day as the planner did.
 */
import type { KeywordLanguage, WeekdayNode } from "../ast.js";
import { spellWeekday, type WeekdayCode } from "../keywords.js";
import { WeekdayValueNode } from "./node-classes.js";
import type { RangeSource } from "./spanned-node.js";

/** The node of weekday `day` written `image` in `lang`, one token: token `token` of `at`'s places, or `at` itself when `token` is -1. */
export function weekdayNode(at: RangeSource, token: number, day: WeekdayCode, lang: KeywordLanguage, image: string): WeekdayNode {
  return new WeekdayValueNode(at, token, token, day, lang, image === spellWeekday(day, lang) ? undefined : image);
}
