/**
 * The one place the server reads the language's tables. Properties, their value shapes and
 * which are required come from @lontar/dsl's language table (`LANGUAGE`); the keyword
 * spellings (keywords, weekdays, months) from its keyword tables. Only @lontar/dsl's
 * public exports are read.
 */
import { LANGUAGE, VALUE_SHAPES, propertySyntax, type Bilingual, type DeclarationKind, type DeclarationSpec } from "@lontar/dsl";

export { KEYWORDS, MONTH_SPELLINGS, WEEKDAY_SPELLINGS, WEEKDAYS, WORDS, spell, type KeywordEntry, type WeekdayCode } from "@lontar/dsl";

function byKind(pick: (declaration: DeclarationSpec) => readonly string[]): Record<DeclarationKind, readonly string[]> {
  const keys: Partial<Record<DeclarationKind, readonly string[]>> = {};
  for (const declaration of LANGUAGE) keys[declaration.kind] = pick(declaration);
  return keys as Record<DeclarationKind, readonly string[]>;
}

/** The property keys each declaration kind accepts, in the table's order. */
export const ACCEPTED_KEYS: Readonly<Record<DeclarationKind, readonly string[]>> = byKind((d) => d.properties.map((p) => p.key));

/** The property keys a declaration kind requires. */
export const REQUIRED_KEYS: Readonly<Record<DeclarationKind, readonly string[]>> = byKind((d) => d.properties.filter((p) => p.required).map((p) => p.key));

/** What each property key's value looks like, in both languages. */
export const KEY_SHAPES: Readonly<Record<string, { readonly expected: Bilingual }>> = Object.fromEntries(
  LANGUAGE.flatMap((d) => d.properties.map((p) => p.key)).flatMap((key) => {
    const syntax = propertySyntax(key);
    return syntax === undefined ? [] : [[key, { expected: VALUE_SHAPES[syntax.shape].expected }]];
  }),
);
