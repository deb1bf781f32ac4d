/**
 * The report's summary names a program the plan holds no session of because its schedule
 * falls outside the horizon. Found by a user walk (planning 2027 in December 2026): a
 * writing class copied from the 2026 plan, `mulai 2026-01-06 sampai 2026-12-15`, was nowhere
 * in the 2027 report (it lists sessions), and nothing told the head of the Dinas it was gone.
 */
import { describe, expect, it } from "vitest";
import { exportHtml, planWorkspace } from "@lontar/planner";
import { workspaceOf } from "./fixtures.js";

const workspace = workspaceOf({
  version: 1,
  libraries: [{ id: "malteng", name: "Dispusip Maluku Tengah", tier: "kabupaten", region: { province: "Maluku" } }],
  programs: [
    { id: "kelas_menulis", title: "Kelas Menulis", library: "malteng", category: "class", schedules: [{ kind: "rrule", dtstart: "2026-01-06T09:00", rrule: "FREQ=WEEKLY;UNTIL=20261215T235959", durationMinutes: 120 }] },
    { id: "bedah_buku", title: "Bedah Buku", library: "malteng", category: "book_discussion", schedules: [{ kind: "rrule", dtstart: "2025-01-03T09:00", rrule: "FREQ=MONTHLY;COUNT=3", durationMinutes: 60 }] },
    { id: "dongeng", title: "Dongeng", library: "malteng", category: "storytelling", schedules: [{ kind: "rrule", dtstart: "2027-03-02T09:00", rrule: "FREQ=WEEKLY;COUNT=2", durationMinutes: 60 }] },
  ],
} as never);
const plan = planWorkspace(workspace, { horizon: { from: "2027-01-01", to: "2027-12-31" }, seed: 1 });
const summary = (language: "id" | "en") => /<section id="summary">[\s\S]*?<\/section>/.exec(exportHtml(plan, workspace, { language }))?.[0] ?? "";

describe("a program whose schedule gives no session in the horizon", () => {
  it("is named in the summary, by its title, in both languages", () => {
    expect(summary("id")).toContain("Program tanpa satu kegiatan pun dalam rencana ini, karena jadwalnya tidak memberi sesi dalam 1 Januari 2027 – 31 Desember 2027: Kelas Menulis, Bedah Buku.");
    expect(summary("en")).toContain("Programs with no session in this plan, as their schedules give none in 1 January 2027 – 31 December 2027: Kelas Menulis, Bedah Buku.");
  });

  it("is not named when it holds a session", () => {
    expect(summary("en")).not.toMatch(/no session in this plan[^<]*Dongeng/);
  });
});
