import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { exportCalendars, occurrenceUid } from "@lontar/planner";
import { events, parseLine, prop, unfold, unescapeText } from "./ics-parser.js";
import { sampleWorkspace, samplePlan } from "./fixtures.js";

const uidsOf = (ics: string | undefined): Set<string> => new Set(events(ics ?? "").map((e) => prop(e, "UID")?.value ?? ""));
const uid = (id: string): string => occurrenceUid(samplePlan().occurrences.find((o) => o.id === id) ?? { id, programId: "", libraryId: "" });

describe("exportCalendars", () => {
  const files = exportCalendars(samplePlan(), sampleWorkspace());

  it("names one calendar per library, per resource used and per partner, in sorted order", () => {
    expect([...files.keys()]).toEqual([
      "calendar.ics",
      "calendars/library-ldn.ics",
      "calendars/library-nyc.ics",
      "calendars/library-solok.ics",
      "calendars/partner-bundo.ics",
      "calendars/partner-sd1.ics",
      "calendars/resource-aula.ics",
      "calendars/resource-proyektor.ics",
      "calendars/resource-siti.ics",
    ]);
  });

  it("puts every scheduled and pending occurrence in calendar.ics and each in the calendars it concerns", () => {
    expect(uidsOf(files.get("calendar.ics")).size).toBe(6);
    expect(uidsOf(files.get("calendars/library-solok.ics"))).toEqual(new Set([uid("dongeng@2019-02-12T09:00"), uid("klub@2019-02-14T14:00"), uid("klub@2019-02-21T14:00")]));
    expect(uidsOf(files.get("calendars/library-nyc.ics"))).toEqual(new Set([uid("story_ny@2019-03-12T10:00"), uid("story_ny@2019-03-05T10:00")]));
    expect(uidsOf(files.get("calendars/resource-aula.ics"))).toEqual(new Set([uid("klub@2019-02-14T14:00")]));
    expect(uidsOf(files.get("calendars/resource-siti.ics"))).toEqual(new Set([uid("dongeng@2019-02-12T09:00")]));
    expect(uidsOf(files.get("calendars/partner-sd1.ics"))).toEqual(new Set([uid("dongeng@2019-02-12T09:00")]));
    expect(uidsOf(files.get("calendars/partner-bundo.ics"))).toEqual(new Set([uid("dongeng@2019-02-12T09:00"), uid("tea@2019-03-30T15:00")]));
  });

  it("names each calendar after its library, resource or partner", () => {
    const name = (file: string): string => unescapeText(unfold(files.get(file) ?? "").map(parseLine).find((l) => l.name === "X-WR-CALNAME")?.value ?? "");
    expect(name("calendar.ics")).toBe("Dinas Perpustakaan Kota Solok");
    expect(name("calendars/library-solok.ics")).toBe("Perpustakaan Kota Solok");
    expect(name("calendars/resource-aula.ics")).toBe("Aula Utama");
    expect(name("calendars/partner-bundo.ics")).toBe("Bundo Kanduang");
  });

  it("gives an occurrence the same UID in every calendar", () => {
    const all = uidsOf(files.get("calendar.ics"));
    for (const [file, text] of files) if (file !== "calendar.ics") for (const u of uidsOf(text)) expect(all.has(u)).toBe(true);
  });

  it("parse with ical.js in either language, a pending session included as TENTATIVE", () => {
    for (const language of ["en", "id"] as const) {
      for (const [file, ics] of exportCalendars(samplePlan(), sampleWorkspace(), { language })) {
        const calendar = new ICAL.Component(ICAL.parse(ics));
        for (const zone of calendar.getAllSubcomponents("vtimezone")) ICAL.TimezoneService.register(zone);
        for (const vevent of calendar.getAllSubcomponents("vevent")) expect(new ICAL.Event(vevent).endDate.compare(new ICAL.Event(vevent).startDate), file).toBe(1);
      }
    }
    const pending = new ICAL.Component(ICAL.parse(exportCalendars(samplePlan(), sampleWorkspace(), { language: "id" }).get("calendars/library-solok.ics") ?? ""))
      .getAllSubcomponents("vevent")
      .find((e) => e.getFirstPropertyValue("status") === "TENTATIVE");
    expect(pending?.getFirstPropertyValue("summary")).toBe("Klub buku 📚 (belum terjadwal)");
  });
});
