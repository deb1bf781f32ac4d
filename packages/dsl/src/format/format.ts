/**
 * The formatter: one canonical layout for a `.lontar` file.
 */
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import type { Declaration, FileNode, KeywordLanguage } from "../syntax/ast.js";
import { quoteString } from "../syntax/ast-builder/values.js";
import { parseFile, type ParseResult } from "../syntax/parse.js";
import { brokenKeywordDiagnostics } from "../semantics/checker/properties.js";
import { inLanguage } from "./normalise.js";
import { property } from "./print-values.js";
import { pick, w } from "./words.js";
import { expectString } from "../text/caller-input.js";
import { expectKnownOptions } from "@lontar/core";
import { lineBreakOf } from "../text/lines.js";
import { byteOrderMarkOf } from "../text/byte-order-mark.js";

/** The result of {@link formatSource}. */
export interface FormatResult {
  /** The formatted text, or the input unchanged when it has syntax errors. */
  readonly text: string;
  /** Whether `text` differs from the input. */
  readonly changed: boolean;
  /** Syntax diagnostics; when there are errors the file is left as it was. */
  readonly diagnostics: Diagnostic[];
}

/** Options of {@link formatSource}. */
export interface FormatOptions {
  /** Write every keyword in this language instead of keeping each as written. */
  readonly language?: KeywordLanguage | undefined;
  /** {@link FormatOptions.language}'s first name, still read; `language` wins when both are given. */
  readonly lang?: KeywordLanguage | undefined;
  /**
   * The parse of this very text, when the caller has one (an analysis or an editor's
   * session parsed it already): it is used instead of parsing the text again.
   */
  readonly parsed?: ParseResult | undefined;
}

/** The keys {@link FormatOptions} has, but `lang`, its older name, which no message offers. */
const FORMAT_OPTION_KEYS: readonly (keyof FormatOptions)[] = ["language", "parsed"];

/**
 * Formats a file: imports first (in their order), a blank line between items, two-space
 * indentation, one property per line, canonical spacing; comments and doc comments kept;
 * each keyword in the language it was written in. Idempotent. Refuses (returns the input)
 * when the file has syntax errors. With `options.language`, writes every keyword in that language.
 * Lines end as the file's first line does (see `lineBreakOf`): a file saved with
 * Windows line breaks keeps them, and a text that starts with a byte order mark keeps it.
 *
 * @example
 * formatSource("room aula at x{capacity 60}", "a.lontar").text // "room aula at x {\n  capacity 60\n}\n"
 * @throws RangeError when `options.language` is given and is neither `"en"` nor `"id"` (a caller's
 * mistake: every keyword would be written `undefined`); TypeError when `text` or `path` is not
 * a string (a file read as a Buffer), or an option is not one of these (`languge`).
 */
export function formatSource(text: string, path: string, options: FormatOptions = {}): FormatResult {
  expectString(text, "text", "formatSource");
  expectString(path, "path", "formatSource");
  expectKnownOptions(options, FORMAT_OPTION_KEYS, "formatSource", ["lang"]);
  const lang: unknown = options.language ?? options.lang;
  if (lang !== undefined && lang !== "en" && lang !== "id") throw new RangeError(`formatSource: language must be "en" or "id", not ${JSON.stringify(lang) ?? String(lang)}`);
  const { file, diagnostics } = options.parsed ?? parseFile(text, path);
  if (diagnostics.some((d) => d.severity === "error")) return { text, changed: false, diagnostics };
  // A declaration partly read (a keyword of another kind, `jumlah 2` in a staff member) has no syntax error but is not formatted either: its error is said.
  if (file.items.some((item) => item.kind === "Declaration" && item.broken !== undefined)) return { text, changed: false, diagnostics: [...diagnostics, ...brokenKeywordDiagnostics(file)] };
  const printed = printFile(lang === undefined ? file : inLanguage(file, lang));
  const withBreaks = lineBreakOf(text) === "\r\n" ? printed.replace(/\r?\n/g, "\r\n") : printed.replace(/\r\n/g, "\n");
  // A byte order mark is how the file was saved, not layout: kept, so a formatted file is unchanged.
  const out = byteOrderMarkOf(text) + withBreaks;
  return { text: out, changed: out !== text, diagnostics };
}

/** Prints a parsed file in the canonical layout. */
export function printFile(file: FileNode): string {
  const imports = file.items.filter((i) => i.kind === "Import");
  const others = file.items.filter((i) => i.kind !== "Import");
  const blocks: string[] = [];
  if (imports.length > 0) {
    blocks.push(imports.map((i) => [...i.leadingComments, `${w("Import", i.lang)} ${quoteString(i.path.value)}${after(i.trailingComment)}`].join("\n")).join("\n"));
  }
  for (const item of others) {
    if (item.kind === "Horizon") {
      blocks.push([...item.leadingComments, `${w("Horizon", item.lang)} ${item.dates.from.text}..${item.dates.to.text}${after(item.trailingComment)}`].join("\n"));
    } else if (item.kind === "Declaration") {
      blocks.push(declaration(item));
    }
  }
  if (file.trailingComments.length > 0) blocks.push(file.trailingComments.join("\n"));
  return blocks.length === 0 ? "" : `${blocks.join("\n\n")}\n`;
}

/** A comment after an item, a property or a closing brace on its line, with the space before it; nothing without one. */
function after(comment: string | undefined): string {
  return comment === undefined ? "" : ` ${comment}`;
}

function declaration(d: Declaration): string {
  const lines: string[] = [...d.leadingComments, ...d.doc.map((line) => (line.length > 0 ? `/// ${line}` : "///"))];
  // `at` / `di` as written; the declaration's language when its spelling does not tell.
  const at = d.at ? ` ${pick(d.atLang ?? d.lang, "at", "di")} ${d.at.name}` : "";
  const body: string[] = [];
  for (const p of d.properties) {
    for (const c of p.leadingComments) body.push(`  ${c}`);
    body.push(`  ${property(p)}${after(p.trailingComment)}`);
  }
  for (const c of d.innerTrailingComments ?? []) body.push(`  ${c}`);
  const head = `${w(KIND_TOKEN[d.declarationKind], d.lang)} ${d.name.text}${at} {`;
  const closing = `}${after(d.closingComment)}`;
  lines.push(body.length === 0 ? `${head}${closing}` : [head, ...body, closing].join("\n"));
  return lines.join("\n");
}

const KIND_TOKEN: Readonly<Record<Declaration["declarationKind"], string>> = {
  library: "Library", partner: "Partner", room: "Room", vehicle: "Vehicle", staff: "Staff", volunteer: "Volunteer",
  collection: "Collection", budget: "Budget", equipment: "Equipment", program: "Program", agreement: "Agreement", rule: "Rule", kpi: "Kpi",
};
