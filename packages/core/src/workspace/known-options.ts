import { nearestName } from "./nearest-name.js";

/**
 * Throws a TypeError unless `options` is an object whose every key is one of `known`: a
 * misspelt option (`horizn`, `languge`) was ignored silently, and the call did something else
 * than asked. The message names the key and the nearest known one. `where` names the
 * function; `formerNames` are keys still read but never offered (an option's older name).
 * For the SDK's functions that take options.
 *
 * @example expectKnownOptions({ horizn: {} }, ["horizon", "seed"], "planWorkspace") // throws: planWorkspace: unknown option `horizn`; did you mean `horizon`? …
 */
export function expectKnownOptions(options: unknown, known: readonly string[], where: string, formerNames: readonly string[] = []): void {
  if (typeof options !== "object" || options === null || Array.isArray(options)) {
    const what = options === null ? "null" : Array.isArray(options) ? "an array" : `a ${typeof options}`;
    throw new TypeError(`${where}: the options must be an object or undefined, not ${what}`);
  }
  for (const key of Object.keys(options)) {
    if (known.includes(key) || formerNames.includes(key)) continue;
    const nearest = nearestName(key, known);
    const meant = nearest === undefined ? "" : `; did you mean \`${nearest}\`?`;
    throw new TypeError(`${where}: unknown option \`${key}\`${meant} (the options are ${known.map((k) => `\`${k}\``).join(", ")})`);
  }
}
