/**
 * A plan of a window of an agreement's validity (`lontar plan --from 2027-03-01 --to
 * 2027-05-31`) judges an obligation only over the part of its period that lies in the
 * window: an event hosted elsewhere in the validity is "not in this window", not missed.
 */
import { Agreement } from "@lontar/core";
import { describe, expect, it } from "vitest";
import { checkCompliance, isOutsideWindow } from "../../src/compliance/check-compliance.js";
import { complianceDiagnostics, findingLabels } from "../../src/diagnostics/plan-diagnostics.js";
import { agreementsSection } from "../../src/export/html/agreements-section.js";
import { indexWorkspace } from "../../src/export/plan-view.js";
import { planWorkspace } from "../../src/plan-workspace.js";
import { library, workspaceOf } from "../allocate/helpers.js";

const span = { file: "mou.lontar", start: { line: 4, column: 3, offset: 40 }, end: { line: 4, column: 30, offset: 67 } };
// A three-day meeting in October, hosted under an agreement valid all year, and a monthly session.
const workspace = workspaceOf({
  libraries: [library("lib")],
  partners: [{ id: "perpusnas", name: "Perpustakaan Nasional RI", kind: "library" }],
  programs: [
    { id: "plm", title: "Peer Learning Meeting", library: "lib", category: "peer_learning", schedules: [{ kind: "rrule", dtstart: "2026-10-13T08:00", rrule: "FREQ=DAILY;COUNT=3", durationMinutes: 480 }] },
    { id: "monitoring", title: "Monitoring", library: "lib", category: "coordination_meeting", schedules: [{ kind: "rrule", dtstart: "2026-01-06T09:00", rrule: "FREQ=MONTHLY;BYDAY=1TU", durationMinutes: 120 }] },
  ],
  agreements: [
    {
      id: "mou",
      library: "lib",
      partner: "perpusnas",
      validity: { from: "2026-01-01", to: "2026-12-31" },
      obligations: [
        { kind: "hosts", party: "partner", program: "plm", source: span },
        { kind: "sessions", program: "monitoring", min: 1, per: "quarter" },
      ],
    },
  ],
});
const agreement = Agreement.parse(workspace.agreements[0]);
const planOf = (horizon: { from: string; to: string }) => planWorkspace(workspace, { horizon, seed: 1 });

describe("an obligation judged over the part of its period in the window", () => {
  const window = { from: "2026-03-01", to: "2026-05-31" };
  const plan = planOf(window);

  it("does not judge a hosted event outside the window: not in this window, nothing missed, no medium", () => {
    const [report] = plan.agreements;
    expect(report?.status).toBe("ok");
    const hosts = report?.findings[0];
    expect(hosts).toEqual({
      agreementId: "mou",
      obligationIndex: 0,
      kind: "hosts",
      period: window,
      expected: ">= 1",
      planned: 0,
      ok: true,
      message: "mou obligation 1: plm is not in this window, 2026-03-01..2026-05-31 (the agreement is valid 2026-01-01..2026-12-31), so it is not judged",
    });
    expect(report?.findings.filter(isOutsideWindow)).toEqual([hosts]);
    expect(plan.score.medium).toBe(0);
    expect(complianceDiagnostics(workspace, plan, window)).toEqual([]);
  });

  it("says so in both languages, in the summary's words and in the report's table", () => {
    const hosts = plan.agreements[0]!.findings[0]!;
    expect(findingLabels(hosts, agreement)).toEqual({
      en: "obligation 1: plm is not in this window, 2026-03-01..2026-05-31 (the agreement is valid 2026-01-01..2026-12-31), so it is not judged",
      id: "kewajiban 1: plm di luar rentang ini, 2026-03-01..2026-05-31 (kesepakatan berlaku 2026-01-01..2026-12-31), jadi tidak dinilai",
    });
    const html = agreementsSection(plan, workspace, indexWorkspace(workspace), "id");
    expect(html).toContain('<tr class="outside"><td>menjadi tuan rumah Peer Learning Meeting</td><td>Maret – Mei 2026</td><td>≥ 1</td><td>di luar rentang ini</td><td>–</td></tr>');
    expect(agreementsSection(plan, workspace, indexWorkspace(workspace), "en")).toContain("<td>not in this window</td>");
  });

  it("judges the event when the window holds its dates, or the whole validity", () => {
    const october = planOf({ from: "2026-10-01", to: "2026-10-31" });
    expect(october.agreements[0]?.findings[0]).toMatchObject({ kind: "hosts", planned: 3, ok: true });
    expect(isOutsideWindow(october.agreements[0]!.findings[0]!)).toBe(false);
    // Its sessions in the window, none of them held (cancelled, say): missed there.
    const held = checkCompliance(workspace, october.occurrences.map((o) => (o.programId === "plm" ? { ...o, status: "cancelled" as const } : o)), { from: "2026-10-01", to: "2026-10-31" });
    expect(held[0]?.findings[0]).toMatchObject({ planned: 0, notScheduled: 3, ok: false, message: "mou obligation 1: plm has 0 scheduled occurrence(s) in 2026-10-01..2026-10-31, expected at least one (3 cancelled or not placed)" });
    // The whole validity, the program never scheduled: missed.
    const year = { from: "2026-01-01", to: "2026-12-31" };
    const whole = checkCompliance(workspace, planOf(year).occurrences.filter((o) => o.programId !== "plm"), year);
    expect(whole[0]?.status).toBe("violated");
    expect(whole[0]?.findings[0]).toMatchObject({ period: year, planned: 0, ok: false });
  });

  it("pro-rates a per-period minimum over the part of the period in the window", () => {
    const [, march, spring] = plan.agreements[0]?.findings ?? [];
    expect([march, spring].map((f) => [f?.period, f?.expected, f?.ok])).toEqual([
      [{ from: "2026-03-01", to: "2026-03-31" }, ">= 0", true],
      [{ from: "2026-04-01", to: "2026-05-31" }, ">= 1", true],
    ]);
  });
});
