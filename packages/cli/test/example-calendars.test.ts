import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { EXAMPLES, exampleOutputs } from "./support/example-outputs.js";
import { exampleWorkspace, workspaceNames } from "./support/example-workspace.js";

/** Every .ics file of an output folder: calendar.ics and calendars/*.ics. */
function calendarsOf(out: string): Map<string, string> {
  const files = new Map([["calendar.ics", readFileSync(path.join(out, "calendar.ics"), "utf8")]]);
  for (const name of readdirSync(path.join(out, "calendars")).sort()) files.set(`calendars/${name}`, readFileSync(path.join(out, "calendars", name), "utf8"));
  return files;
}

const text = (component: ICAL.Component, name: string): string => String(component.getFirstPropertyValue(name) ?? "");

describe.each(EXAMPLES)("the calendars of examples/%s", (example) => {
  it("parse with ical.js and show names, not ids, in the workspace's language", async () => {
    const out = await exampleOutputs(example);
    const { workspace, language } = exampleWorkspace(example);
    const names = workspaceNames(workspace);
    const titles = new Set(workspace.programs.map((p) => p.title));
    const libraryLabel = language === "id" ? "Perpustakaan" : "Library";
    // A declared name, or words made from an id (a room or a route's stop declared without a name), never the id itself.
    const readable = (shown: string): boolean => [...names].some((name) => shown.startsWith(name)) || !/[_@]/.test(shown);
    let events = 0;
    for (const [file, ics] of calendarsOf(out)) {
      const calendar = new ICAL.Component(ICAL.parse(ics));
      expect(calendar.name, file).toBe("vcalendar");
      expect(text(calendar, "version")).toBe("2.0");
      expect(readable(text(calendar, "x-wr-calname")), `${file}: ${text(calendar, "x-wr-calname")}`).toBe(true);
      for (const zone of calendar.getAllSubcomponents("vtimezone")) ICAL.TimezoneService.register(zone);
      for (const vevent of calendar.getAllSubcomponents("vevent")) {
        const event = new ICAL.Event(vevent);
        events++;
        expect(event.uid).toMatch(/^[0-9a-f]{32}@lontar$/);
        expect(event.endDate.compare(event.startDate), `${file} ${event.uid}`).toBeGreaterThan(0);
        const status = text(vevent, "status");
        expect(["CONFIRMED", "TENTATIVE"]).toContain(status);
        // A title, with its marks: "(pending)" when TENTATIVE, "(another library's program)" in the calendar of a library another's program visits.
        const marks = event.summary.match(/ \(([^()]*)\)$/)?.[1]?.split(", ") ?? [];
        const known = ["another library's program", "program perpustakaan lain", ...(status === "TENTATIVE" ? ["pending", "belum terjadwal"] : [])];
        const summary = marks.length > 0 && marks.every((mark) => known.includes(mark)) ? event.summary.replace(/ \([^()]*\)$/, "") : event.summary;
        expect(titles.has(summary), `${file}: SUMMARY ${event.summary}`).toBe(true);
        expect(readable(event.location), `${file}: LOCATION ${event.location}`).toBe(true);
        expect(event.description).toContain(`${libraryLabel}: `);
      }
    }
    expect(events).toBeGreaterThan(0);
  });
});
