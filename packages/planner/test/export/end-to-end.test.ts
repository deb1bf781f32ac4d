import { describe, expect, it } from "vitest";
import { Plan, exportCalendars, exportCsv, exportJson, planWorkspace, reportData } from "@lontar/planner";
import { events, prop } from "./ics-parser.js";
import { workspaceOf } from "./fixtures.js";

// A weekly storytelling session at a Solok library, planned by the real planner, then exported.
const workspace = workspaceOf({
  version: 1,
  name: "Kota Solok",
  libraries: [{ id: "solok", name: "Perpustakaan Kota Solok", tier: "kota", region: { province: "Sumatera Barat" } }],
  partners: [{ id: "sd1", name: "SD Negeri 1 Solok", kind: "school" }],
  resources: [
    { kind: "room", id: "aula", name: "Aula", library: "solok", capacity: 30 },
    { kind: "staff", id: "siti", name: "Siti", library: "solok" },
  ],
  programs: [
    {
      id: "dongeng",
      title: "Dongeng Jumat",
      library: "solok",
      category: "storytelling",
      partners: ["sd1"],
      schedules: [{ kind: "rrule", dtstart: "2019-02-01T09:00", rrule: "FREQ=WEEKLY;BYDAY=FR;COUNT=4", durationMinutes: 60 }],
      needs: [{ kind: "room" }, { kind: "staff" }],
    },
  ],
});

describe("exporting a plan made by planWorkspace", () => {
  const plan = planWorkspace(workspace, { horizon: { from: "2019-02-01", to: "2019-02-28" }, maxSteps: 200 });

  it("gives a valid plan.json and a calendar with one event per scheduled occurrence", () => {
    expect(Plan.safeParse(JSON.parse(exportJson(plan))).success).toBe(true);
    const scheduled = plan.occurrences.filter((o) => o.status === "scheduled");
    expect(scheduled.length).toBeGreaterThan(0);
    const files = exportCalendars(plan, workspace);
    const all = events(files.get("calendar.ics") ?? "");
    expect(all).toHaveLength(scheduled.length);
    for (const e of all) expect(prop(e, "DTSTART")?.params["TZID"]).toBe("Asia/Jakarta");
    expect(all.map((e) => prop(e, "DTSTART")?.value)).toContain("20190201T090000");
    expect(events(files.get("calendars/partner-sd1.ics") ?? "")).toHaveLength(scheduled.length);
  });

  it("writes a CSV row per occurrence and a page that shows them", () => {
    expect(exportCsv(plan, workspace).split("\r\n").filter((l) => l !== "")).toHaveLength(plan.occurrences.length + 1);
    expect(reportData(plan, workspace).sessions.map((s) => `${s.start.slice(11)} ${reportData(plan, workspace).programs[s.program]?.title ?? ""}`)).toContain("09:00 Dongeng Jumat");
  });
});
