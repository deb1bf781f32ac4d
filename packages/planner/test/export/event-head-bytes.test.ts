import fc from "fast-check";
import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import type { PlannedOccurrence } from "@lontar/planner";
import { EventHeadBytes, MAX_HEAD_BYTES } from "../../src/export/ics/event-head-bytes.js";
import { icsZone } from "../../src/export/ics/ics-time.js";
import { eventHead } from "../../src/export/ics/vevent.js";
import { indexWorkspace } from "../../src/export/plan-view.js";
import { sampleWorkspace } from "./fixtures.js";

const workspace = sampleWorkspace();
const library = workspace.libraries[0];

describe("EventHeadBytes", () => {
  it("writes eventHead's bytes for times in the planner's form, and declines the rest", () => {
    if (library === undefined) throw new Error("the sample workspace has a library");
    const heads = new EventHeadBytes("20250101T000000Z");
    const zones = ["Asia/Jakarta", "America/New_York", "Europe/Berlin", "Australia/Lord_Howe"];
    // Times written as the planner writes them, with the zone's own offset, or now and then another one.
    const iso = (zoneName: string): fc.Arbitrary<string> =>
      fc
        .record({ day: fc.integer({ min: 0, max: 800 }), hour: fc.integer({ min: 0, max: 23 }), minute: fc.integer({ min: 0, max: 59 }), foreign: fc.integer({ min: 0, max: 9 }).map((n) => n === 0) })
        .map(({ day, hour, minute, foreign }) => {
          const local = DateTime.fromObject({ year: 2025, month: 1, day: 1, hour, minute }, { zone: zoneName }).plus({ days: day });
          const text = local.toFormat("yyyy-MM-dd'T'HH:mm:ssZZ");
          return foreign ? `${text.slice(0, 19)}+09:45` : text;
        });
    let written = 0;
    fc.assert(
      fc.property(fc.constantFrom(...zones).chain((z) => fc.tuple(fc.constant(z), iso(z), iso(z))), fc.string({ minLength: 1, maxLength: 30 }), fc.string({ minLength: 1, maxLength: 30 }), ([zoneName, start, finish], programId, id) => {
        const zone = icsZone(zoneName);
        if (zone === undefined) throw new Error(`tzlib knows ${zoneName}`);
        const occurrence = { id, programId, libraryId: library.id, start, end: finish, status: "scheduled", assignments: [] } as unknown as PlannedOccurrence;
        const zoned = { ...workspace, libraries: workspace.libraries.map((l) => (l.id === library.id ? { ...l, timeZone: zoneName } : l)) };
        const expected = eventHead(indexWorkspace(zoned), occurrence, "20250101T000000Z");
        // Written from an offset into a slab with other bytes around it.
        const out = new Uint8Array(MAX_HEAD_BYTES + 20).fill(0x2e);
        const headEnd = heads.write(out, 7, library.id, programId, id, start, finish, zoneName, zone);
        if (headEnd < 0) {
          expect(out.every((b) => b === 0x2e)).toBe(true);
          return;
        }
        written++;
        expect(new TextDecoder().decode(out.subarray(7, headEnd))).toBe(expected?.text);
        expect(out.subarray(0, 7).every((b) => b === 0x2e) && out.subarray(headEnd).every((b) => b === 0x2e)).toBe(true);
      }),
      { seed: 12, numRuns: 400 },
    );
    // Most draws carry their zone's offset: the bytes were compared for many.
    expect(written).toBeGreaterThan(200);
  });

  it("declines times that are not in the planner's form", () => {
    const zone = icsZone("Asia/Jakarta");
    if (zone === undefined) throw new Error("tzlib knows Asia/Jakarta");
    const heads = new EventHeadBytes("20250101T000000Z");
    const out = new Uint8Array(MAX_HEAD_BYTES);
    expect(heads.write(out, 0, "lib", "p", "p@1", "2025-01-01T09:00+07:00", "2025-01-01T10:00:00+07:00", "Asia/Jakarta", zone)).toBe(-1);
    expect(heads.write(out, 0, "lib", "p", "p@1", "2025-01-01T09:00:00+07:00", "2025-01-01T10:00:00Z", "Asia/Jakarta", zone)).toBe(-1);
    expect(heads.write(out, 0, "lib", "p", "p@1", "2025-01-01T09:00:00+07:00", "2025-01-01T10:00:00+07:00", "Asia/Jakarta", zone)).toBeGreaterThan(0);
  });
});
