import type { Diagnostic } from "@lontar/dsl";
import type { AgreementSpan, DiagnosticCodeTable } from "../format/context.js";

/** What `lontar check` needs from the language and the planner. */
export interface Analysis {
  /** Every finding, static and (unless disabled) compliance. */
  readonly diagnostics: readonly Diagnostic[];
  /** The documentation of the codes. */
  readonly codes: DiagnosticCodeTable;
  /** The agreements of each file, for JUnit. */
  readonly agreements: ReadonlyMap<string, readonly AgreementSpan[]>;
}

/** Options of {@link analyze}. */
export interface AnalyzeOptions {
  /** Also plan the workspace and check its agreements. */
  readonly compliance: boolean;
}

/**
 * Checks a workspace. `undefined` until @lontar/dsl's `analyzeWorkspace` and
 * @lontar/planner's `planWorkspace` are wired in.
 */
export function analyze(_sources: ReadonlyMap<string, string>, _options: AnalyzeOptions): Promise<Analysis | undefined> {
  return Promise.resolve(undefined);
}
