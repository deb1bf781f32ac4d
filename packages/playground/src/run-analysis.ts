import { analyzeWorkspace, localizeDiagnostic, type AnalyzeResult } from "@lontar/dsl";
import type { Workspace } from "@lontar/core";
import { exportIcs, exportXlsx, planDiagnostics, planRefusal, planWorkspace, type Plan } from "@lontar/planner";
import { playgroundHorizon } from "./horizon.js";
import { planView, type PlanView } from "./plan-view.js";
import type { PlanProblem, SiteLang, WorkspaceFile } from "./protocol.js";

/**
 * The most occurrences the playground plans (the CLI's bound is 2,000,000): past it the
 * planner refuses the workspace with a finding that names the bound, so a schedule typed
 * by mistake ("every day for ten years") cannot freeze the page's worker for long.
 */
export const PLAYGROUND_MAX_OCCURRENCES = 20_000;

/** The planner's seed in the playground, as `lontar plan` uses by default. */
const SEED = 1;

/**
 * Checks the playground's files as one workspace. Imports resolve among the files
 * themselves (a workspace in the browser has no disk); an import of a file that is not
 * there gets the language's own "cannot find" diagnostic.
 */
export function checkFiles(files: readonly WorkspaceFile[]): AnalyzeResult {
  const byPath = new Map(files.map((file) => [normalisePath(file.path), file.text]));
  return analyzeWorkspace({
    root: "",
    files: files.map((file) => ({ path: normalisePath(file.path), text: file.text })),
    readFile: (path) => byPath.get(normalisePath(path)),
  });
}

/** The plan of a checked workspace as the plan pane shows it (the report's calendar data and sections in `lang`), or why there is none. */
export function planOf(result: AnalyzeResult, lang: SiteLang = "en"): PlanView {
  return planWithProblems(result, lang).view;
}

/**
 * The plan pane's view of a checked workspace (as {@link planOf}) and what the plan finds,
 * as `lontar check` reports it after the language's diagnostics (`planDiagnostics`, in
 * `lang`): nothing while the workspace has errors or no horizon, and nothing for a plan
 * the playground refuses (its bound is lower than the CLI's: the plan pane says so).
 * A workspace with agreements and no program is checked too, as `lontar check` does.
 */
export function planWithProblems(result: AnalyzeResult, lang: SiteLang = "en"): { view: PlanView; problems: PlanProblem[] } {
  const workspace = result.workspace;
  if (workspace === undefined) return { view: { kind: "none", reason: "errors", detail: "" }, problems: [] };
  const horizon = playgroundHorizon(workspace);
  if (workspace.programs.length === 0 && (workspace.agreements.length === 0 || horizon === undefined)) return { view: { kind: "none", reason: "no-programs", detail: "" }, problems: [] };
  if (horizon === undefined) return { view: { kind: "none", reason: "no-horizon", detail: "" }, problems: [] };
  const plan = planWorkspace(workspace, { horizon, seed: SEED, maxOccurrences: PLAYGROUND_MAX_OCCURRENCES });
  const refusal = planRefusal(plan);
  if (refusal !== undefined) return { view: { kind: "none", reason: "refused", detail: refusal.message }, problems: [] };
  const origin = workspace.horizon === undefined ? "agreements" : "declared";
  const problems = planDiagnostics(workspace, plan, { ...horizon, origin }).map((diagnostic): PlanProblem => {
    const shown = localizeDiagnostic(diagnostic, lang);
    const { line, column } = shown.location.range.start;
    return { path: normalisePath(shown.location.file), line: line - 1, character: column - 1, severity: shown.severity, code: shown.code, message: shown.message };
  });
  const view: PlanView = workspace.programs.length === 0 ? { kind: "none", reason: "no-programs", detail: "" } : planView(plan, workspace, lang);
  return { view, problems };
}

/** The plan of a checked workspace for a download, or why there is none (`no-plan`, `refused`). */
function plannedFor(result: AnalyzeResult): { plan: Plan; workspace: Workspace } | { reason: "no-plan" | "refused" } {
  const workspace = result.workspace;
  const horizon = workspace === undefined ? undefined : playgroundHorizon(workspace);
  if (workspace === undefined || horizon === undefined || workspace.programs.length === 0) return { reason: "no-plan" };
  const plan = planWorkspace(workspace, { horizon, seed: SEED, maxOccurrences: PLAYGROUND_MAX_OCCURRENCES });
  if (planRefusal(plan) !== undefined) return { reason: "refused" };
  return { plan, workspace };
}

/** The plan's iCalendar text, or why there is none (the same reasons as {@link planOf}). */
export function icsOf(result: AnalyzeResult, lang: SiteLang = "en"): { text: string | undefined; reason: string } {
  const planned = plannedFor(result);
  if ("reason" in planned) return { text: undefined, reason: planned.reason };
  return { text: exportIcs(planned.plan, planned.workspace, { calendarName: "Lontar", language: lang }), reason: "" };
}

/** The plan as plan.xlsx (the CLI's workbook, in `lang`), or why there is none (as {@link icsOf}). */
export async function xlsxOf(result: AnalyzeResult, lang: SiteLang = "en"): Promise<{ bytes: Uint8Array | undefined; reason: string }> {
  const planned = plannedFor(result);
  if ("reason" in planned) return { bytes: undefined, reason: planned.reason };
  const bytes = await exportXlsx(planned.plan, planned.workspace, { language: lang });
  return bytes === undefined ? { bytes: undefined, reason: "too-large" } : { bytes, reason: "" };
}

function normalisePath(path: string): string {
  return path.replace(/\\/g, "/").replace(/^\/+/, "").replace(/^(\.\/)+/, "");
}
