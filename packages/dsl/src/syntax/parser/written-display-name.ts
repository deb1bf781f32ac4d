/**
 * A declaration's name for people written in its head, after its identifier, as in many
 * forms and other languages: `perpustakaan pusdes_maju "Perpustakaan Desa Maju" {`,
 * `program bercerita "Bercerita Anak" di pusdes_maju {`. Lontar writes it inside, as the
 * property `nama` (`judul` for a program or an agreement). The fix moves it there when that
 * is certain: the `{` ends its line and the body has no such property yet.
 */
import type { Labels } from "@lontar/core";
import type { IToken } from "chevrotain";
import type { Range } from "../../diagnostics/diagnostic.js";
import type { DeclarationKind, KeywordLanguage } from "../ast.js";
import { declarationSpec } from "../../language/table.js";
import type { PropertySpec } from "../../language/shapes.js";
import { endOf, tokenRange } from "../ast-builder/ranges.js";

/** What the head reads as, when a quoted name stands after the identifier. */
export interface DisplayNameHead {
  /** The message, in both languages. */
  readonly message: Labels;
  /** Where: the quoted name. */
  readonly range: Range;
  /** The token after `at` / `di`, when the head names its library after the quoted name. */
  readonly at?: IToken;
  /** The index of the body's first token (after `{`). */
  readonly body: number;
  /** The certain fix: the name moved into the body as its own line. */
  readonly fix?: { readonly shown: string; readonly edits: readonly { readonly range: Range; readonly text: string }[] };
}

/** The property that holds a declaration's name for people: `title` where the kind has one, else `name`. */
function displayProperty(kind: DeclarationKind): PropertySpec | undefined {
  const properties = declarationSpec(kind).properties;
  return properties.find((p) => p.key === "title") ?? properties.find((p) => p.key === "name");
}

/**
 * The head at token `i` (the declaration keyword) when a quoted text follows its identifier,
 * then `{` or `at <library> {` on the same line; `lang` is the language of the file's
 * keywords (the fix's property is written in it). Undefined for any other head.
 */
export function displayNameHeadAt(tokens: readonly IToken[], i: number, kind: DeclarationKind, lang: KeywordLanguage): DisplayNameHead | undefined {
  const name = tokens[i + 1];
  const quoted = tokens[i + 2];
  const property = displayProperty(kind);
  if (name === undefined || quoted?.tokenType.name !== "StringLiteral" || property === undefined || quoted.startLine !== name.startLine) return undefined;
  const placed = tokens[i + 3]?.tokenType.name === "At" && tokens[i + 4]?.tokenType.name === "Identifier";
  const brace = placed ? i + 5 : i + 3;
  const open = tokens[brace];
  if (open?.tokenType.name !== "LBrace" || open.startLine !== quoted.startLine) return undefined;
  const written = (l: KeywordLanguage): string => `${property.keyword[l][0] ?? property.key} ${quoted.image}`;
  const message = {
    en: `\`${quoted.image}\`: a declaration's name for people is written inside it, on its own line: \`${written("en")}\``,
    id: `\`${quoted.image}\`: nama yang dibaca orang ditulis di dalam deklarasi, pada barisnya sendiri: \`${written("id")}\``,
  };
  const at = placed ? tokens[i + 4] : undefined;
  const head = { message, range: tokenRange(quoted), ...(at === undefined ? {} : { at }), body: brace + 1 };
  const next = tokens[brace + 1];
  const endsLine = next === undefined || (next.startLine ?? 0) > (open.endLine ?? 0);
  if (!endsLine || hasProperty(tokens, brace + 1, property)) return head;
  const indent = " ".repeat(Math.max(0, (tokens[i]?.startColumn ?? 1) - 1));
  const shown = written(lang);
  const removed = { start: endOf(name), end: endOf(quoted) };
  const afterBrace = { start: endOf(open), end: endOf(open) };
  return { ...head, fix: { shown, edits: [{ range: removed, text: "" }, { range: afterBrace, text: `\n${indent}  ${shown}` }] } };
}

/** Whether the body from token `k` to its `}` has a line starting with the property's keyword (in either language). */
function hasProperty(tokens: readonly IToken[], k: number, property: PropertySpec): boolean {
  const words = new Set([...property.keyword.en, ...property.keyword.id]);
  let depth = 1;
  for (let j = k; j < tokens.length && depth > 0; j++) {
    const t = tokens[j] as IToken;
    if (t.tokenType.name === "LBrace") depth++;
    else if (t.tokenType.name === "RBrace") depth--;
    else if (words.has(t.image) && (tokens[j - 1]?.endLine ?? 0) < (t.startLine ?? 0)) return true;
  }
  return false;
}
