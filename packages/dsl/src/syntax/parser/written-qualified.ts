/**
 * A value with a word before it that names what it is: `tahap tpbis implementasi`, `kategori
 * program mendongeng`, `sasaran kelompok anak_anak`. The value is written alone after its
 * keyword (`tahap implementasi`): the fix drops the qualifying words.
 */
import type { IToken } from "chevrotain";
import { spanTokens, tokenRange } from "../ast-builder/ranges.js";
import type { DeclarationKind } from "../ast.js";
import type { NotationRun } from "./notation.js";
import { valueKeyword, valueSetsOf } from "./value-words.js";
import { isNameWord, touching, writtenText } from "./written-tokens.js";

/** Words that name what a value is, written before it. */
const QUALIFIERS: ReadonlySet<string> = new Set(["tpbis", "tahap", "stage", "program", "kegiatan", "kategori", "category", "jenis", "kind", "kelompok", "group"]);
/** At most this many qualifying words stand before the value. */
const MOST_QUALIFIERS = 3;

/** At `s`, right after a property's keyword with allowed values: qualifying words, then one allowed value on the line; the run and its fix (the value). */
export function qualifiedValueAt(tokens: readonly IToken[], s: number, kind?: DeclarationKind): NotationRun | undefined {
  const [keyword, first] = [tokens[s - 1], tokens[s]];
  if (keyword === undefined || !isNameWord(first) || !QUALIFIERS.has(first.image.toLowerCase()) || valueKeyword(tokens, s) !== keyword) return undefined;
  const sets = valueSetsOf(keyword, kind);
  if (sets.length === 0) return undefined;
  let v = s + 1;
  while (v < s + MOST_QUALIFIERS && QUALIFIERS.has(tokens[v]?.image.toLowerCase() ?? "") && tokens[v]?.startLine === first.startLine) v++;
  const value = tokens[v];
  if (!isNameWord(value) || value.startLine !== first.startLine || touching(tokens[v - 1], value)) return undefined;
  if (!sets.some((set) => set.vocabulary.words.has(value.image.toLowerCase()))) return undefined;
  const range = spanTokens(first, value) ?? tokenRange(first);
  return { first: s, last: v, mistake: { kind: "qualifiedValue", text: writtenText(tokens, s, v), fixed: value.image, range }, literal: "keyword", token: { type: value.tokenType, image: value.image } };
}
