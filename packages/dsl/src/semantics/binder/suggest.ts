/** Edit distance between two words (insertions, deletions, substitutions), capped at `limit + 1`. */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      current.push(value);
      best = Math.min(best, value);
    }
    // Every later row is at least the row minimum, so stop once it passes the limit.
    if (best > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length] ?? limit + 1;
}

/**
 * Names close to `word`: within edit distance 2, or one a prefix of the other (at least
 * three letters), closest first then alphabetical. Case is ignored for the comparison.
 */
export function closeNames(word: string, candidates: Iterable<string>): string[] {
  const lower = word.toLowerCase();
  const scored: { name: string; score: number }[] = [];
  for (const name of candidates) {
    const other = name.toLowerCase();
    if (other === lower && name === word) continue;
    const distance = editDistance(lower, other, 2);
    const prefix = lower.length >= 3 && other.length >= 3 && (other.startsWith(lower) || lower.startsWith(other));
    if (distance <= 2) scored.push({ name, score: distance });
    else if (prefix) scored.push({ name, score: 3 });
  }
  scored.sort((x, y) => x.score - y.score || (x.name < y.name ? -1 : x.name > y.name ? 1 : 0));
  return scored.map((s) => s.name);
}
