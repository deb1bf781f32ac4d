import type { Diagnostic, Suggestion, TextEdit } from "./diagnostic.js";
import { expectEdits, expectString } from "../text/caller-input.js";

/** A diagnostic's certain fix: its preferred suggestion with edits, the one {@link certainFixes} takes; undefined when it has none. */
export function certainFix(diagnostic: Diagnostic): Suggestion | undefined {
  return diagnostic.suggestions.find((s) => s.preferred === true && s.edits.length > 0);
}

/**
 * The certain fixes of `diagnostics` (each diagnostic's preferred suggestion, the edit an
 * editor may apply on its own), their edits by file: what `lontar check --fix` writes and an
 * editor's "fix all" applies. A diagnostic's fix is taken whole or not at all: one whose
 * edits touch the text of a fix already taken is left for the next pass. Fixes are taken from
 * the start of the text, and of two starting at one place the wider first: it mends what the
 * narrower one does and more (`–10:00` → ` selama 2 jam` before `–` → `-`), in one pass.
 *
 * @example for (const [file, edits] of certainFixes(result.diagnostics)) write(file, applyEdits(read(file), edits));
 */
export function certainFixes(diagnostics: readonly Diagnostic[]): Map<string, TextEdit[]> {
  const byFile = new Map<string, TextEdit[]>();
  // Files in the order the diagnostics name them; in each, the fixes by where they start, the wider first.
  const fileRank = new Map<string, number>();
  const fixes = diagnostics.flatMap((d, order) => {
    const edits = certainFix(d)?.edits;
    const file = edits?.[0]?.location.file ?? "";
    if (!fileRank.has(file)) fileRank.set(file, fileRank.size);
    return edits === undefined ? [] : [{ edits, order, file: fileRank.get(file) ?? 0, from: Math.min(...edits.map(start)), to: Math.max(...edits.map(end)) }];
  });
  fixes.sort((a, b) => a.file - b.file || a.from - b.from || b.to - a.to || a.order - b.order);
  for (const { edits } of fixes) {
    if (edits.some((e) => end(e) < start(e) || edits.some((o) => o !== e && overlaps(o, e)))) continue;
    if (edits.some((e) => (byFile.get(e.location.file) ?? []).some((taken) => overlaps(taken, e)))) continue;
    for (const e of edits) byFile.set(e.location.file, [...(byFile.get(e.location.file) ?? []), e]);
  }
  return byFile;
}

const start = (e: TextEdit): number => e.location.range.start.offset;
const end = (e: TextEdit): number => e.location.range.end.offset;

/**
 * Two edits of one file touch the same text: they share a character, or one is an insertion at
 * the other's edge (the order would be a guess). Two replacements that only meet (`8:00` →
 * `08:00` and `–10:00` → ` selama 2 jam` right after it) do not: both are made, in one pass.
 */
function overlaps(a: TextEdit, b: TextEdit): boolean {
  if (a.location.file !== b.location.file) return false;
  const insertion = start(a) === end(a) || start(b) === end(b);
  return insertion ? start(a) <= end(b) && start(b) <= end(a) : start(a) < end(b) && start(b) < end(a);
}

/**
 * `text` with the edits made (by their offsets; they do not overlap), from the last, so the earlier offsets hold.
 *
 * @example applyEdits("buka senin 08.00-12.00", certainFixes(diagnostics).get("a.lontar") ?? []) // "buka senin 08:00-12:00"
 */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  expectString(text, "text", "applyEdits");
  expectEdits(edits, "applyEdits");
  let out = text;
  for (const e of [...edits].sort((a, b) => start(b) - start(a))) out = out.slice(0, start(e)) + e.text + out.slice(end(e));
  return out;
}
