/**
 * Disjoint sets over the integers 0..n-1 (union by size, path halving): near-constant
 * time per operation, no recursion, so a province's thousands of libraries cost nothing.
 */
export interface DisjointSets {
  /** The representative of `x`'s set. */
  find(x: number): number;
  /** Merges the sets of `a` and `b`. */
  union(a: number, b: number): void;
}

/**
 * Makes `n` singleton sets.
 *
 * @example const sets = disjointSets(3); sets.union(0, 2); sets.find(2) === sets.find(0) // true
 */
export function disjointSets(n: number): DisjointSets {
  const parent = Int32Array.from({ length: n }, (_, i) => i);
  const size = new Int32Array(n).fill(1);
  const find = (x: number): number => {
    let v = x;
    while (parent[v] !== v) {
      const up = parent[v] ?? v;
      parent[v] = parent[up] ?? up;
      v = parent[v] ?? v;
    }
    return v;
  };
  return {
    find,
    union(a, b) {
      let ra = find(a);
      let rb = find(b);
      if (ra === rb) return;
      if ((size[ra] ?? 0) < (size[rb] ?? 0)) [ra, rb] = [rb, ra];
      parent[rb] = ra;
      size[ra] = (size[ra] ?? 0) + (size[rb] ?? 0);
    },
  };
}
