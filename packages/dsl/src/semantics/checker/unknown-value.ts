/**
 * The one way an unknown word is reported: "`women` is not a known audience group; allowed:
 * `children`, `teens`…" — every allowed value when there are few, else the nearest five —
 * with "did you mean" suggestions, and the replacement as an edit when one word is close.
 * The list is the message's `allowed` argument, in English and Bahasa Indonesia.
 */
import { suggestion, type Labels } from "@lontar/core";
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

/** The head of the list: what is listed, when it is listed in full. */
const ALLOWED: Labels = { en: "allowed", id: "yang diizinkan" };
/** Properties listed after a property a declaration does not take. */
export const ITS_PROPERTIES: Labels = { en: "its properties", id: "propertinya" };

/** `allowed: `a`, `b`` or `nearest allowed: …` (`yang diizinkan: …`, `terdekat yang diizinkan: …`), for the end of a message. */
export function allowedList(word: string, values: readonly string[], what: Labels = ALLOWED): Labels {
  const shown = allowedToShow(word, values);
  const list = shown.values.map((v) => `\`${v}\``).join(", ");
  return shown.all ? { en: `${what.en}: ${list}`, id: `${what.id}: ${list}` } : { en: `nearest ${what.en}: ${list}`, id: `${what.id} terdekat: ${list}` };
}

/** Which message an unknown word gets, with its own arguments. */
export type UnknownMessage =
  | { readonly key: "LON3004.unknownValueAllowed"; readonly what: Labels }
  | { readonly key: "LON3005.notStageAllowed" }
  | { readonly key: "LON3101.notFactAllowed" };

/** What {@link reportUnknown} needs to know. */
export interface UnknownWord {
  /** The message. */
  readonly message: UnknownMessage;
  /** The word as written. */
  readonly text: string;
  /** Where it is. */
  readonly range: Range;
  /** The values to list (canonical ones). */
  readonly values: readonly string[];
  /** Every word that would pass, for "did you mean"; the values when absent. */
  readonly candidates?: Iterable<string>;
}

/** Reports an unknown word with the allowed values and the close words. */
export function reportUnknown(reporter: FileReporter, unknown: UnknownWord): void {
  const close = closeNames(unknown.text, unknown.candidates ?? unknown.values).slice(0, 3);
  const extras = {
    suggestions: close.map((c) => suggestion("note.didYouMean", { name: c }, close.length === 1 ? [{ location: { file: reporter.file, range: unknown.range }, text: c }] : [])),
  };
  const allowed = allowedList(unknown.text, unknown.values);
  const message = unknown.message;
  switch (message.key) {
    case "LON3004.unknownValueAllowed":
      return reporter.report(message.key, { text: unknown.text, what: message.what, allowed }, unknown.range, extras);
    case "LON3005.notStageAllowed":
      return reporter.report(message.key, { text: unknown.text, allowed }, unknown.range, extras);
    case "LON3101.notFactAllowed":
      return reporter.report(message.key, { name: unknown.text, allowed }, unknown.range, extras);
  }
}
