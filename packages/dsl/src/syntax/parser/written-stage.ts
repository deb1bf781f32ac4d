/**
 * `tahap bimtek mulai 2027-01-01`, `… mulai Februari 2027` (walks of stops 56 and 57): a TPBIS stage with the date it starts,
 * as a village library's plan of moving through the stages is written. A library's `stage` is
 * the one it is at for the whole plan, so the date is said, with what to write instead.
 */
import type { IToken } from "chevrotain";
import { nearestName } from "@lontar/core";
import { STAGE_VALUES } from "../../language/values.js";
import { declarationSpec } from "../../language/table.js";
import { monthNumber } from "../keywords.js";
import { keywordLanguage } from "../keyword-language.js";
import { spanTokens, tokenRange } from "../ast-builder/ranges.js";
import { DateLiteral, K } from "../lexer/tokens.js";
import type { NotationRun } from "./notation.js";
import { isDigits, isNameWord, writtenText } from "./written-tokens.js";

/** Words that tie a stage to a date: `mulai`, `dari`, `sampai`, `dimulai` (keywords), and `sejak` / `since`. */
const DATE_WORDS: ReadonlySet<string> = new Set(["From", "Until", "Starting"]);
const SINCE_WORDS: ReadonlySet<string> = new Set(["sejak", "since"]);

/** The keyword tokens of a library's properties, the language table's: where a one-line declaration's next property starts. */
const LIBRARY_KEYWORDS: ReadonlySet<string> = new Set(declarationSpec("library").properties.map((p) => p.keyword.token));

/** At most this many tokens after the stage's name are read as its dates. */
const LONGEST_TAIL = 12;

/**
 * At `s`, after a library's `tahap <name>` (at its line's start or on a one-line declaration): a word tying it to a date, or the date
 * itself, and the rest of the line holding a date. No fix: the stage the library is at during
 * the horizon is the writer's to choose (the message says so).
 */
export function stageFromAt(tokens: readonly IToken[], s: number): NotationRun | undefined {
  const [keyword, name, word] = [tokens[s - 2], tokens[s - 1], tokens[s]];
  const line = keyword?.startLine;
  if (keyword === undefined || keyword.tokenType !== K["Stage"] || !isNameWord(name) || word === undefined || name.startLine !== line || word.startLine !== line) return undefined;
  // At its line's start, or after `{` or another property on a one-line declaration (a review of stop 58); not a program's `memerlukan tahap …`.
  if (tokens[s - 3]?.tokenType === K["Requires"]) return undefined;
  if (!DATE_WORDS.has(word.tokenType.name) && !SINCE_WORDS.has(word.image.toLowerCase()) && word.tokenType !== DateLiteral) return undefined;
  let last = s;
  // To the line's end, a `}` or the next property of the library on a one-line declaration (a review of stop 59: `… buka sen..jum …` was quoted, and the example's `tahap bimtek` would have dropped it).
  const ends = (t: IToken | undefined): boolean => t === undefined || t.startLine !== line || t.tokenType.name === "RBrace" || LIBRARY_KEYWORDS.has(t.tokenType.name);
  while (last < s + LONGEST_TAIL && !ends(tokens[last + 1])) last++;
  // A date, or a month with its year (`tahap bimtek mulai Februari 2027`).
  if (!tokens.slice(s, last + 1).some((t, i) => t.tokenType === DateLiteral || (monthNumber(t.image) !== undefined && isDigits(tokens[s + i + 1]) && tokens[s + i + 1]?.image.length === 4))) return undefined;
  const range = spanTokens(word, tokens[last]) ?? tokenRange(word);
  return {
    first: s - 1, last,
    mistake: { kind: "stageFrom", text: writtenText(tokens, s - 2, last), example: `${keyword.image} ${knownStage(name, keyword)}`, range },
    literal: "keyword", token: { type: name.tokenType, image: name.image },
  };
}

/**
 * The stage to write in the example: the one written when it is a TPBIS stage, else the
 * stage nearest to it, else the first, in the keyword's language (`tahap xyz mulai …` was
 * told to write `tahap xyz`, a stage that does not exist; a review of stop 56).
 */
function knownStage(name: IToken, keyword: IToken): string {
  const words = STAGE_VALUES.vocabulary.words;
  if (words.has(name.image.toLowerCase())) return name.image;
  const language = keywordLanguage(keyword);
  const written = STAGE_VALUES.values.map((value) => value.written[language]);
  return nearestName(name.image.toLowerCase(), written) ?? written[0] ?? name.image;
}
