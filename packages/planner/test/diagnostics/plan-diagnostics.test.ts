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

  it("places each obligation the plan misses at its source, one diagnostic per obligation and severity, with a template in both languages", () => {
    const findings = complianceFindings(workspace, plan.agreements, horizon);
    const diagnostics = complianceDiagnostics(workspace, plan, horizon);
    const groups = new Set(findings.map((f) => `${f.agreementId}/${f.obligationIndex}/${f.severity}`));
    expect(findings.length).toBeGreaterThan(groups.size);
    expect(diagnostics.length).toBe(groups.size);
    for (const diagnostic of diagnostics) {
      const mine = findings.filter((f) => f.source?.start.line === diagnostic.location.range.start.line && f.severity === diagnostic.severity);
      expect(mine.length, diagnostic.message).toBeGreaterThan(0);
      expect(diagnostic.code).toBe(diagnostic.severity === "error" ? "LON5101" : "LON5102");
      expect(diagnostic.text?.key, diagnostic.message).toMatch(/^LON510[12]\./);
      expect(localizeDiagnostic(diagnostic, "id").message).toContain("kewajiban");
      if (mine.length === 1) expect(diagnostic.message).toBe(mine[0]?.message);
    }
  });

  // Stop 58's walk: `perpustakaan menyediakan paket_desa 2 setiap bulan kepada uniflor` missed with "used by 0 sessions" and no advice.
  it("says why no session counts for a resource provided: no program needs it, or those that do hold none for its recipient", () => {
    const provided = (programNeeds: boolean, partners: string[]) =>
      workspaceOf({
        ...workspace,
        programs: workspace.programs.map((p) => ({ ...p, partners, needs: programNeeds ? [{ kind: "collection" as const, resource: "paket", quantity: 1 }] : [] })),
        agreements: workspace.agreements.map((a) => ({ ...a, obligations: [{ kind: "provides" as const, party: "library" as const, resource: "paket", quantity: 1, per: "month" as const, recipient: "sd1", source: span(6) }] })),
      });
    const advice = (ws: ReturnType<typeof workspaceOf>) => complianceDiagnostics(ws, planWorkspace(ws, { horizon, seed: 1 }), horizon).map((d) => d.suggestions.map((s) => [s.text?.key, s.text === undefined ? "" : localizeDiagnostic({ ...d, text: s.text }, "id").message]));
    expect(advice(provided(false, []))).toEqual([[["LON5101.providesNoProgram", "tidak ada program yang membutuhkan `paket`: sebuah sesi dihitung bila `butuh` programnya menyebut `paket`"]]]);
    const [[noRecipient]] = advice(provided(true, [])) as [[[string, string]]];
    expect(noRecipient).toEqual(["LON5101.providesNoRecipient", "program yang membutuhkan `paket` (`p`) tidak mengadakan sesi untuk `sd1`: sebuah sesi dihitung untuknya bila programnya menyebut `sd1` dalam `mitra`, `lokasi` atau `rute`-nya, atau diadakan olehnya"]);
    // Named among its partners, the program's sessions count: no such advice.
    expect(advice(provided(true, ["sd1"])).flat().map(([key]) => key)).not.toContain("LON5101.providesNoRecipient");
    // Named, with no session in the horizon (it starts later): not told to name it (a review of stop 58).
    const later = provided(true, ["sd1"]);
    const none = workspaceOf({ ...later, programs: later.programs.map((p) => ({ ...p, schedules: [{ kind: "rrule" as const, dtstart: "2026-01-05T09:00", rrule: "FREQ=WEEKLY;BYDAY=MO;COUNT=2", durationMinutes: 60 }] })) });
    expect(advice(none).flat().map(([key]) => key)).not.toContain("LON5101.providesNoRecipient");
    expect(advice(none).length).toBe(1);
  });

  it("names the periods of an obligation missed in several, with how many of how many were checked", () => {
    const findings = complianceFindings(workspace, plan.agreements, horizon).filter((f) => f.obligationIndex === 0 && f.severity === "error");
    const checked = plan.agreements.find((r) => r.agreementId === "mou")?.findings.filter((f) => f.obligationIndex === 0) ?? [];
    expect(findings.length).toBeGreaterThan(1);
    const [diagnostic, ...rest] = complianceDiagnostics(workspace, plan, horizon).filter((d) => d.location.range.start.line === 4);
    expect(rest).toEqual([]);
    expect(diagnostic?.code).toBe("LON5101");
    expect(diagnostic?.message).toContain(`not met in ${findings.length} of ${checked.length} months`);
    expect(localizeDiagnostic(diagnostic!, "id").message).toContain(`tidak terpenuhi dalam ${findings.length} dari ${checked.length} bulan`);
    const planned = findings.map((f) => f.planned);
    expect(diagnostic?.message).toContain(`has ${Math.min(...planned) === Math.max(...planned) ? planned[0] : `${Math.min(...planned)}–${Math.max(...planned)}`} scheduled session(s) per month`);
    // The expected count in words (plan.json's `>= 2 and <= 3`).
    expect(findings[0]?.expected).toBe(">= 2 and <= 3");
    expect(diagnostic?.message).toContain("expected at least 2 and at most 3");
    expect(localizeDiagnostic(diagnostic!, "id").message).toContain("diharapkan paling sedikit 2 dan paling banyak 3");
  });

  it("writes the money of a budget share as readers of each language write it", () => {
    const share = complianceDiagnostics(workspace, plan, horizon).find((d) => d.text?.key.endsWith(".budgetShare"));
    const amount = workspace.agreements[0]?.obligations.find((o) => o.kind === "budget_share");
    expect(share).toBeDefined();
    expect(amount?.kind === "budget_share" && amount.amount).toBeGreaterThanOrEqual(1000);
    const written = amount?.kind === "budget_share" ? amount.amount : 0;
    const grouped = (separator: string) => String(written).replace(/\B(?=(\d{3})+(?!\d))/g, separator);
    expect(share?.message).toContain(grouped(","));
    expect(localizeDiagnostic(share!, "id").message).toContain(grouped("."));
    expect(share?.message).not.toContain(String(written));
  });

  it("names the program that passed the occurrence bound, from the refusal's own fields", () => {
    const refused = planWorkspace(workspace, { horizon, seed: 1, maxOccurrences: 1 });
    const [diagnostic, ...rest] = refusalDiagnostics(workspace, refused);
    expect(rest).toEqual([]);
    expect(diagnostic).toMatchObject({ code: "LON4011", location: { file: "mou.lontar", range: { start: { line: 1 } } } });
    expect(diagnostic?.message).toBe(
      "the workspace gives more than 1 occurrences in 2025-01-01..2025-03-31 (the bound was passed at this schedule); nothing was planned. Narrow the horizon or the schedules, or raise the bound with maxOccurrences (planner option) / --max-occurrences (lontar check, lontar plan)",
    );
    expect(planDiagnostics(workspace, refused, horizon)).toEqual([diagnostic]);
    expect(refusalDiagnostics(workspace, plan)).toEqual([]);
    // A horizon taken from the agreements' validity is named as such, with `horizon` to write.
    const [taken] = planDiagnostics(workspace, refused, { ...horizon, origin: "agreements" });
    expect(taken?.message).toContain("more than 1 occurrences in the horizon taken from the agreements' validity, 2025-01-01..2025-03-31, as the workspace declares no `horizon`");
    expect(localizeDiagnostic(taken!, "id").message).toContain("dalam cakrawala yang diambil dari masa berlaku kesepakatan, 2025-01-01..2025-03-31, karena ruang kerja tidak menyatakan `cakrawala`");
  });

  it("says what no declared resource has, in the reader's language, when a need has no candidate at all", () => {
    const cases = [
      { needs: [{ kind: "room", quantity: 1, features: ["proyektor"] }], en: "no room has “proyektor”", id: "tidak ada ruang yang memiliki “proyektor”" },
      { needs: [{ kind: "staff", quantity: 1, features: [], skill: "mendongeng" }], en: "no staff has the skill “mendongeng”", id: "tidak ada staf dengan keahlian “mendongeng”" },
      { needs: [{ kind: "vehicle", quantity: 1, features: [] }], en: "the workspace declares no vehicle", id: "ruang kerja belum mencatat kendaraan apa pun" },
    ];
    for (const { needs, en, id } of cases) {
      const lacking = workspaceOf({
        libraries: [library("lib")],
        resources: [
          { kind: "room", id: "aula", library: "lib", capacity: 40, features: ["sound_system"] },
          { kind: "staff", id: "budi", library: "lib", roles: ["pustakawan"], skills: [] },
        ],
        programs: [{ id: "p", title: "Dongeng", library: "lib", category: "storytelling", needs, source: span(1), schedules: [{ kind: "rrule", dtstart: "2025-01-06T09:00", rrule: "FREQ=WEEKLY;BYDAY=MO;COUNT=2", durationMinutes: 60 }] }],
      });
      const [diagnostic, ...rest] = planDiagnostics(lacking, planWorkspace(lacking, { horizon, seed: 1 }), horizon).filter((d) => d.code === "LON5103");
      expect(rest).toEqual([]);
      expect(diagnostic?.message).toBe(`\`p\` cannot take place on 2025-01-06 at 09:00 (and 1 more session): ${en}`);
      expect(diagnostic === undefined ? "" : localizeDiagnostic(diagnostic, "id").message).toBe(`\`p\` tidak dapat berlangsung pada 2025-01-06 pukul 09:00 (dan 1 sesi lain): ${id}`);
    }
  });

  // Found by a planner's walk: a first-Friday program whose January session fell on New Year's Day
  // was "0 scheduled, expected at least 1", with nothing to say where the session went.
  it("says how many of the program's sessions in a short period were cancelled or not placed", () => {
    const closed = workspaceOf({
      libraries: [library("lib", { closures: [{ kind: "range", range: { from: "2025-01-06", to: "2025-01-06" }, reason: "Inventarisasi" }] })],
      partners: [{ id: "sd1", name: "SD Negeri 1", kind: "school" }],
      programs: [{ id: "p", title: "Dongeng", library: "lib", category: "storytelling", source: span(1), schedules: [{ kind: "rrule", dtstart: "2025-01-06T09:00", rrule: "FREQ=MONTHLY;BYDAY=1MO;COUNT=3", durationMinutes: 60 }] }],
      agreements: [{ id: "mou", library: "lib", partner: "sd1", validity: { from: "2025-01-01", to: "2025-03-31" }, obligations: [{ kind: "sessions", program: "p", min: 1, per: "month", source: span(4) }] }],
    });
    const closedPlan = planWorkspace(closed, { horizon, seed: 1 });
    const finding = closedPlan.agreements[0]?.findings.find((f) => !f.ok);
    expect(finding).toMatchObject({ planned: 0, notScheduled: 1, period: { from: "2025-01-01", to: "2025-01-31" } });
    expect(closedPlan.agreements[0]?.findings.filter((f) => f.ok).every((f) => f.notScheduled === undefined)).toBe(true);
    const [diagnostic] = complianceDiagnostics(closed, closedPlan, horizon);
    expect(diagnostic?.message).toBe("mou obligation 1: p has 0 scheduled session(s) in 2025-01-01..2025-01-31, expected at least 1 (1 cancelled or not placed: 2025-01-06 09:00, cancelled: the library is closed, Inventarisasi)");
    expect(localizeDiagnostic(diagnostic!, "id").message).toContain("diharapkan paling sedikit 1 (1 dibatalkan atau belum ditempatkan: 2025-01-06 09:00, dibatalkan: ");
  });

  it("says so too of a hosted program whose only session was cancelled", () => {
    const closed = workspaceOf({
      libraries: [library("lib", { closures: [{ kind: "range", range: { from: "2025-01-06", to: "2025-01-06" }, reason: "Inventarisasi" }] })],
      partners: [{ id: "sd1", name: "SD Negeri 1", kind: "school" }],
      programs: [{ id: "q", title: "Lomba", library: "lib", category: "storytelling", source: span(1), schedules: [{ kind: "rrule", dtstart: "2025-01-06T09:00", rrule: "FREQ=DAILY;COUNT=1", durationMinutes: 60 }] }],
      agreements: [{ id: "mou", library: "lib", partner: "sd1", validity: { from: "2025-01-01", to: "2025-03-31" }, obligations: [{ kind: "hosts", party: "library", program: "q", source: span(4) }] }],
    });
    const closedPlan = planWorkspace(closed, { horizon, seed: 1 });
    expect(closedPlan.agreements[0]?.findings[0]).toMatchObject({ planned: 0, notScheduled: 1, ok: false });
    const [diagnostic] = complianceDiagnostics(closed, closedPlan, horizon);
    expect(diagnostic?.message).toBe("mou obligation 1: q has 0 scheduled occurrence(s) in 2025-01-01..2025-03-31, expected at least one (1 cancelled or not placed: 2025-01-06 09:00, cancelled: the library is closed, Inventarisasi)");
    expect(localizeDiagnostic(diagnostic!, "id").message).toContain("diharapkan sedikitnya satu (1 dibatalkan atau belum ditempatkan: 2025-01-06 09:00, dibatalkan: ");
  });
});
