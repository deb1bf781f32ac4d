import type { Severity } from "@lontar/dsl";
import type { Formatter } from "./context.js";
import { fingerprints } from "./fingerprint.js";
import { sortDiagnostics } from "./group.js";
import { repositoryPath } from "./paths.js";

/** A severity of GitLab's Code Quality report (Code Climate's scale). */
export type CodeQualitySeverity = "info" | "minor" | "major" | "critical" | "blocker";

/** One finding of a GitLab Code Quality report. */
export interface CodeQualityIssue {
  /** The message, in the run's language. */
  readonly description: string;
  /** The diagnostic code, e.g. `LON2001`. */
  readonly check_name: string;
  /** A stable identity of the finding across runs (see `fingerprints`): GitLab compares a merge request's findings with its target branch's by it. */
  readonly fingerprint: string;
  /** How serious the finding is. */
  readonly severity: CodeQualitySeverity;
  /** Where: the file relative to the repository's root, and the 1-based first line. */
  readonly location: { readonly path: string; readonly lines: { readonly begin: number } };
}

/**
 * A lontar severity on GitLab's scale. Lontar has three levels and GitLab five; the two top
 * ones (`critical`, `blocker`) are left for what GitLab ranks above a failed check (security
 * holes, a broken build), so an error is `major` (it fails the check), a warning `minor` and
 * a note `info` — the order kept, and GitLab's merge request widget sorts errors first.
 */
const SEVERITY: Readonly<Record<Severity, CodeQualitySeverity>> = { error: "major", warning: "minor", info: "info" };

/**
 * GitLab Code Quality (the subset of Code Climate's JSON that GitLab reads), which GitLab
 * shows on a merge request's diff: an array with one issue per diagnostic, in reading order
 * (by file, then position), paths relative to the repository's root as the `github` and
 * `sarif` reports name them. Notes about the run have no place in it (they go to stderr).
 *
 * @example
 * ```
 * [{ "description": "unknown partner `disdk`", "check_name": "LON2001", "fingerprint": "9a0c…",
 *    "severity": "major", "location": { "path": "rules/mou.lontar", "lines": { "begin": 6 } } }]
 * ```
 */
export const formatCodeQuality: Formatter = (diagnostics, context) => {
  const sorted = sortDiagnostics(diagnostics);
  const prints = fingerprints(sorted, context);
  const issues: CodeQualityIssue[] = sorted.map((diagnostic, index) => ({
    description: diagnostic.message,
    check_name: diagnostic.code,
    fingerprint: prints[index] ?? "",
    severity: SEVERITY[diagnostic.severity],
    location: { path: repositoryPath(context, diagnostic.location.file), lines: { begin: diagnostic.location.range.start.line } },
  }));
  return `${JSON.stringify(issues, null, 2)}\n`;
};
