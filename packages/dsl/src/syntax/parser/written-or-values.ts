/**
 * `ketika hari == jumat atau sabtu`, `hari adalah jumat atau sabtu`, `when day is fri or sat`:
 * one fact compared with several values joined by words, as a sentence says it, where Lontar
 * tests a value against a list (`hari dalam [jumat, sabtu]`); `hari bukan sabtu dan minggu`,
 * `day is not sat or sun`: not one of them (`hari bukan dalam [sabtu, minggu]`). Read as
 * written, the second value would be a condition of its own (`|| sabtu`, no fact), so the
 * list is the only reading: certain, except values joined by `dan` / `and` after a positive
 * comparison (`hari == sabtu dan minggu` holds on no day; the list is offered). Once words or
 * commas have joined two values, a value of the same sort after `||` joins them too (`hari ==
 * jumat atau sabtu || minggu`); `||` alone after one value is the checker's (LON3101). Months
 * compared with `bulan` / `month`, a number, are written as their numbers (`bulan dalam [1, 2]`).
 */
import { findFact } from "@lontar/core";
import type { IToken } from "chevrotain";
import { spanTokens, tokenRange } from "../ast-builder/ranges.js";
import { keywordLanguage } from "../keyword-language.js";
import { monthNumber, spell, WORDS } from "../keywords.js";
import { conditionKeywordAt, inConditionLine } from "./condition-line.js";
import { COMPARING_WORDS } from "./written-operators.js";
import type { NotationRun } from "./notation.js";
import { dayName, isNameWord, keywordOf, lexedAs, writtenText } from "./written-tokens.js";

/** The most values read as one list. */
const MAX_VALUES = 20;

/** A comparison's operator and the words or sign that write it, lower case, longest first; `negated` for not equal. */
const OPERATORS: readonly { readonly words: readonly string[]; readonly negated: boolean }[] = [
  ...COMPARING_WORDS.map(({ words, written }) => ({ words, negated: written.fixed === "!=" })),
  { words: ["=="], negated: false },
  { words: ["="], negated: false },
  { words: ["!="], negated: true },
];

/** The words joining the values, and whether each says "and". */
const JOINS: ReadonlyMap<string, { readonly and: boolean; readonly lang: "en" | "id" | undefined }> = new Map([
  ["atau", { and: false, lang: "id" }], ["or", { and: false, lang: "en" }], ["dan", { and: true, lang: "id" }], ["and", { and: true, lang: "en" }],
]);

/** A comma between values: a list, of no language. */
const COMMA = { and: false, lang: undefined } as const;

/** `||` between values, once words or commas have joined two: a list still, of no language. */
const OR_SIGN = { and: false, lang: undefined } as const;

/** What sort of value a token is, for `||` to join only values of one sort (`jumat atau sabtu || minggu`, not `|| libur`). */
function sortOf(t: IToken): string {
  if (dayName(t) !== undefined) return "day";
  if (monthNumber(t.image) !== undefined) return "month";
  return t.tokenType.name;
}

/** Token types that end a condition after its last value: a bracket closing it, another condition joined by a sign. */
const CONDITION_ENDS: ReadonlySet<string> = new Set(["RParen", "AndAnd", "OrOr"]);

/** Whether `t` is a value a fact may be compared with: a day, a quoted text, a number, or a word that is no fact's name. */
function isValue(t: IToken | undefined): t is IToken {
  if (t === undefined) return false;
  if (dayName(t) !== undefined || t.tokenType.name === "StringLiteral" || t.tokenType.name === "NumberLiteral") return true;
  return isNameWord(t) && findFact(t.image) === undefined && !JOINS.has(t.image.toLowerCase()) && keywordOf(t) !== "Then";
}

/** The comparison's words at `s`: how many tokens, and whether it is "not equal". */
function operatorAt(tokens: readonly IToken[], s: number): { readonly length: number; readonly negated: boolean } | undefined {
  const line = tokens[s]?.startLine;
  const found = OPERATORS.find(({ words }) => words.every((w, i) => tokens[s + i]?.image.toLowerCase() === w && tokens[s + i]?.startLine === line));
  return found === undefined ? undefined : { length: found.words.length, negated: found.negated };
}

/**
 * The run from a comparison at `s` (its sign or words) over two or more values joined by
 * `atau`/`or`/`dan`/`and` to the last of them, on a condition's line after a fact, ending the
 * condition; its fix the comparison with a list.
 */
export function orValuesAt(tokens: readonly IToken[], s: number): NotationRun | undefined {
  const [before, t] = [tokens[s - 1], tokens[s]];
  if (before === undefined || t === undefined || !(before.tokenType.name === "Identifier" || WORDS.has(before.image.toLowerCase()))) return undefined;
  const operator = operatorAt(tokens, s);
  if (operator === undefined || !inConditionLine(tokens, s, t.startLine)) return undefined;
  const line = t.startLine;
  const values: IToken[] = [];
  let joinedByAnd = false;
  let lang: "en" | "id" | undefined;
  let at = s + operator.length;
  if (!isValue(tokens[at]) || tokens[at]?.startLine !== line) return undefined;
  values.push(tokens[at] as IToken);
  while (values.length < MAX_VALUES) {
    // `,` lists values as `atau` does (`senin, selasa atau rabu`), and says nothing of the language.
    const joinToken = tokens[at + 1];
    const sign = joinToken?.tokenType.name === "OrOr" && values.length >= 2 && tokens[at + 2] !== undefined && sortOf(tokens[at + 2] as IToken) === sortOf(values[0] as IToken);
    const join = joinToken?.tokenType.name === "Comma" ? COMMA : sign ? OR_SIGN : JOINS.get(joinToken?.image.toLowerCase() ?? "");
    // The comparison may be said again before a value (`bukan sabtu dan bukan minggu`): the same words, skipped.
    const again = operatorAt(tokens, at + 2);
    const skip = again !== undefined && again.negated === operator.negated && tokens[at + 2]?.startLine === line ? again.length : 0;
    const next = tokens[at + 2 + skip];
    if (join === undefined || tokens[at + 1]?.startLine !== line || !isValue(next) || next.startLine !== line) break;
    joinedByAnd ||= join.and;
    lang ??= join.lang ?? undefined;
    values.push(next);
    at += 2 + skip;
  }
  if (values.length < 2) return undefined;
  // Only commas: the language of the condition's keyword (`ketika`, `when`).
  const keyword = conditionKeywordAt(tokens, s, t.startLine);
  lang ??= keyword !== undefined && keywordLanguage(keyword) === "id" ? "id" : "en";
  // The list ends the condition: a new line, a closing bracket, `&&`/`||`, or the rule's `maka`/`then`.
  const after = tokens[at + 1];
  if (after !== undefined && after.startLine === line && !CONDITION_ENDS.has(after.tokenType.name) && keywordOf(after) !== "Then") return undefined;
  // `bulan` is a number: months by name are written as theirs.
  const months = findFact(before.image)?.name === "month" && values.every((v) => monthNumber(v.image) !== undefined);
  const list = `[${values.map((v) => (months ? String(monthNumber(v.image)) : v.image)).join(", ")}]`;
  const fixed = `${operator.negated ? `${spell("Not", lang)} ` : ""}${spell("In", lang)} ${list}`;
  const put = lexedAs(fixed);
  if (put === undefined) return undefined;
  const range = spanTokens(t, tokens[at] as IToken) ?? tokenRange(t);
  const text = writtenText(tokens, s, at);
  const certain = operator.negated || !joinedByAnd;
  const mistake = certain ? { kind: "orValues" as const, text, fixed, range } : { kind: "andValues" as const, text, example: fixed, alternatives: [fixed], range };
  return { first: s, last: at, mistake, literal: "keyword", ...put };
}
