/**
 * A calendar with no session is still a valid iCalendar object. Found by the outputs walk:
 * examples/ntt-plm-2019's calendars/library-perpusdes_ende_contoh.ics (a village library
 * whose programs are all cancelled) was a VCALENDAR with no component at all, which RFC 5545
 * §3.6 forbids (`component = 1*(eventc / todoc / … / timezonec / …)`): such a calendar
 * carries the VTIMEZONE of its library's zone.
 */
import { describe, expect, it } from "vitest";
import { exportCalendars, exportIcs, planWorkspace } from "@lontar/planner";
import { sampleWorkspaceInput, workspaceOf } from "./fixtures.js";

const base = sampleWorkspaceInput();
// Solok's only program meets on a Sunday in a month with no other session: the other libraries have none at all.
const workspace = workspaceOf({ ...base, programs: [{ id: "klub", title: "Klub buku", library: "solok", category: "book_discussion", schedules: [{ kind: "rrule", dtstart: "2019-05-08T09:00", rrule: "FREQ=DAILY;COUNT=1", durationMinutes: 60 }] }] });
const plan = planWorkspace(workspace, { horizon: { from: "2019-05-01", to: "2019-05-31" }, seed: 1 });

/** The components directly inside the VCALENDAR. */
function components(ics: string): string[] {
  const lines = ics.split("\r\n");
  let depth = 0;
  const found: string[] = [];
  for (const line of lines) {
    if (line.startsWith("BEGIN:")) {
      if (depth === 1) found.push(line.slice(6));
      depth++;
    } else if (line.startsWith("END:")) depth--;
  }
  return found;
}

describe("a calendar with no session", () => {
  it("holds the VTIMEZONE of its library's zone, so that it has a component as RFC 5545 requires", () => {
    const files = exportCalendars(plan, workspace);
    expect(components(files.get("calendars/library-solok.ics") ?? "")).toEqual(["VTIMEZONE", "VEVENT"]);
    const london = files.get("calendars/library-ldn.ics") ?? "";
    expect(components(london)).toEqual(["VTIMEZONE"]);
    expect(london).toContain("TZID:Europe/London\r\n");
    expect(files.get("calendars/library-nyc.ics")).toContain("TZID:America/New_York\r\n");
  });

  it("holds a zone of the workspace's libraries when it is a partner's or the whole plan's", () => {
    const files = exportCalendars(plan, workspace);
    expect(components(files.get("calendars/partner-bundo.ics") ?? "")).toEqual(["VTIMEZONE"]);
    const none = exportIcs(plan, workspace, { calendarName: "Kosong", filter: () => false });
    expect(components(none)).toEqual(["VTIMEZONE"]);
    expect(none).toContain("TZID:Asia/Jakarta\r\n");
  });
});
