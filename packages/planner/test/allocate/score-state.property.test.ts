import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { construct } from "../../src/allocate/construct.js";
import { buildModel } from "../../src/allocate/model.js";
import { rescore } from "../../src/allocate/rescore.js";
import { ScoreState } from "../../src/allocate/score-state.js";
import { problemArb } from "./arbitrary.js";

describe("ScoreState: incremental scores equal a recount from scratch", () => {
  it("after construction and any sequence of assign/unassign/moves", () => {
    fc.assert(
      fc.property(problemArb, fc.array(fc.tuple(fc.nat(), fc.nat(), fc.boolean()), { maxLength: 60 }), ({ workspace, occurrences }, ops) => {
        const model = buildModel(workspace, occurrences);
        const state = new ScoreState(model, { travelBufferMinutes: 30 });
        construct(state);
        const slots = model.slotOcc.length;
        for (const [a, b, drop] of ops) {
          const occ = a % Math.max(1, occurrences.length);
          if (drop && model.active[occ] && (model.choices[occ]?.length ?? 0) > 1) state.moveTime(occ, b % (model.choices[occ]?.length ?? 1));
          if (slots === 0) break;
          const slot = a % slots;
          const candidates = model.needs[model.slotNeed[slot] ?? 0]?.candidates ?? new Int32Array();
          state.unassign(slot);
          if (!drop && candidates.length > 0) state.assign(slot, candidates[b % candidates.length] ?? 0);
        }
        const fresh = rescore(state, 30).totals;
        expect(state.totals.hard).toBe(fresh.hard);
        expect(state.totals.medium).toBe(fresh.medium);
        expect(state.totals.soft).toBeCloseTo(fresh.soft, 6);
      }),
      { numRuns: 100 },
    );
  });
});
