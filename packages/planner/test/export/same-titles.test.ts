/**
 * Programs that share a title are told apart by their library's name wherever the report
 * names them: its lists of sessions cancelled and not placed, its violations, and its
 * calendar (the names programChoices gives). A walk found watualang's three "Klub Buku"
 * programs, at three libraries, as lines that read the same.
 */
import { describe, expect, it } from "vitest";
import { exportHtml, planWorkspace, reportData } from "@lontar/planner";
import { toldApart } from "../../src/export/told-apart.js";
import { indexWorkspace, programTitle } from "../../src/export/plan-view.js";
import { programChoices } from "../../src/export/html/browser/program-choices.js";
import { library, workspaceOf } from "../allocate/helpers.js";

const section = (html: string, id: string): string => new RegExp(`<section id="${id}">[\\s\\S]*?</section>`).exec(html)?.[0] ?? "";

// 2019-01-01 is New Year's Day: the first session of each program is cancelled.
const klub = (id: string, at: string, title = "Klub Buku") => ({ id, title, library: at, category: "book_discussion", schedules: [{ kind: "rrule", dtstart: "2019-01-01T09:00", rrule: "FREQ=WEEKLY;COUNT=2", durationMinutes: 60 }] });
const workspace = workspaceOf({
  libraries: [{ ...library("ngawi"), name: "Perpustakaan Desa Ngawi" }, { ...library("margo"), name: "Perpustakaan Desa Margomulyo" }],
  programs: [klub("klub_ngawi", "ngawi"), klub("klub_margo", "margo"), klub("klub_anak_margo", "margo"), klub("dongeng", "ngawi", "Dongeng")],
});
const plan = planWorkspace(workspace, { horizon: { from: "2019-01-01", to: "2019-01-31" }, seed: 1 });

describe("programs that share a title", () => {
  it("are named by title and what tells them apart, only where a title is shared", () => {
    expect(toldApart(["a", "b", "a"], (x) => x, (x) => x.toUpperCase())).toEqual(["a (A)", "b", "a (A)"]);
    const index = indexWorkspace(workspace);
    expect(["klub_ngawi", "klub_margo", "klub_anak_margo", "dongeng"].map((programId) => programTitle(index, { programId }))).toEqual([
      "Klub Buku (Perpustakaan Desa Ngawi)",
      // Two of one title at one library: their ids as words too.
      "Klub Buku (Perpustakaan Desa Margomulyo) (Klub Margo)",
      "Klub Buku (Perpustakaan Desa Margomulyo) (Klub Anak Margo)",
      "Dongeng",
    ]);
  });

  it("give lines that differ in the list of sessions cancelled, in both languages", () => {
    for (const language of ["id", "en"] as const) {
      const lines = section(exportHtml(plan, workspace, { language }), "unplaced").match(/<li><strong>[^<]*<\/strong>/g) ?? [];
      expect(lines).toHaveLength(4);
      expect(new Set(lines).size).toBe(4);
      expect(lines.join("\n")).toContain("Klub Buku (Perpustakaan Desa Ngawi), ");
    }
  });

  it("are named with their library in the calendar and its program filter", () => {
    const data = reportData(plan, workspace, { language: "id" });
    const names = programChoices(data).map((c) => c.name);
    // The names the report's lists give them, so that the calendar and the lists agree.
    expect(names.filter((n) => n.startsWith("Klub Buku")).sort()).toEqual([
      "Klub Buku (Perpustakaan Desa Margomulyo) (Klub Anak Margo)",
      "Klub Buku (Perpustakaan Desa Margomulyo) (Klub Margo)",
      "Klub Buku (Perpustakaan Desa Ngawi)",
    ]);
    // Data without those names (made before them): told apart here by library.
    const older = { ...data, programs: data.programs.map(({ name: _name, ...p }) => p) };
    expect(programChoices(older).map((c) => c.name).filter((n) => n.startsWith("Klub Buku (Perpustakaan Desa Ngawi)"))).toEqual(["Klub Buku (Perpustakaan Desa Ngawi)"]);
    expect(names).toContain("Dongeng");
  });
});
