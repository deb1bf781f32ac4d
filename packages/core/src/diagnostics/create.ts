import { expectLanguage, type Language } from "../primitives/labels.js";
import type { Diagnostic, Location, MessageRef, Range, RelatedLocation, Suggestion, TextEdit } from "./diagnostic.js";
import { renderMessage } from "./render.js";
import { codeEntry, type ArgsOf, type DiagnosticMessageKey, type NoteKey } from "./table.js";
import { described } from "../primitives/described.js";

/** Extra parts of a diagnostic: related locations and suggested fixes. */
export interface DiagnosticExtras {
  /** Other places that explain it. */
  readonly related?: readonly RelatedLocation[];
  /** Suggested fixes. */
  readonly suggestions?: readonly Suggestion[];
}

/**
 * The page documenting `code` in `language`, relative to the repository root: English
 * pages in docs/diagnostics/, their Indonesian mirror in docs/id/diagnostics/.
 *
 * @example diagnosticDocsPath("LON2001", "id") // "docs/id/diagnostics/LON2001.md"
 */
export function diagnosticDocsPath(code: string, language: Language = "en"): string {
  return `${language === "id" ? "docs/id" : "docs"}/diagnostics/${code}.md`;
}

/** A message as data and rendered in English. */
function message(key: string, args: MessageRef["args"]): { message: string; text: MessageRef } {
  const text = { key, args };
  return { message: renderMessage(text, "en") ?? key, text };
}

/**
 * Builds a diagnostic from a message key of the code table: the code, severity and docs
 * page come from the table, the message is the template filled with `args` (in English;
 * {@link localizeDiagnostic} renders it in Bahasa Indonesia). The key's template decides
 * which arguments are needed, so a missing one is a compile error.
 *
 * @example
 * createDiagnostic("LON2001.alreadyDeclared", { name: "aula", kind: { en: "a room", id: "ruang" } }, location)
 */
export function createDiagnostic<K extends DiagnosticMessageKey>(key: K, args: ArgsOf<K>, location: Location, extras: DiagnosticExtras = {}): Diagnostic {
  const code = key.slice(0, key.indexOf("."));
  return {
    code,
    severity: codeEntry(code)?.severity ?? "error",
    ...message(key, args),
    docs: diagnosticDocsPath(code),
    location: plainLocation(location),
    related: extras.related ?? [],
    suggestions: extras.suggestions ?? [],
  };
}

/**
 * A related location whose message is a template of the table.
 *
 * @example relatedLocation(first, "LON2001.firstDeclaration", { name: "aula" })
 */
export function relatedLocation<K extends DiagnosticMessageKey | NoteKey>(location: Location, key: K, args: ArgsOf<K>): RelatedLocation {
  return { location: plainLocation(location), ...message(key, args) };
}

/**
 * A suggestion whose message is a template of the table, with the edits that apply it
 * (none when it is only advice) and whether an editor may apply it on its own.
 *
 * @example suggestion("note.didYouMean", { name: "weekdays" }, [edit], true)
 */
export function suggestion<K extends DiagnosticMessageKey | NoteKey>(key: K, args: ArgsOf<K>, edits: readonly TextEdit[] = [], preferred = false): Suggestion {
  return { ...message(key, args), edits: edits.map((e) => ({ location: plainLocation(e.location), text: e.text })), ...(preferred ? { preferred: true } : {}) };
}

/**
 * A location as plain data, whatever object holds its range: the dsl's parser packs a
 * range's numbers into one object whose positions are read through getters, and a
 * structured clone (what `postMessage` makes, in a browser's language-server worker)
 * keeps only own fields. A diagnostic is copied, cloned and serialised; its places are
 * plain objects.
 */
export function plainLocation(location: Location): Location {
  return { file: location.file, range: plainRange(location.range) };
}

/** A range as plain data (see {@link plainLocation}): two new position objects. */
export function plainRange(range: Range): Range {
  const { start, end } = range;
  return { start: { line: start.line, column: start.column, offset: start.offset }, end: { line: end.line, column: end.column, offset: end.offset } };
}

/**
 * Throws a TypeError unless `value` has what every {@link Diagnostic} has and a rendering
 * reads: a code and a message (strings), its `related` and `suggestions` lists, and a
 * `text` with a string key when there is one. A diagnostic made by hand or half read from
 * JSON (`{ code: "LON2002" }`) failed with "Cannot read properties of undefined".
 */
function expectDiagnostic(value: unknown, where: string): void {
  const shape = "a Diagnostic { code, severity, message, location, related, suggestions }";
  if (typeof value !== "object" || value === null || Array.isArray(value)) throw new TypeError(`${where}: the diagnostic must be ${shape}, not ${described(value)}`);
  const d = value as Readonly<Record<string, unknown>>;
  const wrong = (field: string, wanted: string): TypeError => new TypeError(`${where}: the diagnostic's ${field} must be ${wanted}, not ${described(d[field])} (it must be ${shape}, as the dsl and the planner make them)`);
  if (typeof d["code"] !== "string") throw wrong("code", "a string");
  if (typeof d["message"] !== "string") throw wrong("message", "a string");
  if (!Array.isArray(d["related"])) throw wrong("related", "an array");
  if (!Array.isArray(d["suggestions"])) throw wrong("suggestions", "an array");
  const text = d["text"];
  if (text !== undefined && (typeof text !== "object" || text === null || typeof (text as { key?: unknown }).key !== "string")) throw wrong("text", "a message { key, args } or undefined");
}

function localized<T extends { readonly message: string; readonly text?: MessageRef }>(item: T, language: Language): T {
  if (item.text === undefined) return item;
  const rendered = renderMessage(item.text, language);
  return rendered === undefined ? item : { ...item, message: rendered };
}

/**
 * `diagnostic` with its message, related locations' and suggestions' messages rendered in
 * `language`, and its docs page in that language. Parts made without a template keep
 * their text.
 *
 * @example localizeDiagnostic(diagnostic, "id").message // "`aula` sudah dideklarasikan sebagai ruang"
 * @throws RangeError when `language` is not `"en"` or `"id"` (a locale such as `"id-ID"`: see localeLanguage);
 * TypeError when `diagnostic` lacks what every diagnostic has (a code, a message, its related and suggestions lists).
 */
export function localizeDiagnostic(diagnostic: Diagnostic, language: Language): Diagnostic {
  expectLanguage(language, "localizeDiagnostic");
  expectDiagnostic(diagnostic, "localizeDiagnostic");
  return {
    ...localized(diagnostic, language),
    ...(diagnostic.docs === undefined ? {} : { docs: diagnosticDocsPath(diagnostic.code, language) }),
    related: diagnostic.related.map((r) => localized(r, language)),
    suggestions: diagnostic.suggestions.map((s) => localized(s, language)),
  };
}

/**
 * Builds a diagnostic from a message chosen at run time (a key and its arguments, as
 * `coreIssueDiagnosticKey` gives): like {@link createDiagnostic} without the compile-time
 * check of the arguments. A key the table does not know keeps the key as its message.
 */
export function diagnosticFromMessage(text: MessageRef, location: Location, extras: DiagnosticExtras = {}): Diagnostic {
  return createDiagnostic(text.key as DiagnosticMessageKey, text.args as never, location, extras);
}
