/**
 * occurrences.csv says what the plan records against a held session, as the calendars and
 * the workbook do. A developer's walk (stop 55): a session held on the library's closed
 * Sunday had an empty `reasons` cell, while the .ics said "Problem: … is closed on Sunday"
 * and `check` gave LON5105; a spreadsheet filtered on `status = scheduled` showed nothing wrong.
 */
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { exportCsv } from "../../src/export/csv/export-csv.js";
import { planWorkspace } from "../../src/plan-workspace.js";
import { workspaceOf } from "../expand/helpers.js";

const ws = workspaceOf({
  libraries: [{ id: "kota", name: "Perpustakaan Kota", tier: "kota", region: { province: "Jawa Tengah", regency: "Kota Semarang" }, openingHours: [{ days: ["mon", "tue", "wed", "thu", "fri", "sat"], time: { start: "08:00", end: "16:00" } }] }],
  programs: [{ id: "baca", title: "Baca", library: "kota", category: "reading_contest", schedules: [{ kind: "rrule", dtstart: "2027-01-04T10:00", rrule: "FREQ=DAILY;COUNT=7", durationMinutes: 60 }] }],
});

describe("occurrences.csv's reasons of a held session", () => {
  it("say the problem the plan records (held on the closed Sunday), in the output language; other held sessions stay empty", () => {
    const plan = planWorkspace(ws, { horizon: { from: "2027-01-04", to: "2027-01-10" }, seed: 1 });
    for (const [language, delimiter, word] of [["en", ",", "Problem: "], ["id", ";", "Masalah: "]] as const) {
      const rows = parse(exportCsv(plan, ws, { language }), { bom: true, delimiter, record_delimiter: "\r\n", columns: true }) as Record<string, string>[];
      const sunday = rows.find((r) => r["date"] === "2027-01-10");
      expect(sunday?.["status"]).toBe("scheduled");
      expect(sunday?.["reasons"]).toMatch(new RegExp(`^${word}`));
      // 2027-01-05, Isra Mikraj, is cancelled with its reason; the other held sessions have none.
      expect(rows.filter((r) => r["date"] !== "2027-01-10" && r["status"] === "scheduled").map((r) => r["reasons"])).toEqual(["", "", "", "", ""]);
    }
  });
});
