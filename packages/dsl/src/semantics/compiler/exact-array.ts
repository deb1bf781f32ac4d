/**
 * `items` at its exact length. An array grown by `push` keeps spare room (V8 gives the
 * first element a store of 17), and the compiled model keeps every array it is given:
 * over a workspace's thousands of short lists that room was a fifth of the model's memory,
 * which every garbage collection then copied. An empty array has no store: it is kept.
 */
export function exact<T>(items: T[]): T[] {
  return items.length === 0 ? items : items.slice();
}

/**
 * `list` with `item` added, for a list gathered one item at a time: the first item makes a
 * list of exactly one (most lists of a declaration hold one), later ones grow it. Read the
 * result with {@link exactList}.
 */
export function added<T>(list: T[] | undefined, item: T): T[] {
  if (list === undefined) return [item];
  list.push(item);
  return list;
}

/** A list gathered by {@link added} at its exact length: empty when nothing was added. */
export function exactList<T>(list: T[] | undefined): T[] {
  return list === undefined ? [] : list.length === 1 ? list : list.slice();
}
