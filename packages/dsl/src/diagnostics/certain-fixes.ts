import type { Diagnostic, Suggestion, TextEdit } from "./diagnostic.js";
import { described, expectEdits, expectString } from "../text/caller-input.js";

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
 * @throws TypeError when `diagnostics` is not an array.
 */
export function certainFixes(diagnostics: readonly Diagnostic[]): Map<string, TextEdit[]> {
  if (!Array.isArray(diagnostics)) throw new TypeError(`certainFixes: diagnostics must be an array of diagnostics (an analysis's \`diagnostics\`), not ${described(diagnostics)}`);
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
 * `text` with the edits made (by their offsets in `text`); edits meeting at one place in the
 * order given. Edits made for another text would corrupt this
 * one, so a caller's mistake throws (an SDK walk of stop 57: overlapping edits lost text, a
 * range given end first copied it, an edit past the end was appended):
 *
 * @example applyEdits("buka senin 08.00-12.00", certainFixes(diagnostics).get("a.lontar") ?? []) // "buka senin 08:00-12:00"
 * @throws RangeError when an edit's range is not within `text` (offsets whole, start ≤ end ≤ its length), splits a character written as two UTF-16 units, or overlaps another edit.
 */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  expectString(text, "text", "applyEdits");
  expectEdits(edits, "applyEdits");
  edits.forEach((e, i) => expectWithin(text, e, i));
  // By start, and of two at one place in the order given: the order they are made in.
  const order = edits.map((e, i) => ({ e, i })).sort((a, b) => start(a.e) - start(b.e) || a.i - b.i);
  // Each edit against those after it that start before its end (sorted, so the scan stops at the first past it). Edits that
  // only meet at its start (an insertion there, or it an insertion) are made in the order given; any other is an overlap.
  order.forEach((earlier, k) => {
    for (let j = k + 1; j < order.length; j++) {
      const later = order[j];
      if (later === undefined || start(later.e) >= end(earlier.e)) break;
      if (start(later.e) === start(earlier.e) && (start(later.e) === end(later.e) || start(earlier.e) === end(earlier.e))) continue;
      throw new RangeError(`applyEdits: edits[${earlier.i}] and edits[${later.i}] overlap (offsets ${start(earlier.e)}-${end(earlier.e)} and ${start(later.e)}-${end(later.e)}); apply one, then ask for the other's edits again`);
    }
  });
  // The text up to each edit, then its text.
  const parts: string[] = [];
  let at = 0;
  for (const { e } of order) {
    parts.push(text.slice(at, start(e)), e.text);
    at = Math.max(at, end(e));
  }
  parts.push(text.slice(at));
  return parts.join("");
}

/** True when `offset` falls between the two UTF-16 units of one character (an emoji, a rare letter). */
const splitsCharacter = (text: string, offset: number): boolean => {
  const before = text.charCodeAt(offset - 1);
  const after = text.charCodeAt(offset);
  return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
};

/** Throws a RangeError naming edit `index` when its range is not a range of `text`. */
function expectWithin(text: string, edit: TextEdit, index: number): void {
  const [from, to] = [start(edit), end(edit)];
  const where = `applyEdits: edits[${index}]`;
  if (!Number.isInteger(from) || !Number.isInteger(to) || from < 0) throw new RangeError(`${where} has offsets ${from}-${to}, not whole numbers from 0`);
  if (to < from) throw new RangeError(`${where} ends (offset ${to}) before it starts (offset ${from})`);
  if (to > text.length) throw new RangeError(`${where} ends at offset ${to}, past the text's end (${text.length}): an edit made for another text?`);
  if (splitsCharacter(text, from) || splitsCharacter(text, to)) throw new RangeError(`${where} (offsets ${from}-${to}) splits a character written as two UTF-16 units`);
}
