/** How many allowed values a message lists (every one when few, else some), and how it says them. */
import type { Labels } from "@lontar/core";
import type { KeywordLanguage } from "../syntax/ast.js";
import type { ValueSet } from "./shapes.js";
import { joinAny } from "../text/join-labels.js";

/**
 * At most this many allowed values are listed in full; above, the nearest ones. The fourteen
 * partner kinds are listed whole (a planner picks a partner's kind from them); the seventeen
 * program categories are not.
 */
export const LISTED_IN_FULL = 14;
/** How many values are listed when there are too many to list: the nearest to a word written (the checker), else the first (a missing value). */
export const NEAREST = 5;

/** What a property's value is, and where all its allowed values are listed. */
export interface AllowedValues {
  /** "a program category such as `mendongeng`, `kelas`, …" (some of many), "an agreement kind, one of `mou` or `pks`" (all). */
  readonly value: Labels;
  /** Whether `value` lists every value ("one of …"): a sentence that goes on after it takes a comma. */
  readonly all: boolean;
  /** "; `lontar explain kategori` lists all 17" when some are not shown, else empty. */
  readonly more: Labels;
}

/**
 * What a value of `set` is, with its allowed values in `lang`'s words: every one when few,
 * else the first ones (where nothing written is there to be near), and `lontar explain
 * <keyword>` for the rest.
 *
 * @example describeValues(AGREEMENT_KIND_VALUES, "id", "jenis").value.id // "jenis kesepakatan, salah satu dari `mou` atau `pks`"
 */
export function describeValues(set: ValueSet, lang: KeywordLanguage, keyword: string): AllowedValues {
  const hidden = set.values.length > LISTED_IN_FULL;
  const words = set.values.slice(0, hidden ? NEAREST : LISTED_IN_FULL).map((v) => `\`${v.written[lang]}\``);
  // Some of many end in `…`; all of them are joined as any list of one of them is (`a, b or c`).
  const list = hidden ? { en: `${words.join(", ")}, …`, id: `${words.join(", ")}, …` } : joinAny(words.map((w) => ({ en: w, id: w })));
  const article = /^[aeiou]/i.test(set.title.en) ? "an" : "a";
  return {
    value: hidden
      ? { en: `${article} ${set.title.en} such as ${list.en}`, id: `${set.title.id} seperti ${list.id}` }
      : { en: `${article} ${set.title.en}, one of ${list.en}`, id: `${set.title.id}, salah satu dari ${list.id}` },
    all: !hidden,
    more: hidden
      ? { en: `; \`lontar explain ${keyword}\` lists all ${set.values.length}`, id: `; \`lontar explain ${keyword}\` menampilkan semuanya (${set.values.length})` }
      : { en: "", id: "" },
  };
}
