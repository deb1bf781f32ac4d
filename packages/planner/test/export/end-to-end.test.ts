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

describe("a program at several sites without a route", () => {
  // A mobile-library trip that stops at a housing estate and a posyandu (a partner) every Wednesday and Saturday, 08:30-11:30;
  // the library opens only on weekdays: the trip is not held there, so its hours do not concern it.
  const trip = workspaceOf({
    version: 1,
    libraries: [{ id: "solok", name: "Perpustakaan Kota Solok", tier: "kota", region: { province: "Sumatera Barat" }, openingHours: [{ days: ["mon", "tue", "wed", "thu", "fri"], time: { start: "07:30", end: "16:00" } }] }],
    partners: [{ id: "posyandu_melati", name: "Posyandu Melati", kind: "community_group" }],
    programs: [
      {
        id: "pusling",
        title: "Perpustakaan Keliling",
        library: "solok",
        category: "mobile_library",
        sites: ["komplek_ktk", "posyandu_melati"],
        schedules: [{ kind: "rrule", dtstart: "2019-03-06T08:30", rrule: "FREQ=WEEKLY;BYDAY=WE,SA;COUNT=4", durationMinutes: 180 }],
      },
    ],
  });
  const plan = planWorkspace(trip, { horizon: { from: "2019-03-01", to: "2019-03-31" }, seed: 1 });

  it("holds every session at all its sites, as plan.json, occurrences.csv, the calendars and the report say", () => {
    expect(plan.occurrences.map((o) => [o.site, o.sites])).toEqual(Array(4).fill([undefined, ["komplek_ktk", "posyandu_melati"]]));
    // The site and place columns: lists inside a field are joined by ", ", so the field is quoted.
    expect(exportCsv(plan, trip).split("\r\n")[1]).toContain(',solok,Perpustakaan Kota Solok,"komplek_ktk, posyandu_melati","Komplek Ktk, Posyandu Melati",2019-03-06,08:30,11:30,');
    const calendars = exportCalendars(plan, trip);
    expect(events(calendars.get("calendar.ics") ?? "").map((e) => prop(e, "LOCATION")?.value)).toEqual(Array(4).fill("Komplek Ktk\\, Posyandu Melati"));
    expect(events(calendars.get("calendars/partner-posyandu_melati.ics") ?? "")).toHaveLength(4);
    const data = reportData(plan, trip);
    expect(data.sessions.map((s) => data.places[s.place]?.name)).toEqual(Array(4).fill("Komplek Ktk, Posyandu Melati"));
  });

  it("does not check sessions away from the library against its opening hours", () => {
    expect(plan.violations.filter((v) => v.constraint === "OUTSIDE_OPENING_HOURS")).toEqual([]);
  });
});
