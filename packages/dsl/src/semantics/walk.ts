/** Any AST node: an object with a string `kind`. */
export interface AnyNode {
  readonly kind: string;
  readonly [key: string]: unknown;
}

function isNode(value: unknown): value is AnyNode {
  return typeof value === "object" && value !== null && typeof (value as { kind?: unknown }).kind === "string";
}

/**
 * Visits `root` and every node below it, parents first, in source order. Uses an explicit
 * stack, so deeply nested conditions cannot overflow the call stack.
 */
export function walkNodes(root: unknown, visit: (node: AnyNode) => void): void {
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const value = stack.pop();
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) stack.push(value[i]);
      continue;
    }
    if (!isNode(value)) continue;
    visit(value);
    // A node's `range` is its source range, except where ast.ts reuses the name for a
    // DateRangeNode (Closed.range): visit it then. Children are pushed last-first so that
    // they pop in source order.
    const keys = Object.keys(value);
    for (let i = keys.length - 1; i >= 0; i--) {
      const key = keys[i] ?? "";
      const child = value[key];
      if (typeof child !== "object" || child === null) continue;
      if (key === "range" && !isNode(child)) continue;
      stack.push(child);
    }
  }
}
