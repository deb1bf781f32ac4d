import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { PROJECTED_KPI_METRICS, kpiMetricLabels } from "@lontar/core";
import { checkSource } from "@lontar/dsl";
import { planWorkspace } from "@lontar/planner";
import { run, tempDir } from "./support/run.js";

const LIBRARY = 'perpustakaan p { jenjang kota  wilayah "Nusa Tenggara Timur" / "Kabupaten Ende" }\nruang aula di p { kapasitas 40 }\n';
const PROGRAM = "program baca {\n  kategori mendongeng\n  peserta 25\n  butuh ruang aula\n  jadwal setiap minggu pada sabtu pukul 09:00 selama 2 jam\n}\n";

describe("the KPI metrics the plan counts", () => {
  // What the checker tells a planner (LON3013, LON3014) rests on core's list; the planner must project exactly those.
  it("are core's PROJECTED_KPI_METRICS: the planner projects those and leaves every other metric out", async () => {
    const metrics = Object.keys(kpiMetricLabels);
    const indicators = metrics.map((m) => `  indikator i_${m} metrik ${m} bobot 10 target 1 per bulan`).join("\n");
    const source = `cakrawala 2026-01-01..2026-03-31\n${LIBRARY}${PROGRAM}kpi semua {\n${indicators}\n}\n`;
    const workspace = checkSource(source, "main.lontar").workspace;
    expect(workspace).toBeDefined();
    if (workspace === undefined) return;
    const plan = await planWorkspace(workspace, {});
    const projected = Object.keys(plan.kpis[0]?.projected ?? {}).map((id) => id.slice(2)).sort();
    expect(projected).toEqual([...PROJECTED_KPI_METRICS].sort());
  });

  it("include an indicator written with a metric's Indonesian word: `indikator peserta` is projected, not scored 0", async () => {
    const cwd = tempDir();
    mkdirSync(path.join(cwd, "ws"));
    const kpi = "kpi tpbis {\n  indikator peserta bobot 60 target 100 per bulan\n  indikator kunjungan bobot 40 target 300 per bulan\n}\n";
    writeFileSync(path.join(cwd, "ws", "main.lontar"), `cakrawala 2026-01-01..2026-03-31\n${LIBRARY}${PROGRAM}${kpi}`);
    const check = await run(["check", "ws"], cwd, { LANG: "id_ID.UTF-8" });
    expect(check.code).toBe(0);
    expect(check.stdout).toContain("jadi proyeksi `tpbis` memberi `kunjungan` nilai 0 (bobot 40 dari 100) dan paling tinggi mencapai 60 dari 100");
    expect((await run(["plan", "ws", "--out", "out"], cwd)).code).toBe(0);
    const plan = JSON.parse(readFileSync(path.join(cwd, "out", "plan.json"), "utf8")) as { kpis: { projected: Record<string, number>; score: number }[] };
    expect(plan.kpis[0]?.projected["peserta"]).toBeGreaterThan(0);
    expect(plan.kpis[0]?.projected["kunjungan"]).toBeUndefined();
    expect(plan.kpis[0]?.score).toBeGreaterThan(0);
  });
});
