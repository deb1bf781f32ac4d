import type { Diagnostic } from "@lontar/dsl";
import { ExitCode } from "../io.js";

/**
 * The exit code of `lontar check`, as ESLint decides it: 1 when there is an error or more
 * warnings than `maxWarnings` (when given), otherwise 0. Notes never fail a run. A file the
 * system refused to read (LON2107: no permission, an input/output error) makes it 2, as
 * docs/ci.md says: the report is not valid, for the files it could not read are missing
 * from it (and what they declare shows as undeclared).
 */
export function checkExitCode(diagnostics: readonly Diagnostic[], maxWarnings: number | undefined): ExitCode {
  if (diagnostics.some((diagnostic) => diagnostic.code === "LON2107")) return ExitCode.Failure;
  const errors = diagnostics.filter((diagnostic) => diagnostic.severity === "error").length;
  const warnings = diagnostics.filter((diagnostic) => diagnostic.severity === "warning").length;
  if (errors > 0) return ExitCode.Findings;
  if (maxWarnings !== undefined && warnings > maxWarnings) return ExitCode.Findings;
  return ExitCode.Ok;
}

/** What `--quiet` shows: errors only. */
export function visibleDiagnostics(diagnostics: readonly Diagnostic[], quiet: boolean): readonly Diagnostic[] {
  return quiet ? diagnostics.filter((diagnostic) => diagnostic.severity === "error") : diagnostics;
}

/**
 * The warnings past `--max-warnings` when they alone fail the run (no error), to be said on
 * stderr: a CI job that goes red tells why, whatever the format and `--quiet`. Undefined otherwise.
 */
export function tooManyWarnings(diagnostics: readonly Diagnostic[], maxWarnings: number | undefined): { readonly warnings: number; readonly max: number } | undefined {
  if (maxWarnings === undefined || diagnostics.some((diagnostic) => diagnostic.severity === "error")) return undefined;
  const warnings = diagnostics.filter((diagnostic) => diagnostic.severity === "warning").length;
  return warnings > maxWarnings ? { warnings, max: maxWarnings } : undefined;
}
