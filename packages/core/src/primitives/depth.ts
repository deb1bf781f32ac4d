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
  // Each entry links to its parent, so a path is only built for the issue, not per value.
  interface Entry {
    readonly value: unknown;
    readonly depth: number;
    readonly key: string | number;
    readonly parent: Entry | undefined;
  }
  const pathOf = (entry: Entry): (string | number)[] => {
    const path: (string | number)[] = [];
    for (let e: Entry | undefined = entry; e?.parent !== undefined; e = e.parent) path.unshift(e.key);
    return path;
  };
  const deepest = new Map<object, number>();
  const stack: Entry[] = [{ value: input, depth: 0, key: "", parent: undefined }];
  for (let top = stack.pop(); top !== undefined; top = stack.pop()) {
    const { value, depth } = top;
    if (typeof value !== "object" || value === null) continue;
    if (depth > maxDepth) return { code: "CORE_TOO_DEEP", path: pathOf(top), message: `the input nests deeper than ${maxDepth} levels` };
    if ((deepest.get(value) ?? -1) >= depth) continue;
    deepest.set(value, depth);
    if (Array.isArray(value)) value.forEach((child: unknown, i) => stack.push({ value: child, depth: depth + 1, key: i, parent: top }));
    else for (const [key, child] of Object.entries(value)) stack.push({ value: child, depth: depth + 1, key, parent: top });
  }
  return undefined;
}
