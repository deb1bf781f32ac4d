import type { Labels } from "../primitives/labels.js";
import type { Severity } from "./diagnostic.js";

/**
 * What the code table says about one diagnostic code: its severity, a title and a
 * description in both languages, and the message templates it is reported with. A
 * template names its arguments in braces, `` `{name}` is already declared``; both
 * languages of a template use the same names.
 */
export interface CodeEntry {
  /** How serious it is. */
  readonly severity: Severity;
  /** A short title, e.g. `{ en: "duplicate name", id: "nama ganda" }`. */
  readonly title: Labels;
  /** What the code means, in a sentence or two. */
  readonly description: Labels;
  /** The message templates, by message id. */
  readonly messages: Readonly<Record<string, Labels>>;
}

/** A labelled text in both languages: `L(english, indonesian)`. */
export function L<const En extends string, const Id extends string>(en: En, id: Id): { readonly en: En; readonly id: Id } {
  return { en, id };
}

/** A code table entry. */
export function entry<const M extends Readonly<Record<string, Labels>>>(severity: Severity, title: Labels, description: Labels, messages: M): CodeEntry & { readonly messages: M } {
  return { severity, title, description, messages };
}
