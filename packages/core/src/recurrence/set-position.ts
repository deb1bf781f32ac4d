/**
 * BYSETPOS (RFC 5545 §3.3.10): the positions of a period's sorted candidates to keep.
 * Each position counts once however often it is named; `-n` counts from the end; a
 * position beyond the candidates selects nothing. The result stays sorted.
 *
 * @example selectPositions([1, 2, 3], [1, -1, 1, -5]) // [1, 3]
 */
export function selectPositions(sorted: readonly number[], positions: readonly number[]): number[] {
  const n = sorted.length;
  const chosen = new Uint8Array(n);
  for (const p of positions) {
    const index = p > 0 ? p - 1 : n + p;
    if (index >= 0 && index < n) chosen[index] = 1;
  }
  const kept: number[] = [];
  for (let i = 0; i < n; i++) if (chosen[i] === 1) kept.push(sorted[i] ?? 0);
  return kept;
}

/** True when some BYSETPOS position can select among at most `maxCandidates` (always true without BYSETPOS). */
export function somePositionFits(positions: readonly number[], maxCandidates: number): boolean {
  return positions.length === 0 || positions.some((p) => Math.abs(p) <= maxCandidates);
}
