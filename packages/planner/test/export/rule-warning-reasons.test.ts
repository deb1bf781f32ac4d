/**
 * A rule's warning on a session in the outputs' language (a walk, stop 54: an Indonesian
 * plan's CSV read "Bulan Ramadan: … (rule ramadan_siang)", the planner's words, and its
 * workbook said it twice, once so and once as a problem in Indonesian).
 */
import { unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { exportCsv } from "../../src/export/csv/export-csv.js";
import { exportXlsx } from "../../src/export/xlsx/export-xlsx.js";
import { planWorkspace } from "../../src/plan-workspace.js";
import { library, workspaceOf } from "../allocate/helpers.js";

const horizon = { from: "2027-02-01", to: "2027-02-28" };
const workspace = workspaceOf({
  libraries: [library("lib")],
  programs: [{ id: "keliling", title: "Keliling", library: "lib", category: "mobile_library", schedules: [{ kind: "rrule", dtstart: "2027-02-01T10:00", rrule: "FREQ=WEEKLY;BYDAY=MO;COUNT=2", durationMinutes: 180 }] }],
  rules: [{ id: "ramadan_siang", when: { kind: "compare", op: "==", left: { kind: "fact", name: "program.id" }, right: { kind: "literal", value: "keliling" } }, effect: "warn", message: "Bulan Ramadan: hindari siang hari" }],
});

describe("a rule's warning on a session, in the outputs", () => {
  const plan = planWorkspace(workspace, { horizon, seed: 1 });

  it.each([
    ["id", "aturan ramadan_siang: Bulan Ramadan: hindari siang hari"],
    ["en", "rule ramadan_siang: Bulan Ramadan: hindari siang hari"],
  ] as const)("is the rule and its message in %s, said once, in the CSV and the workbook", async (language, said) => {
    const csv = exportCsv(plan, workspace, { language });
    const rows = csv.split("\r\n").filter((line) => line.startsWith("keliling@"));
    expect(rows).toHaveLength(2);
    for (const row of rows) expect(row.endsWith(said)).toBe(true);
    expect(csv).not.toContain("(rule ");
    const bytes = (await exportXlsx(plan, workspace, { language })) ?? new Uint8Array();
    const strings = new TextDecoder().decode(unzipSync(bytes)["xl/sharedStrings.xml"]);
    expect(strings).toContain(`<t>${said}</t>`);
    expect(strings).not.toContain("(rule ");
  });
});
