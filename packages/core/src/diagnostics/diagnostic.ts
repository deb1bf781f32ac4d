import type { Labels } from "../primitives/labels.js";

/** How serious a diagnostic is. `error` fails `lontar check`. */
export type Severity = "error" | "warning" | "info";

/** A position in a file: 1-based line and column, 0-based UTF-16 offset. */
export interface Position {
  /** 1-based line. */
  readonly line: number;
  /** 1-based column (UTF-16 code units). */
  readonly column: number;
  /** 0-based offset into the text (UTF-16 code units). */
  readonly offset: number;
}

/** A range in a file, `end` exclusive. */
export interface Range {
  /** First character. */
  readonly start: Position;
  /** Just past the last character. */
  readonly end: Position;
}

/** A place in a file: its path (as given to the checker) and a range. */
export interface Location {
  /** The file's path. */
  readonly file: string;
  /** The range within it. */
  readonly range: Range;
}

/** A text edit: replace `range` in `file` with `text`. */
export interface TextEdit {
  /** Where. */
  readonly location: Location;
  /** The new text. */
  readonly text: string;
}

/**
 * One argument of a message template: a text or number shown as is, or a value with a
 * label in each language (core's {@link Labels}, e.g. a program category).
 */
export type MessageArg = string | number | Labels;

/** The arguments of a message template, by placeholder name. */
export type MessageArgs = Readonly<Record<string, MessageArg>>;

/**
 * A message as data: the key of its template in the code table (`LON2001.alreadyDeclared`,
 * `note.didYouMean`) and its arguments, so that it renders in either language.
 */
export interface MessageRef {
  /** The template's key. */
  readonly key: string;
  /** The values of its placeholders. */
  readonly args: MessageArgs;
}

/** A suggested fix: what it does, and the edits, when the fix is certain. */
export interface Suggestion {
  /** What the fix does, e.g. "a room named `aula` exists" (in the diagnostic's language). */
  readonly message: string;
  /** The message as a template and its arguments, to render it in another language. */
  readonly text?: MessageRef;
  /** The edits that apply it; empty when it is only advice. */
  readonly edits: readonly TextEdit[];
  /** True for the one fix an editor may apply on its own ("quick fix"): the only close candidate. */
  readonly preferred?: boolean;
}

/** Another place that explains a diagnostic, e.g. the first declaration of a duplicate name. */
export interface RelatedLocation {
  /** Where. */
  readonly location: Location;
  /** Why it matters (in the diagnostic's language). */
  readonly message: string;
  /** The message as a template and its arguments, to render it in another language. */
  readonly text?: MessageRef;
}

/**
 * A problem found in a workspace, as data: the CLI, the language server, the report and
 * the API all show these objects, whether the dsl, core's validation or the planner found
 * it. `code` is stable (`LON1203`) and documented in docs/diagnostics/ (English) and
 * docs/id/diagnostics/ (Bahasa Indonesia). Ranges: LON1xxx syntax, LON2xxx names,
 * LON3xxx types and values, LON4xxx schedules, LON5xxx agreements and compliance.
 *
 * `message` is rendered in one language (English when made); `text` keeps the template
 * key and arguments, so {@link localizeDiagnostic} renders it in the other.
 */
export interface Diagnostic {
  /** Stable code, e.g. `LON2001`. */
  readonly code: string;
  /** error, warning or info. */
  readonly severity: Severity;
  /** What is wrong, for a person. */
  readonly message: string;
  /** The message as a template and its arguments. */
  readonly text?: MessageRef;
  /** The code's documentation page, relative to the repository root (`docs/diagnostics/LON2001.md`): an editor's link target. */
  readonly docs?: string;
  /** Where. */
  readonly location: Location;
  /** Other places that explain it. */
  readonly related: readonly RelatedLocation[];
  /** Suggested fixes. */
  readonly suggestions: readonly Suggestion[];
}
