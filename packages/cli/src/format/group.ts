import type { Diagnostic, Severity } from "@lontar/dsl";

/** Diagnostics in reading order: by file, then position, then code (stable output). */
export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort(compareDiagnostics);
}

function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return (
    compareText(a.location.file, b.location.file) ||
    a.location.range.start.offset - b.location.range.start.offset ||
    a.location.range.end.offset - b.location.range.end.offset ||
    compareText(a.code, b.code) ||
    compareText(a.message, b.message)
  );
}

/** Code-unit order, independent of the host locale. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The files to report, in order, each with its diagnostics: every checked file (from
 * `sources`) even when clean, plus any other file a diagnostic points at.
 */
export function groupByFile(
  diagnostics: readonly Diagnostic[],
  sources: ReadonlyMap<string, string>,
): Array<{ file: string; diagnostics: Diagnostic[] }> {
  const byFile = new Map<string, Diagnostic[]>();
  for (const file of sources.keys()) byFile.set(file, []);
  for (const diagnostic of sortDiagnostics(diagnostics)) {
    const list = byFile.get(diagnostic.location.file);
    if (list) list.push(diagnostic);
    else byFile.set(diagnostic.location.file, [diagnostic]);
  }
  return [...byFile.entries()]
    .sort(([a], [b]) => compareText(a, b))
    .map(([file, list]) => ({ file, diagnostics: list }));
}

/** How many diagnostics of each severity. */
export function countBySeverity(diagnostics: readonly Diagnostic[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const diagnostic of diagnostics) counts[diagnostic.severity] += 1;
  return counts;
}
