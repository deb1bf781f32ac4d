/**
 * The words a property's value may be, as the language table allows them: what a value
 * written with spaces (`jenis lembaga adat`) may be joined into, and which property it is a
 * value of (the keyword before it on its line).
 */
import type { IToken } from "chevrotain";
import { LANGUAGE, declarationSpec } from "../../language/table.js";
import type { PropertySpec, ValueSet } from "../../language/shapes.js";
import type { DeclarationKind } from "../ast.js";
import { isNameWord } from "./written-tokens.js";

/** At most this many tokens are looked at before a value for its property's keyword. */
const LONGEST_VALUE = 64;

/** The properties a keyword token starts, in any declaration (`jenis`: a partner's and an agreement's kind). */
const PROPERTIES_BY_TOKEN: ReadonlyMap<string, readonly PropertySpec[]> = (() => {
  const byToken = new Map<string, PropertySpec[]>();
  for (const d of LANGUAGE) for (const p of d.properties) byToken.set(p.keyword.token, [...(byToken.get(p.keyword.token) ?? []), p]);
  return byToken;
})();

/**
 * The property keyword the value at token `s` belongs to: the nearest keyword of a property
 * before it on its line, past the words and commas of its value (`sasaran anak anak, remaja`).
 */
export function valueKeyword(tokens: readonly IToken[], s: number): IToken | undefined {
  const line = tokens[s]?.startLine;
  for (let i = s - 1; i >= 0 && i >= s - LONGEST_VALUE; i--) {
    const t = tokens[i];
    if (t === undefined || t.startLine !== line) return undefined;
    if (PROPERTIES_BY_TOKEN.has(t.tokenType.name)) return t;
    if (t.tokenType.name !== "Comma" && !isNameWord(t)) return undefined;
  }
  return undefined;
}

/**
 * The shapes whose value must be one of the property's allowed values (a KPI's `indicator` is
 * a name, which is also its metric when it is one: any name may stand there).
 */
const CLOSED_SHAPES: ReadonlySet<string> = new Set(["word", "audience", "stageRequirement"]);

/**
 * The allowed values of the property whose keyword is `keyword`, in a declaration of `kind`
 * (in any declaration with that keyword when `kind` is not known, or takes no such property),
 * when its value must be one of them; else none.
 */
export function valueSetsOf(keyword: IToken, kind: DeclarationKind | undefined): readonly ValueSet[] {
  const token = keyword.tokenType.name;
  const own = kind === undefined ? [] : declarationSpec(kind).properties.filter((p) => p.keyword.token === token);
  return (own.length > 0 ? own : (PROPERTIES_BY_TOKEN.get(token) ?? [])).flatMap((p) => (p.values === undefined || !CLOSED_SHAPES.has(p.shape) ? [] : [p.values]));
}

/** The words of value sets by the sets they are of, one map for the joined words and one for all (the sets are few: each list is built once). */
const JOINED_BY_SETS = new Map<string, ReadonlySet<string>>();
const WORDS_BY_SETS = new Map<string, ReadonlySet<string>>();

/** The words (those `keep` keeps) of the values allowed at token `s`, remembered in `cache` by their value sets. */
function wordsAt(tokens: readonly IToken[], s: number, kind: DeclarationKind | undefined, cache: Map<string, ReadonlySet<string>>, keep: (word: string) => boolean): ReadonlySet<string> | undefined {
  const keyword = valueKeyword(tokens, s);
  const sets = keyword === undefined ? [] : valueSetsOf(keyword, kind);
  if (sets.length === 0) return undefined;
  const key = sets.map((set) => set.title.en).join("|");
  const known = cache.get(key);
  if (known !== undefined) return known;
  const words: ReadonlySet<string> = new Set(sets.flatMap((set) => set.values.flatMap((v) => v.words)).filter(keep));
  cache.set(key, words);
  return words;
}

/**
 * The values of several words (`lembaga_adat`) allowed for the value at token `s`: those of
 * its property in a declaration of `kind` (see {@link valueSetsOf}). Undefined where no
 * property with allowed values stands before it (a name, a schedule, a condition): any value
 * may be meant there.
 */
export function allowedJoinedWords(tokens: readonly IToken[], s: number, kind: DeclarationKind | undefined): ReadonlySet<string> | undefined {
  return wordsAt(tokens, s, kind, JOINED_BY_SETS, (word) => word.includes("_"));
}

/**
 * Every word allowed for the value at token `s` (`kota`, `lembaga_adat`, `anak`), as
 * {@link allowedJoinedWords} finds its property; undefined where no such property stands before it.
 */
export function allowedWords(tokens: readonly IToken[], s: number, kind: DeclarationKind | undefined): ReadonlySet<string> | undefined {
  return wordsAt(tokens, s, kind, WORDS_BY_SETS, () => true);
}
