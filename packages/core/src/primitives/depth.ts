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
  if (typeof input !== "object" || input === null) return undefined;
  // Nearly every input is a shallow tree: a plain walk with no identity map proves it
  // cheaply. Anything else (too deep, a cycle, or sharing that makes the plain walk exceed
  // its budget) gets the exact walk below, so the answer and its path are the same.
  return withinDepth(input, maxDepth) ? undefined : exactDepthIssue(input, maxDepth);
}

/** Objects the plain walk may visit before deferring to the exact walk. */
const PLAIN_WALK_BUDGET = 1 << 22;

/** True when every path in `input` is at most `maxDepth` deep, found within the budget. */
function withinDepth(input: object, maxDepth: number): boolean {
  const values: object[] = [input];
  const depths: number[] = [0];
  let visits = 0;
  while (values.length > 0) {
    const value = values.pop() as object;
    const depth = depths.pop() as number;
    if (depth > maxDepth || ++visits > PLAIN_WALK_BUDGET) return false;
    const items: readonly unknown[] = Array.isArray(value) ? value : Object.values(value);
    for (let i = 0; i < items.length; i++) {
      const child = items[i];
      if (typeof child !== "object" || child === null) continue;
      values.push(child);
      depths.push(depth + 1);
    }
  }
  return true;
}

/** The exact walk: the first too-deep value in depth-first order, with its path. */
function exactDepthIssue(input: object, maxDepth: number): Issue | undefined {
  // Only objects and arrays are pushed (leaves cannot be too deep), and the stack is kept in
  // parallel arrays, so a model of millions of values costs no allocation per value. Each
  // expanded value is logged with its key and its parent's log index, so a path is only
  // built for the issue.
  const logKey: (string | number)[] = [];
  const logParent: number[] = [];
  const pathOf = (key: string | number, parent: number): (string | number)[] => {
    const path: (string | number)[] = [key];
    for (let at = parent; at > 0; at = logParent[at] ?? 0) path.unshift(logKey[at] ?? "");
    return path;
  };
  const deepest = new Map<object, number>();
  const values: object[] = [input];
  const depths: number[] = [0];
  const keys: (string | number)[] = [""];
  const parents: number[] = [-1];
  while (values.length > 0) {
    const value = values.pop() as object;
    const depth = depths.pop() as number;
    const key = keys.pop() as string | number;
    const parent = parents.pop() as number;
    if (depth > maxDepth) return { code: "CORE_TOO_DEEP", path: parent < 0 ? [] : pathOf(key, parent), message: `the input nests deeper than ${maxDepth} levels`, args: { max: maxDepth } };
    if ((deepest.get(value) ?? -1) >= depth) continue;
    deepest.set(value, depth);
    const self = logKey.length;
    logKey.push(key);
    logParent.push(parent);
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        const child: unknown = value[i];
        if (typeof child !== "object" || child === null) continue;
        values.push(child);
        depths.push(depth + 1);
        keys.push(i);
        parents.push(self);
      }
    } else {
      for (const childKey in value) {
        if (!Object.hasOwn(value, childKey)) continue;
        const child: unknown = (value as Record<string, unknown>)[childKey];
        if (typeof child !== "object" || child === null) continue;
        values.push(child);
        depths.push(depth + 1);
        keys.push(childKey);
        parents.push(self);
      }
    }
  }
  return undefined;
}
