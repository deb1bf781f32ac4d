/**
 * Shares a step budget among parts in proportion to their movable need slots, by largest
 * remainder (ties to the earlier part), so the shares add up to the budget exactly and
 * depend only on the parts, never on how many threads plan them.
 *
 * @example shareSteps(10, [1, 1, 2]) // [3, 2, 5]
 */
export function shareSteps(total: number, movable: readonly number[]): number[] {
  const sum = movable.reduce((a, b) => a + b, 0);
  if (sum === 0 || total <= 0) return movable.map(() => 0);
  const exact = movable.map((m) => (total * m) / sum);
  const shares = exact.map(Math.floor);
  let left = total - shares.reduce((a, b) => a + b, 0);
  const order = exact.map((x, i) => ({ i, rest: x - Math.floor(x) })).sort((a, b) => b.rest - a.rest || a.i - b.i);
  for (const { i } of order) {
    if (left <= 0) break;
    shares[i] = (shares[i] ?? 0) + 1;
    left--;
  }
  return shares;
}

/**
 * A part's seed: the plan's seed mixed with the part's key (FNV-1a, then a finaliser),
 * so each part searches its own stream and a part keeps its stream when others change.
 */
export function partSeed(seed: number, key: string): number {
  let h = 0x811c9dc5 ^ (seed >>> 0);
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  return h >>> 0;
}
