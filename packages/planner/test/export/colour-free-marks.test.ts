/**
 * The report reads on a black-and-white printer and to a colour-blind reader: what a colour
 * says (an obligation met or not, a resource over capacity, a budget over its cap) is said
 * in words or a mark too, and the printed calendar keeps its title ("Januari 2024") while
 * its buttons go. A walk found the agreements' rows told apart by red and green alone and
 * the printed calendar without its month.
 */
import { describe, expect, it } from "vitest";
import { exportHtml } from "@lontar/planner";
import { PAGE_CSS } from "../../src/export/html/styles.js";
import { planOf, sampleWorkspaceInput, samplePlan, samplePlanInput, workspaceOf } from "./fixtures.js";

const section = (html: string, id: string): string => new RegExp(`<section id="${id}">[\\s\\S]*?</section>`).exec(html)?.[0] ?? "";

describe("marks that do not need colour", () => {
  it("prints the calendar's title, hiding only its buttons", () => {
    const print = /@media print \{([\s\S]*)\}\s*$/.exec(PAGE_CSS)?.[1] ?? "";
    const hidden = /([^{}]*)\{\s*display: none;/.exec(print)?.[1] ?? "";
    expect(hidden).toContain(".ec-toolbar .ec-button");
    expect(hidden).not.toMatch(/\.ec-toolbar\s*(,|$)/);
    expect(hidden).not.toContain("ec-title");
  });

  it("says in words and with ✓/✗ whether each obligation is met, in both languages", () => {
    const base = sampleWorkspaceInput();
    const workspace = workspaceOf({ ...base, agreements: (base.agreements ?? []).map((a) => ({ ...a, obligations: [{ kind: "sessions", program: "dongeng", min: 2, per: "month" }] })) });
    const en = section(exportHtml(samplePlan(), workspace), "agreements");
    const id = section(exportHtml(samplePlan(), workspace, { language: "id" }), "agreements");
    expect(en).toContain("<th>Met</th></tr></thead>");
    expect(id).toContain("<th>Terpenuhi</th></tr></thead>");
    expect(en).toMatch(/<tr class="bad">.*<td>✗ Not met<\/td><\/tr>/);
    expect(id).toMatch(/<tr class="bad">.*<td>✗ Tidak terpenuhi<\/td><\/tr>/);
    // Every row that a colour marks says it in words too.
    for (const page of [en, id]) for (const row of page.match(/<tr class="(?:ok|bad)">.*<\/tr>/g) ?? []) expect(row).toMatch(/<td>[✓✗] [^<]+<\/td><\/tr>$/);
  });

  it("marks a use over capacity with ⚠ beside its percentage, and says so in the legend", () => {
    const base = sampleWorkspaceInput();
    // Siti may work one hour a week: her two-hour sessions put her over capacity.
    const workspace = workspaceOf({ ...base, resources: (base.resources ?? []).map((r) => (r.kind === "staff" ? { ...r, maxHoursPerWeek: 1 } : r)) });
    for (const language of ["en", "id"] as const) {
      const heat = section(exportHtml(planOf(samplePlanInput()), workspace, { language }), "utilisation");
      const over = heat.match(/<td class="over"[^>]*>[^<]*<\/td>/g) ?? [];
      expect(over.length).toBeGreaterThan(0);
      for (const cell of over) expect(cell).toMatch(/>⚠ (?:\d+%|∞)<\/td>$/);
      expect(heat).not.toMatch(/<td class="u\d"[^>]*>⚠/);
      expect(heat).toContain(language === "en" ? "⚠ and red: over capacity" : "⚠ dan merah: melebihi kapasitas");
    }
  });

  it("says in words that a period's spending is over its budget's cap", () => {
    const base = sampleWorkspaceInput();
    const workspace = workspaceOf({
      ...base,
      resources: (base.resources ?? []).map((r) => (r.kind === "budget" ? { ...r, cap: { amount: 50_000, per: "month" } } : r)),
      programs: (base.programs ?? []).map((p) => (p.id === "klub" ? { ...p, costs: [{ amount: 75_000, per: "session", budget: "apbd" }] } : p)),
    });
    expect(section(exportHtml(samplePlan(), workspace), "budget")).toContain('<tr class="bad"><td>Feb 2019</td><td class="num">Rp 75,000</td><td class="num">Rp 50,000 ✗ over the cap</td></tr>');
    expect(section(exportHtml(samplePlan(), workspace, { language: "id" }), "budget")).toContain('<td class="num">Rp 50.000 ✗ melampaui batas</td></tr>');
  });
});
