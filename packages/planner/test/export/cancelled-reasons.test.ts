import { describe, expect, it } from "vitest";
import { reasonsReader } from "../../src/export/occurrence-facts.js";
import { indexWorkspace } from "../../src/export/plan-view.js";
import { REASON_WORDS } from "../../src/export/reason-words.js";
import { planWorkspace } from "../../src/plan-workspace.js";
import { library, workspaceOf } from "../allocate/helpers.js";

const horizon = { from: "2025-03-01", to: "2025-03-31" };
const schedules = [{ kind: "rrule", dtstart: "2025-03-03T09:00", rrule: "FREQ=WEEKLY;BYDAY=MO;COUNT=2", durationMinutes: 60 }];

const workspace = workspaceOf({
  libraries: [library("lib", { stage: "implementasi" })],
  programs: [
    { id: "kelas", title: "Kelas", library: "lib", category: "literacy_training", gate: { minStage: "pendampingan" }, schedules },
    { id: "dongeng", title: "Dongeng", library: "lib", category: "storytelling", schedules },
  ],
  rules: [{ id: "tanpa_dongeng", when: { kind: "compare", op: "==", left: { kind: "fact", name: "program.id" }, right: { kind: "literal", value: "dongeng" } }, effect: "forbid", message: "Aula dipakai rapat" }],
});

describe("why a session is cancelled, in the outputs' language", () => {
  const plan = planWorkspace(workspace, { horizon, seed: 1 });
  const index = indexWorkspace(workspace);

  it.each(["id", "en"] as const)("tells a stage gate and a rule in %s, with the library's name and the rule's own message", (language) => {
    const read = reasonsReader(index, language, plan.occurrences);
    const cancelled = plan.occurrences.filter((o) => o.status === "cancelled");
    expect(new Set(cancelled.map((o) => o.programId))).toEqual(new Set(["kelas", "dongeng"]));
    for (const occurrence of cancelled) {
      const [reason, ...rest] = read(occurrence);
      expect(rest).toEqual([]);
      const head = (occurrence.programId === "kelas" ? REASON_WORDS.cancelledStage : REASON_WORDS.cancelledRule)[language].split("{")[0] ?? "";
      expect(reason?.startsWith(head), reason).toBe(true);
      expect(reason).not.toContain(occurrence.id);
      if (occurrence.programId === "kelas") {
        // Stages by their names in the outputs' language, never by id.
        expect(reason).toContain(language === "id" ? "Pendampingan" : "Mentoring");
        expect(reason).toContain(language === "id" ? "Implementasi" : "Implementation");
        expect(reason).not.toContain("pendampingan");
        expect(reason).toContain(index.libraries.get("lib")?.name);
      } else expect(reason).toContain("Aula dipakai rapat");
    }
  });
});

describe("a session a holiday, a closure or an exception cancels, in the outputs' language", () => {
  const dated = (date: string, extra: Record<string, unknown> = {}) => [{ kind: "rrule", dtstart: `${date}T09:00`, rrule: "FREQ=DAILY;COUNT=1", durationMinutes: 60, ...extra }];
  const closing = workspaceOf({
    libraries: [library("lib", { closures: [{ kind: "public_holidays" }, { kind: "range", range: { from: "2025-03-10", to: "2025-03-10" }, reason: "Renovasi gedung" }] })],
    programs: [
      { id: "nyepi", title: "Nyepi", library: "lib", category: "storytelling", schedules: dated("2025-03-29") },
      { id: "renovasi", title: "Renovasi", library: "lib", category: "storytelling", schedules: dated("2025-03-10") },
      { id: "dikecualikan", title: "Dikecualikan", library: "lib", category: "storytelling", schedules: dated("2025-03-12", { exceptRanges: [{ from: "2025-03-12", to: "2025-03-12" }] }) },
    ],
  });
  const plan = planWorkspace(closing, { horizon, seed: 1 });
  const index = indexWorkspace(closing);

  it.each([
    ["id", { nyepi: "Dibatalkan: hari libur, Hari Suci Nyepi", renovasi: "Dibatalkan: perpustakaan tutup, Renovasi gedung.", dikecualikan: REASON_WORDS.cancelledException.id }],
    ["en", { nyepi: "Cancelled: public holiday, Hari Suci Nyepi", renovasi: "Cancelled: the library is closed, Renovasi gedung.", dikecualikan: REASON_WORDS.cancelledException.en }],
  ] as const)("%s: the holiday or closure by its name, never the planner's English words", (language, expected) => {
    const read = reasonsReader(index, language, plan.occurrences);
    const cancelled = plan.occurrences.filter((o) => o.status === "cancelled");
    expect(cancelled.map((o) => o.programId).sort()).toEqual(["dikecualikan", "nyepi", "renovasi"]);
    for (const occurrence of cancelled) {
      const [reason] = read(occurrence);
      expect(reason).not.toContain("dropped");
      expect(reason?.startsWith(expected[occurrence.programId as keyof typeof expected]), reason).toBe(true);
    }
  });
});

describe("a session a closure without a reason cancels", () => {
  it("says the library is closed, in the outputs' language", () => {
    const closed = workspaceOf({
      libraries: [library("lib", { closures: [{ kind: "range", range: { from: "2025-03-10", to: "2025-03-10" }, reason: "closed" }] })],
      programs: [{ id: "senin", title: "Senin", library: "lib", category: "storytelling", schedules: [{ kind: "rrule", dtstart: "2025-03-10T09:00", rrule: "FREQ=DAILY;COUNT=1", durationMinutes: 60 }] }],
    });
    const plan = planWorkspace(closed, { horizon, seed: 1 });
    const [cancelled] = plan.occurrences;
    expect(cancelled?.status).toBe("cancelled");
    if (cancelled === undefined) return;
    expect(reasonsReader(indexWorkspace(closed), "id", plan.occurrences)(cancelled)).toEqual([REASON_WORDS.cancelledClosed.id]);
    expect(reasonsReader(indexWorkspace(closed), "en", plan.occurrences)(cancelled)).toEqual([REASON_WORDS.cancelledClosed.en]);
  });
});
