/**
 * A weekday node as both parsers build it: the canonical day and the word's language, and
 * the word itself when it is not its language's canonical spelling (`ahad`, `sen`,
 * `saturday`), so that the formatter writes the day as the planner did.
 */
import type { Range } from "../../diagnostics/diagnostic.js";
import type { KeywordLanguage, WeekdayNode } from "../ast.js";
import { spellWeekday, type WeekdayCode } from "../keywords.js";
import { WeekdayValueNode } from "./node-classes.js";

/** The node of weekday `day` written `image` in `lang`. */
export function weekdayNode(range: Range, day: WeekdayCode, lang: KeywordLanguage, image: string): WeekdayNode {
  return new WeekdayValueNode(range, day, lang, image === spellWeekday(day, lang) ? undefined : image);
}
