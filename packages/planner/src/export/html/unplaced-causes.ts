import type { Language, Workspace } from "@lontar/core";
import { unassignedFindings, type UnassignedDiagnostic } from "../../diagnostics/unassigned-findings.js";
import type { Plan, PlannedOccurrence } from "../../plan/plan.js";
import { indexWorkspace } from "../plan-view.js";
import { unplacedReason, type ReasonContext } from "../unplaced-reason.js";
import { budgetNeedReader } from "../../plan/budget-needs.js";
import { workspaceBooks } from "../../plan/budget-draws.js";

/** Why sessions could not be placed, in the reader's terms: one group per cause. */
export interface UnplacedCause {
  /** The cause's heading, e.g. "No room large enough is free". */
  readonly title: string;
  /** The programs it keeps out, each with its sessions not placed. */
  readonly programs: readonly UnplacedProgram[];
}

/** One program's sessions left out for one cause. */
export interface UnplacedProgram {
  /** The program's id. */
  readonly programId: string;
  /** How many of its sessions. */
  readonly count: number;
  /** The first one's local start, `YYYY-MM-DD HH:mm`. */
  readonly firstStart: string;
  /** The reason in the reader's terms, with names. */
  readonly reason: string;
  /** A fix certain to let the sessions be placed, when there is one. */
  readonly fix?: string;
}

/** What the report reads of one finding of unassignedFindings: the one place that knows its shape. */
interface FindingFacts {
  readonly programId: string;
  readonly needIndex: number | undefined;
  readonly occurrenceId: string;
  readonly count: number;
  readonly reason: string;
  readonly suggestion: string | undefined;
  readonly room: UnassignedDiagnostic["room"];
}

/** Reads a finding of unassignedFindings (its shape may grow; only this function reads it). */
export function findingFacts(finding: UnassignedDiagnostic): FindingFacts {
  return { programId: finding.programId, needIndex: finding.needIndex, occurrenceId: finding.occurrenceId, count: finding.count, reason: finding.reason, suggestion: finding.suggestion, room: finding.room };
}

/**
 * The plan's sessions not placed, grouped by cause (see unplacedReason: a room too small,
 * none free, every fitting resource taken, none declared or none meeting the need, a
 * resource not declared, needs not free together, a budget run out…), each program with
 * its count, first session, reason in `language` with names and, where one is certain,
 * the fix. Causes and programs in the order the plan first meets them.
 *
 * @example unplacedCauses(plan, workspace, "id")[0]?.title // "Tidak ada ruang yang cukup besar dan kosong"
 */
export function unplacedCauses(plan: Plan, workspace: Workspace, language: Language): UnplacedCause[] {
  const index = indexWorkspace(workspace);
  const occurrences = new Map(plan.occurrences.flatMap((o) => (o.status === "unassigned" ? [[o.id, o] as const] : [])));
  let byId: Map<string, PlannedOccurrence> | undefined;
  const context: ReasonContext = {
    index,
    session: (id) => {
      byId ??= new Map(plan.occurrences.map((o) => [o.id, o]));
      return byId.get(id);
    },
    budgetNeed: budgetNeedReader(() => workspaceBooks(workspace), plan.occurrences),
  };
  const groups = new Map<string, { title: string; programs: UnplacedProgram[] }>();
  for (const finding of unassignedFindings(workspace, plan).map(findingFacts)) {
    const occurrence = occurrences.get(finding.occurrenceId);
    if (occurrence === undefined) continue;
    const why = occurrence.reasons?.find((r) => r.level === "medium") ?? occurrence.reasons?.[0];
    const told = unplacedReason(context, occurrence, why, language);
    const group = groups.get(told.group) ?? { title: told.title, programs: [] };
    groups.set(told.group, group);
    const start = occurrence.start;
    group.programs.push({ programId: finding.programId, count: finding.count, firstStart: `${start.slice(0, 10)} ${start.slice(11, 16)}`, reason: told.reason, ...(told.fix === undefined ? {} : { fix: told.fix }) });
  }
  return [...groups.values()];
}
