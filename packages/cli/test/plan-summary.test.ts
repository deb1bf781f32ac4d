import { Agreement, LAST_DECREED_YEAR } from "@lontar/core";
import { planVerdict, type Plan } from "@lontar/planner";
import { describe, expect, it } from "vitest";
import { summarizePlan } from "../src/report/plan-summary.js";

const occurrence = (id: string, status: "scheduled" | "unassigned" | "cancelled") => ({
  id,
  programId: "kelas_menulis",
  libraryId: "solok",
  start: "2019-02-12T09:00:00+07:00",
  end: "2019-02-12T11:00:00+07:00",
  status,
  assignments: [],
});

const plan: Plan = {
  version: 1,
  horizon: { from: "2019-01-01", to: "2019-12-31" },
  occurrences: [occurrence("a", "scheduled"), occurrence("b", "scheduled"), occurrence("c", "unassigned")],
  violations: [],
  agreements: [
    {
      agreementId: "mou_disdik",
      status: "at_risk",
      findings: [
        {
          agreementId: "mou_disdik",
          obligationIndex: 0,
          kind: "sessions",
          period: { from: "2019-01-01", to: "2019-06-30" },
          expected: ">= 10",
          planned: 8,
          ok: false,
          message: "8 of 10 sessions in 2019-S1",
        },
      ],
    },
  ],
  kpis: [],
  budget: [{ budgetId: "apbd_2019", amount: 150_000_000, planned: 1_250_000, remaining: 148_750_000 }],
  score: { hard: 0, medium: 2, soft: 10 },
};

describe("summarizePlan", () => {
  const text = summarizePlan(plan, { dir: "out", files: ["calendar.ics", "calendars/solok.ics", "index.html", "plan.json"] });

  it("counts occurrences and agreements by status", () => {
    expect(text).toContain("Plan 2019-01-01 … 2019-12-31\n");
    expect(text).toContain("occurrences  3 (2 scheduled, 1 unassigned, 0 cancelled)");
    expect(text).toContain("agreements   1 at risk");
    expect(text).toContain("mou_disdik: 8 of 10 sessions in 2019-S1");
  });

  // Stop 58's walk: `lontar plan` ended with "no errors or warnings in the files" while `lontar check` gave four; nothing pointed to it.
  it("names `lontar check` of the same files when the plan cannot be carried out as it stands, and not when it can", () => {
    expect(summarizePlan(plan, { dir: "out", files: [] }, "id", undefined, { checkCommand: 'lontar check "rencana desa"' })).toContain(
      "  pelanggaran  0 pada jadwal; kesepakatan di atas\n  berikutnya   `lontar check \"rencana desa\"` menjelaskan tiap masalah rencana ini di barisnya, dengan yang perlu diubah\n",
    );
    expect(summarizePlan(plan, { dir: "out", files: [] }, "en", undefined, { checkCommand: "lontar check ." })).toContain("  next         `lontar check .` tells each of the plan's problems at its line, with what to change\n");
    const feasible: Plan = { ...plan, occurrences: plan.occurrences.map((o) => ({ ...o, status: "scheduled" as const })), agreements: [] };
    expect(planVerdict(feasible, []).kind).toBe("feasible");
    expect(summarizePlan(feasible, { dir: "out", files: [] }, "en", undefined, { checkCommand: "lontar check ." })).not.toContain("lontar check");
    expect(summarizePlan(plan, { dir: "out", files: [] }, "en")).not.toContain("lontar check");
  });

  it("shows budgets in rupiah and the score", () => {
    expect(text).toContain("apbd_2019: Rp 1,250,000 of Rp 150,000,000 planned, Rp 148,750,000 left");
    expect(text).toContain("hard 0, medium 2, soft 10 (not in full: 1 not placed)");
  });

  it("says under a budget the costs its period leaves unpaid, in each language", () => {
    const unpaid = [{ program: { id: "kelas_menulis" }, budget: { id: "apbd_2019", period: { from: "2019-01-01", to: "2019-03-31" } }, amount: 50_000, sessions: [1, 2, 3], total: 150_000, outside: 3 }];
    expect(summarizePlan(plan, { dir: "out", files: [] }, "en", undefined, { unpaid })).toContain(
      "  budget       apbd_2019: Rp 1,250,000 of Rp 150,000,000 planned, Rp 148,750,000 left\n    kelas_menulis: scheduled sessions outside its period 2019-01-01..2019-03-31: 3, Rp 150,000 not paid (LON5107)\n",
    );
    expect(summarizePlan(plan, { dir: "out", files: [] }, "id", undefined, { unpaid })).toContain("    kelas_menulis: sesi terjadwal di luar periodenya 2019-01-01..2019-03-31: 3, Rp 150.000 tidak dibayar (LON5107)\n");
    expect(summarizePlan(plan, { dir: "out", files: [] }, "en", undefined, { unpaid: [{ ...unpaid[0]!, budget: { id: "other", period: { from: "2018-01-01", to: "2018-12-31" } } }] })).not.toContain("not paid");
  });

  // Found by a user walk: with 31 sessions outside the budget's period (three LON5107 errors from `lontar check`), the score line said "(layak)".
  it("does not call a plan feasible while sessions are outside their budget's period, counting each session once, in each language", () => {
    const placed: Plan = { ...plan, occurrences: plan.occurrences.map((o) => ({ ...o, status: "scheduled" as const })), agreements: [] };
    const [a, b] = placed.occurrences;
    const unpaid = [
      { program: { id: "kelas_menulis" }, budget: { id: "apbd_2019", period: { from: "2019-01-01", to: "2019-01-31" } }, amount: 50_000, sessions: [a, b], total: 100_000, outside: 2 },
      { program: { id: "kelas_menulis" }, budget: { id: "apbd_2019", period: { from: "2019-01-01", to: "2019-01-31" } }, amount: 10_000, sessions: [b], total: 10_000, outside: 1 },
    ];
    expect(planVerdict(placed, unpaid)).toEqual({ kind: "unpaidSessions", count: 2, total: 110_000 });
    expect(summarizePlan(placed, { dir: "out", files: [] }, "en", undefined, { unpaid })).toContain("soft 10 (not as it stands: 2 sessions no budget pays, Rp 110,000; LON5107)\n");
    expect(summarizePlan(placed, { dir: "out", files: [] }, "id", undefined, { unpaid })).toContain("ringan 10 (belum layak apa adanya: 2 sesi tidak dibayar anggaran mana pun, Rp 110.000; LON5107)\n");
    expect(summarizePlan(placed, { dir: "out", files: [] }, "id", undefined, { unpaid: [] })).toContain("ringan 10 (layak)\n");
  });

  // Found by a developer's walk: with every session placed, a violated agreement left the verdict "feasible".
  it("does not call a plan feasible while it breaks an agreement, in either language, and the verdict says so too", () => {
    const placed = plan.occurrences.map((o) => ({ ...o, status: "scheduled" as const }));
    const broken: Plan = { ...plan, occurrences: placed, agreements: plan.agreements.map((a) => ({ ...a, status: "violated" as const })) };
    expect(planVerdict(broken, [])).toEqual({ kind: "agreementsNotMet", count: 1 });
    expect(summarizePlan(broken, { dir: "out", files: [] }, "en")).toContain("soft 10 (agreements not kept: 1)");
    expect(summarizePlan(broken, { dir: "out", files: [] }, "id")).toContain("ringan 10 (kesepakatan belum terpenuhi: 1)");
    expect(planVerdict({ ...broken, agreements: plan.agreements }, [])).toEqual({ kind: "feasible" });
  });

  // A Sleman planner's walk (stop 55): "46 scheduled, 0 unassigned, 0 cancelled" beside 2 medium violations, the 2 sessions without room counted nowhere.
  it("counts the sessions flexible schedules' periods have no room for, naming their programs, in each language", () => {
    const dongeng = { id: "dongeng", title: "Dongeng", library: "solok", category: "storytelling", schedules: [{ kind: "flexible", count: 4, per: "month", durationMinutes: 120, windows: [{ days: ["sat"], time: { start: "09:00", end: "11:00" } }] }] } as never;
    const short = (from: string, to: string, slots: number) => ({ constraint: "EXPAND_FLEXIBLE_SHORT", level: "medium" as const, message: "", programId: "dongeng", scheduleIndex: 0, period: { from, to }, slots });
    const withShort: Plan = { ...plan, violations: [short("2027-02-01", "2027-02-28", 3), short("2027-12-01", "2027-12-31", 3)] };
    const outputs = { dir: "out", files: ["plan.json"] };
    expect(summarizePlan(withShort, outputs, "en", undefined, { programs: [dongeng] })).toContain("  no room      2 sessions of dongeng do not fit in their periods");
    expect(summarizePlan(withShort, outputs, "id", undefined, { programs: [dongeng] })).toContain("  tidak muat   2 sesi dongeng tidak muat dalam periodenya");
    expect(summarizePlan(plan, outputs, "en", undefined, { programs: [dongeng] })).not.toContain("no room");
    const one: Plan = { ...plan, violations: [short("2027-02-01", "2027-02-28", 3)] };
    expect(summarizePlan(one, outputs, "en", undefined, { programs: [dongeng] })).toContain("  no room      one session of dongeng does not fit in its period");
  });

  it("says where the calendar and the page are", () => {
    expect(text).toContain("Wrote 4 files to out/");
    expect(text).toMatch(/calendar\.ics +out\/calendar\.ics/);
    expect(text).toMatch(/index\.html +out\/index\.html/);
  });

  it("writes the score's decimals as each language does: `43,18` in Bahasa Indonesia, where `43.18` reads as 4,318", () => {
    const scored: Plan = { ...plan, score: { hard: 0, medium: 1200, soft: 43.18 } };
    expect(summarizePlan(scored, { dir: "out", files: [] }, "id")).toContain("skor         berat 0, sedang 1.200, ringan 43,18 (belum lengkap: 1 belum ditempatkan)");
    expect(summarizePlan(scored, { dir: "out", files: [] }, "en")).toContain("score        hard 0, medium 1,200, soft 43.18 (not in full: 1 not placed)");
  });

  it("is written in Bahasa Indonesia under the Indonesian language", () => {
    const id = summarizePlan(plan, { dir: "out", files: ["calendar.ics", "index.html"] }, "id");
    expect(id).toContain("Rencana 2019-01-01 … 2019-12-31\n");
    expect(id).toContain("pelaksanaan  3 (2 terjadwal, 1 belum ditempatkan, 0 dibatalkan)");
    expect(id).toContain("kesepakatan  1 berisiko");
    expect(id).toContain("mou_disdik: kewajiban 1: 8 direncanakan, diharapkan paling sedikit 10 (2019-01-01..2019-06-30)");
    expect(id).toContain("apbd_2019: Rp 1.250.000 dari Rp 150.000.000 direncanakan, sisa Rp 148.750.000");
    expect(id).toContain("berat 0, sedang 2, ringan 10 (belum lengkap: 1 belum ditempatkan)");
    expect(id).toContain("Menulis 2 berkas ke out/");
    expect(id).not.toMatch(/\b(?:scheduled|agreements|budget|score|Wrote)\b/);
  });

  // Found by a walk: the report said the plan could not be carried out as it stands while the summary said "(layak)".
  it("does not call a plan feasible while it holds sessions when their library is closed, as the report does not", () => {
    const closed = (id: string) => ({ constraint: "OUTSIDE_OPENING_HOURS", level: "medium" as const, message: "outside opening hours", occurrenceId: id, programId: "kelas_menulis", scheduleIndex: 0 });
    const holding: Plan = { ...plan, violations: [closed("a"), closed("c")], occurrences: [occurrence("a", "scheduled"), occurrence("c", "cancelled")] };
    expect(summarizePlan(holding, { dir: "out", files: [] }, "id")).toContain("(belum layak apa adanya: 1 sesi saat perpustakaannya tutup)");
    expect(summarizePlan(holding, { dir: "out", files: [] }, "en")).toContain("(not as it stands: 1 held while their library is closed)");
    expect(summarizePlan(holding, { dir: "out", files: [] }, "en")).not.toContain("(feasible)");
    // A cancelled session's does not count: with only that one, the plan is feasible.
    expect(summarizePlan({ ...holding, violations: [closed("c")] }, { dir: "out", files: [] }, "en")).toContain("(feasible)");
  });

  // Found by a walk: "(layak)" under "41 belum ditempatkan", while the report listed the sessions not placed.
  it("calls a plan feasible only when every session is placed, as the report's verdict does", () => {
    const placed: Plan = { ...plan, occurrences: plan.occurrences.map((o) => ({ ...o, status: "scheduled" as const })) };
    expect(summarizePlan(placed, { dir: "out", files: [] }, "en")).toContain("soft 10 (feasible)\n");
    expect(summarizePlan(placed, { dir: "out", files: [] }, "id")).toContain("ringan 10 (layak)\n");
  });

  // Found by a walk: "kewajiban 1: 0 direncanakan, diharapkan Rp 50000000" where the English line named the share, its party and its program.
  it("tells a finding in Bahasa Indonesia as fully as in English when it has the workspace's agreements", () => {
    const pks = Agreement.parse({
      id: "pks_plm", library: "dispusipda_ntt", partner: "perpusnas", validity: { from: "2019-01-01", to: "2019-12-31" },
      obligations: [{ kind: "budget_share", party: "partner", amount: 50_000_000, program: "plm_ntt_2019" }],
    });
    const finding = {
      agreementId: "pks_plm", obligationIndex: 0, kind: "budget_share", period: { from: "2019-11-01", to: "2019-11-30" }, expected: "Rp 50000000", planned: 0, ok: false,
      message: "obligation 1: the partner's share Rp 50,000,000 towards plm_ntt_2019; planned cost Rp 0 in 2019-11-01..2019-11-30 — nothing planned uses the share",
    };
    const shared: Plan = { ...plan, agreements: [{ agreementId: "pks_plm", status: "at_risk", findings: [finding] }] };
    expect(summarizePlan(shared, { dir: "out", files: [] }, "id", undefined, { agreements: [pks] })).toContain(
      "    pks_plm: kewajiban 1: bagian mitra Rp 50.000.000 untuk plm_ntt_2019; biaya terencana Rp 0 dalam 2019-11-01..2019-11-30 — tidak ada rencana yang memakai bagian ini\n",
    );
    // English says the planner's words (without the agreement's id the line begins with); without the agreements, the numbers in the table's sentence.
    expect(summarizePlan(shared, { dir: "out", files: [] }, "en", undefined, { agreements: [pks] })).toContain(`    pks_plm: ${finding.message}\n`);
    expect(summarizePlan(shared, { dir: "out", files: [] }, "id")).toContain("    pks_plm: kewajiban 1: 0 direncanakan, diharapkan Rp 50.000.000 (2019-11-01..2019-11-30)\n");
  });

  // Found by a walk: `plan --from 2027-03-01 --to 2027-05-31` said an agreement hosting an event in October was not met.
  it("says an obligation the window does not judge is not in this window, not that it is missed, in both languages", () => {
    const mou = Agreement.parse({
      id: "mou_perpusnas", library: "perpusda_ntt", partner: "perpusnas", validity: { from: "2027-01-01", to: "2027-12-31" },
      obligations: [{ kind: "hosts", party: "partner", program: "peer_learning_meeting" }],
    });
    const finding = {
      agreementId: "mou_perpusnas", obligationIndex: 0, kind: "hosts", period: { from: "2027-03-01", to: "2027-05-31" }, expected: ">= 1", planned: 0, ok: true,
      message: "mou_perpusnas obligation 1: peer_learning_meeting is not in this window, 2027-03-01..2027-05-31 (the agreement is valid 2027-01-01..2027-12-31), so it is not judged",
    };
    const window: Plan = { ...plan, horizon: { from: "2027-03-01", to: "2027-05-31" }, agreements: [{ agreementId: "mou_perpusnas", status: "ok", findings: [finding] }] };
    const id = summarizePlan(window, { dir: "out", files: [] }, "id", undefined, { agreements: [mou] });
    expect(id).toContain(
      "  kesepakatan  1 terpenuhi\n    mou_perpusnas: kewajiban 1: peer_learning_meeting di luar rentang ini, 2027-03-01..2027-05-31 (kesepakatan berlaku 2027-01-01..2027-12-31), jadi tidak dinilai\n",
    );
    expect(id).not.toContain("tidak terpenuhi");
    expect(summarizePlan(window, { dir: "out", files: [] }, "en", undefined, { agreements: [mou] })).toContain(
      "  agreements   1 met\n    mou_perpusnas: obligation 1: peer_learning_meeting is not in this window, 2027-03-01..2027-05-31 (the agreement is valid 2027-01-01..2027-12-31), so it is not judged\n",
    );
  });

  // A walk: "pelanggaran 103 pada jadwal (kesepakatan di atas)" read as 103 breaches where 28 were a rule's soft warnings,
  // and pointed at agreements above in a plan that had none.
  it("counts the violations by level, as the score, and points at the agreements only when there are some", () => {
    const v = (level: "hard" | "medium" | "soft", constraint: string) => ({ constraint, level, message: constraint, occurrenceId: "kelas_menulis@2027-01-06T09:00" });
    const mixed: Plan = { ...plan, agreements: [], violations: [v("soft", "rule-warning"), v("hard", "double-booked"), v("soft", "rule-warning")] };
    expect(summarizePlan(mixed, { dir: "out", files: [] }, "en")).toContain("  violations   3 in the schedule (hard 1, medium 0, soft 2)\n");
    expect(summarizePlan(mixed, { dir: "out", files: [] }, "id")).toContain("  pelanggaran  3 pada jadwal (berat 1, sedang 0, ringan 2)\n");
    expect(summarizePlan({ ...mixed, violations: [] }, { dir: "out", files: [] }, "en")).toContain("  violations   0 in the schedule\n");
  });

  it("does not count a notice of estimated holidays as a violation, and says which years are estimates", () => {
    const [next, after] = [LAST_DECREED_YEAR + 1, LAST_DECREED_YEAR + 2];
    const notice = { constraint: "HOLIDAYS_ESTIMATED", level: "info" as const, message: `no decree of ${next}'s holidays is known`, programId: "kelas_menulis", scheduleIndex: 0 };
    const estimated: Plan = { ...plan, horizon: { from: `${LAST_DECREED_YEAR}-07-01`, to: `${after}-06-30` }, violations: [notice] };
    const id = summarizePlan(estimated, { dir: "out", files: [] }, "id");
    expect(id).toContain("pelanggaran  0 pada jadwal; kesepakatan di atas\n");
    expect(id).toContain(`hari libur   ${next}, ${after}: perkiraan`);
    expect(summarizePlan(estimated, { dir: "out", files: [] }, "en")).toContain(`holidays     ${next}, ${after}: estimated`);
    // Without the notice (a library that takes no holidays), nothing is said.
    expect(summarizePlan({ ...estimated, violations: [] }, { dir: "out", files: [] }, "en")).not.toContain("holidays ");
  });

  // Found by a CI walk: nine missed months of one obligation were nine sentences on one 2 KB line.
  it("tells an obligation missed in several periods once, with their span, in both languages", () => {
    const month = (m: number, planned: number) => ({
      agreementId: "mou_kec",
      obligationIndex: 0,
      kind: "sessions" as const,
      period: { from: `2019-${String(m).padStart(2, "0")}-01`, to: `2019-${String(m).padStart(2, "0")}-28` },
      expected: ">= 6",
      planned,
      ok: false,
      message: `${planned} of 6 sessions`,
    });
    const missed: Plan = { ...plan, agreements: [{ agreementId: "mou_kec", status: "violated", findings: [month(3, 0), month(4, 2), month(5, 1)] }] };
    const id = summarizePlan(missed, { dir: "out", files: [] }, "id");
    expect(id).toContain("    mou_kec: kewajiban 1: tidak terpenuhi di 3 periode (2019-03-01..2019-05-28): 0–2 direncanakan, diharapkan paling sedikit 6\n");
    expect(summarizePlan(missed, { dir: "out", files: [] }, "en")).toContain("    mou_kec: obligation 1: not met in 3 periods (2019-03-01..2019-05-28): 0–2 planned, at least 6 expected\n");
  });

  // Found by a user walk (2027): five scattered weeks read "not met in 5 periods (2027-02-01..2027-12-31)", as if the whole span.
  it("names the missed periods as lontar check does when it knows the obligation: months by name, weeks by their dates", () => {
    const mou = Agreement.parse({
      id: "mou_pkk", library: "malteng", partner: "pkk", validity: { from: "2027-01-01", to: "2027-12-31" },
      obligations: [
        { kind: "sessions", program: "keliling", min: 12, per: "month" },
        { kind: "sessions", program: "dongeng", min: 1, per: "week" },
      ],
    });
    const missed = (obligationIndex: number, from: string, to: string) => ({ agreementId: "mou_pkk", obligationIndex, kind: "sessions" as const, period: { from, to }, expected: obligationIndex === 0 ? ">= 12" : ">= 1", planned: 0, ok: false, message: "0 sessions" });
    const findings = [
      missed(0, "2027-01-01", "2027-01-31"),
      missed(0, "2027-02-01", "2027-02-28"),
      missed(0, "2027-03-01", "2027-03-31"),
      missed(1, "2027-02-01", "2027-02-07"),
      missed(1, "2027-08-09", "2027-08-15"),
    ];
    const planned: Plan = { ...plan, horizon: { from: "2027-01-01", to: "2027-12-31" }, agreements: [{ agreementId: "mou_pkk", status: "violated", findings }] };
    expect(summarizePlan(planned, { dir: "out", files: [] }, "id", undefined, { agreements: [mou] })).toContain(
      "    mou_pkk: kewajiban 1: tidak terpenuhi dalam 3 bulan (Jan–Mar 2027): 0 direncanakan, diharapkan paling sedikit 12; kewajiban 2: tidak terpenuhi dalam 2 minggu (2027-02-01..2027-02-07, 2027-08-09..2027-08-15): 0 direncanakan, diharapkan paling sedikit 1\n",
    );
    expect(summarizePlan(planned, { dir: "out", files: [] }, "en", undefined, { agreements: [mou] })).toContain(
      "    mou_pkk: obligation 1: not met in 3 months (Jan–Mar 2027): 0 planned, at least 12 expected; obligation 2: not met in 2 weeks (2027-02-01..2027-02-07, 2027-08-09..2027-08-15): 0 planned, at least 1 expected\n",
    );
  });

  // Found by a user walk (2027): a class copied from the 2026 plan with its 2026 dates was in no line of the summary.
  it("names the programs no schedule of which gives a session in the horizon, not those that hold one", () => {
    const never = (programId: string) => ({ constraint: "EXPAND_NEVER", level: "info" as const, message: `${programId} schedule 1: no occurrence in 2019-01-01..2019-12-31: none falls in it`, programId, scheduleIndex: 0 });
    const copied: Plan = { ...plan, violations: [never("kelas_lama"), never("kelas_menulis")] };
    const id = summarizePlan(copied, { dir: "out", files: [] }, "id");
    expect(id).toContain("\n  tanpa sesi   kelas_lama: tidak satu pun jadwalnya memberi sesi dalam cakrawala (LON5104)\n");
    expect(summarizePlan(copied, { dir: "out", files: [] }, "en")).toContain("\n  never held   kelas_lama: no schedule of theirs gives a session in the horizon (LON5104)\n");
    expect(summarizePlan(plan, { dir: "out", files: [] }, "en")).not.toContain("never held");
  });

  it("says an agreement is not met in the words of the report and of LON5101, not \"violated\" beside the plan's own violations count", () => {
    const status = (agreements: Plan["agreements"]): Plan => ({ ...plan, agreements });
    const both = status([
      { agreementId: "a", status: "ok", findings: [] },
      { agreementId: "b", status: "violated", findings: [] },
      { agreementId: "c", status: "inactive", findings: [] },
    ]);
    const en = summarizePlan(both, { dir: "out", files: [] }, "en");
    const id = summarizePlan(both, { dir: "out", files: [] }, "id");
    expect(en).toMatch(/agreements {3}1 not in force, 1 met, 1 not met\n/);
    expect(id).toMatch(/kesepakatan {2}1 tidak berlaku, 1 terpenuhi, 1 tidak terpenuhi\n/);
    expect(en).not.toContain("violated");
    expect(id).not.toContain("dilanggar");
  });
});
