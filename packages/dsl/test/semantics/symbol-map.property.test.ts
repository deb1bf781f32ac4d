import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ShardedMap } from "../../src/semantics/binder/symbol-map.js";

// Names that share lengths and last characters (so that several land in one table), and the empty name.
const name = fc.oneof(fc.constantFrom("", "a", "b", "desa_0001", "desa_0011", "ruang_0001"), fc.string({ maxLength: 12 }));
const operations = fc.array(fc.tuple(name, fc.integer(), fc.boolean()), { maxLength: 300 });

describe("the symbol table's sharded map", () => {
  it("behaves as a Map: the same values, sizes and insertion order, a second set keeping the first place, addNew keeping the first value", () => {
    fc.assert(
      fc.property(operations, fc.array(name, { maxLength: 20 }), (sets, probes) => {
        const sharded = new ShardedMap<number>();
        const map = new Map<string, number>();
        for (const [key, value, onlyNew] of sets) {
          if (onlyNew) {
            // addNew: the value already there (kept), or undefined and the value added.
            expect(sharded.addNew(key, value)).toBe(map.get(key));
            if (!map.has(key)) map.set(key, value);
          } else {
            sharded.set(key, value);
            map.set(key, value);
          }
        }
        expect(sharded.size).toBe(map.size);
        expect([...sharded]).toEqual([...map]);
        expect([...sharded.keys()]).toEqual([...map.keys()]);
        expect([...sharded.values()]).toEqual([...map.values()]);
        expect([...sharded.entries()]).toEqual([...map.entries()]);
        const visited: [string, number][] = [];
        sharded.forEach((value, key) => visited.push([key, value]));
        expect(visited).toEqual([...map]);
        for (const key of [...probes, ...map.keys()]) {
          expect(sharded.has(key)).toBe(map.has(key));
          expect(sharded.get(key)).toBe(map.get(key));
        }
      }),
      { numRuns: 300 },
    );
  });

  it("holds 50,000 names of one length in order", () => {
    const sharded = new ShardedMap<number>();
    for (let i = 0; i < 50_000; i++) sharded.set(`p${String(i).padStart(5, "0")}`, i);
    expect(sharded.size).toBe(50_000);
    expect(sharded.get("p49999")).toBe(49_999);
    expect([...sharded.keys()].slice(0, 3)).toEqual(["p00000", "p00001", "p00002"]);
  });
});
