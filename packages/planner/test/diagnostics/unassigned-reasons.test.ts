/**
 * LON5103, and the report's reason for a session not placed, say what keeps each candidate
 * out in the terms the reader checks: a room closed by its library's hours names the
 * closing time and the session's end (or the closed day), and a person taken by another
 * need of the same session is said to be, not "fully used".
 */
import { localizeDiagnostic } from "@lontar/core";
import { describe, expect, it } from "vitest";
import { planDiagnostics } from "../../src/diagnostics/plan-diagnostics.js";
import { indexWorkspace } from "../../src/export/plan-view.js";
import { unplacedReason } from "../../src/export/unplaced-reason.js";
import { planWorkspace } from "../../src/plan-workspace.js";
import { library, workspaceOf } from "../allocate/helpers.js";

const horizon = { from: "2019-10-01", to: "2019-10-31" };
const span = (line: number) => ({ file: "p.lontar", start: { line, column: 1, offset: line * 10 }, end: { line, column: 2, offset: line * 10 + 1 } });
const once = (dtstart: string, minutes: number) => [{ kind: "rrule", dtstart, rrule: "FREQ=DAILY;COUNT=1", durationMinutes: minutes }];
const weekdays = ["mon", "tue", "wed", "thu", "fri"];

/** The LON5103 of a workspace's one program, in each language, and the report's reason for its first session. */
function unassigned(input: Record<string, unknown>): { en: string; id: string; report: string } {
  const workspace = workspaceOf(input);
  const plan = planWorkspace(workspace, { horizon, seed: 1 });
  const [diagnostic, ...rest] = planDiagnostics(workspace, plan, horizon).filter((d) => d.code === "LON5103");
  expect(rest).toEqual([]);
  const session = plan.occurrences.find((o) => o.status === "unassigned");
  const why = session?.reasons?.find((r) => r.level === "medium");
  const index = indexWorkspace(workspace);
  const report = session === undefined ? "" : unplacedReason({ index, session: (id) => plan.occurrences.find((o) => o.id === id) }, session, why, "id").reason;
  return { en: diagnostic?.message ?? "", id: diagnostic === undefined ? "" : localizeDiagnostic(diagnostic, "id").message, report };
}

describe("LON5103: why a candidate is out", () => {
  it("a room of a library open 07:30-15:30, for a session 08:00-16:00: the library closes at 15:30 and the session ends at 16:00", () => {
    const said = unassigned({
      libraries: [library("ntt", { name: "Perpustakaan Provinsi NTT", openingHours: [{ days: weekdays, time: { start: "07:30", end: "15:30" } }] })],
      resources: [{ kind: "room", id: "ballroom", name: "Ballroom", library: "ntt", capacity: 150 }],
      programs: [{ id: "plm", title: "PLM", library: "ntt", category: "seminar", needs: [{ kind: "room", resource: "ballroom" }], source: span(1), schedules: once("2019-10-16T08:00", 480) }],
    });
    expect(said.en).toBe("`plm` cannot take place on 2019-10-16 at 08:00: no room available then: ballroom is in Perpustakaan Provinsi NTT, which closes at 15:30, and the session ends at 16:00");
    expect(said.id).toBe("`plm` tidak dapat berlangsung pada 2019-10-16 pukul 08:00: tidak ada ruang yang tersedia saat itu: ballroom berada di Perpustakaan Provinsi NTT, yang tutup pukul 15:30, padahal sesinya selesai pukul 16:00");
    expect(said.report).toBe("Tidak satu pun ruang yang sesuai tersedia saat itu: Ballroom tidak dapat dipakai: Perpustakaan Provinsi NTT tutup pukul 15:30, padahal kegiatan selesai pukul 16:00.");
  });

  it("a room of a library closed that day: the day", () => {
    const said = unassigned({
      libraries: [library("ntt", { name: "Perpustakaan Provinsi NTT", openingHours: [{ days: weekdays, time: { start: "07:30", end: "15:30" } }] })],
      resources: [{ kind: "room", id: "ballroom", library: "ntt", capacity: 150 }],
      programs: [{ id: "plm", title: "PLM", library: "ntt", category: "seminar", needs: [{ kind: "room", resource: "ballroom" }], source: span(1), schedules: once("2019-10-19T09:00", 60) }],
    });
    expect(said.en).toContain("ballroom is in Perpustakaan Provinsi NTT, which is closed on Saturday");
    expect(said.id).toContain("ballroom berada di Perpustakaan Provinsi NTT, yang tutup pada hari Sabtu");
  });

  it("a person taken by another need of the same session: said so, not fully used", () => {
    // Saturday: Budi works weekdays only, so Rina fills the first librarian need and the second has none.
    const said = unassigned({
      libraries: [library("solok")],
      resources: [
        { kind: "staff", id: "pustakawan_budi", library: "solok", roles: ["pustakawan"], availability: [{ days: weekdays, time: { start: "07:30", end: "16:00" } }] },
        { kind: "staff", id: "pustakawan_rina", name: "Rina", library: "solok", roles: ["pustakawan"], availability: [{ days: [...weekdays, "sat"], time: { start: "08:00", end: "16:00" } }] },
      ],
      programs: [{ id: "pusling", title: "Pusling", library: "solok", category: "mobile_library", needs: [{ kind: "staff", quantity: 2, role: "pustakawan" }], source: span(1), schedules: once("2019-10-19T08:30", 180) }],
    });
    expect(said.en).toBe("`pusling` cannot take place on 2019-10-19 at 08:30: no staff free or available then: pustakawan_budi is not available then (only Mon–Fri 07:30–16:00); pustakawan_rina is already assigned to another of this session's needs");
    expect(said.id).toBe("`pusling` tidak dapat berlangsung pada 2019-10-19 pukul 08:30: tidak ada staf yang kosong atau tersedia saat itu: pustakawan_budi tidak tersedia saat itu (hanya Senin–Jumat 07:30–16:00); pustakawan_rina sudah ditugaskan untuk kebutuhan lain dari sesi ini");
    expect(said.report).toMatch(/^Setiap staf yang sesuai terpakai atau tidak tersedia saat itu: /);
    expect(said.report).toContain("Rina sudah ditugaskan untuk kebutuhan lain dari kegiatan ini");
    expect(said.report).not.toContain("terpakai penuh");
  });

  it("a person off duty then (a Saturday, working weekdays): not available, not taken", () => {
    // The user walk: a flexible session left on a weekend said "Every staff that fits is taken then: Petugas Kelurahan 1 is not available then".
    const said = unassigned({
      libraries: [library("solok")],
      resources: [{ kind: "staff", id: "petugas_1", name: "Petugas Kelurahan 1", library: "solok", roles: ["petugas_kelurahan"], availability: [{ days: weekdays, time: { start: "08:00", end: "16:00" } }] }],
      programs: [{ id: "buku_bergilir", title: "Buku Bergilir", library: "solok", category: "book_rotation", needs: [{ kind: "staff", role: "petugas_kelurahan" }], source: span(1), schedules: once("2019-10-19T09:00", 120) }],
    });
    expect(said.en).toBe("`buku_bergilir` cannot take place on 2019-10-19 at 09:00: no staff available then: petugas_1 is not available then (only Mon–Fri 08:00–16:00)");
    expect(said.id).toBe("`buku_bergilir` tidak dapat berlangsung pada 2019-10-19 pukul 09:00: tidak ada staf yang tersedia saat itu: petugas_1 tidak tersedia saat itu (hanya Senin–Jumat 08:00–16:00)");
    expect(said.report).toBe("Tidak satu pun staf yang sesuai tersedia saat itu: Petugas Kelurahan 1 tidak tersedia saat itu (hanya Senin–Jumat 08:00–16:00).");
  });

  // A walk of stop 56: a van booked from 08:00 by the route was said booked by a school visit at 13:00 (the first booking met, not the first to start).
  it("a resource booked by two sessions over the session's time names the one that starts first", () => {
    const said = unassigned({
      libraries: [library("kab")],
      resources: [{ kind: "vehicle", id: "van", library: "kab", capacityBooks: 1000 }],
      programs: [
        { id: "rotasi", title: "Rotasi", library: "kab", category: "mobile_library", needs: [{ kind: "vehicle", resource: "van" }], source: span(1), schedules: once("2019-10-14T08:00", 360) },
        { id: "sekolah", title: "Sekolah", library: "kab", category: "school_visit", needs: [{ kind: "vehicle", resource: "van" }], source: span(2), schedules: once("2019-10-14T13:00", 120) },
        { id: "keliling", title: "Keliling", library: "kab", category: "mobile_library", needs: [{ kind: "vehicle", resource: "van" }], source: span(3), schedules: once("2019-10-14T08:00", 240) },
      ],
    });
    expect(said.en).toContain("van is booked by keliling (2019-10-14 08:00)");
  });
});
