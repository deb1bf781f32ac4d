import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isExclusiveKind } from "@lontar/core";
import { allocate } from "../../src/allocate/allocate.js";
import { MAX_SEED } from "../../src/allocate/search-bounds.js";
import { problemArb } from "./arbitrary.js";

/** Seeds as the allocator takes them: whole numbers of 32 bits. */
const seedArb = fc.integer({ min: 0, max: MAX_SEED });

const runs = { numRuns: 60 };

/** Minutes each resource is booked in a plan's scheduled sessions, summed under `keyOf` (the resource, or the resource and the day). */
function bookedMinutes(plan: ReturnType<typeof allocate>, keyOf: (resource: string, start: string) => string): Map<string, number> {
  const minutes = new Map<string, number>();
  for (const o of plan.occurrences.filter((x) => x.status === "scheduled")) {
    for (const a of o.assignments) {
      const key = keyOf(a.resourceId, o.start);
      minutes.set(key, (minutes.get(key) ?? 0) + (Date.parse(o.end) - Date.parse(o.start)) / 60_000);
    }
  }
  return minutes;
}

describe("allocate: invariants over generated workspaces", () => {
  it("never double-books an exclusive resource and never overuses a pool", () => {
    fc.assert(
      fc.property(problemArb, seedArb, ({ workspace, occurrences }, seed) => {
        const plan = allocate(workspace, occurrences, { seed, maxSteps: 300 });
        const uses = plan.occurrences.filter((o) => o.status === "scheduled").flatMap((o) => o.assignments.map((a) => ({ ...a, start: Date.parse(o.start), end: Date.parse(o.end), id: o.id })));
        for (let i = 0; i < uses.length; i++) {
          for (let j = i + 1; j < uses.length; j++) {
            const a = uses[i];
            const b = uses[j];
            if (!a || !b || a.resourceId !== b.resourceId || !isExclusiveKind(a.kind as never)) continue;
            expect(a.start < b.end && b.start < a.end, `${a.resourceId}: ${a.id} and ${b.id}`).toBe(false);
          }
        }
        const pool = workspace.resources.find((r) => r.kind === "collection");
        const units = new Map(workspace.programs.map((p) => [p.id, p.needs.filter((n) => n.kind === "collection").reduce((s, n) => s + n.quantity, 0)]));
        for (const o of plan.occurrences.filter((x) => x.status === "scheduled")) {
          const t = Date.parse(o.start);
          const inUse = plan.occurrences
            .filter((x) => x.status === "scheduled" && Date.parse(x.start) <= t && t < Date.parse(x.end))
            .reduce((s, x) => s + (units.get(x.programId) ?? 0), 0);
          if (pool?.kind === "collection") expect(inUse).toBeLessThanOrEqual(pool.packages);
        }
      }),
      runs,
    );
  });

  it("gives scheduled occurrences only resources that meet their needs, and justifies every other status", () => {
    fc.assert(
      fc.property(problemArb, ({ workspace, occurrences }) => {
        const plan = allocate(workspace, occurrences, { seed: 1, maxSteps: 200 });
        const programs = new Map(workspace.programs.map((p) => [p.id, p]));
        const resources = new Map(workspace.resources.map((r) => [r.id, r]));
        for (const o of plan.occurrences) {
          if (o.status !== "scheduled") {
            expect(o.reasons?.length ?? 0).toBeGreaterThan(0);
            continue;
          }
          const program = programs.get(o.programId);
          for (const a of o.assignments) {
            const r = resources.get(a.resourceId);
            if (r?.kind === "room") expect(r.capacity).toBeGreaterThanOrEqual(program?.expectedParticipants ?? 0);
            if (r?.kind === "staff") {
              const needsRole = program?.needs.some((n) => n.kind === "staff" && n.role === "pustakawan") ?? false;
              if (needsRole && program?.needs.every((n) => n.kind !== "staff" || n.role === "pustakawan")) expect(r.roles).toContain("pustakawan");
            }
          }
        }
        expect(plan.score.hard).toBe(plan.violations.filter((v) => v.level === "hard").length);
        expect(plan.score.medium).toBeGreaterThanOrEqual(plan.occurrences.filter((o) => o.status === "unassigned").length);
      }),
      runs,
    );
  });

  it("keeps each person within maxHoursPerWeek, or reports the week as a hard violation", () => {
    fc.assert(
      fc.property(problemArb, seedArb, ({ workspace, occurrences }, seed) => {
        const plan = allocate(workspace, occurrences, { seed, maxSteps: 300 });
        const minutes = bookedMinutes(plan, (resource) => resource);
        for (const r of workspace.resources) {
          if (r.kind !== "staff" || r.maxHoursPerWeek === undefined) continue;
          const over = (minutes.get(r.id) ?? 0) > r.maxHoursPerWeek * 60;
          expect(plan.violations.some((v) => v.constraint === "weekly-hours" && v.resourceId === r.id)).toBe(over);
          expect(over).toBe(false);
        }
      }),
      runs,
    );
  });

  it("keeps each person within a cap per day (`maxHours`), each day on its own", () => {
    fc.assert(
      fc.property(problemArb, seedArb, ({ workspace, occurrences }, seed) => {
        const plan = allocate(workspace, occurrences, { seed, maxSteps: 300 });
        const minutes = bookedMinutes(plan, (resource, start) => `${resource} ${start.slice(0, 10)}`);
        for (const r of workspace.resources) {
          if (r.kind !== "staff" || r.maxHours === undefined) continue;
          for (const [key, used] of minutes) if (key.startsWith(`${r.id} `)) expect(used).toBeLessThanOrEqual((r.maxHours[0]?.hours ?? 0) * 60);
          expect(plan.violations.some((v) => v.constraint === "period-hours" && v.resourceId === r.id)).toBe(false);
        }
      }),
      runs,
    );
  });

  it("is deterministic for a seed and never scores below zero", () => {
    fc.assert(
      fc.property(problemArb, seedArb, ({ workspace, occurrences }, seed) => {
        const a = allocate(workspace, occurrences, { seed, maxSteps: 400 });
        const b = allocate(workspace, occurrences, { seed, maxSteps: 400 });
        expect(JSON.stringify(b)).toBe(JSON.stringify(a));
        expect(a.score.hard).toBeGreaterThanOrEqual(0);
        expect(a.score.medium).toBeGreaterThanOrEqual(0);
        expect(a.score.soft).toBeGreaterThanOrEqual(0);
      }),
      runs,
    );
  });

  it("keeps pinned assignments when re-solving with another seed", () => {
    fc.assert(
      fc.property(problemArb, seedArb, seedArb, ({ workspace, occurrences }, s1, s2) => {
        const first = allocate(workspace, occurrences, { seed: s1, maxSteps: 200 });
        const previous = { version: 1 as const, horizon: { from: "2025-03-01", to: "2025-03-31" }, occurrences: first.occurrences, violations: [], agreements: [], kpis: [], budget: [], score: first.score };
        const pinned = first.occurrences.filter((o, i) => o.status === "scheduled" && i % 2 === 0).map((o) => o.id);
        const second = allocate(workspace, occurrences, { seed: s2, maxSteps: 200, previous, pinned });
        const byId = new Map(second.occurrences.map((o) => [o.id, o]));
        for (const id of pinned) {
          expect(byId.get(id)?.assignments).toEqual(first.occurrences.find((o) => o.id === id)?.assignments);
        }
        const kept = allocate(workspace, occurrences, { seed: s2, maxSteps: 0, previous });
        expect(kept.occurrences.filter((o) => o.status === "scheduled").length).toBeGreaterThanOrEqual(first.occurrences.filter((o) => o.status === "scheduled").length);
      }),
      runs,
    );
  });
});
