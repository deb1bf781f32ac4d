/**
 * Two KPIs with one name (`IKU TPBIS Nagari 2027` twice, a walk) read as two rows of one
 * library under one title in the report and plan.xlsx: each is told apart by its id.
 */
import { describe, expect, it } from "vitest";
import { exportHtml } from "../../src/export/index.js";
import { kpiTitles } from "../../src/export/kpi-titles.js";
import { planWorkspace } from "../../src/plan-workspace.js";
import { library, workspaceOf } from "../allocate/helpers.js";

const indicators = [{ id: "sesi", metric: "sessions", weight: 100, target: 2, per: "month" }];
const workspace = workspaceOf({
  libraries: [library("lib")],
  kpis: [
    { id: "iku_tpbis", name: "IKU TPBIS Nagari 2027", appliesTo: ["lib"], indicators },
    { id: "iku_dua", name: "IKU TPBIS Nagari 2027", appliesTo: ["lib"], indicators },
    { id: "iku_literasi", appliesTo: ["lib"], indicators },
  ],
});

describe("a KPI's title in the outputs", () => {
  it("is its name, its id in brackets where another shares the name, its id as words without one", () => {
    expect([...kpiTitles(workspace.kpis).values()]).toEqual(["IKU TPBIS Nagari 2027 (iku_tpbis)", "IKU TPBIS Nagari 2027 (iku_dua)", "IKU Literasi"]);
  });

  it("tells the report's rows apart", () => {
    const html = exportHtml(planWorkspace(workspace, { horizon: { from: "2027-01-01", to: "2027-03-31" }, seed: 1 }), workspace, { language: "id" });
    expect(html).toContain(">IKU TPBIS Nagari 2027 (iku_dua)</td>");
    expect(html).toContain(">IKU TPBIS Nagari 2027 (iku_tpbis)</td>");
  });
});
