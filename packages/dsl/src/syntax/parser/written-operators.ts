/** A condition's operators written as other notations write them: `hari = jumat`, `hari <> jumat`. */
import type { IToken } from "chevrotain";
import { spanTokens, tokenRange } from "../ast-builder/ranges.js";
import { EqEq, NotEq } from "../lexer/tokens.js";
import type { NotationRun } from "./notation.js";
import { touching } from "./written-tokens.js";

/** `hari = jumat`, `when day = fri`: one `=` in a condition, which compares with `==`. */
export function singleEqualsAt(tokens: readonly IToken[], s: number): NotationRun | undefined {
  const t = tokens[s];
  if (t?.tokenType.name !== "SingleEquals") return undefined;
  return { first: s, last: s, mistake: { kind: "singleEquals", text: t.image, fixed: "==", range: tokenRange(t) }, literal: "keyword", token: { type: EqEq, image: "==" } };
}

/** `hari <> jumat`: `<>` (not equal, as spreadsheets and SQL write it), which a condition writes `!=`. */
export function lessGreaterAt(tokens: readonly IToken[], s: number): NotationRun | undefined {
  const [lt, gt] = [tokens[s], tokens[s + 1]];
  if (lt?.tokenType.name !== "Lt" || gt?.tokenType.name !== "Gt" || !touching(lt, gt)) return undefined;
  const range = spanTokens(lt, gt) ?? tokenRange(lt);
  return { first: s, last: s + 1, mistake: { kind: "lessGreater", text: "<>", fixed: "!=", range }, literal: "keyword", token: { type: NotEq, image: "!=" } };
}

