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
 * What a keyword item carries for `completionItem/resolve` to document it: the word whose
 * documentation it shows (its label, or the last word of one of several: `least` of `at least`)
 * and the reader's language then.
 */
export interface KeywordDocData {
  /** The word `explainKeyword` documents. */
  readonly explain: string;
  /** The reader's language when the item was offered. */
  readonly lang: Lang;
}

/** Whether an item's `data` (what the client sent back, unchecked) is a {@link KeywordDocData}. */
function isKeywordDocData(data: unknown): data is KeywordDocData {
  if (typeof data !== "object" || data === null) return false;
  const { explain, lang } = data as Record<string, unknown>;
  return typeof explain === "string" && (lang === "en" || lang === "id");
}

/** The data of a keyword item whose documentation is word `explain`'s, in the reader's language `lang`. */
export const keywordDocData = (explain: string, lang: Lang): KeywordDocData => ({ explain, lang });

/**
 * The items with a keyword's documentation from the language's tables (what its hover says),
 * in the reader's language `lang`, for each plain keyword item that has none: the word its data
 * names (see {@link keywordDocData}), else its label. With `lazy`, only that data is given, and
 * the documentation is written when the editor resolves the item ({@link resolveKeywordDoc}):
 * explaining every keyword offered took milliseconds a request. The others as they are.
 *
 * @example withKeywordDocs([{ label: "setiap", kind: CompletionItemKind.Keyword }], "id", true) // [{ …, data: { explain: "setiap", lang: "id" } }]
 */
export function withKeywordDocs(items: readonly CompletionItem[], lang: Lang, lazy = false): CompletionItem[] {
  return items.map((item) => {
    if (item.documentation !== undefined || item.insertTextFormat === InsertTextFormat.Snippet || item.kind !== CompletionItemKind.Keyword) return item;
    const data = isKeywordDocData(item.data) ? item.data : keywordDocData(item.label, lang);
    if (lazy) return { ...item, data };
    // Documented now: nothing left to resolve.
    const { data: _data, ...plain } = item;
    const doc = explainKeyword(data.explain, data.lang);
    return doc === undefined ? plain : { ...plain, documentation: { kind: MarkupKind.Markdown, value: doc } };
  });
}

/**
 * A completion item as `completionItem/resolve` answers it: a keyword item offered with
 * {@link KeywordDocData} gets that word's documentation; any other item (or one documented
 * already) comes back as it was sent.
 */
export function resolveKeywordDoc(item: CompletionItem): CompletionItem {
  if (item.documentation !== undefined || !isKeywordDocData(item.data)) return item;
  const doc = explainKeyword(item.data.explain, item.data.lang);
  return doc === undefined ? item : { ...item, documentation: { kind: MarkupKind.Markdown, value: doc } };
}
