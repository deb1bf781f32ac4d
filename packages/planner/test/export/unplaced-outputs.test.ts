import { parse } from "csv-parse/sync";
import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { exportCalendars, exportCsv, exportHtml, planWorkspace } from "@lontar/planner";
import { workspaceOf } from "./fixtures.js";

// A Saturday morning at one library, planned by the real planner: a class for 50 in a room for 30,
// a mobile library with no vehicle declared, a driver's session no one can drive, two sessions
// sharing the one librarian, and a workshop whose cost passes the budget.
const saturday = (id: string, title: string, extra: Record<string, unknown>): Record<string, unknown> => ({
  id,
  title,
  library: "solok",
  category: "literacy_training",
  schedules: [{ kind: "rrule", dtstart: "2025-01-11T09:00", rrule: "FREQ=WEEKLY;BYDAY=SA;COUNT=1", durationMinutes: 60 }],
  ...extra,
});
const workspace = workspaceOf({
  version: 1,
  name: "Kota Solok",
  libraries: [{ id: "solok", name: "Perpustakaan Kota Solok", tier: "kota", region: { province: "Sumatera Barat" } }],
  resources: [
    { kind: "room", id: "aula", name: "Aula Utama", library: "solok", capacity: 30 },
    { kind: "staff", id: "siti", name: "Siti Rahmah", library: "solok", roles: ["pustakawan"] },
    { kind: "budget", id: "apbd", name: "APBD Solok", amount: 100_000, period: { from: "2025-01-01", to: "2025-12-31" } },
  ],
  programs: [
    saturday("kelas", "Kelas Besar", { expectedParticipants: 50, needs: [{ kind: "room" }] }),
    saturday("pusling", "Pusling Desa", { needs: [{ kind: "vehicle" }] }),
    saturday("antar", "Antar Buku", { needs: [{ kind: "staff", role: "sopir" }] }),
    saturday("dongeng", "Dongeng Pagi", { needs: [{ kind: "staff", role: "pustakawan" }] }),
    saturday("baca", "Baca Bersama", { needs: [{ kind: "staff", role: "pustakawan" }] }),
    saturday("lokakarya", "Lokakarya", { costs: [{ amount: 250_000, per: "session", budget: "apbd" }] }),
  ],
} as never);

const plan = planWorkspace(workspace, { horizon: { from: "2025-01-01", to: "2025-01-31" }, seed: 1, maxSteps: 200 });
const unplaced = plan.occurrences.filter((o) => o.status === "unassigned");
const EXPECTED = {
  en: ["No room holds 50 people; the largest holds 30.", "The workspace declares no vehicle.", "No staff has the role “sopir”.", "Siti Rahmah is booked for", "APBD Solok (Rp 100,000) would reach Rp 250,000 with this session. Suggested fix: Raise APBD Solok to at least Rp 250,000."],
  id: ["Tidak ada ruang yang memuat 50 orang; yang terbesar memuat 30.", "Ruang kerja belum mencatat kendaraan apa pun.", "Tidak ada staf dengan peran “sopir”.", "Siti Rahmah sudah dipakai untuk", "APBD Solok (Rp 100.000) akan terpakai sampai Rp 250.000 dengan sesi ini. Saran: Naikkan pagu APBD Solok menjadi paling sedikit Rp 250.000."],
} as const;

describe("sessions not placed, told in the reader's words in every output", () => {
  it("the planner leaves one session of each cause unplaced", () => {
    const programs = unplaced.map((o) => o.programId);
    expect(programs.filter((p) => p !== "dongeng" && p !== "baca").sort()).toEqual(["antar", "kelas", "lokakarya", "pusling"]);
    // The librarian takes one of the two sessions she is asked for at once.
    expect(programs.filter((p) => p === "dongeng" || p === "baca")).toHaveLength(1);
  });

  for (const language of ["en", "id"] as const) {
    it(`occurrences.csv gives each its reason without ids (${language})`, () => {
      const rows = parse(exportCsv(plan, workspace, { language, separator: ";" }), { bom: true, delimiter: ";", columns: true }) as Record<string, string>[];
      const reasons = rows.filter((r) => unplaced.some((o) => o.id === r["id"])).map((r) => Object.values(r).at(-1) ?? "");
      for (const text of EXPECTED[language]) expect(reasons.some((r) => r.includes(text))).toBe(true);
      for (const reason of reasons) for (const o of plan.occurrences) expect(reason).not.toContain(o.id);
    });

    it(`the .ics descriptions give each its reason (${language})`, () => {
      const calendar = exportCalendars(plan, workspace, { language }).get("calendar.ics") ?? "";
      const descriptions = new ICAL.Component(ICAL.parse(calendar) as unknown[]).getAllSubcomponents("vevent").map((e) => String(e.getFirstPropertyValue("description")));
      for (const text of EXPECTED[language]) expect(descriptions.some((d) => d.includes(text))).toBe(true);
      for (const d of descriptions) for (const o of plan.occurrences) expect(d).not.toContain(o.id);
    });

    it(`the report groups them by cause with the reason and the fix (${language})`, () => {
      const html = exportHtml(plan, workspace, { language }).replaceAll("&#39;", "'").replaceAll("&quot;", '"');
      const section = html.slice(html.indexOf('<section id="unplaced">'), html.indexOf("</section>", html.indexOf('<section id="unplaced">')));
      for (const text of EXPECTED[language]) expect(section).toContain(text.replace(/ (Suggested fix|Saran): /, "<br><span class=\"fix\">$1: "));
    });
  }
});
