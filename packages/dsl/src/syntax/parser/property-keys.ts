/**
 * Which property a keyword token starts, and whether a declaration kind takes it: the
 * language table read by token, for the property reader and the readers of written forms.
 */
import type { DeclarationKind } from "../ast.js";
import { PROPERTY_SYNTAX, propertySpec, propertySyntax } from "../../language/table.js";

/** The property key each property keyword token starts (from the language table), and the obligation lines' first words. */
export const KEY_OF_TOKEN: ReadonlyMap<string, string> = new Map([
  ...PROPERTY_SYNTAX.map((p) => [p.keyword.token, p.key] as const),
  ["At", "sessions"], ["Minimal", "sessions"], ["Maximal", "sessions"],
]);

/** Whether declarations of `kind` take property `key`; true for a key the table does not know (an obligation's first word). */
export function takesKey(kind: DeclarationKind, key: string | undefined): boolean {
  return key === undefined || propertySyntax(key) === undefined || propertySpec(kind, key) !== undefined;
}

/** Whether a token of type `tokenName` starts a property that declarations of `kind` take (`peserta` in a program). */
export function startsPropertyOf(kind: DeclarationKind, tokenName: string): boolean {
  const key = KEY_OF_TOKEN.get(tokenName);
  return key !== undefined && propertySyntax(key) !== undefined && propertySpec(kind, key) !== undefined;
}
