import type { Workspace } from "@lontar/core";
import { reportData, reportSectionsHtml, type Plan, type ReportData } from "@lontar/planner";
import type { SiteLang } from "./protocol.js";
import { PLAYGROUND_SECTIONS } from "./report-sections.js";

/** Why there is no plan to show. */
export type NoPlanReason = "errors" | "no-programs" | "no-horizon" | "refused";

/** The plan pane's content: the report of a plan, or why there is none. */
export type PlanView =
  | {
      readonly kind: "planned";
      readonly horizon: { readonly from: string; readonly to: string };
      readonly counts: { readonly scheduled: number; readonly unassigned: number; readonly cancelled: number };
      /** The report's calendar data (`reportData`), drawn on the page by the report's `renderReport`. */
      readonly report: ReportData;
      /**
       * The report page's own sections (summary in plain words, sessions not placed by cause
       * with reasons and fixes, agreements per period, budget, KPI), as its HTML with every
       * name escaped.
       */
      readonly sections: readonly string[];
    }
  | { readonly kind: "none"; readonly reason: NoPlanReason; readonly detail: string };

/**
 * The plan pane's view of a plan of `workspace` in the page's language: the report's
 * calendar data and the report page's sections, as `lontar plan` writes them to index.html.
 */
export function planView(plan: Plan, workspace: Workspace, lang: SiteLang): PlanView {
  const counts = { scheduled: 0, unassigned: 0, cancelled: 0 };
  for (const occurrence of plan.occurrences) counts[occurrence.status] += 1;
  return {
    kind: "planned",
    horizon: { from: plan.horizon.from, to: plan.horizon.to },
    counts,
    report: reportData(plan, workspace, { language: lang }),
    // Only the sections shown are drawn (not the heat map and rosters of every person).
    sections: reportSectionsHtml(plan, workspace, PLAYGROUND_SECTIONS, lang),
  };
}
