/**
 * Checks of what a caller passes, for JavaScript callers and data typed loosely: a text
 * read as bytes (`readFileSync(path)` without `"utf8"` gives a Buffer) failed deep in the
 * scanner ("text.charCodeAt is not a function"). Each is a TypeError naming the argument:
 * a caller's mistake, not a problem of the text, which stays a diagnostic.
 */
import { expectKnownOptions } from "@lontar/core";

/** What `value` is, for a message: `a Buffer`, `undefined`, `a number`. */
export function described(value: unknown): string {
  if (value === null || value === undefined) return String(value);
  if (value instanceof Uint8Array) return `${value.constructor.name === "Buffer" ? "a Buffer" : "a Uint8Array"} (decode it first: readFileSync(path, "utf8"), or TextDecoder)`;
  if (Array.isArray(value)) return "an array";
  // node:fs takes a file URL where a path goes; this API wants the path.
  if (typeof URL === "function" && value instanceof URL) return "a URL (fileURLToPath(url) from node:url gives its path)";
  return typeof value === "object" ? "an object" : `a ${typeof value}`;
}

/** Throws a TypeError unless `value` is a string; `what` names it (`text`, `files[2].path`). */
export function expectString(value: unknown, what: string, where: string): asserts value is string {
  if (typeof value !== "string") throw new TypeError(`${where}: ${what} must be a string, not ${described(value)}`);
}

/** Throws a TypeError unless `input` has the shape of an analysis's input (see AnalyzeInput). */
export function expectAnalyzeInput(input: unknown): void {
  const where = "analyzeWorkspace";
  if (typeof input !== "object" || input === null) throw new TypeError(`${where}: the input must be an object { root, files, readFile? }, not ${described(input)}`);
  const { root, files, readFile } = input as { root?: unknown; files?: unknown; readFile?: unknown };
  expectString(root, "root", where);
  if (!Array.isArray(files)) throw new TypeError(`${where}: files must be an array of { path, text }, not ${described(files)}`);
  files.forEach((file: unknown, index) => {
    if (typeof file !== "object" || file === null) throw new TypeError(`${where}: files[${index}] must be an object { path, text }, not ${described(file)}`);
    const { path, text } = file as { path?: unknown; text?: unknown };
    expectString(path, `files[${index}].path`, where);
    expectString(text, `files[${index}].text`, where);
  });
  if (readFile !== undefined && typeof readFile !== "function") throw new TypeError(`${where}: readFile must be a function or undefined, not ${described(readFile)}`);
  // `readfile`, `defaultHorizn`: a misspelt key was ignored, and every import was "not found".
  expectKnownOptions(input, ["root", "files", "readFile", "defaultHorizon"], where);
}

/** Throws a TypeError unless `options` has the shape of a session's options (see SessionOptions). */
export function expectSessionOptions(options: unknown): void {
  const where = "WorkspaceSession";
  if (typeof options !== "object" || options === null) throw new TypeError(`${where}: the options must be an object { root, readFile? }, not ${described(options)}`);
  const { root, readFile } = options as { root?: unknown; readFile?: unknown };
  expectString(root, "root", where);
  if (readFile !== undefined && typeof readFile !== "function") throw new TypeError(`${where}: readFile must be a function or undefined, not ${described(readFile)}`);
  expectKnownOptions(options, ["root", "readFile", "betweenSlices", "defaultHorizon"], where);
}

/**
 * Throws a TypeError unless `changes` is a list of editor changes, each with a string text
 * and, when it has a range, positions of finite numbers (see DocumentChange). A position past
 * a line's end, or a range given end first, is taken as LSP's text documents take it.
 */
export function expectChanges(changes: unknown, where: string): void {
  const shape = "{ text } or { range, text }";
  if (!Array.isArray(changes)) throw new TypeError(`${where}: changes must be an array of ${shape}, not ${described(changes)}`);
  changes.forEach((change: unknown, index) => {
    if (typeof change !== "object" || change === null) throw new TypeError(`${where}: changes[${index}] must be an object ${shape}, not ${described(change)}`);
    expectString((change as { text?: unknown }).text, `changes[${index}].text`, where);
    // `{ range: undefined, text }` replaces the whole text, as `{ text }` does (and as the language server reads it).
    if ((change as { range?: unknown }).range === undefined) return;
    // `{ line: "0" }` from a query string, NaN from arithmetic: the edit landed anywhere, or at the end, in silence (an SDK walk).
    const range = (change as { range?: { start?: { line?: unknown; character?: unknown }; end?: { line?: unknown; character?: unknown } } | null }).range;
    for (const [end, position] of [["start", range?.start], ["end", range?.end]] as const) {
      for (const field of ["line", "character"] as const) {
        const value = position?.[field];
        if (typeof value !== "number" || !Number.isFinite(value)) throw new TypeError(`${where}: changes[${index}].range.${end}.${field} must be a finite number, not ${typeof value === "number" ? String(value) : described(value)}`);
      }
    }
  });
}

/**
 * Throws a TypeError unless `version` is a whole number: a version of NaN took every later
 * one as newer and one of Infinity refused them all, and one read as text (`"9"`) compared
 * as text, so `"10"` came before it (an SDK walk).
 */
export function expectVersion(version: unknown, where: string): asserts version is number {
  if (typeof version !== "number" || !Number.isSafeInteger(version)) throw new TypeError(`${where}: version must be a whole number, not ${typeof version === "number" ? String(version) : described(version)}`);
}

/**
 * Throws a TypeError unless `options` is undefined or an object whose `signal`, if any, is
 * an AbortSignal (see AnalyzeOptions). An AbortController passed where its signal goes
 * failed with "signal?.addEventListener is not a function" after the session had counted the
 * caller in, so the next analysis never settled; now nothing is registered before this check.
 */
export function expectAnalyzeOptions(options: unknown, where: string): void {
  if (options === undefined) return;
  if (typeof options !== "object" || options === null) throw new TypeError(`${where}: options must be an object { signal? } or undefined, not ${described(options)}`);
  expectKnownOptions(options, ["signal"], where);
  const { signal } = options as { signal?: unknown };
  if (signal === undefined || isAbortSignal(signal)) return;
  const controller = typeof signal === "object" && signal !== null && "abort" in signal && "signal" in signal;
  throw new TypeError(`${where}: options.signal must be an AbortSignal or undefined, not ${controller ? "an AbortController (pass its .signal)" : described(signal)}`);
}

/** Whether `value` behaves as an AbortSignal (one from another realm or a polyfill counts). */
function isAbortSignal(value: unknown): boolean {
  if (typeof value !== "object" || value === null) return false;
  const candidate = value as { aborted?: unknown; addEventListener?: unknown; removeEventListener?: unknown };
  return typeof candidate.aborted === "boolean" && typeof candidate.addEventListener === "function" && typeof candidate.removeEventListener === "function";
}

/** Throws a TypeError unless `edits` is one file's list of edits (see applyEdits); `certainFixes` gives a Map of such lists by file. */
export function expectEdits(edits: unknown, where: string): void {
  const shape = "one file's edits, an array of { location, text }";
  if (edits instanceof Map) throw new TypeError(`${where}: edits must be ${shape}, not a Map (certainFixes(diagnostics).get(file) gives one file's)`);
  if (!Array.isArray(edits)) throw new TypeError(`${where}: edits must be ${shape}, not ${described(edits)}`);
  edits.forEach((edit: unknown, index) => {
    const offsets = (edit as { location?: { range?: { start?: { offset?: unknown }; end?: { offset?: unknown } } } } | null)?.location?.range;
    if (typeof offsets?.start?.offset !== "number" || typeof offsets.end?.offset !== "number") throw new TypeError(`${where}: edits[${index}] must be an edit { location: { file, range }, text }, not ${described(edit)}`);
    expectString((edit as { text?: unknown }).text, `edits[${index}].text`, where);
  });
}
