import type { Language } from "@lontar/core";
import { exportHtml, exportJson, planWorkspace } from "@lontar/planner";
import { horizonOf, type PlanCache, type PlanDates } from "../analysis/planning.js";
import type { Snapshot } from "../analysis/snapshot.js";

/** What the plan commands answer: the plan (JSON) and its HTML report, or why there is none. */
export type PlanAnswer = { readonly ok: true; readonly json: string; readonly html: string } | { readonly ok: false; readonly errors: number };

/** `lontar.planWorkspace`: the whole plan with the planner's default search (seed 1), as `lontar plan` makes it; its report in `language`, the server's (the editor's) language. */
export function planCommand(snapshot: Snapshot, dates: PlanDates, language: Language): PlanAnswer {
  const workspace = snapshot.result.workspace;
  if (workspace === undefined) return { ok: false, errors: snapshot.result.diagnostics.filter((d) => d.severity === "error").length };
  const plan = planWorkspace(workspace, { horizon: horizonOf(workspace, dates), seed: 1 });
  return { ok: true, json: exportJson(plan), html: exportHtml(plan, workspace, { language }) };
}

/** `lontar.calendarPreview`: the HTML report of the editor's quick plan (the one code lenses use), in `language` (an Indonesian editor's preview read "Plan 1 January 2024": a walk). */
export function previewCommand(snapshot: Snapshot, plans: PlanCache, dates: PlanDates, language: Language): PlanAnswer {
  const workspace = snapshot.result.workspace;
  const plan = plans.planOf(snapshot, dates);
  if (workspace === undefined || plan === undefined) return { ok: false, errors: snapshot.result.diagnostics.filter((d) => d.severity === "error").length };
  return { ok: true, json: exportJson(plan), html: exportHtml(plan, workspace, { language }) };
}
