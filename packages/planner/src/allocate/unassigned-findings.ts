import type { SourceSpan, Workspace } from "@lontar/core";
import type { Justification, Plan } from "../plan/plan.js";

/**
 * The sessions of one program need that a plan leaves unassigned, in a form a CLI or
 * editor turns into an error at the need's source (the program's when the need has none).
 */
export interface UnassignedDiagnostic {
  /** The program. */
  readonly programId: string;
  /** Index of the need that could not be met (in the program's `needs`), when one is named. */
  readonly needIndex?: number;
  /** Where the need (or else the program) was written, when known. */
  readonly source?: SourceSpan;
  /** The first unassigned occurrence's id. */
  readonly occurrenceId: string;
  /** How many of the program's sessions stay unassigned for this need. */
  readonly count: number;
  /** What is wrong, in English: which session, and why in the planner's words. */
  readonly message: string;
  /** The reason alone, e.g. `20 registrants; the largest room free then, lab_komputer, holds 12`. */
  readonly reason: string;
  /** A fix that is certain to let the need be met, when there is one. */
  readonly suggestion?: string;
}

// The shape of the allocator's reason (explain.ts): "<id>: no free <kind> for need <n> of <program> (<hint>): <per candidate>".
const NEED_REASON = /: no (?:free )?[a-z]+ for need (\d+) of [^\s:(]+(?: \(([^)]*)\))?: (.*)$/;
const ROOM_HINT = /^(\d+) registrants?; the largest room free then, (\S+), holds (\d+)$/;

/** The need index, hint and per-candidate reasons of an allocator's `unassigned` justification. */
export function readUnassignedReason(message: string): { needIndex?: number; hint?: string; detail: string } {
  const match = NEED_REASON.exec(message);
  if (match === null) return { detail: message.slice(message.indexOf(": ") + 2) };
  return { needIndex: Number(match[1]) - 1, ...(match[2] === undefined ? {} : { hint: match[2] }), detail: match[3] ?? "" };
}

const when = (start: string): string => `${start.slice(0, 10)} at ${start.slice(11, 16)}`;

/**
 * The unassigned occurrences of a plan, one finding per program need (the first session
 * named, the others counted), with the allocator's reason: for a room too small, "20
 * registrants; the largest room free then, lab_komputer, holds 12", and then a suggestion.
 * Occurrences left out by a budget cap are grouped under the program with their reason.
 *
 * @example for (const f of unassignedFindings(workspace, plan)) console.log(f.message);
 */
export function unassignedFindings(workspace: Workspace, plan: Plan): UnassignedDiagnostic[] {
  const programs = new Map(workspace.programs.map((p) => [p.id, p]));
  const groups = new Map<string, { first: Plan["occurrences"][number]; why: Justification | undefined; count: number; needIndex: number | undefined }>();
  for (const o of plan.occurrences) {
    if (o.status !== "unassigned") continue;
    const why = o.reasons?.find((r) => r.level === "medium") ?? o.reasons?.[0];
    const needIndex = why?.constraint === "unassigned" ? readUnassignedReason(why.message).needIndex : undefined;
    const key = `${o.programId}#${needIndex ?? why?.constraint ?? ""}`;
    const group = groups.get(key);
    if (group === undefined) groups.set(key, { first: o, why, count: 1, needIndex });
    else group.count++;
  }
  return [...groups.values()].map(({ first, why, count, needIndex }) => {
    const program = programs.get(first.programId);
    const need = needIndex === undefined ? undefined : program?.needs[needIndex];
    const source = need?.source ?? program?.source;
    const read = why === undefined ? { detail: "no reason recorded" } : why.constraint === "unassigned" ? readUnassignedReason(why.message) : { detail: why.message.slice(why.message.indexOf(": ") + 2) };
    const reason = read.hint ?? read.detail;
    const others = count > 1 ? ` (and ${count - 1} more session${count === 2 ? "" : "s"})` : "";
    const explained = read.hint === undefined ? `${need === undefined ? "" : `no free ${need.kind}: `}${read.detail}` : `${read.hint} (${read.detail})`;
    const message = `\`${first.programId}\` cannot take place on ${when(first.start)}${others}: ${explained}`;
    const room = read.hint === undefined ? null : ROOM_HINT.exec(read.hint);
    const suggestion =
      room === null || need === undefined || need.features.length > 0 || need.resource !== undefined
        ? undefined
        : `with at most ${room[3]} registrants, ${room[2]} (free then) could hold the session; or free a room for ${room[1]} at that time`;
    return {
      programId: first.programId,
      ...(needIndex === undefined ? {} : { needIndex }),
      ...(source === undefined ? {} : { source }),
      occurrenceId: first.id,
      count,
      message,
      reason,
      ...(suggestion === undefined ? {} : { suggestion }),
    };
  });
}
