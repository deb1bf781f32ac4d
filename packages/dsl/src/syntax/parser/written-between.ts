/**
 * A span in a condition written as a sentence writes it: `jam antara 11:30-13:00`,
 * `tanggal antara 2027-06-20..2027-07-10`, `kegiatan.mulai antara 08:00-10:00`, where Lontar
 * compares twice (`kegiatan.tanggal >= "2027-06-20" && kegiatan.tanggal <= "2027-07-10"`) or, for
 * the hours of a session, asks whether they meet the span (`tumpang(11:30, 13:00)`).
 */
import type { IToken } from "chevrotain";
import { spanTokens, tokenRange } from "../ast-builder/ranges.js";
import { tokenize } from "../lexer/lexer.js";
import { DateLiteral, DotDot, K, Minus, TimeLiteral } from "../lexer/tokens.js";
import { inConditionLine } from "./condition-line.js";
import type { NotationRun } from "./notation.js";
import { isNameWord, writtenText } from "./written-tokens.js";

/** The facts of a session's date and hours, in each keyword language (core's `FACTS`). */
const SESSION_DATE = { en: "occurrence.date", id: "kegiatan.tanggal" } as const;

/** The function that asks whether a session's hours meet a span (`tumpang(dari, sampai)`). */
const OVERLAPS = { en: "overlaps", id: "tumpang" } as const;

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

/** The tokens of a condition's text as the lexer reads them, to stand for the written run. */
function replacement(text: string): { readonly token: NonNullable<NotationRun["token"]>; readonly then: NonNullable<NotationRun["then"]> } | undefined {
  const [first, ...rest] = tokenize(text).tokens.map((t) => ({ type: t.tokenType, image: t.image }));
  return first === undefined ? undefined : { token: first, then: rest };
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
  const dates = from.tokenType === DateLiteral && join.tokenType === DotDot && to.tokenType === DateLiteral;
  if (!times && !dates) return undefined;
  const lang = between.image.toLowerCase() === "antara" ? "id" : "en";
  const last = operand.between + 3;
  const text = writtenText(tokens, s, last);
  const range = spanTokens(tokens[s] as IToken, to) ?? tokenRange(between);
  if (dates && !operand.dotted && !DATE_WORDS.has(operand.text.toLowerCase())) return undefined;
  const fact = operand.dotted ? operand.text : SESSION_DATE[lang];
  if (dates || operand.dotted) {
    // A condition compares a date as its text, in quotes (ISO dates sort as their texts do).
    const [a, b] = dates ? [`"${from.image}"`, `"${to.image}"`] : [from.image, to.image];
    const fixed = `${fact} >= ${a} && ${fact} <= ${b}`;
    const put = replacement(fixed);
    return put === undefined ? undefined : { first: s, last, mistake: { kind: "conditionBetween", text, fixed, range }, literal: "keyword", ...put };
  }
  const call = `${OVERLAPS[lang]}(${from.image}, ${to.image})`;
  const put = replacement(call);
  return put === undefined ? undefined : { first: s, last, mistake: { kind: "conditionBetweenHours", text, example: call, alternatives: [call], range }, literal: "keyword", ...put };
}
