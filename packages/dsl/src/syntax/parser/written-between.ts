/**
 * A span in a condition written as a sentence writes it: `jam antara 11:30-13:00`,
 * `tanggal antara 2027-06-20..2027-07-10`, `kegiatan.mulai antara 08:00-10:00`, where Lontar
 * compares twice (`kegiatan.tanggal >= "2027-06-20" && kegiatan.tanggal <= "2027-07-10"`) or, for
 * the hours of a session, asks whether they meet the span (`tumpang(11:30, 13:00)`).
 */
import type { IToken } from "chevrotain";
import { findFact, findFunction } from "@lontar/core";
import { spanTokens, tokenRange } from "../ast-builder/ranges.js";
import { DateLiteral, DotDot, K, Minus, TimeLiteral } from "../lexer/tokens.js";
import { inConditionLine } from "./condition-line.js";
import type { NotationRun } from "./notation.js";
import { isNameWord, lexedAs, writtenText } from "./written-tokens.js";
import { isoDateAt } from "./written-dates.js";
import { joinLength } from "./written-ranges.js";

/** A fact's or a function's name in a keyword language (core's tables name each in both). */
const nameIn = (entry: { readonly name: string; readonly nameId: string } | undefined, lang: "en" | "id"): string | undefined => (lang === "id" ? entry?.nameId : entry?.name);

/** The session's date (`kegiatan.tanggal`), and the function that asks whether its hours meet a span (`tumpang`). */
const SESSION_DATE = findFact("occurrence.date");
const OVERLAPS = findFunction("overlaps");

/** The words that mean a session's date, written alone. */
const DATE_WORDS: ReadonlySet<string> = new Set(["tanggal", "tgl", "date", "day", "hari"]);

/**
 * The operand before `antara` / `between` at `s`: one word (`jam`, `tanggal`) or a fact's path
 * (`kegiatan.mulai`); the index of `antara` after it and the operand as written.
 */
function operandAt(tokens: readonly IToken[], s: number): { readonly between: number; readonly text: string; readonly dotted: boolean } | undefined {
  const t = tokens[s];
  if (t === undefined || !isNameWord(t)) return undefined;
  const dot = tokens[s + 1];
  const field = tokens[s + 2];
  if (dot?.tokenType.name === "Dot" && field !== undefined && isNameWord(field)) return { between: s + 3, text: `${t.image}.${field.image}`, dotted: true };
  return { between: s + 1, text: t.image, dotted: false };
}

/**
 * `<operand> antara <a>-<b>` (times) or `<operand> antara <a>..<b>` (dates) on a condition's
 * line, from `s`. A fact's path (`kegiatan.mulai`), or a date written as a word (`tanggal`),
 * is compared twice, the fix; a word for the hours (`jam`, `waktu`) is offered `tumpang(a, b)`,
 * not applied on its own (a session that starts in the span, or one that meets it?).
 */
export function conditionBetweenAt(tokens: readonly IToken[], s: number): NotationRun | undefined {
  const operand = operandAt(tokens, s);
  const between = operand === undefined ? undefined : tokens[operand.between];
  if (operand === undefined || between === undefined || between.tokenType !== K["Between"] || !inConditionLine(tokens, s, tokens[s]?.startLine)) return undefined;
  const [from, join, to] = [tokens[operand.between + 1], tokens[operand.between + 2], tokens[operand.between + 3]];
  if (from === undefined || join === undefined || to === undefined) return undefined;
  const times = from.tokenType === TimeLiteral && join.tokenType === Minus && to.tokenType === TimeLiteral;
  // Dates as Lontar writes them or as letters do, joined by `..` or a word (`1 Juni 2027 s.d. 12 Juni 2027`).
  const first = times ? undefined : isoDateAt(tokens, operand.between + 1);
  const joined = first === undefined ? 0 : tokens[first.last + 1]?.tokenType === DotDot ? 1 : joinLength(tokens, first.last + 1);
  const second = first === undefined || joined === 0 ? undefined : isoDateAt(tokens, first.last + 1 + joined);
  const dates = first !== undefined && second !== undefined;
  if (!times && !dates) return undefined;
  const lang = between.image.toLowerCase() === "antara" ? "id" : "en";
  const last = dates ? second.last : operand.between + 3;
  const text = writtenText(tokens, s, last);
  const range = spanTokens(tokens[s] as IToken, tokens[last] as IToken) ?? tokenRange(between);
  if (dates && !operand.dotted && !DATE_WORDS.has(operand.text.toLowerCase())) return undefined;
  const fact = operand.dotted ? operand.text : nameIn(SESSION_DATE, lang);
  if (fact === undefined) return undefined;
  if (dates || operand.dotted) {
    // A condition compares a date as its text, in quotes (ISO dates sort as their texts do).
    const [a, b] = dates ? [`"${first.date}"`, `"${second.date}"`] : [from.image, to.image];
    const fixed = `${fact} >= ${a} && ${fact} <= ${b}`;
    const put = lexedAs(fixed);
    return put === undefined ? undefined : { first: s, last, mistake: { kind: "conditionBetween", text, fixed, range }, literal: "keyword", ...put };
  }
  const overlaps = nameIn(OVERLAPS, lang);
  if (overlaps === undefined) return undefined;
  const call = `${overlaps}(${from.image}, ${to.image})`;
  const put = lexedAs(call);
  return put === undefined ? undefined : { first: s, last, mistake: { kind: "conditionBetweenHours", text, example: call, alternatives: [call], range }, literal: "keyword", ...put };
}

/** A comparison's operator tokens (`==`, `!=`, `<`, `<=`, `>`, `>=`). */
const COMPARISONS: ReadonlySet<string> = new Set(["EqEq", "NotEq", "Lt", "LtEq", "Gt", "GtEq"]);

/**
 * `kegiatan.tanggal == 2027-08-17`: a date compared in a condition, written bare, where a
 * condition compares a date as its quoted text (`"2027-08-17"`), the fix.
 */
export function conditionDateAt(tokens: readonly IToken[], s: number): NotationRun | undefined {
  const date = tokens[s];
  const operator = tokens[s - 1];
  if (date?.tokenType !== DateLiteral || operator === undefined || !COMPARISONS.has(operator.tokenType.name) || !/^\d{4}-\d{2}-\d{2}$/.test(date.image)) return undefined;
  const fixed = `"${date.image}"`;
  const put = lexedAs(fixed);
  if (put === undefined) return undefined;
  return { first: s, last: s, mistake: { kind: "conditionDate", text: date.image, fixed, range: tokenRange(date) }, literal: "keyword", ...put };
}
