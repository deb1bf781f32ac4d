import { isExclusiveKind, type Resource } from "@lontar/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { needCandidates } from "../../src/allocate/candidates.js";
import { buildModel } from "../../src/allocate/model.js";
import { partitionWorkspace } from "../../src/partition/partition-workspace.js";
import { partBudgets, REPAIR_WEIGHT } from "../../src/partition/part-budgets.js";
import { shareSteps } from "../../src/partition/share-steps.js";
import { planWorkspace } from "../../src/plan-workspace.js";
import { multiLibraryArb } from "./arbitrary.js";

const runs = { numRuns: 80 };
const horizon = { from: "2025-03-01", to: "2025-03-31" };

/** The candidate ids of every need of every program, read on `resources`. */
function candidatesOf(programs: readonly { id: string }[], workspace: { programs: readonly Parameters<typeof needCandidates>[1][]; resources: readonly Resource[] }): Map<string, string[][]> {
  const usable = workspace.resources.filter((r) => r.kind !== "budget");
  const byId = new Map(usable.map((r) => [r.id, r]));
  const byKind = new Map<string, Resource[]>();
  for (const r of usable) byKind.set(r.kind, [...(byKind.get(r.kind) ?? []), r]);
  const wanted = new Set(programs.map((p) => p.id));
  return new Map(workspace.programs.filter((p) => wanted.has(p.id)).map((p) => [p.id, p.needs.map((n) => [...needCandidates(n, p, byId, byKind).ids])]));
}

describe("partitionWorkspace", () => {
  it("puts every program in one part, in declaration order, with the same candidates as in the whole workspace", () => {
    fc.assert(
      fc.property(multiLibraryArb, (workspace) => {
        const parts = partitionWorkspace(workspace);
        const ids = parts.flatMap((p) => p.workspace.programs.map((x) => x.id));
        expect([...ids].sort()).toEqual(workspace.programs.map((p) => p.id).sort());
        const whole = candidatesOf(workspace.programs, workspace);
        for (const part of parts) {
          const order = part.workspace.programs.map((p) => workspace.programs.indexOf(p));
          expect(order).toEqual([...order].sort((a, b) => a - b));
          expect(part.key).toBe(part.workspace.programs[0]?.id);
          expect(candidatesOf(part.workspace.programs, part.workspace)).toEqual(new Map(part.workspace.programs.map((p) => [p.id, whole.get(p.id)])));
        }
      }),
      runs,
    );
  });

  it("compiles each part's needs exactly as the whole workspace does: candidates and why none fits", () => {
    fc.assert(
      fc.property(multiLibraryArb, (workspace) => {
        const whole = buildModel(workspace, []);
        const byNeed = new Map(whole.needs.map((n) => [`${n.programId}#${n.needIndex}`, { ids: [...n.candidates].map((r) => whole.resources[r]?.id), why: n.why }]));
        for (const part of partitionWorkspace(workspace)) {
          const model = buildModel(part.workspace, [], part.candidates);
          for (const n of model.needs) {
            expect({ ids: [...n.candidates].map((r) => model.resources[r]?.id), why: n.why }).toEqual(byNeed.get(`${n.programId}#${n.needIndex}`));
          }
        }
      }),
      runs,
    );
  });

  it("never splits programs that share a resource, a budget, a library or a precedence", () => {
    fc.assert(
      fc.property(multiLibraryArb, (workspace) => {
        const parts = partitionWorkspace(workspace);
        const partOf = new Map(parts.flatMap((part, i) => part.workspace.programs.map((p) => [p.id, i] as const)));
        const resourcePart = new Map<string, number>();
        parts.forEach((part, i) =>
          part.workspace.resources.forEach((r) => {
            expect(resourcePart.has(r.id), `${r.id} is in two parts`).toBe(false);
            resourcePart.set(r.id, i);
          }),
        );
        const whole = candidatesOf(workspace.programs, workspace);
        for (const p of workspace.programs) {
          for (const ids of whole.get(p.id) ?? []) for (const id of ids) expect(resourcePart.get(id)).toBe(partOf.get(p.id));
          for (const q of workspace.programs) {
            const sameLibrary = p.library === q.library;
            const sameBudget = p.costs.length > 0 && q.costs.length > 0;
            const ordered = p.precedences.some((x) => x.program === q.id);
            if (sameLibrary || sameBudget || ordered) expect(partOf.get(p.id)).toBe(partOf.get(q.id));
          }
        }
      }),
      runs,
    );
  });
});

describe("planWorkspace over independent parts", () => {
  it("never double-books an exclusive resource across the merged plan, and is deterministic", () => {
    fc.assert(
      fc.property(multiLibraryArb, fc.integer({ min: 1, max: 1000 }), (workspace, seed) => {
        const plan = planWorkspace(workspace, { horizon, seed, maxSteps: 500 });
        const uses = plan.occurrences
          .filter((o) => o.status === "scheduled")
          .flatMap((o) => o.assignments.filter((a) => isExclusiveKind(a.kind as Resource["kind"])).map((a) => ({ r: a.resourceId, s: Date.parse(o.start), e: Date.parse(o.end), id: o.id })));
        const byResource = new Map<string, typeof uses>();
        for (const u of uses) byResource.set(u.r, [...(byResource.get(u.r) ?? []), u]);
        for (const list of byResource.values()) {
          list.sort((a, b) => a.s - b.s);
          for (let i = 1; i < list.length; i++) expect((list[i]?.s ?? 0) >= (list[i - 1]?.e ?? 0), `${list[i]?.r}: ${list[i - 1]?.id} and ${list[i]?.id}`).toBe(true);
        }
        const starts = plan.occurrences.map((o) => Date.parse(o.start));
        expect(starts).toEqual([...starts].sort((a, b) => a - b));
        expect(plan.score.hard).toBe(plan.violations.filter((v) => v.level === "hard").length);
        expect(JSON.stringify(planWorkspace(workspace, { horizon, seed, maxSteps: 500 }))).toBe(JSON.stringify(plan));
      }),
      { numRuns: 40 },
    );
  });
});

describe("partBudgets", () => {
  it("gives no steps to a part whose slots have no candidate, and weighs unassigned slots by REPAIR_WEIGHT", () => {
    const options = { horizon, maxSteps: 1040 };
    const none = { movable: 26, searchable: 0, unassigned: 0 };
    const some = { movable: 26, searchable: 26, unassigned: 0 };
    expect(partBudgets(["a", "b"], [none, some], options).map((b) => b.maxSteps)).toEqual([0, 1040]);
    const broken = { movable: 10, searchable: 10, unassigned: 1 };
    const steps = partBudgets(["a", "b"], [broken, some], options).map((b) => b.maxSteps);
    expect(steps[0]).toBe(Math.round((1040 * (10 + REPAIR_WEIGHT)) / (10 + REPAIR_WEIGHT + 26)));
    expect(steps.reduce((a, b) => a + b, 0)).toBe(1040);
  });
});

describe("shareSteps", () => {
  it("shares the whole budget, in proportion, whatever the parts", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000 }), fc.array(fc.nat({ max: 5000 }), { maxLength: 50 }), (total, movable) => {
        const shares = shareSteps(total, movable);
        const sum = movable.reduce((a, b) => a + b, 0);
        expect(shares).toHaveLength(movable.length);
        expect(shares.reduce((a, b) => a + b, 0)).toBe(sum === 0 ? 0 : total);
        movable.forEach((m, i) => expect(Math.abs((shares[i] ?? 0) - (sum === 0 ? 0 : (total * m) / sum))).toBeLessThan(1));
      }),
    );
  });
});
