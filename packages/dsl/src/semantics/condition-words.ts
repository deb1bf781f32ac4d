import type { FactType } from "@lontar/core";
import { CATEGORIES, TIERS, WEEKDAY_WORDS, lookupStage, lookupWord, type Vocabulary } from "./vocabulary.js";

/** The vocabulary of an enum fact type (by core's enum name), for words in conditions. */
export function vocabularyOfFact(type: FactType): Vocabulary | undefined {
  if (type.kind !== "enum") return undefined;
  if (type.name === "weekday") return WEEKDAY_WORDS;
  if (type.name === "program category") return CATEGORIES;
  if (type.name === "library tier") return TIERS;
  return undefined;
}

/**
 * The core value a bare word or string means when compared with a fact of `type`:
 * `jumat` → `fri` for weekday, `perpustakaan_keliling` → `mobile_library` for a
 * category, `implementation` → `implementasi` for a stage. Undefined when it means nothing.
 */
export function resolveWord(type: FactType, word: string): string | undefined {
  if (type.kind === "stage") return lookupStage(word);
  if (type.kind === "enum") {
    const vocabulary = vocabularyOfFact(type);
    return vocabulary === undefined ? (type.values.includes(word) ? word : undefined) : lookupWord(vocabulary, word);
  }
  if (type.kind === "list") return resolveWord(type.of, word);
  return undefined;
}
