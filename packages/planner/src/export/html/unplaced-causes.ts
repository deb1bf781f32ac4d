import { labelOf, resourceKindLabels, type Language, type Workspace } from "@lontar/core";
import { unassignedFindings, type UnassignedDiagnostic } from "../../allocate/unassigned-findings.js";
import type { Plan } from "../../plan/plan.js";
import { reportWord } from "./report-words.js";

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
  /** The reason in the reader's terms (the planner's words where there is no translation). */
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
 * The plan's sessions not placed, grouped by cause (a room too small, no person or
 * vehicle of a kind free, a budget run out, other), each program with its count, first
 * session, reason in `language` and, for a room too small, the certain fix. Causes and
 * programs in the order the plan first meets them.
 *
 * @example unplacedCauses(plan, workspace, "id")[0]?.title // "Tidak ada ruang yang cukup besar dan kosong"
 */
export function unplacedCauses(plan: Plan, workspace: Workspace, language: Language, nameOf: (id: string) => string): UnplacedCause[] {
  const occurrences = new Map(plan.occurrences.flatMap((o) => (o.status === "unassigned" ? [[o.id, o] as const] : [])));
  const programs = new Map(workspace.programs.map((p) => [p.id, p]));
  const groups = new Map<string, { title: string; programs: UnplacedProgram[] }>();
  for (const finding of unassignedFindings(workspace, plan).map(findingFacts)) {
    const occurrence = occurrences.get(finding.occurrenceId);
    const constraint = occurrence?.reasons?.find((r) => r.level === "medium")?.constraint ?? occurrence?.reasons?.[0]?.constraint;
    const need = finding.needIndex === undefined ? undefined : programs.get(finding.programId)?.needs[finding.needIndex];
    const room = finding.room?.largestFree === undefined ? undefined : { registrants: finding.room.registrants, ...finding.room.largestFree };
    let key: string;
    let title: string;
    let reason = finding.reason;
    let fix: string | undefined;
    if (room !== undefined) {
      key = "room";
      title = reportWord("causeRoom", language);
      const values = { registrants: String(room.registrants), room: nameOf(room.id), capacity: String(room.holds) };
      reason = reportWord("roomReason", language, values);
      if (finding.suggestion !== undefined) fix = reportWord("roomFix", language, values);
    } else if (constraint === "budget-cap") {
      key = "budget";
      title = reportWord("causeBudget", language);
    } else if (need !== undefined) {
      key = `need:${need.kind}`;
      title = reportWord("causeNeed", language, { kind: labelOf(resourceKindLabels, need.kind, language).toLowerCase() });
    } else {
      key = "other";
      title = reportWord("causeOther", language);
    }
    const start = occurrence?.start ?? "";
    const group = groups.get(key) ?? { title, programs: [] };
    groups.set(key, group);
    group.programs.push({ programId: finding.programId, count: finding.count, firstStart: `${start.slice(0, 10)} ${start.slice(11, 16)}`, reason, ...(fix === undefined ? {} : { fix }) });
  }
  return [...groups.values()];
}
