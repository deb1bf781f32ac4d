/**
 * "Did you mean" for the command line: the command or option a mistyped word most likely
 * meant, by edit distance (optimal string alignment, so a swapped pair of letters is one
 * edit — the rule of the dsl's keyword suggestions, kept here so that a usage error does
 * not load the language). Bounded: a candidate whose length differs by more than the
 * allowed edits is skipped unmeasured, so a long argument costs nothing.
 */

/** The edits a word may be away from `candidate` and still count as its typo: one per three letters, at least one, at most two. */
function allowedEdits(candidate: string): number {
  return Math.max(1, Math.min(2, Math.floor(candidate.length / 3)));
}

/** Edit distance of `a` and `b` (insert, delete, substitute, swap two adjacent letters). */
function editDistance(a: string, b: string): number {
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      let value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, (before[j - 2] ?? 0) + 1);
      current.push(value);
    }
    before = previous;
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/**
 * The candidate closest to `typed` (case ignored) within its allowed edits, or undefined
 * when none is close or `typed` is one of them. Ties go to the candidate listed first.
 *
 * @example nearestWord("chek", ["check", "fmt", "plan"]) // "check"
 */
export function nearestWord(typed: string, candidates: readonly string[]): string | undefined {
  const word = typed.toLowerCase();
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const candidate of candidates) {
    const limit = Math.min(allowedEdits(candidate), candidate.length - 1);
    if (candidate === word || Math.abs(candidate.length - word.length) > limit) continue;
    const distance = editDistance(word, candidate);
    if (distance <= limit && distance < bestDistance) [best, bestDistance] = [candidate, distance];
  }
  return best;
}

/**
 * The long option (`--format`) a mistyped one (`--fromat`, `--fromat=json`) most likely
 * meant, among `names` (without dashes); undefined for a short option or when none is close.
 *
 * @example nearestOption("--fromat", ["format", "quiet"]) // "--format"
 */
export function nearestOption(typed: string, names: readonly string[]): string | undefined {
  const match = /^--([^=]{2,})/.exec(typed);
  const near = match?.[1] === undefined ? undefined : nearestWord(match[1], names.filter((n) => n.length > 1));
  return near === undefined ? undefined : `--${near}`;
}
