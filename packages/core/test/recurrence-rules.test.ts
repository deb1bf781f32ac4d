import { describe, expect, it } from "vitest";
import { checkRecurrenceRules, coreIssueDiagnosticKey, localizeIssue, validateWorkspace, type WorkspaceInput } from "@lontar/core";

const workspace = (rrules: readonly string[]): WorkspaceInput => ({
  version: 1,
  libraries: [{ id: "l", name: "L", tier: "desa", region: { province: "Jawa Timur" } }],
  programs: [
    {
      id: "p",
      title: "P",
      library: "l",
      category: "storytelling",
      schedules: rrules.map((rrule) => ({ kind: "rrule" as const, dtstart: "2027-01-05T09:00", rrule, durationMinutes: 60 })),
    },
  ],
});

// Found by an SDK walk: validateWorkspace accepted `FREQ=SOMETIMES` (the schema checks only
// `NAME=`), and the planner reported it only when it expanded the schedule.
describe("validateWorkspace reads each RRULE", () => {
  it("refuses one that is no RFC 5545 rule, at its path, with LON4002's message in both languages", () => {
    const result = validateWorkspace(workspace(["FREQ=WEEKLY;BYDAY=TU", "FREQ=SOMETIMES"]));
    expect(result.ok).toBe(false);
    const issues = result.ok ? [] : result.issues;
    expect(issues.map((i) => [i.code, i.path.join(".")])).toEqual([["CORE_INVALID_RRULE", "programs.0.schedules.1.rrule"]]);
    const [issue] = issues;
    if (issue === undefined) throw new Error("no issue");
    expect(coreIssueDiagnosticKey(issue)).toBe("LON4002.coreInvalid");
    expect(localizeIssue(issue, "en")).toMatch(/^not a valid RRULE: .*SOMETIMES.* \(at programs\.0\.schedules\.1\.rrule\) \[CORE_INVALID_RRULE\]$/);
    expect(localizeIssue(issue, "id")).toMatch(/^bukan RRULE yang sah: .* \(di programs\.0\.schedules\.1\.rrule\) \[CORE_INVALID_RRULE\]$/);
    expect(localizeIssue(issue, "id")).not.toBe(localizeIssue(issue, "en"));
  });

  it("passes the rules the planner expands", () => {
    const rules = ["FREQ=WEEKLY;BYDAY=TU,FR", "FREQ=MONTHLY;BYDAY=1SA", "FREQ=DAILY;COUNT=3", "FREQ=YEARLY;BYMONTH=8;BYMONTHDAY=17"];
    const result = validateWorkspace(workspace(rules));
    expect(result.ok).toBe(true);
    if (result.ok) expect(checkRecurrenceRules(result.value)).toEqual([]);
  });
});
