import { DIAGNOSTIC_CODES } from "../diagnostics/codes.js";
import type { Diagnostic, Range, RelatedLocation, Suggestion } from "../diagnostics/diagnostic.js";

/** Extra parts of a diagnostic: related locations and suggested fixes. */
export interface DiagnosticExtras {
  /** Other places that explain it. */
  readonly related?: readonly RelatedLocation[];
  /** Suggested fixes. */
  readonly suggestions?: readonly Suggestion[];
}

/**
 * Builds a diagnostic whose severity comes from the code table, so that a code's
 * severity is stated once. An unknown code is a programmer error, reported as an error.
 */
export function makeDiagnostic(code: string, message: string, file: string, range: Range, extras: DiagnosticExtras = {}): Diagnostic {
  return {
    code,
    severity: DIAGNOSTIC_CODES[code]?.severity ?? "error",
    message,
    location: { file, range },
    related: extras.related ?? [],
    suggestions: extras.suggestions ?? [],
  };
}

/** Collects diagnostics for one file. */
export interface FileReporter {
  /** The file the diagnostics are about. */
  readonly file: string;
  /** Adds a diagnostic at `range` of this file. */
  report(code: string, message: string, range: Range, extras?: DiagnosticExtras): void;
}

/** A reporter for `file` that appends to `into`. */
export function fileReporter(file: string, into: Diagnostic[]): FileReporter {
  return { file, report: (code, message, range, extras) => into.push(makeDiagnostic(code, message, file, range, extras)) };
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
  const seen = new Set<string>();
  return diagnostics.filter((d) => {
    const key = `${d.code}|${d.location.file}|${d.location.range.start.offset}|${d.location.range.end.offset}|${d.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
