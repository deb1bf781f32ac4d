import type { Diagnostic, Range, Severity } from "@lontar/dsl";
import type { Language } from "@lontar/core";

/** What the documentation says about one diagnostic code (the dsl's `DIAGNOSTIC_CODES` entries). */
export interface DiagnosticCodeInfo {
  /** A one-line title, e.g. "Unknown name". */
  readonly title: string;
  /** A paragraph explaining the problem and the usual fix. */
  readonly description: string;
  /** The severity the code is usually reported with, when the table says. */
  readonly severity?: Severity;
}

/** Diagnostic code → its documentation, e.g. `{ LON2001: { title, description } }`. */
export type DiagnosticCodeTable = Readonly<Record<string, DiagnosticCodeInfo>>;

/** An agreement declared in a file, with the range of its declaration (for JUnit test cases). */
export interface AgreementSpan {
  /** The agreement's name, e.g. `mou_disdik_2019`. */
  readonly name: string;
  /** The range of the whole declaration. */
  readonly range: Range;
}

/**
 * A note about the run itself, not about a line of a file: a hint to check a file's folder,
 * or that the agreements were not checked because of errors. Each format gives it in its own
 * way (a GitHub notice, a SARIF tool notification, a JUnit suite's output).
 */
export interface RunNote {
  /** The note, in the report's language (`hint: …`, `note: …`). */
  readonly text: string;
  /** The file it is about, as diagnostics name it, when there is one. */
  readonly file?: string;
}

/** What a formatter knows besides the diagnostics. */
export interface FormatContext {
  /** Paths are shown relative to this directory. */
  readonly cwd: string;
  /**
   * The root of the repository checked out, when known (GITHUB_WORKSPACE on GitHub Actions,
   * CI_PROJECT_DIR on GitLab CI): the `github`, `sarif` and `codequality` reports name files
   * relative to it, as GitHub and GitLab resolve them, even when lontar runs in a subfolder.
   * Absent, they are named relative to `cwd`.
   */
  readonly repositoryRoot?: string;
  /** The text of every checked file, keyed by the path used in diagnostics (stylish's excerpts, the findings' fingerprints). */
  readonly sources: ReadonlyMap<string, string>;
  /** The lontar version, for SARIF's tool.driver.version. */
  readonly toolVersion: string;
  /** Whether to colour (stylish only). */
  readonly color?: boolean;
  /** The language of the report's own words (stylish only; English when absent). Messages come localized. */
  readonly language?: Language;
  /** Documentation of the codes, for SARIF rules. */
  readonly codes?: DiagnosticCodeTable;
  /** The folder of the codes' pages (docs/diagnostics, with docs/id/diagnostics beside it), for SARIF rules' help. */
  readonly docsDir?: string;
  /** The agreements of each file, for JUnit test cases. */
  readonly agreements?: ReadonlyMap<string, readonly AgreementSpan[]>;
  /**
   * The files whose agreements were not checked against a plan (the workspace had errors, or
   * `--static`), with why, in the report's language: JUnit reports their agreements as skipped,
   * not as passing tests.
   */
  readonly uncheckedAgreements?: ReadonlyMap<string, string>;
  /** Notes about the run (see {@link RunNote}), in the order found. */
  readonly notes?: readonly RunNote[];
}

/** A formatter: a pure function from diagnostics to the text printed on stdout. */
export type Formatter = (diagnostics: readonly Diagnostic[], context: FormatContext) => string;
