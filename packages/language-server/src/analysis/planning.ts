import type { Workspace } from "@lontar/core";
import type { Diagnostic } from "@lontar/dsl";
import { countOccurrencesUpTo, DEFAULT_MAX_OCCURRENCES_PER_SCHEDULE, expandWorkspace, expansionMemo, planDiagnostics, planningHorizon, planWorkspace, spansTooManyYears, type DateSpan, type Occurrence, type Plan, type PlanningHorizon } from "@lontar/planner";
import type { Snapshot } from "./snapshot.js";

/** The dates planning in the editor starts from: today, and the horizon the settings give. */
export interface PlanDates {
  /** Today's date, `YYYY-MM-DD`. */
  readonly today: string;
  /** The horizon of the settings, for a workspace that declares none. */
  readonly horizon?: DateSpan | undefined;
}

/**
 * The horizon `lontar check` would plan a workspace over, with where it comes from: the declared
 * one, else the settings' (as `--from --to` given), else the span of the agreements' validity;
 * undefined when none says.
 */
export function checkedHorizon(workspace: Workspace, dates: PlanDates): PlanningHorizon | undefined {
  if (workspace.horizon !== undefined) return { ...workspace.horizon, origin: "declared" };
  if (dates.horizon !== undefined) return { ...dates.horizon, origin: "given" };
  return planningHorizon(workspace);
}

/**
 * The horizon of a workspace: {@link checkedHorizon}'s, else the year from today, which is
 * taken too for one of more than a hundred years (agreements valid 2024..2150: the planner
 * refuses such a horizon, and the file says why, LON4012).
 */
export function horizonOf(workspace: Workspace, dates: PlanDates): DateSpan {
  const checked = checkedHorizon(workspace, dates);
  if (checked !== undefined && !spansTooManyYears(checked)) return { from: checked.from, to: checked.to };
  const year = Number(dates.today.slice(0, 4));
  return { from: dates.today, to: `${year + 1}${dates.today.slice(4)}` };
}

/** The occurrences of one program in the horizon (holidays and closures dropped), expanding that program alone. */
export function programOccurrences(workspace: Workspace, programId: string, dates: PlanDates): readonly Occurrence[] {
  const program = workspace.programs.find((p) => p.id === programId);
  if (program === undefined) return [];
  const alone: Workspace = { ...workspace, programs: [program], agreements: [], rules: [] };
  return expandWorkspace(alone, horizonOf(workspace, dates)).occurrences;
}

/** Local-search moves the editor's plan may spend: small, so code lenses come quickly; deterministic. */
const EDITOR_PLAN_STEPS = 2_000;

/**
 * The most occurrences in its horizon of a workspace the server plans while the user types (for
 * the plan's diagnostics): a plan holds the thread, about 0.13 ms per occurrence on a busy
 * two-core machine (46,000 occurrences took 6 s, a province's 229,000 took 31 s). A larger
 * workspace is planned when asked (Check workspace, code lenses, an agreement's hover).
 */
export const EDITOR_PLAN_OCCURRENCES = 5_000;

/** One plan per snapshot, made on first use (for code lenses, agreement hovers and the plan's diagnostics). */
export class PlanCache {
  private generation = -1;
  private plan: Plan | undefined;
  private findings: readonly Diagnostic[] | undefined;
  private countedGeneration = -1;
  private small = false;

  /** The plan of a snapshot's workspace; undefined when the workspace has errors. */
  planOf(snapshot: Snapshot, dates: PlanDates): Plan | undefined {
    const workspace = snapshot.result.workspace;
    if (workspace === undefined) return undefined;
    if (this.generation !== snapshot.generation) {
      this.plan = planWorkspace(workspace, { horizon: horizonOf(workspace, dates), seed: 1, maxSteps: EDITOR_PLAN_STEPS });
      this.findings = undefined;
      this.generation = snapshot.generation;
    }
    return this.plan;
  }

  /**
   * What `lontar check` says of a snapshot's plan (planner's `planDiagnostics`: sessions that
   * cannot take place, agreements not met, budgets, opening hours…), at their files and ranges;
   * undefined when the workspace has errors (nothing is planned). None when `lontar check` plans
   * nothing: no horizon (neither declared, nor in the settings, nor from agreements), or neither a
   * program nor an agreement.
   */
  diagnosticsOf(snapshot: Snapshot, dates: PlanDates): readonly Diagnostic[] | undefined {
    const workspace = snapshot.result.workspace;
    if (workspace === undefined) return undefined;
    const horizon = checkedHorizon(workspace, dates);
    if (horizon === undefined || (workspace.programs.length === 0 && workspace.agreements.length === 0)) return [];
    const plan = this.planOf(snapshot, dates);
    if (plan === undefined) return undefined;
    this.findings ??= planDiagnostics(workspace, plan, horizon);
    return this.findings;
  }

  /**
   * The plan of a snapshot for what the editor asks of its own accord while the user types (code
   * lenses, hovers): {@link planOf} when the workspace may be planned while typing (see
   * {@link plansWhileTyping}), else undefined. A province's plan held the thread for 30 s at
   * each code-lens request.
   */
  planWhileTyping(snapshot: Snapshot, dates: PlanDates): Plan | undefined {
    return this.plansWhileTyping(snapshot, dates) ? this.planOf(snapshot, dates) : undefined;
  }

  /**
   * Whether the snapshot's workspace may be planned while the user types: its plan is made
   * already, or it has at most {@link EDITOR_PLAN_OCCURRENCES} occurrences in its horizon
   * (counted by arithmetic where the schedules allow, once per snapshot). False when the
   * workspace has errors.
   */
  plansWhileTyping(snapshot: Snapshot, dates: PlanDates): boolean {
    const workspace = snapshot.result.workspace;
    if (workspace === undefined) return false;
    if (this.generation === snapshot.generation) return true;
    if (this.countedGeneration !== snapshot.generation) {
      const counting = { horizon: horizonOf(workspace, dates), max: EDITOR_PLAN_OCCURRENCES, maxPerSchedule: DEFAULT_MAX_OCCURRENCES_PER_SCHEDULE, memo: expansionMemo() };
      this.small = countOccurrencesUpTo(workspace, counting) === undefined;
      this.countedGeneration = snapshot.generation;
    }
    return this.small;
  }
}
