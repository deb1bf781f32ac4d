import type { Diagnostic } from "@lontar/dsl";
import { planWorkspace } from "@lontar/planner";
import { rebaseDiagnostic } from "../check/rebase.js";
import type { CliIo } from "../io.js";
import { createProgressReporter } from "../progress/reporter.js";
import type { Analysis } from "./analyze.js";
import { complianceDiagnostics, planningHorizon } from "./compliance.js";

/**
 * The agreement obligations a plan of the analysed workspace would miss, as diagnostics
 * with paths relative to the working directory. Compliance needs an error-free workspace
 * (to plan it) and a horizon to plan over; without them there is nothing to report.
 * `lontar check` loads this module (and with it the planner) only when it checks compliance.
 */
export function checkCompliance(analysis: Analysis, io: CliIo): Diagnostic[] {
  const workspace = analysis.result.workspace;
  if (workspace === undefined || workspace.agreements.length === 0) return [];
  const horizon = planningHorizon(workspace);
  if (horizon === undefined) return [];
  const progress = createProgressReporter(io.progressStream, io.stderrIsTTY);
  let started = false;
  const plan = planWorkspace(workspace, {
    horizon,
    seed: 1,
    onProgress: (done, total) => {
      if (!started) progress.start(total, "checking agreements");
      started = true;
      progress.update(done);
    },
  });
  progress.stop();
  return complianceDiagnostics(workspace, plan, horizon).map((diagnostic) => rebaseDiagnostic(diagnostic, analysis.toCwd));
}
