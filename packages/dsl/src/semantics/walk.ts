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
    // DateRangeNode (Closed.range): visit it then.
    const children = Object.entries(value).filter(([key, child]) => (key !== "range" || isNode(child)) && typeof child === "object" && child !== null);
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]?.[1]);
  }
}
