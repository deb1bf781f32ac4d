/**
 * A parsed value with the keys that hold `undefined` left out. Zod keeps a key that the
 * input set to `undefined` (`{ name: undefined }` parses to `{ name: undefined }`), where
 * the model's own form has no such key: the dsl's compiler never writes one, core's normal
 * form (`isNormalForm`) allows none, and a spread of the value over defaults would
 * put the `undefined` back over them.
 */

function isPlainObject(value: object): value is Record<string, unknown> {
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/** Sets an own, enumerable key of a copy (also one named `__proto__`, which `=` would not). */
function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/** An array whose items lost their undefined keys; itself when none had any. */
function arrayWithout(value: readonly unknown[]): readonly unknown[] {
  let copy: unknown[] | undefined;
  for (let i = 0; i < value.length; i++) {
    const item = value[i];
    const kept = withoutUndefinedKeys(item);
    if (kept === item) continue;
    copy ??= value.slice();
    copy[i] = kept;
  }
  return copy ?? value;
}

/** A plain object without its undefined keys, its values likewise; itself when nothing changed. */
function objectWithout(value: Record<string, unknown>): Record<string, unknown> {
  const keys = Object.keys(value);
  let copy: Record<string, unknown> | undefined;
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    const item = value[key];
    const kept = item === undefined ? undefined : withoutUndefinedKeys(item);
    if (copy === undefined) {
      if (item !== undefined && kept === item) continue;
      // The first change: the keys before it are kept as they are, in their order.
      copy = {};
      for (let j = 0; j < i; j++) setOwn(copy, keys[j] as string, value[keys[j] as string]);
    }
    if (kept !== undefined) setOwn(copy, key, kept);
  }
  return copy ?? value;
}

/**
 * `value` without the object keys that hold `undefined`, at every depth; the other keys
 * keep their order. Copy on write: objects and arrays with nothing to leave out are
 * returned as they are (no copy, and nothing given is ever changed), so a value without
 * such keys costs one walk. Only plain objects and arrays are looked into.
 *
 * @example withoutUndefinedKeys({ id: "p", title: undefined, tags: [{ a: undefined }] }) // { id: "p", tags: [{}] }
 */
export function withoutUndefinedKeys<T>(value: T): T {
  if (typeof value !== "object" || value === null) return value;
  if (Array.isArray(value)) return arrayWithout(value) as T;
  return (isPlainObject(value) ? objectWithout(value) : value) as T;
}
