import { describe, expect, it } from "vitest";
import { allocate } from "../../src/allocate/allocate.js";
import { library, occurrenceAt, workspaceOf } from "./helpers.js";

const program = (id: string, extra: Record<string, unknown> = {}): Record<string, unknown> => ({ id, title: id, library: "lib", category: "literacy_training", ...extra });

describe("allocate: soft constraints, flexible slots and re-planning", () => {
  it("prefers the preferred room when it is free, and says so when it is not", () => {
    const ws = workspaceOf({
      libraries: [library("lib")],
      resources: [
        { kind: "room", id: "a", capacity: 30, library: "lib" },
        { kind: "room", id: "b", capacity: 30, library: "lib" },
      ],
      programs: [program("p", { needs: [{ kind: "room", preferred: "b" }] })],
    });
    const one = allocate(ws, [occurrenceAt("p", "lib", "2025-03-03T09:00", 60)], { seed: 3 });
    expect(one.occurrences[0]?.assignments[0]?.resourceId).toBe("b");
    const two = allocate(ws, [occurrenceAt("p", "lib", "2025-03-03T09:00", 60), occurrenceAt("p", "lib", "2025-03-03T09:30", 60)], { seed: 3 });
    expect(two.violations).toEqual([expect.objectContaining({ constraint: "preferred-resource", level: "soft", resourceId: "a" })]);
  });

  // A walk (stop 54): `1 staf dengan peran pustakawan utamakan pustakawan_keliling` gave 94 of 257 mobile-library
  // sessions to the other librarian on days the preferred one had nothing else: fair shares of hours outweighed the preference.
  it("gives every session to the preferred person while they are free, over fair shares of hours", () => {
    const ws = workspaceOf({
      libraries: [library("lib")],
      resources: [
        { kind: "staff", id: "maria", library: "lib", roles: ["librarian"] },
        { kind: "staff", id: "agustina", library: "lib", roles: ["librarian"] },
      ],
      programs: [program("keliling", { needs: [{ kind: "staff", role: "librarian", preferred: "maria" }] })],
    });
    const days = Array.from({ length: 12 }, (_, i) => `2025-03-${String(3 + i).padStart(2, "0")}T08:00`);
    const result = allocate(ws, days.map((start) => occurrenceAt("keliling", "lib", start, 240)), { seed: 1 });
    expect(result.occurrences.map((o) => o.assignments[0]?.resourceId)).toEqual(days.map(() => "maria"));
    expect(result.violations).toEqual([]);
  });

  it("charges a soft point when a vehicle has under 30 minutes between sites", () => {
    const ws = workspaceOf({
      libraries: [library("lib")],
      resources: [{ kind: "vehicle", id: "pusling", capacityBooks: 1000, library: "lib" }],
      programs: [program("p", { needs: [{ kind: "vehicle" }] })],
    });
    const result = allocate(ws, [occurrenceAt("p", "lib", "2025-03-03T09:00", 60, { site: "desa_a" }), occurrenceAt("p", "lib", "2025-03-03T10:15", 60, { site: "desa_b" })], { seed: 1 });
    expect(result.violations).toEqual([expect.objectContaining({ constraint: "travel-buffer", resourceId: "pusling", occurrenceId: "p@2025-03-03T10:15" })]);
    const relaxed = allocate(ws, [occurrenceAt("p", "lib", "2025-03-03T09:00", 60, { site: "desa_a" }), occurrenceAt("p", "lib", "2025-03-03T10:45", 60, { site: "desa_b" })], { seed: 1 });
    expect(relaxed.violations).toEqual([]);
  });

  it("moves flexible sessions to free candidate slots on different days", () => {
    const ws = workspaceOf({
      libraries: [library("lib")],
      resources: [{ kind: "room", id: "aula", capacity: 30, library: "lib" }],
      programs: [program("fixed", { needs: [{ kind: "room" }] }), program("flex", { needs: [{ kind: "room" }] })],
    });
    const candidates = ["2025-03-03T09:00", "2025-03-04T09:00", "2025-03-05T09:00"];
    const occurrences = [
      occurrenceAt("fixed", "lib", "2025-03-03T09:00", 60),
      occurrenceAt("flex", "lib", "2025-03-03T09:00", 60, { candidates }),
      { ...occurrenceAt("flex", "lib", "2025-03-03T09:00", 60, { candidates }), id: "flex@2025-03-03T09:00#2" },
    ];
    const result = allocate(ws, occurrences, { seed: 5 });
    expect(result.occurrences.map((o) => o.status)).toEqual(["scheduled", "scheduled", "scheduled"]);
    const starts = result.occurrences.map((o) => o.start);
    expect(new Set(starts).size).toBe(3);
    // Both flexible sessions left their default slot (taken by `fixed`): half a point each.
    expect(result.score).toEqual({ hard: 0, medium: 0, soft: 1 });
  });

  it("keeps a previous plan's assignments that still hold", () => {
    const ws = workspaceOf({
      libraries: [library("lib")],
      resources: [
        { kind: "staff", id: "ani", library: "lib" },
        { kind: "staff", id: "budi", library: "lib" },
      ],
      programs: [program("p", { needs: [{ kind: "staff" }] })],
    });
    const occurrences = [occurrenceAt("p", "lib", "2025-03-03T09:00", 60)];
    const first = allocate(ws, occurrences, { seed: 1 });
    const other = first.occurrences[0]?.assignments[0]?.resourceId === "ani" ? "budi" : "ani";
    const moved = [{ ...first.occurrences[0]!, assignments: [{ resourceId: other, kind: "staff" }] }];
    const previous = { version: 1 as const, horizon: { from: "2025-03-01", to: "2025-03-31" }, occurrences: moved, violations: [], agreements: [], kpis: [], budget: [], score: first.score };
    const again = allocate(ws, occurrences, { seed: 99, previous });
    expect(again.occurrences[0]?.assignments[0]?.resourceId).toBe(other);
  });
});
