import type { Diagnostic } from "@lontar/dsl";
import { planDiagnostics, planningHorizon, planRefusal, planWorkspace } from "@lontar/planner";
import { rebaseDiagnostic } from "../check/rebase.js";
import type { CliIo } from "../io.js";
import type { Language } from "@lontar/core";
import { cliText } from "../text/render.js";
import { createProgressReporter } from "../progress/reporter.js";
import type { Analysis } from "./analyze.js";
import { letYoungGenerationGrow, SMALL_PLAN_PROGRAMS } from "../start/young-generation.js";

/** What checking the plan found: its diagnostics, and whether the plan was refused (then no agreement was checked against it). */
export interface PlanCheck {
  /** The plan's findings, with paths relative to the working directory. */
  readonly diagnostics: Diagnostic[];
  /** The planner refused the workspace for passing its occurrence bound (LON4011). */
  readonly refused: boolean;
}

/**
 * What a plan of the analysed workspace would miss — sessions that cannot take place and
 * agreement obligations — as diagnostics with paths relative to the working directory.
 * The plan needs an error-free workspace and a horizon to plan over; without them there is
 * nothing to report. A workspace past its occurrence bound is not planned, and that is
 * the one finding (`refused`). `lontar check` loads this module (and with it the planner) only when
 * it checks the plan.
 */
export function checkCompliance(analysis: Analysis, io: CliIo, maxOccurrences: number | undefined, language: Language = "en"): PlanCheck {
  const workspace = analysis.result.workspace;
  const none: PlanCheck = { diagnostics: [], refused: false };
  // A workspace without programs is still checked when it has agreements: their obligations then cannot be met.
  if (workspace === undefined || (workspace.programs.length === 0 && workspace.agreements.length === 0)) return none;
  const horizon = planningHorizon(workspace);
  if (horizon === undefined) return none;
  if (workspace.programs.length > SMALL_PLAN_PROGRAMS) letYoungGenerationGrow();
  const progress = createProgressReporter(io.progressStream, io.stderrIsTTY);
  let started = false;
  const plan = planWorkspace(workspace, {
    horizon: { from: horizon.from, to: horizon.to },
    seed: 1,
    ...(maxOccurrences === undefined ? {} : { maxOccurrences }),
    onProgress: (done, total) => {
      if (!started) progress.start(total, cliText("progress.checking", {}, language));
      started = true;
      progress.update(done);
    },
  });
  progress.stop();
  // The planner places its findings (a refusal, unassigned sessions, obligations) at their source; the CLI only prints them.
  return { diagnostics: planDiagnostics(workspace, plan, horizon).map((diagnostic) => rebaseDiagnostic(diagnostic, analysis.toCwd)), refused: planRefusal(plan) !== undefined };
}
