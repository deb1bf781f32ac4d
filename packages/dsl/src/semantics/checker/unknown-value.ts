/**
 * The one way an unknown word is reported: "`women` is not a known audience group; allowed:
 * `children`, `teens`…" — every allowed value when there are few, else the nearest five —
 * with "did you mean" suggestions, and the replacement as an edit when one word is close.
 */
import type { Range } from "../../diagnostics/diagnostic.js";
import { damerauDistance } from "../../diagnostics/edit-distance.js";
import { closeNames } from "../binder/suggest.js";
import type { FileReporter } from "../report.js";

/** At most this many allowed values are listed in full; above, the nearest ones. */
export const LISTED_IN_FULL = 12;
/** How many of the nearest values are listed when there are too many to list. */
export const NEAREST = 5;

/** The allowed values to show for an unknown word: all of them when few, else the nearest five (then alphabetical). */
export function allowedToShow(word: string, values: readonly string[]): { readonly values: readonly string[]; readonly all: boolean } {
  const distinct = [...new Set(values)];
  if (distinct.length <= LISTED_IN_FULL) return { values: distinct, all: true };
  const lower = word.toLowerCase();
  const limit = Math.min(64, Math.max(lower.length, 8));
  const scored = distinct.map((v) => ({ v, d: damerauDistance(lower, v.toLowerCase().slice(0, 256), limit) }));
  scored.sort((a, b) => a.d - b.d || (a.v < b.v ? -1 : a.v > b.v ? 1 : 0));
  return { values: scored.slice(0, NEAREST).map((s) => s.v), all: false };
}

/** `allowed: `a`, `b`` or `nearest allowed: …`, for the end of a message. */
export function allowedList(word: string, values: readonly string[], what = "allowed"): string {
  const shown = allowedToShow(word, values);
  return `${shown.all ? what : `nearest ${what}`}: ${shown.values.map((v) => `\`${v}\``).join(", ")}`;
}

/** What {@link reportUnknown} needs to know. */
export interface UnknownWord {
  /** The code: LON3004, LON3005… */
  readonly code: string;
  /** The word as written. */
  readonly text: string;
  /** Where it is. */
  readonly range: Range;
  /** The start of the message, e.g. "`women` is not a known audience group". */
  readonly message: string;
  /** The values to list (canonical ones). */
  readonly values: readonly string[];
  /** Every word that would pass, for "did you mean"; the values when absent. */
  readonly candidates?: Iterable<string>;
}

/** Reports an unknown word with the allowed values and the close words. */
export function reportUnknown(reporter: FileReporter, unknown: UnknownWord): void {
  const close = closeNames(unknown.text, unknown.candidates ?? unknown.values).slice(0, 3);
  reporter.report(unknown.code, `${unknown.message}; ${allowedList(unknown.text, unknown.values)}`, unknown.range, {
    suggestions: close.map((c) => ({ message: `did you mean \`${c}\`?`, edits: close.length === 1 ? [{ location: { file: reporter.file, range: unknown.range }, text: c }] : [] })),
  });
}
