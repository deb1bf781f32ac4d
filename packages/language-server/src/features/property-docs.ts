/**
 * What a property's documentation says below what it means, from the language's tables:
 * the hover of a property and its completion item say the same.
 */
import { propertySpec, type DeclarationKind } from "@lontar/dsl";
import type { Lang } from "../language/language.js";
import { KEY_SHAPES, REQUIRED_KEYS } from "../language/table-adapter.js";
import { say } from "../words.js";

/**
 * The facts of property `key` of `kind` (unknown: those that do not depend on it) as Markdown
 * paragraphs in the reader's language `uiLang`: what its value looks like, the values it allows
 * as the file writes them (`fileLang`) with their labels, and whether it is required.
 *
 * @example propertyFacts("library", "tier", "en", "id") // ["expects: a word", "library tier: `desa` (Village), …", "*required*"]
 */
export function propertyFacts(kind: DeclarationKind | undefined, key: string, uiLang: Lang, fileLang: Lang): string[] {
  const lines: string[] = [];
  const shape = KEY_SHAPES[key];
  if (shape !== undefined) lines.push(`${say("expects", uiLang)}: ${shape.expected[uiLang]}`);
  if (kind === undefined) return lines;
  const values = propertySpec(kind, key)?.values;
  if (values !== undefined) lines.push(`${values.title[uiLang]}: ${values.values.map((v) => `\`${v.written[fileLang]}\` (${v.label[uiLang]})`).join(", ")}`);
  if (REQUIRED_KEYS[kind].includes(key)) lines.push(`*${say("required", uiLang)}*`);
  return lines;
}
