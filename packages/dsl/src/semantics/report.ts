import { createDiagnostic, type ArgsOf, type DiagnosticExtras, type DiagnosticMessageKey } from "@lontar/core";
import type { Diagnostic, Range } from "../diagnostics/diagnostic.js";

export type { DiagnosticExtras } from "@lontar/core";

/**
 * Builds a diagnostic at `range` of `file` from a message key of core's code table, so
 * that a code's severity and wording are stated once, in both languages.
 *
 * @example makeDiagnostic("LON2103.cycle", { path: "a.lontar → b.lontar → a.lontar" }, "a.lontar", range)
 */
export function makeDiagnostic<K extends DiagnosticMessageKey>(key: K, args: ArgsOf<K>, file: string, range: Range, extras: DiagnosticExtras = {}): Diagnostic {
  return createDiagnostic(key, args, { file, range }, extras);
}

/** Collects diagnostics for one file. */
export interface FileReporter {
  /** The file the diagnostics are about. */
  readonly file: string;
  /** Adds a diagnostic at `range` of this file. */
  report<K extends DiagnosticMessageKey>(key: K, args: ArgsOf<K>, range: Range, extras?: DiagnosticExtras): void;
}

/** A reporter for `file` that appends to `into`. */
export function fileReporter(file: string, into: Diagnostic[]): FileReporter {
  return { file, report: (key, args, range, extras) => void into.push(createDiagnostic(key, args, { file, range }, extras)) };
}

/** Orders diagnostics by file, line, column, then code, for stable output. */
export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  if (a.location.file !== b.location.file) return a.location.file < b.location.file ? -1 : 1;
  const pa = a.location.range.start;
  const pb = b.location.range.start;
  if (pa.line !== pb.line) return pa.line - pb.line;
  if (pa.column !== pb.column) return pa.column - pb.column;
  if (a.code !== b.code) return a.code < b.code ? -1 : 1;
  return a.message < b.message ? -1 : a.message > b.message ? 1 : 0;
}

/** Drops repeated diagnostics (same code, place and message), keeping the first. */
export function uniqueDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  // Keyed by code and place; the messages of one place are compared among themselves (a
  // key holding every message would copy each message into a string of its own).
  const seen = new Map<string, string[]>();
  return diagnostics.filter((d) => {
    const key = `${d.code}|${d.location.file}|${d.location.range.start.offset}|${d.location.range.end.offset}`;
    const messages = seen.get(key);
    if (messages === undefined) {
      seen.set(key, [d.message]);
      return true;
    }
    if (messages.includes(d.message)) return false;
    messages.push(d.message);
    return true;
  });
}
