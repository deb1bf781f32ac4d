import type { Workspace } from "@lontar/core";
import { Workspace as WorkspaceSchema } from "@lontar/core";
import { createPrng, type Prng } from "../../src/allocate/prng.js";
import type { Occurrence } from "../../src/expand/occurrence.js";
import { jakartaOccurrence } from "../jakarta-occurrence.js";

/** A small, tight allocation instance: one library, its resources, one week of sessions. */
export interface SmallInstance {
  /** The seed it was made from. */
  readonly seed: number;
  readonly workspace: Workspace;
  readonly occurrences: Occurrence[];
  /** Resources (rooms, staff, the collection pool). */
  readonly resources: number;
}

const HOUR = 3_600_000;
const MONDAY = Date.UTC(2025, 2, 3) - 7 * HOUR; // 2025-03-03T00:00+07:00
const WEEKDAYS = ["mon", "tue", "wed", "thu", "fri", "sat"];

/** An occurrence at `startMs` (Asia/Jakarta, UTC+7 all year) lasting `minutes`. */
function occurrenceOf(programId: string, startMs: number, minutes: number, index: number): Occurrence {
  const id = `${programId}@${new Date(startMs + 7 * HOUR).toISOString().slice(0, 16)}#${index}`;
  return jakartaOccurrence({ id, programId, libraryId: "lib", startMs, endMs: startMs + minutes * 60_000 });
}

const pick = <T>(prng: Prng, list: readonly T[]): T => list[prng.below(list.length)] as T;

/**
 * A seeded instance with `occurrences` sessions (20–200) and `resources` resources
 * (3–15): about a third rooms (12–60 seats), the rest staff (some librarians, some with
 * availability windows or a weekly cap) and, from 5 resources, a pool of collection
 * packages; six programs needing a room for their participants, one or two staff (some
 * a librarian), some a package or two, some preferring a room. Sessions of 60–120
 * minutes start on the half hour between 08:00 and 15:30 over as few days as keep the
 * demand about 0.9 times what the scarcer of rooms and staff can serve: tight.
 */
export function smallInstance(seed: number, occurrences: number, resources: number): SmallInstance {
  const prng = createPrng(seed);
  const pooled = resources >= 5 ? 1 : 0;
  const rooms = Math.max(1, Math.round((resources - pooled) * 0.35));
  const staff = Math.max(1, resources - pooled - rooms);
  const list: unknown[] = [];
  const capacities: number[] = [];
  for (let i = 0; i < rooms; i++) {
    const capacity = pick(prng, [12, 20, 30, 40, 60]);
    capacities.push(capacity);
    list.push({ kind: "room", id: `ruang${i}`, capacity, library: "lib" });
  }
  for (let i = 0; i < staff; i++) {
    const librarian = prng.next() < 0.6 || i === 0;
    const windowed = prng.next() < 0.3;
    const first = prng.below(4);
    const days = WEEKDAYS.slice(first, first + 3);
    const morning = prng.next() < 0.5;
    list.push({
      kind: "staff",
      id: `staf${i}`,
      library: "lib",
      roles: librarian ? ["pustakawan"] : ["pendamping"],
      availability: windowed ? [{ days, time: morning ? { start: "08:00", end: "13:00" } : { start: "11:00", end: "17:30" } }] : [],
      ...(prng.next() < 0.3 ? { maxHoursPerWeek: 6 + prng.below(7) } : {}),
    });
  }
  if (pooled) list.push({ kind: "collection", id: "paket", packages: 2 + prng.below(3), copiesPerPackage: 40, library: "lib" });
  const largest = Math.max(...capacities);
  const programs = Array.from({ length: 6 }, (_, p) => {
    const needs: unknown[] = [{ kind: "room", ...(prng.next() < 0.3 ? { preferred: `ruang${prng.below(rooms)}` } : {}) }];
    needs.push({ kind: "staff", ...(p % 2 === 0 ? { role: "pustakawan" } : {}), ...(p === 5 && staff >= 3 ? { quantity: 2 } : {}) });
    if (pooled && p % 3 === 1) needs.push({ kind: "collection", quantity: 1 + prng.below(2) });
    return { id: `kegiatan${p}`, title: `Kegiatan ${p}`, library: "lib", category: "literacy_training", expectedParticipants: Math.min(largest, 8 + prng.below(45)), needs };
  });
  const workspace = WorkspaceSchema.parse({
    version: 1,
    libraries: [{ id: "lib", name: "Perpustakaan", tier: "kabupaten", region: { province: "Jawa Barat" }, timeZone: "Asia/Jakarta" }],
    resources: list,
    programs,
  });
  // Concurrent demand ≈ occurrences × 1.5 h / (8 h × days); aim for 0.9 × the scarcer resource (roles, windows, caps and room sizes make it tighter).
  const days = Math.max(1, Math.min(12, Math.round((occurrences * 1.5) / (8 * 0.9 * Math.min(rooms, staff)))));
  const out: Occurrence[] = [];
  for (let i = 0; i < occurrences; i++) {
    const index = prng.below(days);
    const day = index + Math.floor(index / 6); // Monday to Saturday
    const half = prng.below(16);
    const minutes = pick(prng, [60, 90, 120]);
    out.push(occurrenceOf(`kegiatan${prng.below(6)}`, MONDAY + day * 24 * HOUR + (8 + half / 2) * HOUR, minutes, i));
  }
  out.sort((a, b) => a.startMs - b.startMs || (a.id < b.id ? -1 : 1));
  return { seed, workspace, occurrences: out, resources: list.length };
}
