import type { Diagnostic } from "@lontar/dsl";
import { horizonYears, MAX_HORIZON_YEARS, planDiagnostics, planningHorizon, planRefusal, planWorkspace, spansTooManyYears } from "@lontar/planner";
import { rebaseDiagnostic } from "../check/rebase.js";
import type { CliIo } from "../io.js";
import { countLabels, createDiagnostic, type Language, type Workspace } from "@lontar/core";
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
  // Agreements whose validity spans more than a hundred years between them, and no horizon: not planned, and said why.
  if (spansTooManyYears(horizon)) return { diagnostics: tooLongFromAgreements(workspace, horizon).map((diagnostic) => rebaseDiagnostic(diagnostic, analysis.toCwd)), refused: false };
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

/**
 * LON4012 at the agreement whose validity ends last, when the agreements' validity, the
 * horizon of a workspace that declares none, spans more than a hundred years (one valid
 * 2024..2025, another 2125..2126): the planner refuses such a horizon, which `check` said as
 * an internal error (a review). One agreement's own too long validity is the language's LON4012.
 */
function tooLongFromAgreements(workspace: Workspace, horizon: { readonly from: string; readonly to: string }): Diagnostic[] {
  const last = workspace.agreements.find((a) => a.validity.to === horizon.to && a.source !== undefined) ?? workspace.agreements.find((a) => a.source !== undefined);
  if (last?.source === undefined) return [];
  const years = Math.round(horizonYears(horizon));
  const location = { file: last.source.file, range: { start: last.source.start, end: last.source.end } };
  return [createDiagnostic("LON4012.agreementsHorizon", { from: horizon.from, to: horizon.to, years: countLabels(years), max: MAX_HORIZON_YEARS }, location)];
}
