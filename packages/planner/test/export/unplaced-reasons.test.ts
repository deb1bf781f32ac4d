import { describe, expect, it } from "vitest";
import type { Justification, PlannedOccurrence } from "@lontar/planner";
import { indexWorkspace } from "../../src/export/plan-view.js";
import { unplacedReason, type ReasonContext } from "../../src/export/unplaced-reason.js";
import { workspaceOf } from "./fixtures.js";

// One library with a room, a person, a vehicle, equipment, a collection and a budget; programs whose needs the causes name.
const declared = workspaceOf({
  version: 1,
  name: "Kota Solok",
  libraries: [{ id: "solok", name: "Perpustakaan Kota Solok", tier: "kota", region: { province: "Sumatera Barat" } }],
  resources: [
    { kind: "room", id: "aula", name: "Aula Utama", library: "solok", capacity: 30, features: ["proyektor"] },
    { kind: "staff", id: "siti", name: "Siti Rahmah", library: "solok", roles: ["pustakawan"], skills: ["dongeng"] },
    { kind: "vehicle", id: "pusling", name: "Pusling Satu", library: "solok", capacityBooks: 1200 },
    { kind: "equipment", id: "laptop", name: "Laptop", library: "solok", quantity: 2 },
    { kind: "collection", id: "paket", name: "Paket Buku", library: "solok", packages: 3, copiesPerPackage: 20 },
    { kind: "budget", id: "apbd", name: "APBD Solok", amount: 1_000_000, period: { from: "2025-01-01", to: "2025-12-31" } },
  ],
  programs: [
    {
      id: "kelas",
      title: "Kelas Literasi",
      library: "solok",
      category: "literacy_training",
      expectedParticipants: 50,
      needs: [
        { kind: "room" },
        { kind: "staff", role: "sopir" },
        { kind: "staff", skill: "tari" },
        { kind: "room", features: ["ac"] },
        { kind: "vehicle", minCapacity: 6000 },
        { kind: "collection", quantity: 5 },
        { kind: "equipment", quantity: 4 },
        { kind: "volunteer" },
        { kind: "staff" },
        { kind: "staff" },
      ],
    },
    { id: "dongeng", title: "Dongeng Sabtu", library: "solok", category: "storytelling" },
  ],
});
// A plan read against a workspace that no longer declares the room its program names (validation refuses it up front).
const workspace = {
  ...declared,
  programs: declared.programs.map((p) => (p.id === "kelas" ? { ...p, needs: p.needs.map((n, i) => (i === 8 ? { ...n, kind: "room" as const, resource: "lab" } : n)) } : p)),
};

const session = (id: string, programId: string, start: string): PlannedOccurrence => ({ id, programId, libraryId: "solok", start: `${start}:00+07:00`, end: `${start}:00+07:00`, status: "unassigned", assignments: [] });
const mine = session("kelas@2025-01-11T09:00", "kelas", "2025-01-11T09:00");
const other = session("dongeng@2025-01-11T08:30", "dongeng", "2025-01-11T08:30");
const context: ReasonContext = { index: indexWorkspace(workspace), session: (id) => (id === other.id ? other : undefined) };
const need = (needIndex: number, needKind: string, extra: Partial<Justification> = {}): Justification => ({
  constraint: "unassigned",
  level: "medium",
  occurrenceId: mine.id,
  message: `${mine.id}: no ${needKind} for need ${needIndex + 1} of kelas: …`,
  programId: "kelas",
  needIndex,
  needKind,
  ...extra,
});

/** Each cause the allocator records, as its justification, with the title, reason and fix expected in each language. */
const CASES: readonly { cause: string; why: Justification | undefined; en: [string, string, string?]; id: [string, string, string?] }[] = [
  {
    cause: "roomTooSmall",
    why: need(0, "room", { room: { registrants: 50, largestFree: { id: "aula", holds: 30 } } }),
    en: ["No room large enough is free", "50 registrants; the largest room free then, Aula Utama, holds 30.", "With at most 30 registrants, Aula Utama could hold the session; or free a room for 50 at that time."],
    id: ["Tidak ada ruang yang cukup besar dan kosong", "50 pendaftar; ruang terbesar yang kosong saat itu, Aula Utama, memuat 30 orang.", "Dengan paling banyak 30 pendaftar, Aula Utama dapat dipakai; atau kosongkan ruang untuk 50 orang pada waktu itu."],
  },
  {
    cause: "noRoomFree",
    why: need(0, "room", { room: { registrants: 50 }, candidates: [{ resourceId: "aula", why: "booked", bookedBy: other.id }] }),
    en: ["No room is free", "50 registrants; no room is free then."],
    id: ["Tidak ada ruang yang kosong", "50 pendaftar; tidak ada ruang yang kosong saat itu."],
  },
  {
    cause: "busy",
    why: need(9, "staff", {
      candidates: [
        { resourceId: "siti", why: "booked", bookedBy: other.id },
        { resourceId: "siti", why: "no-hours", weekHours: 40 },
        { resourceId: "siti", why: "used" },
        { resourceId: "siti", why: "same-session" },
        { resourceId: "siti", why: "booked", bookedBy: "gone@2025-01-01T00:00" },
      ],
      moreCandidates: 2,
    }),
    en: [
      "No staff is free",
      "Every staff that fits is taken then: Siti Rahmah is booked for Dongeng Sabtu (2025-01-11 08:30); Siti Rahmah has no hours left that week (at most 40 h); Siti Rahmah is fully used then; Siti Rahmah is already assigned to another of this session's needs; Siti Rahmah is booked for another session (and 2 more).",
    ],
    id: [
      "Tidak ada staf yang tersedia",
      "Semua staf yang sesuai terpakai saat itu: Siti Rahmah sudah dipakai untuk Dongeng Sabtu (2025-01-11 08:30); Siti Rahmah tidak punya jam tersisa pada pekan itu (paling banyak 40 jam); Siti Rahmah terpakai penuh saat itu; Siti Rahmah sudah ditugaskan untuk kebutuhan lain dari kegiatan ini; Siti Rahmah sudah dipakai kegiatan lain (dan 2 lainnya).",
    ],
  },
  {
    // Off duty, or in a library closed then: not available, and not taken by anything (found by a user walk: "Every staff that fits is taken then: … is not available then").
    cause: "unavailable",
    why: need(9, "staff", { candidates: [{ resourceId: "siti", why: "unavailable" }, { resourceId: "siti", why: "closed" }] }),
    en: ["No staff is free", "No staff that fits is available then: Siti Rahmah is not available then; Siti Rahmah belongs to a library closed then."],
    id: ["Tidak ada staf yang tersedia", "Tidak satu pun staf yang sesuai tersedia saat itu: Siti Rahmah tidak tersedia saat itu; Siti Rahmah milik perpustakaan yang tutup saat itu."],
  },
  {
    cause: "busy or unavailable",
    why: need(9, "staff", { candidates: [{ resourceId: "siti", why: "booked", bookedBy: other.id }, { resourceId: "siti", why: "unavailable" }] }),
    en: ["No staff is free", "Every staff that fits is taken or not available then: Siti Rahmah is booked for Dongeng Sabtu (2025-01-11 08:30); Siti Rahmah is not available then."],
    id: ["Tidak ada staf yang tersedia", "Setiap staf yang sesuai terpakai atau tidak tersedia saat itu: Siti Rahmah sudah dipakai untuk Dongeng Sabtu (2025-01-11 08:30); Siti Rahmah tidak tersedia saat itu."],
  },
  { cause: "noneDeclared", why: need(7, "volunteer", { why: "no volunteer is declared" }), en: ["No volunteer is declared", "The workspace declares no volunteer."], id: ["Belum ada relawan yang dicatat", "Ruang kerja belum mencatat relawan apa pun."] },
  { cause: "noneFits (role)", why: need(1, "staff", { why: "no staff fits: siti lacks role sopir" }), en: ["No staff meets the need", "No staff has the role “sopir”."], id: ["Tidak ada staf yang memenuhi kebutuhan", "Tidak ada staf dengan peran “sopir”."] },
  { cause: "noneFits (skill)", why: need(2, "staff", { why: "no staff fits: siti lacks skill tari" }), en: ["No staff meets the need", "No staff has the skill “tari”."], id: ["Tidak ada staf yang memenuhi kebutuhan", "Tidak ada staf dengan keahlian “tari”."] },
  { cause: "noneFits (features)", why: need(3, "room", { why: "no room fits: aula lacks ac" }), en: ["No room meets the need", "No room has “ac”."], id: ["Tidak ada ruang yang memenuhi kebutuhan", "Tidak ada ruang yang memiliki “ac”."] },
  { cause: "noneFits (seats)", why: need(0, "room", { why: "no room fits: aula holds 30 people, 50 needed" }), en: ["No room meets the need", "No room holds 50 people; the largest holds 30."], id: ["Tidak ada ruang yang memenuhi kebutuhan", "Tidak ada ruang yang memuat 50 orang; yang terbesar memuat 30."] },
  // Counts grouped as the reader writes them (a walk of stop 59 read "6000 buku").
  { cause: "noneFits (books)", why: need(4, "vehicle", { why: "no vehicle fits" }), en: ["No vehicle meets the need", "No vehicle carries 6,000 books; the largest carries 1,200."], id: ["Tidak ada kendaraan yang memenuhi kebutuhan", "Tidak ada kendaraan yang memuat 6.000 buku; yang terbesar memuat 1.200."] },
  { cause: "noneFits (packages)", why: need(5, "collection", { why: "no collection fits" }), en: ["No collection package meets the need", "No collection has 5 packages; the largest has 3."], id: ["Tidak ada paket koleksi yang memenuhi kebutuhan", "Tidak ada paket koleksi dengan 5 paket; yang terbanyak punya 3."] },
  { cause: "noneFits (units)", why: need(6, "equipment", { why: "no equipment fits" }), en: ["No equipment meets the need", "No equipment has 4 units; the most is 2."], id: ["Tidak ada peralatan yang memenuhi kebutuhan", "Tidak ada peralatan dengan 4 unit; yang terbanyak punya 2."] },
  { cause: "missing", why: need(8, "room", { why: "resource lab is not declared" }), en: ["A resource asked for is not declared", "The program asks for “lab”, which the workspace does not declare."], id: ["Sumber daya yang diminta belum dicatat", "Kegiatan ini meminta “lab”, yang belum dicatat di ruang kerja."] },
  {
    cause: "needsClash",
    why: { constraint: "unassigned", level: "medium", occurrenceId: mine.id, message: `${mine.id}: its needs cannot all be met at once then` },
    en: ["Its needs are not free together", "Each of its needs can be met on its own, but not all of them at the same time then."],
    id: ["Kebutuhannya tidak tersedia bersamaan", "Tiap kebutuhannya dapat dipenuhi sendiri-sendiri, tetapi tidak semuanya sekaligus saat itu."],
  },
  {
    cause: "budget",
    why: { constraint: "budget-cap", level: "medium", occurrenceId: mine.id, message: `${mine.id} unassigned: budget apbd (Rp 1000000) would reach Rp 1200000` },
    en: ["The budget runs out", "APBD Solok (Rp 1,000,000) would reach Rp 1,200,000 with this session.", "Raise APBD Solok to at least Rp 1,200,000."],
    id: ["Anggaran tidak mencukupi", "APBD Solok (Rp 1.000.000) akan terpakai sampai Rp 1.200.000 dengan sesi ini.", "Naikkan pagu APBD Solok menjadi paling sedikit Rp 1.200.000."],
  },
  {
    cause: "budget cap",
    why: { constraint: "budget-cap", level: "medium", occurrenceId: mine.id, message: `${mine.id} unassigned: budget apbd cap Rp 200000 per month would reach Rp 250000` },
    en: ["The budget runs out", "The cap of APBD Solok, Rp 200,000 per month, would be passed: Rp 250,000.", "Raise the cap of APBD Solok to at least Rp 250,000 per month."],
    id: ["Anggaran tidak mencukupi", "Batas APBD Solok sebesar Rp 200.000 per bulan akan terlampaui: Rp 250.000.", "Naikkan batas APBD Solok menjadi paling sedikit Rp 250.000 per bulan."],
  },
  { cause: "no reason", why: undefined, en: ["Other causes", "No reason was recorded."], id: ["Sebab lain", "Tidak ada alasan yang tercatat."] },
];

describe("why a session was not placed, in the reader's words", () => {
  for (const c of CASES) {
    for (const language of ["en", "id"] as const) {
      it(`${c.cause} (${language})`, () => {
        const told = unplacedReason(context, mine, c.why, language);
        const [title, reason, fix] = c[language];
        expect({ title: told.title, reason: told.reason, fix: told.fix }).toEqual({ title, reason, fix });
        // Names, never ids: no occurrence, resource or budget id is shown (the undeclared "lab" is all the reader has).
        for (const id of [mine.id, other.id, "siti", "aula", "apbd", "pusling", "kelas"]) expect(`${told.title} ${told.reason} ${told.fix ?? ""}`).not.toContain(id);
      });
    }
  }
});
