import type { Plan } from "../plan/plan.js";
import type { ScoreState } from "./score-state.js";

/**
 * Seeds the state from a previous plan. For each occurrence present in both (same id),
 * the previous slot choice is restored when it is still a choice, and each need slot
 * takes the first unused previous assignment that is one of its candidates. Pinned
 * occurrences keep their assignments absolutely (the search never moves them, and they
 * are kept even when they now collide, which is then reported); the others keep theirs
 * only when they add no hard penalty, and changing them later costs a soft point each.
 */
export function applyPrevious(state: ScoreState, previous: Plan | undefined, pinned: ReadonlySet<string>): void {
  if (previous === undefined) return;
  const m = state.model;
  const byId = new Map(previous.occurrences.map((p) => [p.id, p]));
  for (let o = 0; o < m.occurrences.length; o++) {
    const occurrence = m.occurrences[o];
    const before = occurrence && byId.get(occurrence.id);
    if (!before || !m.active[o] || before.status !== "scheduled") continue;
    const pin = pinned.has(before.id);
    const choice = (m.choices[o] ?? []).findIndex((slot) => slot.start === before.start);
    if (choice > 0) state.moveTime(o, choice);
    const used = new Set<number>();
    for (let s = m.firstSlot[o] ?? 0, last = s + (m.slotCount[o] ?? 0); s < last; s++) {
      const def = m.needs[m.slotNeed[s] ?? 0];
      const at = before.assignments.findIndex((a, k) => {
        if (used.has(k) || a.kind !== def?.need.kind) return false;
        const r = m.resourceIndex.get(a.resourceId);
        return r !== undefined && (pin || def.candidates.includes(r));
      });
      const r = at < 0 ? undefined : m.resourceIndex.get(before.assignments[at]?.resourceId ?? "");
      if (r === undefined) continue;
      used.add(at);
      m.slotPrev[s] = r;
      if (pin) {
        state.assign(s, r);
        m.slotPinned[s] = 1;
      } else if (state.probeHard(s, r) === 0) state.assign(s, r);
    }
  }
}
