import { declarationSpec, explainKeyword, type DeclarationKind } from "@lontar/dsl";
import { CompletionItemKind, InsertTextFormat, MarkupKind, type CompletionItem } from "vscode-languageserver";
import { DECLARATION_TOKENS, propertyToken, spelling, type Lang } from "../language/language.js";
import { REQUIRED_KEYS } from "../language/table-adapter.js";
import { say } from "../words.js";

/**
 * What a declaration's keyword declares, from the language's table, and the properties it
 * requires, in the reader's language `lang`: the hover of the keyword and its completion item's
 * documentation say the same.
 *
 * @example declarationKeywordDoc("library", "id") // "**perpustakaan** — deklarasi\n\nPerpustakaan: …\n\n*wajib*: `jenjang`, …"
 */
export function declarationKeywordDoc(kind: DeclarationKind, lang: Lang): string {
  const lines = [`**${spelling(DECLARATION_TOKENS[kind], lang)}** — ${say("declaration", lang)}`, declarationSpec(kind).doc[lang]];
  const required = REQUIRED_KEYS[kind];
  if (required.length > 0) lines.push(`*${say("required", lang)}*: ${required.map((key) => `\`${spelling(propertyToken(key) ?? key, lang)}\``).join(", ")}`);
  return lines.join("\n\n");
}

/**
 * The items with a keyword's documentation from the language's tables (what its hover says),
 * in the reader's language `lang`, given to each plain keyword item that has none; the others
 * as they are.
 */
export function withKeywordDocs(items: readonly CompletionItem[], lang: Lang): CompletionItem[] {
  return items.map((item) => {
    if (item.documentation !== undefined || item.insertTextFormat === InsertTextFormat.Snippet || item.kind !== CompletionItemKind.Keyword) return item;
    const doc = explainKeyword(item.label, lang);
    return doc === undefined ? item : { ...item, documentation: { kind: MarkupKind.Markdown, value: doc } };
  });
}
