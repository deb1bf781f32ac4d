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

/** A suggested fix: what it does, and the edits, when the fix is certain. */
export interface Suggestion {
  /** What the fix does, e.g. "a room named `aula` exists". */
  readonly message: string;
  /** The edits that apply it; empty when it is only advice. */
  readonly edits: readonly TextEdit[];
  /** True for the one fix an editor may apply on its own ("quick fix"): the only close candidate. */
  readonly preferred?: boolean;
}

/** Another place that explains a diagnostic, e.g. the first declaration of a duplicate name. */
export interface RelatedLocation {
  /** Where. */
  readonly location: Location;
  /** Why it matters. */
  readonly message: string;
}

/**
 * A problem found in a workspace, as data: the CLI, the language server and the API all
 * show these objects. `code` is stable (`LON1203`) and documented in docs/diagnostics/.
 * Ranges: LON1xxx syntax, LON2xxx names, LON3xxx types and values, LON4xxx schedules,
 * LON5xxx agreements and compliance.
 */
export interface Diagnostic {
  /** Stable code, e.g. `LON2001`. */
  readonly code: string;
  /** error, warning or info. */
  readonly severity: Severity;
  /** What is wrong, for a person. */
  readonly message: string;
  /** Where. */
  readonly location: Location;
  /** Other places that explain it. */
  readonly related: readonly RelatedLocation[];
  /** Suggested fixes. */
  readonly suggestions: readonly Suggestion[];
}
