import type { Workspace } from "@lontar/core";
import fc from "fast-check";
import { library, workspaceOf } from "../allocate/helpers.js";

const pad = (n: number): string => String(n).padStart(2, "0");

const needArb = fc.oneof(
  fc.record({ kind: fc.constant("room") }),
  fc.record({ kind: fc.constant("staff"), quantity: fc.integer({ min: 1, max: 2 }) }),
  fc.record({ kind: fc.constant("vehicle") }),
  // A named resource that may belong to another library: links two libraries' programs.
  fc.record({ kind: fc.constant("staff"), named: fc.nat() }),
  // A named room that may be too small for the program: a need with no candidate.
  fc.record({ kind: fc.constant("room"), namedRoom: fc.nat() }),
);

/**
 * Several libraries with their own rooms, staff and vehicles, some shared (library-less)
 * staff, a budget some programs draw from, precedences between programs, and weekly or
 * daily schedules over two weeks: a workspace whose parts are linked in every way the
 * partition must see.
 */
export const multiLibraryArb: fc.Arbitrary<Workspace> = fc
  .record({
    libraries: fc.integer({ min: 1, max: 4 }),
    rooms: fc.array(fc.record({ library: fc.nat(), capacity: fc.constantFrom(20, 40) }), { maxLength: 6 }),
    staff: fc.array(fc.option(fc.nat(), { nil: undefined }), { maxLength: 8 }),
    vehicles: fc.array(fc.nat(), { maxLength: 2 }),
    programs: fc.array(
      fc.record({
        library: fc.nat(),
        needs: fc.array(needArb, { maxLength: 3 }),
        costs: fc.boolean(),
        after: fc.option(fc.nat(), { nil: undefined }),
        day: fc.integer({ min: 3, max: 7 }),
        hour: fc.integer({ min: 8, max: 14 }),
        daily: fc.boolean(),
        participants: fc.option(fc.integer({ min: 10, max: 60 }), { nil: undefined }),
      }),
      { minLength: 1, maxLength: 8 },
    ),
  })
  .map((g) => {
    const libs = Array.from({ length: g.libraries }, (_, i) => `lib${i}`);
    const at = (n: number): string => libs[n % libs.length] ?? "lib0";
    const staffIds = g.staff.map((_, i) => `staff${i}`);
    return workspaceOf({
      libraries: libs.map((id) => library(id)),
      resources: [
        ...g.rooms.map((r, i) => ({ kind: "room", id: `room${i}`, capacity: r.capacity, library: at(r.library) })),
        ...g.staff.map((l, i) => ({ kind: "staff", id: `staff${i}`, roles: [], ...(l === undefined ? {} : { library: at(l) }) })),
        ...g.vehicles.map((l, i) => ({ kind: "vehicle", id: `van${i}`, capacityBooks: 500, library: at(l) })),
        { kind: "budget", id: "apbd", amount: 10_000_000, period: { from: "2025-01-01", to: "2025-12-31" } },
      ],
      programs: g.programs.map((p, i) => {
        const named = staffIds.length === 0 ? [] : p.needs.filter((n) => "named" in n).map((n) => ({ kind: "staff", resource: staffIds[("named" in n ? n.named : 0) % staffIds.length] }));
        const namedRooms = g.rooms.length === 0 ? [] : p.needs.filter((n) => "namedRoom" in n).map((n) => ({ kind: "room", resource: `room${("namedRoom" in n ? n.namedRoom : 0) % g.rooms.length}` }));
        const plain = p.needs.filter((n) => !("named" in n) && !("namedRoom" in n));
        const before = p.after === undefined || p.after % g.programs.length >= i ? [] : [{ relation: "after", program: `prog${p.after % g.programs.length}` }];
        return {
          id: `prog${i}`,
          title: `Program ${i}`,
          library: at(p.library),
          category: "literacy_training",
          schedules: [{ kind: "rrule", dtstart: `2025-03-${pad(p.day)}T${pad(p.hour)}:00`, rrule: p.daily ? "FREQ=DAILY;COUNT=10" : "FREQ=WEEKLY;COUNT=2", durationMinutes: 90, skipClosures: false }],
          needs: [...plain, ...named, ...namedRooms],
          ...(p.participants === undefined ? {} : { expectedParticipants: p.participants }),
          costs: p.costs ? [{ amount: 100_000, per: "session", budget: "apbd" }] : [],
          precedences: before,
        };
      }),
    });
  });
