import type { CommitmentIndex } from "./commitments.js";

/**
 * The order budgets are charged in: the sessions agreements count on first, then the rest,
 * each group in the order given (time order). A session counts on an agreement when, walking
 * `order`, it is among the first `min` of an `at least N sessions per period` (or the first of
 * a `hosts`) commitment's period on its program, of those `eligible` (that could take place).
 * So a session no agreement needs never takes the money of one an agreement does: a costly
 * workshop in January no longer leaves the monthly class an MoU asks for unpaid in July.
 * Medium-level commitments outrank an unassigned session in the score (PLANNER.md), and
 * charging in time order alone broke them for money.
 *
 * @param dateOf the local date of an occurrence, where it stands now (a flexible session may have moved).
 */
export function commitmentsFirst(
  commitments: CommitmentIndex,
  order: readonly number[],
  programOf: (occurrence: number) => string | undefined,
  dateOf: (occurrence: number) => string,
  eligible: (occurrence: number) => boolean,
): number[] {
  if (commitments.size === 0) return [...order];
  const offsets = commitments.offsets();
  const counted = new Int32Array(offsets[commitments.size] ?? 0);
  const first: number[] = [];
  const rest: number[] = [];
  for (const o of order) {
    const program = programOf(o);
    let needed = false;
    if (program !== undefined && eligible(o)) {
      const date = dateOf(o);
      for (const c of commitments.of(program)) {
        const p = commitments.periodOf(c, date);
        if (p < 0) continue;
        const at = (offsets[c] ?? 0) + p;
        if ((counted[at] ?? 0) >= commitments.min(c, p)) continue;
        counted[at] = (counted[at] ?? 0) + 1;
        needed = true;
      }
    }
    (needed ? first : rest).push(o);
  }
  return first.concat(rest);
}
