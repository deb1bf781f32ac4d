/**
 * Checks of the options of planWorkspace that are not numbers (see checkSearchNumbers for
 * those), for JavaScript callers and data typed loosely: one occurrence id given as
 * `pinned` was read letter by letter and pinned nothing, a path given as `previous` and a
 * callback that is not a function failed deep in the search. Each is a TypeError naming
 * the option, before anything is planned.
 */


/** What `value` is, for a message: `a string ("plan.json")`, `a number`, `an array`. */
function described(value: unknown): string {
  if (value === null) return "null";
  if (typeof value === "string") return `a string (${JSON.stringify(value.length > 60 ? `${value.slice(0, 60)}…` : value)})`;
  if (Array.isArray(value)) return "an array";
  return typeof value === "object" ? "an object" : `a ${typeof value}`;
}

/** The options this module checks. */
interface ShapedOptions {
  readonly previous?: unknown;
  readonly pinned?: unknown;
  readonly onProgress?: unknown;
  readonly onPrepare?: unknown;
}

/**
 * Throws a TypeError unless `pinned` is a list of occurrence ids, `previous` an object with
 * an `occurrences` list, and `onProgress` and `onPrepare` functions; each may be undefined.
 *
 * @example checkOptionShapes({ pinned: "a@2026-01-05T09:00" }) // throws: pinned must be an array of occurrence ids, not a string (…)
 */
export function checkOptionShapes(options: ShapedOptions): void {
  const { previous, pinned } = options;
  if (pinned !== undefined) {
    if (!Array.isArray(pinned)) throw new TypeError(`pinned must be an array of occurrence ids, not ${described(pinned)}`);
    pinned.forEach((id: unknown, index) => {
      if (typeof id !== "string") throw new TypeError(`pinned[${index}] must be an occurrence id (a string), not ${described(id)}`);
    });
  }
  if (previous !== undefined) {
    const shape = "a plan (an object with its occurrences)";
    if (typeof previous !== "object" || previous === null || Array.isArray(previous)) throw new TypeError(`previous must be ${shape}, not ${described(previous)}`);
    if (!Array.isArray((previous as { occurrences?: unknown }).occurrences)) throw new TypeError(`previous must be ${shape}, not an object without an occurrences list`);
  }
  for (const name of ["onProgress", "onPrepare"] as const) {
    const callback = options[name];
    if (callback !== undefined && typeof callback !== "function") throw new TypeError(`${name} must be a function or undefined, not ${described(callback)}`);
  }
}

/**
 * Throws a TypeError unless `planned` is a list (of a plan's occurrences): a plan given where
 * its occurrences go failed deep inside ("planned is not iterable"). `where` names the function.
 *
 * @example expectOccurrences(plan, "checkCompliance") // throws: planned must be the plan's occurrences (plan.occurrences), …
 */
export function expectOccurrences(planned: unknown, where: string): void {
  if (!Array.isArray(planned)) throw new TypeError(`${where}: planned must be the plan's occurrences (plan.occurrences), an array, not ${described(planned)}`);
}

