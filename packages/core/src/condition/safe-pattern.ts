/**
 * True when a regular expression cannot backtrack catastrophically in JavaScript's
 * engine, judged by its shape: no backreference, and no quantified group that itself
 * contains a quantifier (star height at most one, as in `(a+)+` or `(a|aa)*`).
 * A conservative test: some harmless patterns are refused, no exponential one passes.
 *
 * @example isSafePattern("^kelas_") // true
 * @example isSafePattern("(a+)+$") // false
 */
export function isSafePattern(pattern: string): boolean {
  // For each open group: whether a quantifier or alternation appears inside it.
  const groups: boolean[] = [];
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === "\\") {
      const next = pattern[i + 1] ?? "";
      if (/[1-9k]/.test(next)) return false;
      i++;
      continue;
    }
    if (inClass) {
      if (c === "]") inClass = false;
      continue;
    }
    if (c === "[") inClass = true;
    else if (c === "(") groups.push(false);
    else if (c === ")") {
      const risky = groups.pop() ?? false;
      const after = pattern[i + 1];
      const quantified = after === "*" || after === "+" || after === "?" || after === "{";
      if (risky && quantified && after !== "?") return false;
      if ((risky || quantified) && groups.length > 0) groups[groups.length - 1] = true;
    } else if ((c === "*" || c === "+" || c === "{" || c === "|") && groups.length > 0) {
      groups[groups.length - 1] = true;
    }
  }
  return true;
}
