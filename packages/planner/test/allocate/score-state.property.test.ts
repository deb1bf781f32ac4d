import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { construct } from "../../src/allocate/construct.js";
import { compareTotals, localSearch } from "../../src/allocate/local-search.js";
import { buildModel, type Model } from "../../src/allocate/model.js";
import { MoveJournal } from "../../src/allocate/move-journal.js";
import { createPrng } from "../../src/allocate/prng.js";
import { rescore } from "../../src/allocate/rescore.js";
import { ScoreState } from "../../src/allocate/score-state.js";
import { problemArb } from "./arbitrary.js";

const expectRecount = (state: ScoreState): void => {
  const fresh = rescore(state, 30).totals;
  expect(state.totals.hard).toBe(fresh.hard);
  expect(state.totals.medium).toBe(fresh.medium);
  expect(state.totals.soft).toBeCloseTo(fresh.soft, 6);
};

/** Every active occurrence takes place or holds nothing. */
const expectWholeOccurrences = (model: Model, state: ScoreState): void => {
  for (let o = 0; o < model.occurrences.length; o++) {
    if (!model.active[o] || state.isComplete(o)) continue;
    for (let s = model.firstSlot[o] ?? 0, last = s + (model.slotCount[o] ?? 0); s < last; s++) expect(model.slotRes[s]).toBe(-1);
  }
};

const fresh = ({ workspace, occurrences }: { workspace: Parameters<typeof buildModel>[0]; occurrences: Parameters<typeof buildModel>[1] }) => {
  const model = buildModel(workspace, occurrences);
  return { model, state: new ScoreState(model, { travelBufferMinutes: 30 }) };
};

describe("ScoreState: incremental scores equal a recount from scratch", () => {
  it("after construction and any sequence of assign/unassign/moves", () => {
    fc.assert(
      fc.property(problemArb, fc.array(fc.tuple(fc.nat(), fc.nat(), fc.boolean()), { maxLength: 60 }), (problem, ops) => {
        const { model, state } = fresh(problem);
        construct(state);
        expectRecount(state);
        expectWholeOccurrences(model, state);
        const slots = model.slotOcc.length;
        for (const [a, b, drop] of ops) {
          const occ = a % Math.max(1, problem.occurrences.length);
          if (drop && model.active[occ] && (model.choices[occ]?.length ?? 0) > 1) state.moveTime(occ, b % (model.choices[occ]?.length ?? 1));
          if (slots === 0) break;
          const slot = a % slots;
          const candidates = model.needs[model.slotNeed[slot] ?? 0]?.candidates ?? new Int32Array();
          state.unassign(slot);
          if (!drop && candidates.length > 0) state.assign(slot, candidates[b % candidates.length] ?? 0);
        }
        expectRecount(state);
      }),
      { numRuns: 100, seed: 11 },
    );
  });

  it("after occurrences are taken out of the allocation and let back in (budget refusals and their settling), between assignments", () => {
    fc.assert(
      fc.property(problemArb, fc.array(fc.tuple(fc.nat(), fc.nat(), fc.boolean()), { maxLength: 60 }), (problem, ops) => {
        const { model, state } = fresh(problem);
        construct(state);
        const slots = model.slotOcc.length;
        for (const [a, b, out] of ops) {
          const occ = a % Math.max(1, problem.occurrences.length);
          if (out) state.deactivate(occ);
          else state.activate(occ);
          if (model.active[occ] && (model.choices[occ]?.length ?? 0) > 1) state.moveTime(occ, b % (model.choices[occ]?.length ?? 1));
          if (slots === 0 || !model.active[model.slotOcc[a % slots] ?? 0]) continue;
          const slot = a % slots;
          const candidates = model.needs[model.slotNeed[slot] ?? 0]?.candidates ?? new Int32Array();
          state.unassign(slot);
          if (candidates.length > 0) state.assign(slot, candidates[b % candidates.length] ?? 0);
        }
        expectRecount(state);
        for (let o = 0; o < model.occurrences.length; o++) if (!model.active[o]) for (let s = model.firstSlot[o] ?? 0, last = s + (model.slotCount[o] ?? 0); s < last; s++) expect(model.slotRes[s]).toBe(-1);
      }),
      { numRuns: 100, seed: 13 },
    );
  });

  it("after the local search's moves (insert, slot move, swap, time move, ruin and recreate), its returning to the best state and the final fill", () => {
    fc.assert(
      fc.property(problemArb, fc.integer(), fc.integer({ min: 0, max: 400 }), (problem, seed, steps) => {
        const { model, state } = fresh(problem);
        construct(state);
        const constructed = { ...state.totals };
        localSearch(state, createPrng(seed), { maxSteps: steps, historyLength: 5 }, () => 0);
        expectRecount(state);
        expectWholeOccurrences(model, state);
        // The best state seen includes the constructed one, and the final fill only adds sessions.
        expect(compareTotals(state.totals, constructed)).toBeLessThanOrEqual(1e-9);
      }),
      { numRuns: 100, seed: 12 },
    );
  });

  it("after two walks from the constructed state (a repairing search with enough steps), keeping the better", () => {
    fc.assert(
      fc.property(problemArb, fc.integer(), (problem, seed) => {
        const { model, state } = fresh(problem);
        construct(state);
        const constructed = { ...state.totals };
        localSearch(state, createPrng(seed), { maxSteps: 4_200 }, () => 0);
        expectRecount(state);
        expectWholeOccurrences(model, state);
        expect(compareTotals(state.totals, constructed)).toBeLessThanOrEqual(1e-9);
      }),
      { numRuns: 15, seed: 14 },
    );
  });

  it("returns exactly to an earlier state when a journal of changes is rolled back", () => {
    fc.assert(
      fc.property(problemArb, fc.array(fc.tuple(fc.nat(), fc.nat(), fc.boolean()), { maxLength: 40 }), (problem, ops) => {
        const { model, state } = fresh(problem);
        construct(state);
        const before = { totals: { ...state.totals }, res: Int32Array.from(model.slotRes), choice: Int32Array.from(model.choice) };
        const journal = new MoveJournal(state, 1_000);
        journal.markBest();
        journal.begin();
        const slots = model.slotOcc.length;
        for (const [a, b, time] of ops) {
          const occ = a % Math.max(1, problem.occurrences.length);
          if (time && model.active[occ] && (model.choices[occ]?.length ?? 0) > 1) journal.time(occ, b % (model.choices[occ]?.length ?? 1));
          else if (slots > 0) {
            const slot = a % slots;
            const candidates = model.needs[model.slotNeed[slot] ?? 0]?.candidates ?? new Int32Array();
            journal.change(slot, candidates.length === 0 || b % 3 === 0 ? -1 : (candidates[b % candidates.length] ?? -1));
          }
        }
        journal.restoreBest();
        expect(Array.from(model.slotRes)).toEqual(Array.from(before.res));
        expect(Array.from(model.choice)).toEqual(Array.from(before.choice));
        expect(state.totals.hard).toBe(before.totals.hard);
        expect(state.totals.medium).toBe(before.totals.medium);
        expect(state.totals.soft).toBeCloseTo(before.totals.soft, 6);
        expectRecount(state);
      }),
      { numRuns: 100, seed: 13 },
    );
  });
});
