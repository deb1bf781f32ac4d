import { localizeDiagnostic } from "@lontar/core";
import { describe, expect, it } from "vitest";
import { complianceFindings } from "../../src/compliance/findings.js";
import { complianceDiagnostics, planDiagnostics, refusalDiagnostics } from "../../src/diagnostics/plan-diagnostics.js";
import { planWorkspace } from "../../src/plan-workspace.js";
import { library, workspaceOf } from "../allocate/helpers.js";

const span = (line: number) => ({ file: "mou.lontar", start: { line, column: 3, offset: line * 10 }, end: { line, column: 30, offset: line * 10 + 27 } });
const horizon = { from: "2025-01-01", to: "2025-03-31" };

const workspace = workspaceOf({
  libraries: [library("lib")],
  partners: [{ id: "sd1", name: "SD Negeri 1", kind: "school" }],
  resources: [{ kind: "collection", id: "paket", packages: 3, copiesPerPackage: 40 }],
  programs: [
    {
      id: "p",
      title: "Dongeng",
      library: "lib",
      category: "storytelling",
      source: span(1),
      schedules: [{ kind: "rrule", dtstart: "2025-01-06T09:00", rrule: "FREQ=WEEKLY;BYDAY=MO;COUNT=2", durationMinutes: 60 }],
    },
  ],
  agreements: [
    {
      id: "mou",
      library: "lib",
      partner: "sd1",
      validity: { from: "2025-01-01", to: "2025-12-31" },
      obligations: [
        { kind: "sessions", program: "p", min: 2, max: 3, per: "month", source: span(4) },
        { kind: "hosts", party: "partner", program: "p", source: span(5) },
        { kind: "provides", party: "partner", resource: "paket", quantity: 1, per: "quarter", source: span(6) },
        { kind: "budget_share", party: "partner", amount: 100_000, program: "p", source: span(7) },
      ],
    },
  ],
});

describe("the planner's findings as diagnostics", () => {
  const plan = planWorkspace(workspace, { horizon, seed: 1 });

  it("places each obligation the plan misses at its source, with the finding's words and a template for Bahasa Indonesia", () => {
    const findings = complianceFindings(workspace, plan.agreements, horizon);
    const diagnostics = complianceDiagnostics(workspace, plan, horizon);
    expect(diagnostics.length).toBe(findings.length);
    expect(diagnostics.length).toBeGreaterThanOrEqual(3);
    diagnostics.forEach((diagnostic, i) => {
      const finding = findings[i];
      expect(diagnostic).toMatchObject({ code: finding?.severity === "error" ? "LON5101" : "LON5102", severity: finding?.severity, message: finding?.message });
      expect(diagnostic.location.range.start.line).toBe(finding?.source?.start.line);
      expect(diagnostic.text?.key, diagnostic.message).toMatch(/^LON510[12]\./);
      expect(localizeDiagnostic(diagnostic, "id").message).toContain("kewajiban");
    });
    const sessions = diagnostics.find((d) => d.text?.key.endsWith(".sessions") && d.message.includes("2025-02-01"));
    expect(sessions !== undefined && localizeDiagnostic(sessions, "id").message).toBe("mou kewajiban 1: p memiliki 0 sesi terjadwal dalam 2025-02-01..2025-02-28, diharapkan >= 2 dan <= 3");
  });

  it("names the program that passed the occurrence bound, from the refusal's own fields", () => {
    const refused = planWorkspace(workspace, { horizon, seed: 1, maxOccurrences: 1 });
    const [diagnostic, ...rest] = refusalDiagnostics(workspace, refused);
    expect(rest).toEqual([]);
    expect(diagnostic).toMatchObject({ code: "LON4011", location: { file: "mou.lontar", range: { start: { line: 1 } } } });
    expect(diagnostic?.message).toBe(
      "the workspace gives more than 1 occurrences in 2025-01-01..2025-03-31 (the bound was passed at this schedule); nothing was planned. Narrow the horizon or the schedules, or raise the bound with maxOccurrences (planner option) / --max-occurrences (lontar plan)",
    );
    expect(planDiagnostics(workspace, refused, horizon)).toEqual([diagnostic]);
    expect(refusalDiagnostics(workspace, plan)).toEqual([]);
  });
});
