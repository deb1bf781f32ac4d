/**
 * `items` at its exact length. An array grown by `push` keeps spare room (V8 gives the
 * first element a store of 17), and the compiled model keeps every array it is given:
 * over a workspace's thousands of short lists that room was a fifth of the model's memory,
 * which every garbage collection then copied. An empty array has no store: it is kept.
 */
export function exact<T>(items: T[]): T[] {
  return items.length === 0 ? items : items.slice();
}
