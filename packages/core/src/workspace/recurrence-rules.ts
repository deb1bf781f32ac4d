import type { Issue } from "../primitives/result.js";
import { parseRecurrenceRule } from "../recurrence/parse-rule.js";
import type { Workspace } from "./workspace.js";

/**
 * An issue (`CORE_INVALID_RRULE`, LON4002) at each `rrule` schedule whose rule does not read
 * as RFC 5545 (`FREQ=SOMETIMES`, `BYDAY=XX`): the schema holds only that it starts with a part
 * (`NAME=`), and a planner would find the rest only when it expands the schedule. A workspace
 * compiled from `.lontar` files never has one (the language reports LON4002 first).
 *
 * @example checkRecurrenceRules(workspace) // [{ code: "CORE_INVALID_RRULE", path: ["programs", 0, "schedules", 0, "rrule"], … }]
 */
export function checkRecurrenceRules(workspace: Workspace): Issue[] {
  const issues: Issue[] = [];
  workspace.programs.forEach((program, p) => {
    program.schedules.forEach((schedule, s) => {
      if (schedule.kind !== "rrule") return;
      const parsed = parseRecurrenceRule(schedule.rrule);
      if (parsed.ok) return;
      const error = { en: parsed.problems.map((problem) => problem.en).join("; "), id: parsed.problems.map((problem) => problem.id).join("; ") };
      issues.push({ code: "CORE_INVALID_RRULE", path: ["programs", p, "schedules", s, "rrule"], message: `not a valid RRULE: ${error.en}`, args: { error } });
    });
  });
  return issues;
}
