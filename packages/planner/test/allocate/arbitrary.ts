import type { Workspace } from "@lontar/core";
import fc from "fast-check";
import type { Occurrence } from "../../src/expand/occurrence.js";
import { library, occurrenceAt, workspaceOf } from "./helpers.js";

/** A generated problem: a valid one-library workspace and its occurrences in one week. */
export interface Problem {
  readonly workspace: Workspace;
  readonly occurrences: Occurrence[];
}

const pad = (n: number): string => String(n).padStart(2, "0");
const window = fc.record({ day: fc.constantFrom("mon", "tue", "wed"), from: fc.integer({ min: 7, max: 12 }), hours: fc.integer({ min: 2, max: 8 }) });
const needArb = fc.oneof(
  fc.record({ kind: fc.constant("room"), minCapacity: fc.option(fc.integer({ min: 5, max: 40 }), { nil: undefined }) }),
  fc.record({ kind: fc.constant("staff"), role: fc.option(fc.constant("pustakawan"), { nil: undefined }), quantity: fc.integer({ min: 1, max: 2 }) }),
  fc.record({ kind: fc.constant("vehicle") }),
  fc.record({ kind: fc.constant("collection"), resource: fc.constant("paket"), quantity: fc.integer({ min: 1, max: 2 }) }),
);

/** Random rooms, staff, vehicles and programs with needs, occurrences at random times (some overlapping), and sometimes an agreement commitment (at least N sessions a day or a week). */
export const problemArb: fc.Arbitrary<Problem> = fc
  .record({
    rooms: fc.array(fc.integer({ min: 5, max: 50 }), { minLength: 0, maxLength: 3 }),
    staff: fc.array(fc.record({ librarian: fc.boolean(), window: fc.option(window, { nil: undefined }), maxHours: fc.option(fc.integer({ min: 1, max: 6 }), { nil: undefined }), dayHours: fc.option(fc.integer({ min: 1, max: 4 }), { nil: undefined }) }), { minLength: 0, maxLength: 3 }),
    vehicles: fc.integer({ min: 0, max: 2 }),
    packages: fc.integer({ min: 1, max: 3 }),
    programs: fc.array(fc.record({ needs: fc.array(needArb, { maxLength: 3 }), participants: fc.integer({ min: 0, max: 30 }) }), { minLength: 1, maxLength: 3 }),
    commitment: fc.option(fc.record({ program: fc.nat(), min: fc.integer({ min: 1, max: 3 }), per: fc.constantFrom("day", "week") }), { nil: undefined }),
    sessions: fc.array(fc.record({ program: fc.nat(), day: fc.integer({ min: 3, max: 5 }), hour: fc.integer({ min: 7, max: 17 }), minute: fc.constantFrom(0, 15, 30, 45), length: fc.integer({ min: 30, max: 180 }), site: fc.integer({ min: 0, max: 2 }), flexible: fc.boolean() }), { maxLength: 25 }),
  })
  .map((g) => {
    const workspace = workspaceOf({
      libraries: [library("lib")],
      resources: [
        ...g.rooms.map((capacity, i) => ({ kind: "room", id: `room${i}`, capacity, library: "lib" })),
        ...g.staff.map((s, i) => ({
          kind: "staff",
          id: `staff${i}`,
          library: "lib",
          roles: s.librarian ? ["pustakawan"] : [],
          availability: s.window ? [{ days: [s.window.day], time: { start: `${pad(s.window.from)}:00`, end: `${pad(s.window.from + s.window.hours)}:00` } }] : [],
          ...(s.maxHours === undefined ? {} : { maxHoursPerWeek: s.maxHours }),
          ...(s.dayHours === undefined ? {} : { maxHours: [{ hours: s.dayHours, per: "day" }] }),
        })),
        ...Array.from({ length: g.vehicles }, (_, i) => ({ kind: "vehicle", id: `van${i}`, capacityBooks: 500, library: "lib" })),
        { kind: "collection", id: "paket", packages: g.packages, copiesPerPackage: 40 },
      ],
      partners: [{ id: "sd1", name: "SD Negeri 1", kind: "school" }],
      agreements:
        g.commitment === undefined
          ? []
          : [{ id: "mou", library: "lib", partner: "sd1", validity: { from: "2025-03-01", to: "2025-03-31" }, obligations: [{ kind: "sessions", program: `prog${g.commitment.program % g.programs.length}`, min: g.commitment.min, per: g.commitment.per }] }],
      programs: g.programs.map((p, i) => ({
        id: `prog${i}`,
        title: `Program ${i}`,
        library: "lib",
        category: "literacy_training",
        // No participants expected is written by leaving the field out (core takes a positive count).
        ...(p.participants > 0 ? { expectedParticipants: p.participants } : {}),
        needs: p.needs.map((n) => Object.fromEntries(Object.entries(n).filter(([, v]) => v !== undefined))),
      })),
    });
    const seen = new Set<string>();
    const occurrences: Occurrence[] = [];
    for (const s of g.sessions) {
      const programId = `prog${s.program % g.programs.length}`;
      const at = `2025-03-${pad(s.day)}T${pad(s.hour)}:${pad(s.minute)}`;
      if (seen.has(`${programId}@${at}`)) continue;
      seen.add(`${programId}@${at}`);
      const candidates = s.flexible ? [3, 4, 5].map((d) => `2025-03-${pad(d)}T${pad(s.hour)}:${pad(s.minute)}`) : undefined;
      occurrences.push(occurrenceAt(programId, "lib", at, s.length, { site: `site${s.site}`, ...(candidates ? { candidates } : {}) }));
    }
    return { workspace, occurrences };
  });
