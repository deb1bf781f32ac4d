/**
 * A property whose value is missing or no word (`kategori`, then `}`; `tahap 2`): the message
 * names what its value is and shows some of the allowed values in the file's words, where a
 * bare "expected a name like `dispusip_solok`" gave a planner no idea what to write.
 */
import type { Labels } from "@lontar/core";
import type { IToken } from "chevrotain";
import type { DeclarationKind, KeywordLanguage } from "../ast.js";
import { describeValues, type AllowedValues } from "../../language/listing.js";
import { concat, expectedFound } from "./messages.js";
import { valueSetsOf } from "./value-words.js";

/**
 * What the value of the property whose keyword is `keyword` is, with some of its allowed
 * values in `lang`'s words (see {@link describeValues}). Undefined unless the value must be
 * one of a single set of allowed values (in a declaration of `kind`, where known).
 */
export function allowedValuesOf(keyword: IToken, kind: DeclarationKind | undefined, lang: KeywordLanguage): AllowedValues | undefined {
  const sets = valueSetsOf(keyword, kind);
  const set = sets.length === 1 ? sets[0] : undefined;
  return set === undefined ? undefined : describeValues(set, lang, keyword.image);
}

/**
 * "expected a program category such as `mendongeng`, … after `kategori`, found `}`" when the
 * keyword's value must be one of its allowed values (see {@link allowedValuesOf}) and the
 * grammar found no name after it (the `}` or the next line, a number: `tahap 2`); else undefined.
 */
export function missingValueMessage(keyword: IToken | undefined, found: IToken, kind: DeclarationKind | undefined, lang: KeywordLanguage): Labels | undefined {
  if (keyword === undefined) return undefined;
  const allowed = allowedValuesOf(keyword, kind, lang);
  if (allowed === undefined) return undefined;
  return concat(expectedFound(concat(allowed.value, allowed.all ? "," : ""), keyword, found), allowed.more);
}
