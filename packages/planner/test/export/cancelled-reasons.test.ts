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
