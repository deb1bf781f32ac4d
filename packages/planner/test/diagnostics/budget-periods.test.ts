/**
 * LON5107: a program's cost charged to a budget whose period leaves out some of its
 * scheduled sessions. The budget draws nothing outside its period (the plan's budget
 * summary says Rp 0 planned), so nothing pays those sessions: an error at the cost, with
 * how many sessions, the budget's period and the first of them.
 */
import { localizeDiagnostic } from "@lontar/core";
import { describe, expect, it } from "vitest";
import { checkCompliance } from "../../src/compliance/check-compliance.js";
import { budgetPeriodDiagnostics, unpaidCosts } from "../../src/diagnostics/budget-periods.js";
import { planDiagnostics } from "../../src/diagnostics/plan-diagnostics.js";
import { planWorkspace } from "../../src/plan-workspace.js";
import { library, workspaceOf } from "../allocate/helpers.js";

const horizon = { from: "2019-01-01", to: "2019-03-31" };
const span = (line: number) => ({ file: "p.lontar", start: { line, column: 3, offset: line * 10 }, end: { line, column: 20, offset: line * 10 + 17 } });
const mondays = [{ kind: "rrule", dtstart: "2019-01-07T09:00", rrule: "FREQ=WEEKLY;BYDAY=MO", durationMinutes: 120 }];
const budget = (id: string, from: string, to: string) => ({ kind: "budget", id, library: "kota", amount: 10_000_000, period: { from, to } });
const program = (id: string, costs: unknown[], extra: Record<string, unknown> = {}) => ({ id, title: id, library: "kota", category: "class", schedules: mondays, costs, source: span(1), ...extra });

const workspaceWith = (programs: unknown[], budgets: unknown[]) => workspaceOf({ libraries: [library("kota")], resources: budgets, programs });

describe("LON5107: sessions outside their budget's period", () => {
  it("is an error at the cost, counting the sessions outside and naming the first, in each language", () => {
    // The first quarter has 12 Mondays from the 7th of January; the budget covers January only (4 of them).
    const workspace = workspaceWith([program("kelas", [{ amount: 10_000, per: "session", budget: "apbd", source: span(4) }])], [budget("apbd", "2019-01-01", "2019-01-31")]);
    const plan = planWorkspace(workspace, { horizon, seed: 1 });
    expect(plan.budget).toEqual([{ budgetId: "apbd", amount: 10_000_000, planned: 40_000, remaining: 9_960_000 }]);
    const diagnostics = budgetPeriodDiagnostics(workspace, plan);
    expect(diagnostics.map((d) => [d.code, d.severity, d.location.range.start.line])).toEqual([["LON5107", "error", 4]]);
    expect(localizeDiagnostic(diagnostics[0]!, "en").message).toBe(
      "8 of `kelas`'s scheduled sessions fall outside the period of budget apbd (2019-01-01..2019-01-31), so nothing pays their cost of Rp 10,000 a session (the first: 2019-02-04 09:00); charge them to a budget whose period holds them, or change the budget's period or the schedule",
    );
    expect(localizeDiagnostic(diagnostics[0]!, "id").message).toBe(
      "8 sesi terjadwal `kelas` berada di luar periode anggaran apbd (2019-01-01..2019-01-31), sehingga biayanya, Rp 10.000 per sesi, tidak ditanggung anggaran mana pun (yang pertama: 2019-02-04 09:00); bebankan ke anggaran yang periodenya mencakup sesi itu, atau ubah periode anggaran atau jadwalnya",
    );
    expect(planDiagnostics(workspace, plan, horizon).filter((d) => d.code === "LON5107")).toEqual(diagnostics);
  });

  it("reports a budget of another year for every session, and a per-participant cost at its amount a session", () => {
    const workspace = workspaceWith(
      [program("kelas", [{ amount: 2_000, per: "participant", budget: "apbd_2018", source: span(4) }], { expectedParticipants: 10 })],
      [budget("apbd_2018", "2018-01-01", "2018-12-31")],
    );
    const plan = planWorkspace(workspace, { horizon, seed: 1 });
    const [unpaid] = unpaidCosts(workspace, plan.occurrences);
    expect([unpaid?.sessions.length, unpaid?.amount, unpaid?.sessions[0].id]).toEqual([12, 20_000, "kelas@2019-01-07T09:00"]);
    expect(localizeDiagnostic(budgetPeriodDiagnostics(workspace, plan)[0]!, "en").message).toContain("12 of `kelas`'s scheduled sessions fall outside the period of budget apbd_2018 (2018-01-01..2018-12-31), so nothing pays their cost of Rp 20,000 a session");
  });

  it("says `one of` for a single session, and for a per-program cost names the first session, which carries it", () => {
    const workspace = workspaceWith(
      [
        program("kelas", [{ amount: 10_000, per: "session", budget: "apbd", source: span(4) }], { schedules: [{ kind: "rrule", dtstart: "2019-01-28T09:00", rrule: "FREQ=WEEKLY;COUNT=2", durationMinutes: 60 }] }),
        program("festival", [{ amount: 5_000_000, per: "program", budget: "apbd", source: span(7) }], { schedules: [{ kind: "rrule", dtstart: "2019-02-11T09:00", rrule: "FREQ=WEEKLY;COUNT=3", durationMinutes: 60 }] }),
      ],
      [budget("apbd", "2019-01-01", "2019-01-31")],
    );
    const plan = planWorkspace(workspace, { horizon, seed: 1 });
    expect(budgetPeriodDiagnostics(workspace, plan).map((d) => localizeDiagnostic(d, "en").message)).toEqual([
      "one of `kelas`'s scheduled sessions (2019-02-04 09:00) falls outside the period of budget apbd (2019-01-01..2019-01-31), so nothing pays its cost of Rp 10,000; charge it to a budget whose period holds it, or change the budget's period or the schedule",
      "`festival`'s cost of Rp 5,000,000 per program is charged at its first scheduled session (2019-02-11 09:00), which falls outside the period of budget apbd (2019-01-01..2019-01-31), so nothing pays it; charge it to a budget whose period holds that session, or change the budget's period or the schedule",
    ]);
  });

  it("says nothing when the period holds every session, for a cost with no budget, or for a cost of nothing", () => {
    const within = workspaceWith([program("kelas", [{ amount: 10_000, per: "session", budget: "apbd", source: span(4) }])], [budget("apbd", "2019-01-01", "2019-12-31")]);
    expect(budgetPeriodDiagnostics(within, planWorkspace(within, { horizon, seed: 1 }))).toEqual([]);
    const unfunded = workspaceWith([program("kelas", [{ amount: 10_000, per: "session", source: span(4) }])], [budget("apbd", "2018-01-01", "2018-12-31")]);
    expect(budgetPeriodDiagnostics(unfunded, planWorkspace(unfunded, { horizon, seed: 1 }))).toEqual([]);
    const nobody = workspaceWith([program("kelas", [{ amount: 10_000, per: "participant", budget: "apbd", source: span(4) }])], [budget("apbd", "2018-01-01", "2018-12-31")]);
    expect(budgetPeriodDiagnostics(nobody, planWorkspace(nobody, { horizon, seed: 1 }))).toEqual([]);
  });

  it("counts only the sessions that take place", () => {
    // One staff member, off on Mondays: no session is scheduled, so none is charged.
    const workspace = workspaceOf({
      libraries: [library("kota")],
      resources: [budget("apbd", "2018-01-01", "2018-12-31"), { kind: "staff", id: "petugas", library: "kota", availability: [{ days: ["tue"], time: { start: "08:00", end: "16:00" } }] }],
      programs: [program("kelas", [{ amount: 10_000, per: "session", budget: "apbd", source: span(4) }], { needs: [{ kind: "staff" }] })],
    });
    const plan = planWorkspace(workspace, { horizon, seed: 1 });
    expect(plan.occurrences.every((o) => o.status === "unassigned")).toBe(true);
    expect(budgetPeriodDiagnostics(workspace, plan)).toEqual([]);
  });

  describe("with a partner's share", () => {
    const lsm = { id: "lsm", name: "LSM Literasi", kind: "ngo" };
    // Twelve Monday sessions of Rp 100,000 in the first quarter; the budget pays for January's four.
    const shared = (obligation: Record<string, unknown>) =>
      workspaceOf({
        libraries: [library("kota")],
        partners: [lsm],
        resources: [budget("apbd", "2019-01-01", "2019-01-31")],
        programs: [program("kelas", [{ amount: 100_000, per: "session", budget: "apbd", source: span(4) }])],
        agreements: [{ id: "mou", library: "kota", partner: "lsm", validity: { from: "2019-01-01", to: "2019-12-31" }, obligations: [{ kind: "budget_share", party: "partner", program: "kelas", ...obligation }] }],
      });

    // Found by a user walk: the partner paid the festival in full, yet LON5107 said nothing paid it.
    it("from outside the budgets, leaves no error for the sessions it pays in full", () => {
      const workspace = shared({ amount: 1_200_000 });
      const plan = planWorkspace(workspace, { horizon, seed: 1 });
      expect(unpaidCosts(workspace, plan.occurrences)).toEqual([]);
      expect(budgetPeriodDiagnostics(workspace, plan)).toEqual([]);
    });

    it("from outside the budgets, paying some sessions, is an error for what is left, counting every session outside the period, in each language", () => {
      // Rp 500,000 pays the first five sessions (four in January, one in February); of the eight outside the period, seven are left whole, Rp 700,000.
      const workspace = shared({ amount: 500_000 });
      const plan = planWorkspace(workspace, { horizon, seed: 1 });
      const [unpaid, ...more] = unpaidCosts(workspace, plan.occurrences);
      expect(more).toEqual([]);
      expect([unpaid?.outside, unpaid?.sessions.length, unpaid?.amount, unpaid?.total, unpaid?.sessions[0].id]).toEqual([8, 7, 100_000, 700_000, "kelas@2019-02-11T09:00"]);
      const [diagnostic] = budgetPeriodDiagnostics(workspace, plan);
      expect(localizeDiagnostic(diagnostic!, "en").message).toBe(
        "8 of `kelas`'s scheduled sessions fall outside the period of budget apbd (2019-01-01..2019-01-31); partners' shares pay part of their cost of Rp 100,000 a session, and nothing pays the remaining Rp 700,000 (the first session left unpaid: 2019-02-11 09:00); charge them to a budget whose period holds them, or change the budget's period or the schedule",
      );
      expect(localizeDiagnostic(diagnostic!, "id").message).toContain("8 sesi terjadwal `kelas` berada di luar periode anggaran apbd (2019-01-01..2019-01-31); bagian mitra membayar sebagian biayanya, Rp 100.000 per sesi, dan sisanya, Rp 700.000, tidak ditanggung anggaran mana pun (sesi pertama yang tidak terbayar: 2019-02-11 09:00)");
    });

    it("paying a session in part, counts what is left of it", () => {
      // Rp 550,000: four sessions in January and one in February in full, then Rp 50,000 of the next one's Rp 100,000.
      const workspace = shared({ amount: 550_000 });
      const plan = planWorkspace(workspace, { horizon, seed: 1 });
      const [unpaid] = unpaidCosts(workspace, plan.occurrences);
      expect([unpaid?.outside, unpaid?.sessions.length, unpaid?.total, unpaid?.sessions[0].id]).toEqual([8, 7, 650_000, "kelas@2019-02-11T09:00"]);
    });

    // A review: a per-program cost and a single session partly paid were told "a session" and "1 of … fall".
    it("paying part of a per-program cost, or of a single session, says so in those words", () => {
      const once = (costs: unknown[], schedules: unknown[], amount: number) =>
        workspaceOf({
          libraries: [library("kota")],
          partners: [lsm],
          resources: [budget("apbd", "2019-01-01", "2019-01-31")],
          programs: [program("festival", costs, { schedules })],
          agreements: [{ id: "mou", library: "kota", partner: "lsm", validity: { from: "2019-01-01", to: "2019-12-31" }, obligations: [{ kind: "budget_share", party: "partner", program: "festival", amount }] }],
        });
      const february = [{ kind: "rrule", dtstart: "2019-02-11T09:00", rrule: "FREQ=DAILY;COUNT=1", durationMinutes: 120 }];
      const perProgram = once([{ amount: 10_000_000, per: "program", budget: "apbd", source: span(4) }], february, 3_000_000);
      const [charged] = budgetPeriodDiagnostics(perProgram, planWorkspace(perProgram, { horizon, seed: 1 }));
      expect(localizeDiagnostic(charged!, "en").message).toBe(
        "`festival`'s cost of Rp 10,000,000 per program is charged at its first scheduled session (2019-02-11 09:00), which falls outside the period of budget apbd (2019-01-01..2019-01-31); partners' shares pay part of it, and nothing pays the remaining Rp 7,000,000; charge it to a budget whose period holds that session, or change the budget's period or the schedule",
      );
      const perSession = once([{ amount: 10_000_000, per: "session", budget: "apbd", source: span(4) }], february, 3_000_000);
      const [session] = budgetPeriodDiagnostics(perSession, planWorkspace(perSession, { horizon, seed: 1 }));
      expect(localizeDiagnostic(session!, "id").message).toBe(
        "satu sesi terjadwal `festival` (2019-02-11 09:00) berada di luar periode anggaran apbd (2019-01-01..2019-01-31); bagian mitra membayar sebagian biayanya, Rp 10.000.000, dan sisanya, Rp 7.000.000, tidak ditanggung anggaran mana pun; bebankan ke anggaran yang periodenya mencakup sesi itu, atau ubah periode anggaran atau jadwalnya",
      );
    });

    // Found by a user walk: a share from a budget was "met" with sessions its budget's period leaves out.
    it("from a budget, counts only what the budget pays: not sessions outside its period", () => {
      const workspace = shared({ amount: 1_200_000, budget: "apbd" });
      const plan = planWorkspace(workspace, { horizon, seed: 1 });
      const [finding] = checkCompliance(workspace, plan.occurrences, horizon).flatMap((a) => a.findings);
      // January's four sessions, Rp 400,000, are what the budget pays and the share counts; Rp 800,000 falls outside.
      expect(finding).toMatchObject({ kind: "budget_share", planned: 1_200_000, unused: 800_000, outsideBudget: 800_000, ok: false });
      expect(finding?.message).toContain("— Rp 800,000 of that cost falls outside its budget's period, where the budget, and so the share, pays nothing; it pays all of the rest; Rp 800,000 of the share is not used by the plan");
      // The sessions outside stay LON5107's: the share in the budget pays nothing of them.
      expect(unpaidCosts(workspace, plan.occurrences).map((u) => [u.outside, u.sessions.length, u.total])).toEqual([[8, 8, 800_000]]);
    });
  });
});
