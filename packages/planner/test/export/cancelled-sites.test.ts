/**
 * A session a holiday cancels keeps where it would have been held. Found by a user walk
 * (planning 2027): a Saturday storytelling at the village hall (`lokasi desa_amahai`)
 * cancelled by an estimated holiday was listed in occurrences.csv and plan.xlsx as held at
 * the library itself, its `site` gone from plan.json; a mobile library's cancelled stop too.
 */
import { describe, expect, it } from "vitest";
import { exportCsv } from "../../src/export/csv/export-csv.js";
import { planWorkspace } from "../../src/plan-workspace.js";
import { library, workspaceOf } from "../allocate/helpers.js";

const horizon = { from: "2025-03-01", to: "2025-03-31" };
// Saturdays in March 2025; Hari Suci Nyepi is Saturday 29 March.
const saturdays = [{ kind: "rrule", dtstart: "2025-03-22T09:00", rrule: "FREQ=WEEKLY;BYDAY=SA;COUNT=2", durationMinutes: 120 }];

const workspace = workspaceOf({
  libraries: [library("lib", { closures: [{ kind: "public_holidays" }] })],
  partners: [{ id: "balai_desa", name: "Balai Desa Amahai", kind: "community_group" }],
  programs: [
    { id: "dongeng", title: "Dongeng", library: "lib", category: "storytelling", schedules: saturdays, sites: ["balai_desa"] },
    { id: "keliling", title: "Keliling", library: "lib", category: "mobile_library", schedules: saturdays, sites: ["desa_a", "desa_b"], siteMode: "rotating" },
    { id: "pameran", title: "Pameran", library: "lib", category: "storytelling", schedules: saturdays, sites: ["desa_a", "desa_b"] },
  ],
});

describe("a cancelled session's site", () => {
  const plan = planWorkspace(workspace, { horizon, seed: 1 });
  const session = (id: string) => plan.occurrences.find((o) => o.id === id);

  it("is the program's one fixed site, or its several, as for the sessions held", () => {
    expect(session("dongeng@2025-03-29T09:00")).toMatchObject({ status: "cancelled", site: "balai_desa" });
    expect(session("dongeng@2025-03-22T09:00")).toMatchObject({ status: "scheduled", site: "balai_desa" });
    expect(session("pameran@2025-03-29T09:00")).toMatchObject({ status: "cancelled", sites: ["desa_a", "desa_b"] });
  });

  it("is none on a rotating route, whose turn only the sessions held take", () => {
    const cancelled = session("keliling@2025-03-29T09:00");
    expect(cancelled?.status).toBe("cancelled");
    expect(cancelled?.site).toBeUndefined();
    expect(session("keliling@2025-03-22T09:00")?.site).toBe("desa_a");
  });

  it("names the site's place in occurrences.csv, not the library", () => {
    const row = exportCsv(plan, workspace)
      .split("\r\n")
      .find((line) => line.startsWith("dongeng@2025-03-29T09:00"));
    expect(row).toContain(",balai_desa,Balai Desa Amahai,");
  });

  it("leaves a rotating route's cancelled session without a place in occurrences.csv: it was never to be at the library", () => {
    const rows = exportCsv(plan, workspace).split("\r\n");
    const header = rows[0]?.split(",") ?? [];
    const cells = (id: string) => rows.find((line) => line.startsWith(id))?.split(",") ?? [];
    const place = header.indexOf("place");
    expect(place).toBeGreaterThan(0);
    expect(cells("keliling@2025-03-29T09:00")[place]).toBe("");
    expect(cells("keliling@2025-03-22T09:00")[place]).toBe("Desa A");
  });
});
