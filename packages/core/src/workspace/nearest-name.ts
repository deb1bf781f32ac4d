/** Levenshtein distance over one row of the table (insert, delete, substitute each cost 1). */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0] ?? 0;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j] ?? 0;
      row[j] = Math.min(above + 1, (row[j - 1] ?? 0) + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length] ?? 0;
}

/**
 * How far a known name is from a mistyped one, case ignored: a name that contains the
 * other (`participants` in `expectedParticipants`) comes before any misspelling; among
 * misspellings, fewer edits first. Undefined when the names are unrelated.
 */
function remoteness(typed: string, known: string): number | undefined {
  const a = typed.toLowerCase();
  const b = known.toLowerCase();
  if (a === b) return 0;
  if (a.length >= 3 && b.length >= 3 && (a.includes(b) || b.includes(a))) return 1 + Math.abs(a.length - b.length) / 1000;
  const edits = distance(a, b);
  return edits <= Math.max(2, Math.floor(a.length / 3)) ? 2 + edits : undefined;
}

/**
 * The known name a mistyped one most likely meant, or undefined when none is close.
 * Ties go to the name listed first.
 *
 * @example nearestName("participants", ["partners", "expectedParticipants"]) // "expectedParticipants"
 */
export function nearestName(typed: string, known: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestScore = Number.POSITIVE_INFINITY;
  for (const name of known) {
    const score = remoteness(typed, name);
    if (score !== undefined && score < bestScore) [best, bestScore] = [name, score];
  }
  return best;
}
