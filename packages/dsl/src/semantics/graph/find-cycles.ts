/** An edge of a directed graph of names: where it leads. */
export interface GraphEdge {
  /** The node the edge leads to. */
  readonly to: string;
}

/** A cycle found: the edge that closes it, and the nodes around it (first node repeated at the end). */
export interface FoundCycle<E extends GraphEdge> {
  /** The edge back to a node on the current path. */
  readonly closing: E;
  /** The nodes of the cycle, e.g. `a → b → a` as `["a", "b", "a"]`. */
  readonly path: readonly string[];
}

/** Groups edges by the node they leave, keeping their order. Linear in the number of edges. */
export function edgesByNode<E extends GraphEdge>(pairs: Iterable<readonly [string, E]>): Map<string, E[]> {
  const out = new Map<string, E[]>();
  for (const [from, edge] of pairs) {
    const list = out.get(from);
    if (list === undefined) out.set(from, [edge]);
    else list.push(edge);
  }
  return out;
}

/**
 * Every edge that closes a cycle, by an iterative depth-first search with colours from
 * each of `nodes` in order: each node is entered once, so input cannot make it loop or
 * overflow the stack. Deterministic for the same node and edge order.
 */
export function findCycles<E extends GraphEdge>(nodes: readonly string[], edges: ReadonlyMap<string, readonly E[]>): FoundCycle<E>[] {
  const state = new Map<string, "open" | "done">();
  const found: FoundCycle<E>[] = [];
  for (const start of nodes) {
    if (state.has(start)) continue;
    if (!edges.has(start)) {
      // A node that leaves nowhere closes no cycle (most programs have no precedence).
      state.set(start, "done");
      continue;
    }
    const stack: { node: string; next: number }[] = [{ node: start, next: 0 }];
    state.set(start, "open");
    while (stack.length > 0) {
      const top = stack[stack.length - 1];
      if (top === undefined) break;
      const edge = edges.get(top.node)?.[top.next];
      if (edge === undefined) {
        state.set(top.node, "done");
        stack.pop();
        continue;
      }
      top.next++;
      const seen = state.get(edge.to);
      if (seen === "open") {
        const from = stack.findIndex((frame) => frame.node === edge.to);
        found.push({ closing: edge, path: [...stack.slice(from).map((frame) => frame.node), edge.to] });
      } else if (seen === undefined) {
        state.set(edge.to, "open");
        stack.push({ node: edge.to, next: 0 });
      }
    }
  }
  return found;
}
