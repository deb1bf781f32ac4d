/**
 * Appends `value` to the list of `key`, making the list on first use: the one way lists
 * are grouped in the planner (calendars, parts, counts), in insertion order.
 *
 * @example const byLibrary = new Map<string, string[]>(); pushTo(byLibrary, "solok", "dongeng@2019-02-12T09:00");
 */
export function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * The first index of a sorted list whose item is not below `value` (binary search).
 *
 * @example lowerBound(["2025-01-02", "2025-01-05"], "2025-01-03") // 1
 */
export function lowerBound(list: readonly string[], value: string): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((list[mid] ?? "") < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * `count` items of `items` spread evenly through it, in order: the middle item of each of
 * `count` equal parts; all of them when there are no more than `count` (none for 0).
 *
 * @example evenly(["sen", "sel", "rab", "kam", "jum"], 2) // ["sel", "kam"]
 */
export function evenly<T>(items: readonly T[], count: number): T[] {
  if (count <= 0) return [];
  if (items.length <= count) return [...items];
  return Array.from({ length: count }, (_, i) => items[Math.floor(((i + 0.5) * items.length) / count)] as T);
}
