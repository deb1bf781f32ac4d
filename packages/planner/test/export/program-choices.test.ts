/**
 * The report's program filter tells apart programs that share a title: a province's villages
 * each have a `Klub Buku`, listed three times alike (found by the docs site walk).
 */
import { describe, expect, it } from "vitest";
import { reportData } from "../../src/export/index.js";
import { programChoices } from "../../src/export/html/browser/program-choices.js";
import { planWorkspace } from "../../src/plan-workspace.js";
import { library, workspaceOf } from "../allocate/helpers.js";

const weekly = (first: string) => [{ kind: "rrule", dtstart: `${first}T09:00`, rrule: "FREQ=WEEKLY;COUNT=2", durationMinutes: 60 }];
const program = (id: string, title: string, at: string, first: string) => ({ id, title, library: at, category: "book_discussion", schedules: weekly(first) });

describe("the program filter's choices", () => {
  it("name a shared title with its library, and a title of its own alone", () => {
    const workspace = workspaceOf({
      libraries: [library("maju", { name: "Perpustakaan Desa Maju" }), library("jaya", { name: "Perpustakaan Desa Jaya" })],
      programs: [program("klub_maju", "Klub Buku", "maju", "2019-01-07"), program("klub_jaya", "Klub Buku", "jaya", "2019-01-08"), program("dongeng", "Dongeng Anak", "maju", "2019-01-09")],
    });
    const data = reportData(planWorkspace(workspace, { horizon: { from: "2019-01-01", to: "2019-01-31" }, seed: 1 }), workspace, { language: "id" });
    const names = programChoices(data).map((c) => c.name).sort();
    expect(names).toEqual(["Dongeng Anak", "Klub Buku (Perpustakaan Desa Jaya)", "Klub Buku (Perpustakaan Desa Maju)"]);
    expect(programChoices(data).map((c) => c.index).sort()).toEqual(data.programs.map((_, i) => i));
  });
});
