import type { Language, Workspace } from "@lontar/core";
import type { Plan } from "../../plan/plan.js";
import { indexWorkspace, sortedOccurrences, type WorkspaceIndex } from "../plan-view.js";
import { agreementsSection } from "./agreements-section.js";
import { budgetSection } from "./budget-section.js";
import { heatMapSection } from "./heat-map.js";
import { kpiSection } from "./kpi-section.js";
import { rostersSection } from "./rosters-section.js";
import { summarySection } from "./summary-section.js";
import { unplacedSection } from "./unplaced-section.js";
import { unpaidCosts, type UnpaidCost } from "../../diagnostics/budget-periods.js";

/** What every section is drawn from: the plan with its occurrences in time order. */
interface SectionInput {
  readonly plan: Plan;
  readonly workspace: Workspace;
  readonly index: WorkspaceIndex;
  readonly language: Language;
  /** The costs no budget pays (unpaidCosts, LON5107's), computed once for the summary's verdict and the budget section. */
  readonly unpaid: () => readonly UnpaidCost[];
}

/** A section of the report drawn from the plan (all but its calendar), by the id of its `<section>` element. */
export type ReportSection = "summary" | "unplaced" | "agreements" | "budget" | "kpi" | "utilisation" | "rosters";

/** How each {@link ReportSection} is drawn, in the page's order: the one table of them. */
const SECTIONS: Readonly<Record<ReportSection, (s: SectionInput) => string>> = {
  summary: (s: SectionInput) => summarySection(s.plan, s.index, s.language, s.unpaid()),
  unplaced: (s: SectionInput) => unplacedSection(s.plan, s.workspace, s.index, s.language),
  agreements: (s: SectionInput) => agreementsSection(s.plan, s.workspace, s.index, s.language),
  budget: (s: SectionInput) => budgetSection(s.plan, s.workspace, s.language, s.unpaid()),
  kpi: (s: SectionInput) => kpiSection(s.plan, s.workspace.kpis, s.index, s.language),
  utilisation: (s: SectionInput) => heatMapSection(s.plan, s.index, s.language),
  rosters: (s: SectionInput) => rostersSection(s.plan, s.index, s.language),
};

/** Every {@link ReportSection}, in the order the report page shows them. */
export const REPORT_SECTIONS = Object.keys(SECTIONS) as readonly ReportSection[];

/** The given sections of a plan whose occurrences are already in time order (see sortedOccurrences), in the order asked. */
export function sectionsOfSorted(plan: Plan, workspace: Workspace, index: WorkspaceIndex, language: Language, sections: readonly ReportSection[]): string[] {
  let unpaid: readonly UnpaidCost[] | undefined;
  const input: SectionInput = { plan, workspace, index, language, unpaid: () => (unpaid ??= unpaidCosts(workspace, plan.occurrences)) };
  return sections.map((id) => SECTIONS[id](input));
}

/**
 * The HTML of the given sections of the report page (exportHtml's index.html), each a
 * `<section id="…">` as the page holds it, in the order asked, in `language` (default
 * English) with every name escaped; only those asked for are drawn (a live view that
 * shows the summary need not draw the rosters of every person).
 *
 * @example reportSectionsHtml(plan, workspace, ["summary", "kpi"], "id")[0]?.startsWith('<section id="summary">') // true
 */
export function reportSectionsHtml(plan: Plan, workspace: Workspace, sections: readonly ReportSection[], language: Language = "en"): string[] {
  return sectionsOfSorted({ ...plan, occurrences: sortedOccurrences(plan.occurrences) }, workspace, indexWorkspace(workspace), language, sections);
}
