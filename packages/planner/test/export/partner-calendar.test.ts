/**
 * A partner's calendar (`calendars/partner-<id>.ics`) is sent to the partner: its events say
 * what, when and where, but not what is the library's own business, a session's cost and
 * why a session is not placed yet (a staff member's days, a budget). Found by a user walk:
 * a school's calendar showed the library's costs and its budget's shortfall.
 */
import { describe, expect, it } from "vitest";
import { exportCalendars } from "../../src/export/index.js";
import { planWorkspace } from "../../src/plan-workspace.js";
import { library, workspaceOf } from "../allocate/helpers.js";
import { events, prop, unescapeText } from "./ics-parser.js";

const weekly = (first: string, count: number) => [{ kind: "rrule", dtstart: `${first}T09:00`, rrule: `FREQ=WEEKLY;COUNT=${count}`, durationMinutes: 120 }];
const workspace = workspaceOf({
  libraries: [library("kota")],
  partners: [{ id: "sekolah", name: "SD Negeri 1", kind: "school" }],
  resources: [
    { kind: "budget", id: "apbd", library: "kota", amount: 100_000_000, period: { from: "2019-01-01", to: "2019-12-31" } },
    // Works on Tuesdays only: the Monday sessions cannot take place.
    { kind: "staff", id: "petugas", library: "kota", availability: [{ days: ["tue"], time: { start: "08:00", end: "16:00" } }] },
  ],
  programs: [
    {
      id: "kelas", title: "Kelas", library: "kota", category: "class", partners: ["sekolah"], needs: [{ kind: "staff" }],
      schedules: [...weekly("2019-01-14", 2), ...weekly("2019-01-15", 2)], costs: [{ amount: 50_000, per: "session", budget: "apbd" }],
    },
  ],
});
const plan = planWorkspace(workspace, { horizon: { from: "2019-01-01", to: "2019-01-31" }, seed: 1 });

/** Each event's UID with its DESCRIPTION, unescaped. */
const descriptions = (ics: string | undefined): Map<string, string> => new Map(events(ics ?? "").map((e) => [prop(e, "UID")?.value ?? "", unescapeText(prop(e, "DESCRIPTION")?.value ?? "")]));

describe("a partner's calendar", () => {
  it("has the same events as the library's, without costs and reasons; the library's keeps them", () => {
    for (const language of ["en", "id"] as const) {
      const files = exportCalendars(plan, workspace, { language });
      const ours = descriptions(files.get("calendars/library-kota.ics"));
      const theirs = descriptions(files.get("calendars/partner-sekolah.ics"));
      expect([...theirs.keys()]).toEqual([...ours.keys()]);
      expect(ours.size).toBe(4);
      const [cost, notPlaced] = language === "en" ? ["Cost:", "Not yet scheduled:"] : ["Biaya:", "Belum terjadwal:"];
      expect([...ours.values()].filter((d) => d.includes(cost))).toHaveLength(4);
      expect([...ours.values()].filter((d) => d.includes(notPlaced))).toHaveLength(2);
      for (const d of theirs.values()) {
        expect(d).not.toContain(cost);
        expect(d).not.toContain(notPlaced);
        expect(d).toContain(language === "en" ? "Partners: SD Negeri 1" : "Mitra: SD Negeri 1");
      }
      // Still told apart: the sessions not placed are TENTATIVE in both.
      const tentative = (ics: string | undefined): number => events(ics ?? "").filter((e) => prop(e, "STATUS")?.value === "TENTATIVE").length;
      expect(tentative(files.get("calendars/partner-sekolah.ics"))).toBe(2);
    }
  });
});
