/** A condition's operators written as other notations write them: `hari = jumat`, `hari <> jumat`, `≠`, `… dan …`, `… atau …`. */
import type { IToken, TokenType } from "chevrotain";
import { spanTokens, tokenRange } from "../ast-builder/ranges.js";
import { WORDS } from "../keywords.js";
import { AndAnd, EqEq, GtEq, K, LtEq, NotEq, OrOr } from "../lexer/tokens.js";
import { inConditionLine } from "./condition-line.js";
import type { NotationRun } from "./notation.js";
import { touching, writtenText } from "./written-tokens.js";

/** A comparison written another way, what Lontar writes, and which message says so. */
export interface Written {
  /** The operator Lontar writes. */
  readonly fixed: "==" | "!=" | "<=" | ">=";
  /** The LON1106 message that says so. */
  readonly kind: "singleEquals" | "notEqual" | "orderSign";
}

/** Two touching tokens (by name, then image) for a comparison: `=!`, `=<`, `=>`, `===`, `!==`, `<>`. */
const TWO_TOKENS: ReadonlyMap<string, Written> = new Map([
  ["SingleEquals Bang", { fixed: "!=", kind: "notEqual" }],
  ["SingleEquals Lt", { fixed: "<=", kind: "orderSign" }],
  ["SingleEquals Gt", { fixed: ">=", kind: "orderSign" }],
  ["EqEq SingleEquals", { fixed: "==", kind: "singleEquals" }],
  ["NotEq SingleEquals", { fixed: "!=", kind: "notEqual" }],
  ["Lt Gt", { fixed: "!=", kind: "notEqual" }],
]);

/** One token for a comparison: `=` (in a condition only: elsewhere parse.ts drops it), `≠`, `≤`, `≥`. */
const ONE_TOKEN: ReadonlyMap<string, Written> = new Map([
  ["=", { fixed: "==", kind: "singleEquals" }],
  ["\u2260", { fixed: "!=", kind: "notEqual" }],
  ["\u2264", { fixed: "<=", kind: "orderSign" }],
  ["\u2265", { fixed: ">=", kind: "orderSign" }],
]);

/** The token each comparison is. */
const OPERATORS: Readonly<Record<Written["fixed"], TokenType>> = { "==": EqEq, "!=": NotEq, "<=": LtEq, ">=": GtEq };

/** Token types that end an operand (`hari`, `8`, `"x"`, `)`), before a `!` meant as `!=`. */
const OPERAND_ENDS: ReadonlySet<string> = new Set(["Identifier", "NumberLiteral", "StringLiteral", "TimeLiteral", "DateLiteral", "RParen", "RBracket"]);

/**
 * A comparison in a condition written as another notation writes it: `hari = jumat` and
 * `===` for `==`; `<>`, `=!`, `!==`, `≠`, and `hari ! jumat` (a `!` right after an operand)
 * for `!=`; `=<`, `≤` for `<=`; `=>`, `≥` for `>=`. The run from `s`, the fix its operator.
 */
export function comparisonAt(tokens: readonly IToken[], s: number): NotationRun | undefined {
  const [t, after] = [tokens[s], tokens[s + 1]];
  if (t === undefined) return undefined;
  const two = after !== undefined && touching(t, after) ? TWO_TOKENS.get(`${t.tokenType.name} ${after.tokenType.name}`) : undefined;
  const before = tokens[s - 1];
  const bang = t.tokenType.name === "Bang" && before !== undefined && (OPERAND_ENDS.has(before.tokenType.name) || WORDS.has(before.image)) && after?.tokenType.name !== "LParen";
  const one = t.tokenType.name === "SingleEquals" || t.tokenType.name === "MathSign" ? ONE_TOKEN.get(t.image) : bang ? { fixed: "!=" as const, kind: "notEqual" as const } : undefined;
  const written = two ?? one;
  if (written === undefined) return undefined;
  const last = two === undefined ? s : s + 1;
  const range = spanTokens(t, tokens[last] as IToken) ?? tokenRange(t);
  const text = writtenText(tokens, s, last);
  return { first: s, last, mistake: { kind: written.kind, text, fixed: written.fixed, range }, literal: "keyword", token: { type: OPERATORS[written.fixed], image: written.fixed } };
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

/** Words for a comparison between two operands (`hari adalah jumat`, `day is not fri`), lower case, by their words, longest first. */
export const COMPARING_WORDS: readonly { readonly words: readonly string[]; readonly written: Written }[] = [
  { words: ["tidak", "sama", "dengan"], written: { fixed: "!=", kind: "notEqual" } },
  { words: ["sama", "dengan"], written: { fixed: "==", kind: "singleEquals" } },
  { words: ["adalah", "bukan"], written: { fixed: "!=", kind: "notEqual" } },
  { words: ["adalah", "tidak"], written: { fixed: "!=", kind: "notEqual" } },
  { words: ["is", "not"], written: { fixed: "!=", kind: "notEqual" } },
  { words: ["adalah"], written: { fixed: "==", kind: "singleEquals" } },
  { words: ["ialah"], written: { fixed: "==", kind: "singleEquals" } },
  { words: ["is"], written: { fixed: "==", kind: "singleEquals" } },
  { words: ["equals"], written: { fixed: "==", kind: "singleEquals" } },
  { words: ["bukan"], written: { fixed: "!=", kind: "notEqual" } },
];

/** Keyword tokens that start an operator, not an operand (`dalam`, `in`, `tidak`, `antara`). */
const NOT_OPERANDS: ReadonlySet<string> = new Set(["In", "Not", "Between", "And", "Or", "Then", "When"]);

/**
 * `hari adalah jumat`, `hari bukan jumat`, `day is not fri`, `hari sama dengan jumat`: a
 * comparison written in words between two operands on a condition's line; the fix is its
 * operator (`==`, `!=`).
 */
export function comparingWordAt(tokens: readonly IToken[], s: number): NotationRun | undefined {
  const [before, t] = [tokens[s - 1], tokens[s]];
  if (before === undefined || t === undefined || !(OPERAND_ENDS.has(before.tokenType.name) || WORDS.has(before.image)) || !inConditionLine(tokens, s, t.startLine)) return undefined;
  const found = COMPARING_WORDS.find(({ words }) => words.every((w, i) => tokens[s + i]?.image.toLowerCase() === w && tokens[s + i]?.startLine === t.startLine));
  if (found === undefined) return undefined;
  const last = s + found.words.length - 1;
  const operand = tokens[last + 1];
  if (operand === undefined || operand.startLine !== t.startLine || !(OPERAND_ENDS.has(operand.tokenType.name) || /^[A-Za-z_]/.test(operand.image)) || operand.tokenType.name === "RParen" || operand.tokenType.name === "RBracket") return undefined;
  // `hari adalah dalam [...]`, `day is in [...]`, `adalah tidak …`: an operator's word after it, not an operand.
  if (NOT_OPERANDS.has(operand.tokenType.name)) return undefined;
  const range = spanTokens(t, tokens[last] as IToken) ?? tokenRange(t);
  const { fixed, kind } = found.written;
  // The run takes the operand after it too: the grammar stops there (`bukan` is `not in`'s first word), and a run is found at the token it stops at.
  return { first: s, last: last + 1, mistake: { kind, text: writtenText(tokens, s, last), fixed, range }, literal: "keyword", token: { type: OPERATORS[fixed], image: fixed }, then: [{ type: operand.tokenType, image: operand.image }] };
}

/** Words for "is" before an operator that compares by itself (`dalam`, `bukan dalam`, `in`, `not in`). */
const IS_WORDS: ReadonlySet<string> = new Set(["adalah", "ialah", "is"]);

/**
 * `hari adalah dalam [sabtu, minggu]`, `day is in [sat, sun]`, `hari adalah bukan dalam […]`:
 * a word for "is" before `dalam` / `in`, which compares by itself; the fix is the operator alone.
 */
export function isInAt(tokens: readonly IToken[], s: number): NotationRun | undefined {
  const [before, t] = [tokens[s - 1], tokens[s]];
  if (before === undefined || t === undefined || !IS_WORDS.has(t.image.toLowerCase()) || !(OPERAND_ENDS.has(before.tokenType.name) || WORDS.has(before.image))) return undefined;
  const negated = tokens[s + 1]?.tokenType === K["Not"];
  const last = negated ? s + 2 : s + 1;
  const operator = tokens[last];
  if (operator === undefined || operator.tokenType !== K["In"] || operator.startLine !== t.startLine || !inConditionLine(tokens, s, t.startLine)) return undefined;
  const fixed = writtenText(tokens, s + 1, last);
  const range = spanTokens(t, operator) ?? tokenRange(t);
  const then = negated ? [{ type: operator.tokenType, image: operator.image }] : [];
  return { first: s, last, mistake: { kind: "wordBeforeIn", text: writtenText(tokens, s, last), fixed, range }, literal: "keyword", token: { type: (tokens[s + 1] as IToken).tokenType, image: (tokens[s + 1] as IToken).image }, then };
}
