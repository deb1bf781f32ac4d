import type { Issue } from "./result.js";

/**
 * How deeply nested user input may be. Real workspaces nest about ten levels (a rule's
 * condition tree a few more); zod validates recursively, so a deeper (or cyclic) input
 * would overflow the stack instead of giving an issue.
 */
export const MAX_INPUT_DEPTH = 256;

/**
 * The issue `CORE_TOO_DEEP` when `input` nests objects or arrays deeper than `maxDepth`
 * (a cycle counts as too deep), else undefined. Iterative, so it cannot overflow itself;
 * each value is revisited only when reached at a greater depth, so the walk is bounded.
 */
export function inputDepthIssue(input: unknown, maxDepth: number = MAX_INPUT_DEPTH): Issue | undefined {
  const deepest = new Map<object, number>();
  const stack: { value: unknown; depth: number; path: readonly (string | number)[] }[] = [{ value: input, depth: 0, path: [] }];
  for (let top = stack.pop(); top !== undefined; top = stack.pop()) {
    const { value, depth, path } = top;
    if (typeof value !== "object" || value === null) continue;
    if (depth > maxDepth) return { code: "CORE_TOO_DEEP", path, message: `the input nests deeper than ${maxDepth} levels` };
    if ((deepest.get(value) ?? -1) >= depth) continue;
    deepest.set(value, depth);
    const entries: [string | number, unknown][] = Array.isArray(value) ? value.map((v, i) => [i, v]) : Object.entries(value);
    for (const [key, child] of entries) stack.push({ value: child, depth: depth + 1, path: [...path, key] });
  }
  return undefined;
}
