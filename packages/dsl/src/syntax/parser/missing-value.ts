/**
 * A property whose value is missing or no word (`kategori`, then `}`; `tahap 2`): the message
 * names what its value is and shows some of the allowed values in the file's words, where a
 * bare "expected a name like `dispusip_solok`" gave a planner no idea what to write.
 */
import type { Labels } from "@lontar/core";
import type { IToken } from "chevrotain";
import type { DeclarationKind, KeywordLanguage } from "../ast.js";
import { LISTED_IN_FULL, NEAREST } from "../../language/listing.js";
import { valueSetsOf } from "./value-words.js";

/** What a property's value is, and where all its allowed values are listed. */
export interface AllowedValues {
  /** "a program category such as `mendongeng`, `kelas`, …" (some of many), "an agreement kind, one of `mou` or `pks`," (all). */
  readonly value: Labels;
  /** "; `lontar explain kategori` lists all 17" when some are not shown, else empty. */
  readonly more: Labels;
}

/**
 * What the value of the property whose keyword is `keyword` is, with some of its allowed
 * values in `lang`'s words. Undefined unless the value must be one of a single set of
 * allowed values (in a declaration of `kind`, where known).
 */
export function allowedValuesOf(keyword: IToken, kind: DeclarationKind | undefined, lang: KeywordLanguage): AllowedValues | undefined {
  const sets = valueSetsOf(keyword, kind);
  const set = sets.length === 1 ? sets[0] : undefined;
  if (set === undefined) return undefined;
  // Every value when few, else the first ones (nothing is written to be near): `lontar explain` lists them all.
  const hidden = set.values.length > LISTED_IN_FULL;
  const words = set.values.slice(0, hidden ? NEAREST : LISTED_IN_FULL).map((v) => `\`${v.written[lang]}\``);
  const list = (or: string): string => (hidden ? `${words.join(", ")}, …` : words.length > 1 ? `${words.slice(0, -1).join(", ")} ${or} ${words[words.length - 1] ?? ""}` : (words[0] ?? ""));
  const article = /^[aeiou]/i.test(set.title.en) ? "an" : "a";
  return {
    value: hidden
      ? { en: `${article} ${set.title.en} such as ${list("or")}`, id: `${set.title.id} seperti ${list("atau")}` }
      : { en: `${article} ${set.title.en}, one of ${list("or")},`, id: `${set.title.id}, salah satu dari ${list("atau")},` },
    more: hidden
      ? { en: `; \`lontar explain ${keyword.image}\` lists all ${set.values.length}`, id: `; \`lontar explain ${keyword.image}\` menampilkan ke-${set.values.length}-nya` }
      : { en: "", id: "" },
  };
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
  const foundText = found.tokenType.name === "EOF" ? { en: "the end of the file", id: "akhir berkas" } : { en: `\`${found.image}\``, id: `\`${found.image}\`` };
  return {
    en: `expected ${allowed.value.en} after \`${keyword.image}\`, found ${foundText.en}${allowed.more.en}`,
    id: `diharapkan ${allowed.value.id} setelah \`${keyword.image}\`, ditemukan ${foundText.id}${allowed.more.id}`,
  };
}
