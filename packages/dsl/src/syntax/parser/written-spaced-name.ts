/**
 * A declaration's display name written where its name stands, without quotes or `_`:
 * `butuh ruang Aula Utama, 2 staf`, `mitra Dinas Pendidikan`. Read as one name as written,
 * with no error of its own (`NotationMistake.silent`): the binder's LON2002 says it is not
 * declared and offers the declaration meant (`aula_utama`, or the one whose `nama` is
 * "Aula Utama"). It was read as its first word, then "expected a property, found `Utama`".
 */
import type { IToken } from "chevrotain";
import { spanTokens, tokenRange } from "../ast-builder/ranges.js";
import type { DeclarationKind } from "../ast.js";
import { Identifier } from "../lexer/tokens.js";
import type { NotationRun } from "./notation.js";
import { touching, writtenText } from "./written-tokens.js";

/** Token types a reference follows: a need's resource word, a property or clause that names a declaration. */
const BEFORE_A_NAME: ReadonlySet<string> = new Set(["Room", "Vehicle", "Staff", "Volunteer", "Collection", "Equipment", "Partner", "At", "From", "Between", "And", "Library", "Budget"]);
/** At most this many words make one display name. */
const MOST_WORDS = 6;

/** Whether `t` is a plain word (no keyword) on `line`, apart from the token before it. */
function nameWordAfter(t: IToken | undefined, previous: IToken | undefined, line: number | undefined): t is IToken {
  return t !== undefined && t.tokenType === Identifier && t.startLine === line && !touching(previous, t);
}

/**
 * At `s`, right after a word that a reference follows, in a declaration: a capitalised word and
 * more plain words on the line, up to what ends a reference (a comma, a keyword, `}`, the line's end).
 */
export function spacedNameAt(tokens: readonly IToken[], s: number, kind?: DeclarationKind): NotationRun | undefined {
  const [before, first] = [tokens[s - 1], tokens[s]];
  if (kind === undefined || before === undefined || !BEFORE_A_NAME.has(before.tokenType.name) || first?.tokenType !== Identifier || !/^[A-Z]/.test(first.image) || before.startLine !== first.startLine) return undefined;
  let last = s;
  while (last - s + 1 < MOST_WORDS && nameWordAfter(tokens[last + 1], tokens[last], first.startLine)) last++;
  const after = tokens[last + 1];
  if (last === s || (after !== undefined && after.startLine === first.startLine && after.tokenType === Identifier)) return undefined;
  const text = writtenText(tokens, s, last);
  const range = spanTokens(first, tokens[last] as IToken) ?? tokenRange(first);
  return { first: s, last, mistake: { kind: "spacedValue", text, fixed: text, range, silent: true }, literal: "keyword", token: { type: Identifier, image: text } };
}
