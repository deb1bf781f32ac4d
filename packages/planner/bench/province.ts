import type { Workspace } from "@lontar/core";
import { Workspace as WorkspaceSchema } from "@lontar/core";
import type { Occurrence } from "../src/expand/occurrence.js";
import { jakartaOccurrence } from "./jakarta-occurrence.js";

/**
 * A generated province for benchmarks: regency libraries with rooms, staff and
 * mobile-library vehicles, village libraries with one room and two people, weekly
 * programs at every library and mobile-library routes visiting villages. Occurrences are
 * made directly (Asia/Jakarta, UTC+7, no DST), so only allocation is measured.
 */
export interface Province {
  readonly workspace: Workspace;
  readonly occurrences: Occurrence[];
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const MONDAY = Date.UTC(2025, 0, 6) - 7 * HOUR; // 2025-01-06T00:00+07:00

interface Weekly {
  readonly program: string;
  readonly library: string;
  readonly day: number;
  readonly hour: number;
  readonly minutes: number;
  readonly site?: string;
}

function occurrence(w: Weekly, week: number): Occurrence {
  const startMs = MONDAY + (week * 7 + w.day) * DAY + w.hour * HOUR;
  const endMs = startMs + w.minutes * 60_000;
  return jakartaOccurrence({ id: `${w.program}@${new Date(startMs + 7 * HOUR).toISOString().slice(0, 16)}`, programId: w.program, libraryId: w.library, startMs, endMs, site: w.site });
}

/**
 * A province of `regencies` regency libraries, each with `villagesPerRegency` villages,
 * planned for `weeks` weeks.
 */
export function generateProvince(regencies: number, villagesPerRegency: number, weeks: number): Province {
  const libraries: unknown[] = [];
  const resources: unknown[] = [];
  const programs: unknown[] = [];
  const weekly: Weekly[] = [];
  const weekdays = [{ days: ["mon", "tue", "wed", "thu", "fri", "sat"], time: { start: "08:00", end: "17:00" } }];
  for (let r = 0; r < regencies; r++) {
    const reg = `kab${r}`;
    libraries.push({ id: reg, name: `Dispusip ${r}`, tier: "kabupaten", region: { province: "Jawa Barat" }, openingHours: weekdays });
    // Largest room first: first-fit gives it to whoever comes first, and a later large group finds no room.
    for (let i = 0; i < 3; i++) resources.push({ kind: "room", id: `${reg}_ruang${i}`, capacity: 80 - 20 * i, library: reg });
    for (let i = 0; i < 8; i++) resources.push({ kind: "staff", id: `${reg}_staf${i}`, roles: i < 4 ? ["pustakawan"] : ["sopir", "pustakawan"], library: reg });
    for (let i = 0; i < 2; i++) resources.push({ kind: "vehicle", id: `${reg}_pusling${i}`, capacityBooks: 2000, library: reg });
    resources.push({ kind: "collection", id: `${reg}_paket`, packages: 4, copiesPerPackage: 50, library: reg });
    for (let p = 0; p < 10; p++) {
      const id = `${reg}_kegiatan${p}`;
      // Triples on one morning: 30 people at 09:00, 50 at 09:30, 70 at 10:00, two hours each.
      programs.push({ id, title: id, library: reg, category: "literacy_training", expectedParticipants: 30 + 20 * (p % 3), needs: [{ kind: "room" }, { kind: "staff", role: "pustakawan" }, ...(p % 3 === 0 ? [{ kind: "collection" }] : [])] });
      weekly.push({ program: id, library: reg, day: Math.floor(p / 3) % 5, hour: 9 + 0.5 * (p % 3), minutes: 120 });
    }
    const villages: string[] = [];
    for (let v = 0; v < villagesPerRegency; v++) {
      const lib = `${reg}_desa${v}`;
      villages.push(lib);
      libraries.push({ id: lib, name: `Perpustakaan desa ${v}`, tier: "desa", region: { province: "Jawa Barat" }, openingHours: weekdays });
      resources.push({ kind: "room", id: `${lib}_ruang`, capacity: 30, library: lib });
      resources.push({ kind: "staff", id: `${lib}_pengelola`, roles: ["pustakawan"], library: lib });
      resources.push({ kind: "volunteer", id: `${lib}_relawan`, roles: ["pustakawan"], availability: [{ days: ["mon", "wed", "sat"], time: { start: "08:00", end: "17:00" } }], library: lib });
      const plan: [string, number, number, boolean][] = [
        ["dongeng", 0, 9, true],
        ["klub", 0, 14, true],
        ["mewarnai", 2, 9, true],
        ["literasi", 3, 14, true],
        ["pojok", 5, 9, false],
        ["bimbel", 5, 9, true],
      ];
      for (const [name, day, hour, room] of plan) {
        const id = `${lib}_${name}`;
        programs.push({ id, title: id, library: lib, category: "storytelling", expectedParticipants: 20, needs: [...(room ? [{ kind: "room" }] : []), { kind: room ? "staff" : "volunteer", role: "pustakawan" }] });
        weekly.push({ program: id, library: lib, day, hour, minutes: 90 });
      }
    }
    for (let route = 0; route < 2; route++) {
      const id = `${reg}_pusling_rute${route}`;
      programs.push({ id, title: id, library: reg, category: "mobile_library", sites: villages.length > 0 ? villages : [reg], siteMode: "rotating", needs: [{ kind: "vehicle" }, { kind: "staff", role: "sopir" }] });
      let k = 0;
      for (const day of [1, 2, 3]) for (const hour of [8, 10.5, 13.5]) weekly.push({ program: id, library: reg, day, hour, minutes: 90, site: villages[(k++ + route * 7) % Math.max(1, villages.length)] ?? reg });
    }
  }
  // The same weeks as RFC 5545 schedules, so planWorkspace (expansion included) can be timed too.
  const schedules = new Map<string, unknown[]>();
  for (const w of weekly) {
    const first = occurrence(w, 0);
    const list = schedules.get(w.program) ?? [];
    list.push({ kind: "rrule", dtstart: `${first.localDate}T${first.localStart}`, rrule: `FREQ=WEEKLY;COUNT=${Math.max(1, weeks)}`, durationMinutes: w.minutes, skipClosures: false });
    schedules.set(w.program, list);
  }
  const scheduled = programs.map((p) => ({ ...(p as Record<string, unknown>), schedules: schedules.get((p as { id: string }).id) ?? [] }));
  const workspace = WorkspaceSchema.parse({ version: 1, libraries, resources, programs: scheduled });
  const occurrences: Occurrence[] = [];
  for (let week = 0; week < weeks; week++) for (const w of weekly) occurrences.push(occurrence(w, week));
  occurrences.sort((a, b) => a.startMs - b.startMs || (a.programId < b.programId ? -1 : a.programId > b.programId ? 1 : 0));
  return { workspace, occurrences };
}

/** The benches' province sizes: about 20 thousand, 100 thousand and a million (a province year) occurrences. */
export const PROVINCE_SIZES: Readonly<Record<string, { readonly regencies: number; readonly villages: number; readonly weeks: number }>> = {
  "20k": { regencies: 20, villages: 2, weeks: 26 },
  "100k": { regencies: 20, villages: 16, weeks: 40 },
  "1M": { regencies: 20, villages: 150, weeks: 52 },
};

/** The province of a size label of {@link PROVINCE_SIZES}; throws on an unknown label (a bench's argument). */
export function provinceOfSize(label: string): Province {
  const size = PROVINCE_SIZES[label];
  if (size === undefined) throw new Error(`unknown size ${label}; one of ${Object.keys(PROVINCE_SIZES).join(", ")}`);
  return generateProvince(size.regencies, size.villages, size.weeks);
}
