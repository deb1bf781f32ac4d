/**
 * The KPI section speaks the report's language alone, and says what an indicator the plan
 * does not project ("–") means for the score. A walk found, with --lang id, "Jumlah kegiatan
 * (Activities)" and "Cerita sukses (Success Stories)": an English workspace's indicator ids in
 * brackets; and nothing said that "–" counts as zero, as `lontar check`'s LON3014 does.
 */
import { describe, expect, it } from "vitest";
import { exportHtml, planWorkspace } from "@lontar/planner";
import { indicatorLabel, reachableScore } from "../../src/export/html/kpi-section.js";
import { library, workspaceOf } from "../allocate/helpers.js";

const section = (html: string, id: string): string => new RegExp(`<section id="${id}">[\\s\\S]*?</section>`).exec(html)?.[0] ?? "";

// As examples/watualang declares them: ids that are the metrics' English names.
const indicators = [
  { id: "activities", metric: "activities", weight: 20, target: 4, per: "month", scoring: "proportional" },
  { id: "visits", metric: "visits", weight: 20, target: 300, per: "month", scoring: "proportional" },
  { id: "members", metric: "members", weight: 10, target: 50, per: "year", scoring: "proportional" },
  { id: "partners", metric: "partners", weight: 10, target: 2, per: "year", scoring: "proportional" },
  { id: "participants", metric: "participants", weight: 10, target: 100, per: "month", scoring: "proportional" },
  { id: "success_stories", metric: "success_stories", weight: 10, target: 1, per: "quarter", scoring: "proportional" },
] as const;
const workspace = workspaceOf({
  libraries: [library("kota")],
  programs: [{ id: "kelas", title: "Kelas", library: "kota", category: "class", expectedParticipants: 10, schedules: [{ kind: "rrule", dtstart: "2019-01-02T09:00", rrule: "FREQ=WEEKLY;COUNT=4", durationMinutes: 60 }] }],
  kpis: [{ id: "kpi_sim", name: "KPI Perpustakaan Desa (SIM)", indicators: [...indicators] }],
});
const plan = planWorkspace(workspace, { horizon: { from: "2019-01-01", to: "2019-01-31" }, seed: 1 });

describe("the KPI section's words", () => {
  it("names an English workspace's indicators in Bahasa Indonesia alone, and an Indonesian one's in English alone", () => {
    expect(indicators.map((i) => indicatorLabel(i, "id"))).toEqual(["Jumlah kegiatan", "Jumlah kunjungan", "Jumlah anggota", "Jumlah mitra", "Jumlah peserta", "Cerita sukses"]);
    expect(indicatorLabel({ id: "kegiatan", metric: "activities", weight: 1, target: 1, per: "month", scoring: "proportional" }, "en")).toBe("Activities");
    // Words of the author's own that say more than the metric stay.
    expect(indicatorLabel({ id: "kepuasan_pemustaka", metric: "custom", weight: 1, target: 1, per: "month", scoring: "proportional" }, "en")).toBe("Other (Kepuasan Pemustaka)");
    const kpi = section(exportHtml(plan, workspace, { language: "id" }), "kpi");
    expect(kpi).not.toMatch(/Activities|Success Stories|Visits|Members|Partners|Participants/);
  });

  it("says an indicator marked – counts as zero, and the most the score can reach, in both languages", () => {
    expect(reachableScore(indicators, { activities: 4, participants: 40 })).toBe(37.5);
    expect(reachableScore(indicators.slice(0, 1), { activities: 4 })).toBeUndefined();
    expect(section(exportHtml(plan, workspace, { language: "id" }), "kpi")).toContain(
      '<p class="note">KPI Perpustakaan Desa (SIM): indikator bertanda – tidak diproyeksikan rencana (diukur di luar rencana) dan dihitung 0, jadi nilainya paling tinggi 37,5 dari 100.</p>',
    );
    expect(section(exportHtml(plan, workspace), "kpi")).toContain("an indicator marked – is not projected by the plan (it is measured outside it) and counts as zero, so the score reaches at most 37.5 of 100.");
  });
});
