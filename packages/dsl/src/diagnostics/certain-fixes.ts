import type { Diagnostic } from "./diagnostic.js";

/** One replacement in a file's text: UTF-16 offsets, as a diagnostic's edits give them. */
export interface Replacement {
  /** Offset of the first character replaced. */
  readonly start: number;
  /** Offset just past the last character replaced (`start` for an insertion). */
  readonly end: number;
  /** The new text. */
  readonly text: string;
}

/**
 * The certain fixes of `diagnostics` (each diagnostic's preferred suggestion, the edit an
 * editor may apply on its own), by file: what `lontar check --fix` writes and an editor's
 * "fix all" applies. A diagnostic's fix is taken whole or not at all:
 * one whose edits overlap a fix already taken is left for the next pass.
 *
 * @example for (const [file, replacements] of certainFixes(result.diagnostics)) write(file, applyReplacements(read(file), replacements));
 */
export function certainFixes(diagnostics: readonly Diagnostic[]): Map<string, Replacement[]> {
  const byFile = new Map<string, Replacement[]>();
  for (const diagnostic of diagnostics) {
    const fix = diagnostic.suggestions.find((s) => s.preferred === true && s.edits.length > 0);
    if (fix === undefined) continue;
    const edits = fix.edits.map((e) => ({ file: e.location.file, start: e.location.range.start.offset, end: e.location.range.end.offset, text: e.text }));
    if (edits.some((e) => e.end < e.start || edits.some((o) => o !== e && o.file === e.file && overlaps(o, e)))) continue;
    if (edits.some((e) => (byFile.get(e.file) ?? []).some((taken) => overlaps(taken, e)))) continue;
    for (const { file, ...replacement } of edits) byFile.set(file, [...(byFile.get(file) ?? []), replacement]);
  }
  return byFile;
}

/** Two replacements touch the same text (an insertion at another's edge does too: the order would be a guess). */
function overlaps(a: Replacement, b: Replacement): boolean {
  return a.start <= b.end && b.start <= a.end;
}

/**
 * `text` with the replacements made (they do not overlap), from the last, so the earlier offsets hold.
 *
 * @example applyReplacements("buka senin 08.00-12.00", [{ start: 11, end: 16, text: "08:00" }]) // "buka senin 08:00-12.00"
 */
export function applyReplacements(text: string, replacements: readonly Replacement[]): string {
  let out = text;
  for (const r of [...replacements].sort((a, b) => b.start - a.start)) out = out.slice(0, r.start) + r.text + out.slice(r.end);
  return out;
}
