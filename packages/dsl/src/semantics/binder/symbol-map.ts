/**
 * A map from declared names to symbols, in insertion order, kept in several small hash
 * tables instead of one: V8 allocates the table of a Map past a few thousand entries in its
 * large-object space, which costs more than all the inserts (a workspace of 8,000
 * declarations took ~3 ms to index in one Map, ~0.5 ms in 32). Behaves as a Map: `set` of
 * a name already there replaces its value in place.
 */
export class ShardedMap<V> implements ReadonlyMap<string, V> {
  private readonly shards: Map<string, number>[] = [];
  private readonly keyList: string[] = [];
  private readonly valueList: V[] = [];

  /** An empty map. */
  constructor() {
    for (let i = 0; i < SHARDS; i++) this.shards.push(new Map());
  }

  private shard(key: string): Map<string, number> {
    const n = key.length;
    // The length and the last character (names differ most at the end: `desa_0001`, `desa_0002`):
    // cheap, and spread enough to keep each table small; any spread is correct.
    const hash = n === 0 ? 0 : 5 * n + key.charCodeAt(n - 1);
    return this.shards[hash & (SHARDS - 1)] as Map<string, number>;
  }

  /** The number of names. */
  get size(): number {
    return this.keyList.length;
  }

  /** The value of `key`, if any. */
  get(key: string): V | undefined {
    const index = this.shard(key).get(key);
    return index === undefined ? undefined : this.valueList[index];
  }

  /** Whether `key` is there. */
  has(key: string): boolean {
    return this.shard(key).has(key);
  }

  /** Sets `key` to `value`: a new key goes last, a known one keeps its place. */
  set(key: string, value: V): this {
    const shard = this.shard(key);
    const index = shard.get(key);
    if (index !== undefined) {
      this.valueList[index] = value;
      return this;
    }
    shard.set(key, this.keyList.length);
    this.keyList.push(key);
    this.valueList.push(value);
    return this;
  }

  /** Adds `key` with `value` when `key` is not there yet (and gives undefined); else gives the value already there, unchanged. */
  addNew(key: string, value: V): V | undefined {
    const shard = this.shard(key);
    const index = shard.get(key);
    if (index !== undefined) return this.valueList[index];
    shard.set(key, this.keyList.length);
    this.keyList.push(key);
    this.valueList.push(value);
    return undefined;
  }

  /** The values in insertion order. */
  values(): MapIterator<V> {
    return this.valueList.values();
  }

  /** The keys in insertion order. */
  keys(): MapIterator<string> {
    return this.keyList.values();
  }

  /** The entries in insertion order. */
  *entries(): MapIterator<[string, V]> {
    for (let i = 0; i < this.keyList.length; i++) yield [this.keyList[i] as string, this.valueList[i] as V];
  }

  /** The entries in insertion order. */
  [Symbol.iterator](): MapIterator<[string, V]> {
    return this.entries();
  }

  /** Calls `callback` with each value and key in insertion order. */
  forEach(callback: (value: V, key: string, map: ReadonlyMap<string, V>) => void): void {
    for (let i = 0; i < this.keyList.length; i++) callback(this.valueList[i] as V, this.keyList[i] as string, this);
  }
}

/** How many tables (a power of two). */
const SHARDS = 32;
