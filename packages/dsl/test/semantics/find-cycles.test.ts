import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { edgesByNode, findCycles } from "../../src/semantics/graph/find-cycles.js";

// Independent reference: a graph has a cycle exactly when Kahn's topological sort cannot
// remove every node.
function hasCycle(nodes: readonly string[], pairs: readonly (readonly [string, string])[]): boolean {
  const indegree = new Map(nodes.map((n) => [n, 0]));
  for (const [, to] of pairs) indegree.set(to, (indegree.get(to) ?? 0) + 1);
  const ready = nodes.filter((n) => indegree.get(n) === 0);
  let removed = 0;
  while (ready.length > 0) {
    const node = ready.pop() as string;
    removed++;
    for (const [from, to] of pairs) {
      if (from !== node) continue;
      const left = (indegree.get(to) ?? 0) - 1;
      indegree.set(to, left);
      if (left === 0) ready.push(to);
    }
  }
  return removed < nodes.length;
}

const graph = fc
  .integer({ min: 1, max: 8 })
  .chain((n) => {
    const nodes = Array.from({ length: n }, (_, i) => `n${i}`);
    const pair = fc.tuple(fc.constantFrom(...nodes), fc.constantFrom(...nodes));
    return fc.tuple(fc.constant(nodes), fc.array(pair, { maxLength: 16 }));
  });

describe("findCycles", () => {
  it("reports a cycle exactly when the graph has one, and each reported path is a real cycle", () => {
    fc.assert(
      fc.property(graph, ([nodes, pairs]) => {
        const found = findCycles(nodes, edgesByNode(pairs.map(([from, to]) => [from, { from, to }] as const)));
        expect(found.length > 0).toBe(hasCycle(nodes, pairs));
        for (const { path } of found) {
          expect(path[0]).toBe(path[path.length - 1]);
          for (let i = 0; i + 1 < path.length; i++) expect(pairs).toContainEqual([path[i], path[i + 1]]);
        }
      }),
    );
  });

  it("enters each node once on a long chain closing on itself (no recursion)", () => {
    const nodes = Array.from({ length: 50_000 }, (_, i) => `p${i}`);
    const pairs = nodes.map((n, i) => [n, { to: nodes[(i + 1) % nodes.length] as string }] as const);
    const found = findCycles(nodes, edgesByNode(pairs));
    expect(found).toHaveLength(1);
    expect(found[0]?.path).toHaveLength(50_001);
  });
});
