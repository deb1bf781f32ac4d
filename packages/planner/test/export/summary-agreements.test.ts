/**
 * The report's summary tells the agreements not kept also when sessions are not placed.
 * Found by a user walk (planning 2027): a budget too small left ten sessions unplaced, and
 * the summary said only that; the MoU with the PKK, met in none of its twelve months, was
 * nowhere in it (the verdict names one reason, the first it finds).
 */
import { describe, expect, it } from "vitest";
import { exportHtml, planWorkspace } from "@lontar/planner";
import { REPORT_WORDS } from "../../src/export/html/report-words.js";
import { workspaceOf } from "./fixtures.js";

const weekly = (dtstart: string) => [{ kind: "rrule", dtstart, rrule: "FREQ=WEEKLY;COUNT=4", durationMinutes: 60 }];
const input = (extraCost: boolean) => ({
  version: 1,
  libraries: [{ id: "malteng", name: "Dispusip Maluku Tengah", tier: "kabupaten", region: { province: "Maluku" } }],
  partners: [{ id: "pkk", name: "TP PKK", kind: "pkk" }],
  resources: [{ kind: "budget", id: "apbd", library: "malteng", amount: 100_000, period: { from: "2027-01-01", to: "2027-12-31" } }],
  programs: [
    { id: "keliling", title: "Perpustakaan Keliling", library: "malteng", category: "mobile_library", schedules: weekly("2027-03-02T08:30"), ...(extraCost ? { costs: [{ amount: 50_000, per: "session", budget: "apbd" }] } : {}) },
  ],
  agreements: [{ id: "mou_pkk", library: "malteng", partner: "pkk", validity: { from: "2027-03-01", to: "2027-03-31" }, obligations: [{ kind: "sessions", program: "keliling", min: 12, per: "month" }] }],
});

describe("the summary of a plan that leaves sessions unplaced and an agreement not kept", () => {
  const horizon = { from: "2027-03-01", to: "2027-03-31" };

  it.each(["id", "en"] as const)("names both, in %s", (language) => {
    const workspace = workspaceOf(input(true) as never);
    const plan = planWorkspace(workspace, { horizon, seed: 1 });
    expect(plan.occurrences.some((o) => o.status === "unassigned")).toBe(true);
    const summary = /<section id="summary">[\s\S]*?<\/section>/.exec(exportHtml(plan, workspace, { language }))?.[0] ?? "";
    expect(summary).toContain(REPORT_WORDS.notPlacedVerdict[language].split(" (")[0]);
    expect(summary).toContain(REPORT_WORDS.agreementsAlsoNotMet[language].replace("{count}", "1"));
  });

  it("says it once when every session is placed (the verdict names the agreements)", () => {
    const workspace = workspaceOf(input(false) as never);
    const plan = planWorkspace(workspace, { horizon, seed: 1 });
    const summary = /<section id="summary">[\s\S]*?<\/section>/.exec(exportHtml(plan, workspace, { language: "id" }))?.[0] ?? "";
    expect(summary).toContain(REPORT_WORDS.agreementsNotMetVerdict.id.replace("{count}", "1"));
    expect(summary).not.toContain(REPORT_WORDS.agreementsAlsoNotMet.id.split(":")[0]);
  });
});
