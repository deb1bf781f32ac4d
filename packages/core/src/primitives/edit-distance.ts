/**
 * Edit distance for "did you mean" suggestions: optimal string alignment (Damerau–
 * Levenshtein with adjacent transpositions), so a swapped pair of letters costs one edit.
 */

/** The edit distance between `a` and `b` (insert, delete, substitute, swap two adjacent letters), or `limit + 1` when it exceeds `limit`. */
export function damerauDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, (before[j - 2] ?? 0) + 1);
      current.push(value);
      best = Math.min(best, value);
    }
    // Every later row is at least this row's minimum (a swap reaches back one row, but costs one more).
    if (best > limit && i > 1) {
      const previousBest = Math.min(...previous);
      if (previousBest > limit) return limit + 1;
    }
    before = previous;
    previous = current;
  }
  const result = previous[b.length] ?? limit + 1;
  return result > limit ? limit + 1 : result;
}

/** The largest distance at which a word still counts as a typo of `candidate`: one edit per three letters, at least one, at most two. */
export function typoLimit(candidate: string): number {
  return Math.max(1, Math.min(2, Math.floor(candidate.length / 3)));
}
