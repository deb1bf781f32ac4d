import type { Workspace } from "@lontar/core";
import type { Plan } from "@lontar/planner";

/** One session of the plan as the playground lists it. */
export interface SessionView {
  readonly id: string;
  readonly programId: string;
  readonly title: string;
  readonly libraryId: string;
  /** ISO 8601 with the library's offset. */
  readonly start: string;
  readonly end: string;
  readonly status: "scheduled" | "unassigned" | "cancelled";
  /** The resources it holds (scheduled), or nothing. */
  readonly resources: readonly string[];
  /** Why it does not take place (unassigned or cancelled), in the planner's words. */
  readonly reasons: readonly string[];
}

/** An agreement's status over the horizon, with its failed findings. */
export interface AgreementView {
  readonly id: string;
  readonly title: string;
  readonly status: "ok" | "at_risk" | "violated" | "inactive";
  readonly findings: number;
  readonly failed: readonly string[];
}

/** Why there is no plan to show. */
export type NoPlanReason = "errors" | "no-programs" | "no-horizon" | "refused";

/** The plan pane's content: a plan summary, or why there is none. */
export type PlanView =
  | {
      readonly kind: "planned";
      readonly horizon: { readonly from: string; readonly to: string };
      readonly score: { readonly hard: number; readonly medium: number; readonly soft: number };
      readonly counts: { readonly scheduled: number; readonly unassigned: number; readonly cancelled: number };
      /** Every occurrence in plan order (start, then id). */
      readonly sessions: readonly SessionView[];
      readonly agreements: readonly AgreementView[];
      /** The calendar as HTML, when the worker has a calendar renderer. */
      readonly calendarHtml?: string;
    }
  | { readonly kind: "none"; readonly reason: NoPlanReason; readonly detail: string };

/** The plan pane's view of a plan of `workspace`: titles looked up once, counts by status; with the calendar's HTML when given. */
export function planView(plan: Plan, workspace: Workspace, calendarHtml?: string): PlanView {
  const titles = new Map(workspace.programs.map((program) => [program.id, program.title]));
  const agreementTitles = new Map(workspace.agreements.map((agreement) => [agreement.id, agreement.title ?? agreement.id]));
  const counts = { scheduled: 0, unassigned: 0, cancelled: 0 };
  const sessions = plan.occurrences.map((occurrence): SessionView => {
    counts[occurrence.status] += 1;
    return {
      id: occurrence.id,
      programId: occurrence.programId,
      title: titles.get(occurrence.programId) ?? occurrence.programId,
      libraryId: occurrence.libraryId,
      start: occurrence.start,
      end: occurrence.end,
      status: occurrence.status,
      resources: occurrence.assignments.map((assignment) => assignment.resourceId),
      reasons: (occurrence.reasons ?? []).map((reason) => reason.message),
    };
  });
  const agreements = plan.agreements.map((report): AgreementView => ({
    id: report.agreementId,
    title: agreementTitles.get(report.agreementId) ?? report.agreementId,
    status: report.status,
    findings: report.findings.length,
    failed: report.findings.filter((finding) => !finding.ok).map((finding) => finding.message),
  }));
  const view = { kind: "planned", horizon: plan.horizon, score: plan.score, counts, sessions, agreements } as const;
  return calendarHtml === undefined ? view : { ...view, calendarHtml };
}
