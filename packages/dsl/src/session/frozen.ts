/**
 * What a workspace session hands out, frozen. The session keeps its diagnostics across
 * calls and edits (a file's checks are reused while it is unchanged), so a caller that
 * changed one (sorted its `related`, rewrote its `message`) would change what the session
 * answers next. The types already say readonly; freezing makes it so for JavaScript
 * callers and casts too. Each diagnostic is frozen once, the first time it is handed out:
 * later calls only see that it is frozen, so nothing is copied on an editor's hot path.
 */
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import type { AnalyzeResult } from "../workspace/analyze.js";

/**
 * Freezes plain data and everything it holds, down to what is frozen already. Only this
 * module freezes a session's diagnostics, children before parents, so a frozen object met
 * here is frozen all the way down.
 */
function deepFreeze(value: unknown): void {
  if (typeof value !== "object" || value === null || Object.isFrozen(value)) return;
  if (Array.isArray(value)) {
    for (const item of value as readonly unknown[]) deepFreeze(item);
  } else {
    for (const key of Object.keys(value)) deepFreeze((value as Readonly<Record<string, unknown>>)[key]);
  }
  Object.freeze(value);
}

/** `diagnostics`, each frozen through and through (at once when it was handed out before); the list itself stays the caller's. */
export function frozenDiagnostics<T extends readonly Diagnostic[]>(diagnostics: T): T {
  for (const d of diagnostics) deepFreeze(d);
  return diagnostics;
}

/**
 * A whole analysis's result, frozen once when the session caches it: the result itself,
 * its lists, its diagnostics and agreements, and the core model (a caller that set a
 * program's title changed what the session answered after the next edit, its compiled
 * elements being reused: an SDK walk of stop 57). Elements reused from an earlier analysis
 * are frozen already, so an edit freezes only what it compiled anew. The parsed files'
 * trees are shared with the session's memo, read-only by their types and not frozen
 * (freezing a province's trees costs a fourth of its analysis); the list of files is.
 */
export function frozenResult(result: AnalyzeResult): AnalyzeResult {
  deepFreeze(result.diagnostics);
  deepFreeze(result.agreements);
  deepFreeze(result.workspace);
  Object.freeze(result.files);
  return Object.freeze(result);
}
