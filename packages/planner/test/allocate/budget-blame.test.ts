import { localizeDiagnostic } from "@lontar/core";
import { describe, expect, it } from "vitest";
import { unassignedDiagnostics } from "../../src/diagnostics/plan-diagnostics.js";
import { unassignedFindings } from "../../src/diagnostics/unassigned-findings.js";
import { indexWorkspace } from "../../src/export/plan-view.js";
import { unplacedReason } from "../../src/export/unplaced-reason.js";
import { budgetNeedReader } from "../../src/plan/budget-needs.js";
import { workspaceBooks } from "../../src/plan/budget-draws.js";
import type { Plan } from "../../src/plan/plan.js";
import { planWorkspace } from "../../src/plan-workspace.js";
import { library, workspaceOf } from "./helpers.js";

// A village library's first half of 2026: 26 Saturdays, one of them (2026-03-21, Idul Fitri) a holiday.
const horizon = { from: "2026-01-01", to: "2026-06-30" };
const span = (line: number) => ({ file: "p.lontar", start: { line, column: 1, offset: line * 10 }, end: { line, column: 20, offset: line * 10 + 19 } });
const saturdays = (id: string, extra: Record<string, unknown>): Record<string, unknown> => ({
  id,
  title: id.toUpperCase(),
  library: "p",
  category: "storytelling",
  source: span(1),
  schedules: [{ kind: "rrule", dtstart: "2026-01-03T09:00", rrule: "FREQ=WEEKLY;BYDAY=SA", durationMinutes: 120 }],
  ...extra,
});
const dana = (extra: Record<string, unknown> = {}) => ({ kind: "budget", id: "dana", name: "Dana", amount: 500_000, period: { from: "2026-01-01", to: "2026-12-31" }, library: "p", ...extra });
const cost = [{ amount: 100_000, per: "session", budget: "dana" }];

const unplaced = (plan: Plan) => plan.occurrences.filter((o) => o.status === "unassigned");
const reasonOf = (o: Plan["occurrences"][number]) => o.reasons?.find((r) => r.level === "medium");
const budgetOf = (plan: Plan) => plan.budget.find((b) => b.budgetId === "dana");

/** What the report and spreadsheets say of each session not placed, in both languages. */
function outputWords(workspace: Parameters<typeof planWorkspace>[0], plan: Plan): string[] {
  const context = {
    index: indexWorkspace(workspace),
    session: (id: string) => plan.occurrences.find((o) => o.id === id),
    budgetNeed: budgetNeedReader(() => workspaceBooks(workspace), plan.occurrences),
  };
  return unplaced(plan).flatMap((o) =>
    (["en", "id"] as const).map((language) => {
      const r = unplacedReason(context, o, reasonOf(o), language);
      return `${r.cause}: ${r.reason} ${r.fix ?? ""}`;
    }),
  );
}

describe("a session is blamed on the budget only when the budget is what stops it", () => {
  it("a room that never holds the group: every session names the room, none the budget, and no budget is to be raised", () => {
    const workspace = workspaceOf({
      libraries: [library("p")],
      resources: [{ kind: "room", id: "aula", capacity: 20, library: "p" }, dana()],
      programs: [saturdays("a", { expectedParticipants: 40, needs: [{ kind: "room", resource: "aula", source: span(2) }], costs: cost })],
    });
    const plan = planWorkspace(workspace, { horizon, seed: 1 });
    expect(unplaced(plan)).toHaveLength(25);
    expect(budgetOf(plan)?.planned).toBe(0);
    for (const o of unplaced(plan)) expect(reasonOf(o)?.constraint, o.id).toBe("unassigned");
    const words = outputWords(workspace, plan);
    expect(words.every((w) => w.startsWith("noneFits: ") && /\b40\b/.test(w) && /\b20\b/.test(w)), words.join("\n")).toBe(true);
    expect(words.join("\n")).not.toMatch(/budget|anggaran|Dana|pagu|\bRp\b/i);
    const findings = unassignedFindings(workspace, plan);
    expect(findings).toEqual([expect.objectContaining({ programId: "a", needIndex: 0, count: 25 })]);
    for (const f of findings) {
      expect(f.message).toContain("no room holds 40 people; the largest holds 20");
      expect(`${f.message} ${f.suggestion ?? ""}`).not.toMatch(/budget|Rp/);
    }
  });

  it("a monthly cap and the only staff member never free: every session names the staff member, none the cap", () => {
    const workspace = workspaceOf({
      libraries: [library("p")],
      resources: [
        { kind: "staff", id: "budi", library: "p", availability: [{ days: ["mon", "tue", "wed", "thu", "fri"], time: { start: "08:00", end: "16:00" } }] },
        dana({ amount: 5_000_000, cap: { amount: 100_000, per: "month" } }),
      ],
      programs: [saturdays("a", { needs: [{ kind: "staff", resource: "budi", source: span(2) }], costs: [{ amount: 50_000, per: "session", budget: "dana" }] })],
    });
    const plan = planWorkspace(workspace, { horizon, seed: 1 });
    expect(unplaced(plan)).toHaveLength(25);
    for (const o of unplaced(plan)) expect(reasonOf(o)?.candidates, o.id).toEqual([{ resourceId: "budi", why: "unavailable" }]);
    const findings = unassignedFindings(workspace, plan);
    expect(findings.map((f) => [f.count, f.suggestion])).toEqual([[25, undefined]]);
    expect(outputWords(workspace, plan).join("\n")).not.toMatch(/budget|anggaran|batas|\bRp\b/i);
  });

  it("money the search could not spend goes to the next session that can take place; the others name what they lack or the money", () => {
    // `b` takes budi on the first Saturday of each month, so `z`'s first session, counted
    // against the budget before the search, cannot take place: its money pays for a later one.
    const workspace = workspaceOf({
      libraries: [library("p")],
      resources: [{ kind: "staff", id: "budi", library: "p" }, dana()],
      programs: [
        saturdays("b", { schedules: [{ kind: "rrule", dtstart: "2026-01-03T09:00", rrule: "FREQ=MONTHLY;BYDAY=1SA", durationMinutes: 120 }], needs: [{ kind: "staff", resource: "budi" }] }),
        saturdays("z", { needs: [{ kind: "staff", resource: "budi", source: span(2) }], costs: cost }),
      ],
    });
    const plan = planWorkspace(workspace, { horizon, seed: 1 });
    const z = plan.occurrences.filter((o) => o.programId === "z" && o.status !== "cancelled");
    expect(z.filter((o) => o.status === "scheduled").map((o) => o.start.slice(0, 10))).toEqual(["2026-01-10", "2026-01-17", "2026-01-24", "2026-01-31", "2026-02-14"]);
    expect(budgetOf(plan)).toMatchObject({ amount: 500_000, planned: 500_000 });
    const booked = z.filter((o) => reasonOf(o)?.constraint === "unassigned");
    expect(booked.map((o) => o.start.slice(0, 10))).toEqual(["2026-01-03", "2026-02-07", "2026-03-07", "2026-04-04", "2026-05-02", "2026-06-06"]);
    for (const o of booked) expect(reasonOf(o)?.candidates?.[0]).toMatchObject({ resourceId: "budi", why: "booked" });
    const refused = z.filter((o) => reasonOf(o)?.constraint === "budget-cap");
    expect(refused).toHaveLength(14);
    for (const o of refused) expect(reasonOf(o)?.message).toBe(`${o.id} unassigned: budget dana (Rp 500000) would reach Rp 600000`);
  });

  it("a cost over a monthly cap with nothing else spent names the cap, though another session holds the staff member it needs (stop 43's walk: the staff member was blamed)", () => {
    // `perahu` takes ani, who alone has the skill `lomba` needs; yohan could take `perahu`, but
    // `lomba`'s Rp 20,000,000 can never be paid under a cap of Rp 15,000,000 a month.
    const workspace = workspaceOf({
      libraries: [library("p")],
      resources: [
        { kind: "staff", id: "ani", library: "p", roles: ["pustakawan"], skills: ["mendongeng"] },
        { kind: "staff", id: "yohan", library: "p", roles: ["pustakawan"] },
        dana({ amount: 100_000_000, cap: { amount: 15_000_000, per: "month" } }),
      ],
      programs: [
        saturdays("perahu", { schedules: [{ kind: "rrule", dtstart: "2026-03-07T08:00", rrule: "FREQ=DAILY;COUNT=1", durationMinutes: 360 }], needs: [{ kind: "staff", role: "pustakawan" }] }),
        saturdays("lomba", {
          schedules: [{ kind: "rrule", dtstart: "2026-03-07T09:00", rrule: "FREQ=DAILY;COUNT=3", durationMinutes: 180 }],
          needs: [{ kind: "staff", skill: "mendongeng", source: span(2) }],
          costs: [{ amount: 20_000_000, per: "program", budget: "dana" }],
        }),
      ],
    });
    const plan = planWorkspace(workspace, { horizon, seed: 1 });
    const lomba = plan.occurrences.filter((o) => o.programId === "lomba");
    expect(lomba.map((o) => [o.status, reasonOf(o)?.constraint])).toEqual([["unassigned", "budget-cap"], ["unassigned", "budget-cap"], ["unassigned", "budget-cap"]]);
    const findings = unassignedFindings(workspace, plan);
    expect(findings.map((f) => [f.programId, f.count])).toEqual([["lomba", 3]]);
    expect(localizeDiagnostic(unassignedDiagnostics(workspace, plan)[0]!, "id").message).toContain("batas anggaran dana, Rp 15.000.000 per bulan, akan terlampaui");
  });

  it("a budget that is the limit still stops the sessions past it, with the amounts and the budget to raise to what all its sessions need", () => {
    const workspace = workspaceOf({
      libraries: [library("p")],
      resources: [{ kind: "room", id: "aula", capacity: 40, library: "p" }, dana()],
      programs: [saturdays("a", { expectedParticipants: 40, needs: [{ kind: "room", resource: "aula", source: span(2) }], costs: cost })],
    });
    const plan = planWorkspace(workspace, { horizon, seed: 1 });
    expect(plan.occurrences.filter((o) => o.status === "scheduled")).toHaveLength(5);
    expect(budgetOf(plan)).toMatchObject({ planned: 500_000, remaining: 0 });
    expect(unplaced(plan)).toHaveLength(20);
    for (const o of unplaced(plan)) expect(reasonOf(o)).toMatchObject({ constraint: "budget-cap", message: `${o.id} unassigned: budget dana (Rp 500000) would reach Rp 600000` });
    const words = outputWords(workspace, plan);
    expect(new Set(words)).toEqual(
      new Set(["budget: Dana (Rp 500,000) would reach Rp 600,000 with this session. Raise Dana to at least Rp 2,500,000.", "budget: Dana (Rp 500.000) akan terpakai sampai Rp 600.000 dengan sesi ini. Naikkan pagu Dana menjadi paling sedikit Rp 2.500.000."]),
    );
    // 25 sessions of Rp 100,000: raised to Rp 2,500,000 the budget pays them all.
    const [finding] = unassignedFindings(workspace, plan);
    expect(finding).toMatchObject({ programId: "a", count: 20, suggestion: "raise budget dana to at least Rp 2,500,000" });
    expect(finding?.message).toBe("`a` cannot take place on 2026-02-07 at 09:00 (and 19 more sessions): budget dana (Rp 500,000) would reach Rp 600,000");
  });
});

describe("LON5103 for a session the budget stops, in Bahasa Indonesia", () => {
  const words = /\b(budget|would|reach|cap|per month|raise|the|and|more|sessions?)\b/i;

  it("has no English words and writes rupiah with dots, for the amount and for a monthly cap", () => {
    const room = { kind: "room", id: "aula", capacity: 40, library: "p" };
    const cases = [
      { budget: dana(), costs: cost, message: "anggaran dana (Rp 500.000) akan terpakai sampai Rp 600.000", suggestion: "naikkan pagu anggaran dana menjadi paling sedikit Rp 2.500.000" },
      {
        budget: dana({ amount: 5_000_000, cap: { amount: 100_000, per: "month" } }),
        costs: [{ amount: 50_000, per: "session", budget: "dana" }],
        message: "batas anggaran dana, Rp 100.000 per bulan, akan terlampaui: Rp 150.000",
        // January and May have five Saturdays: Rp 250.000 a month pays every session.
        suggestion: "naikkan batas anggaran dana menjadi paling sedikit Rp 250.000 per bulan",
      },
    ];
    for (const c of cases) {
      const workspace = workspaceOf({
        libraries: [library("p")],
        resources: [room, c.budget],
        programs: [saturdays("a", { expectedParticipants: 40, needs: [{ kind: "room", resource: "aula", source: span(2) }], costs: c.costs })],
      });
      const plan = planWorkspace(workspace, { horizon, seed: 1 });
      const [diagnostic, ...rest] = unassignedDiagnostics(workspace, plan);
      expect(rest).toEqual([]);
      expect(diagnostic?.code).toBe("LON5103");
      const id = diagnostic === undefined ? undefined : localizeDiagnostic(diagnostic, "id");
      expect(id?.message).toMatch(/^`a` tidak dapat berlangsung pada 2026-\d\d-\d\d pukul 09:00 \(dan \d+ sesi lain\): /);
      expect(id?.message.endsWith(c.message), id?.message).toBe(true);
      expect(id?.message.replace(/`a`/, "")).not.toMatch(words);
      expect(id?.suggestions.map((s) => s.message)).toEqual([c.suggestion]);
      expect(id?.suggestions[0]?.message).not.toMatch(words);
    }
  });
});
