/** A condition's operators written as other notations write them: `hari = jumat`, `hari <> jumat`, `… dan …`, `… atau …`. */
import type { IToken } from "chevrotain";
import { spanTokens, tokenRange } from "../ast-builder/ranges.js";
import { AndAnd, EqEq, NotEq, OrOr } from "../lexer/tokens.js";
import { inConditionLine } from "./condition-line.js";
import type { NotationRun } from "./notation.js";
import { touching } from "./written-tokens.js";

/**
 * `hari = jumat`, `when weekday = fri`: one `=` in a condition, which compares with `==`; and
 * `===`, `!==` (as JavaScript writes them), which are `==` and `!=`.
 */
export function singleEqualsAt(tokens: readonly IToken[], s: number): NotationRun | undefined {
  const [t, after] = [tokens[s], tokens[s + 1]];
  if (t?.tokenType.name === "SingleEquals") {
    return { first: s, last: s, mistake: { kind: "singleEquals", text: t.image, fixed: "==", range: tokenRange(t) }, literal: "keyword", token: { type: EqEq, image: "==" } };
  }
  const strict = t?.tokenType === EqEq || t?.tokenType === NotEq;
  if (t === undefined || after === undefined || !strict || after.tokenType.name !== "SingleEquals" || !touching(t, after)) return undefined;
  const range = spanTokens(t, after) ?? tokenRange(t);
  return { first: s, last: s + 1, mistake: { kind: "singleEquals", text: `${t.image}=`, fixed: t.image, range }, literal: "keyword", token: { type: t.tokenType, image: t.image } };
}

/** `hari <> jumat`: `<>` (not equal, as spreadsheets and SQL write it), which a condition writes `!=`. */
export function lessGreaterAt(tokens: readonly IToken[], s: number): NotationRun | undefined {
  const [lt, gt] = [tokens[s], tokens[s + 1]];
  if (lt?.tokenType.name !== "Lt" || gt?.tokenType.name !== "Gt" || !touching(lt, gt)) return undefined;
  const range = spanTokens(lt, gt) ?? tokenRange(lt);
  return { first: s, last: s + 1, mistake: { kind: "lessGreater", text: "<>", fixed: "!=", range }, literal: "keyword", token: { type: NotEq, image: "!=" } };
}

/** The words that join two conditions in a sentence, and the operator each stands for. */
const JOINING_WORDS: ReadonlyMap<string, "&&" | "||"> = new Map([["dan", "&&"], ["and", "&&"], ["atau", "||"], ["or", "||"]]);

/**
 * `ketika hari == jumat dan program.kategori == …`, `when … or …`: a word joining two
 * conditions, which Lontar joins with `&&` (`||` for `atau`/`or`). Only on a condition's
 * line (`antara a dan b` keeps its `dan`).
 */
export function conditionWordAt(tokens: readonly IToken[], s: number): NotationRun | undefined {
  const t = tokens[s];
  const fixed = t === undefined ? undefined : JOINING_WORDS.get(t.image.toLowerCase());
  if (t === undefined || fixed === undefined || !inConditionLine(tokens, s, t.startLine)) return undefined;
  return { first: s, last: s, mistake: { kind: "conditionWord", text: t.image, fixed, range: tokenRange(t) }, literal: "keyword", token: { type: fixed === "&&" ? AndAnd : OrOr, image: fixed } };
}
