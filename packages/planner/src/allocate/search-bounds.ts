/**
 * The numbers a caller passes to the search, checked before anything runs: a seed, a step
 * budget or a time limit that is not a number of the right kind is a caller's mistake
 * (a RangeError, as a horizon out of order is), never a search that runs forever
 * (`maxSteps: Infinity`) or silently uses another value (`seed: NaN` searching as seed 0).
 */

/** The largest seed: the generator keeps 32 bits (mulberry32), so a larger one would be another seed in disguise. */
export const MAX_SEED = 0xffff_ffff;

/**
 * The largest step budget a caller may ask for: ten times the default's ceiling
 * (1,000,000). A step costs 1–30 µs (more where many sessions compete for one
 * resource), so the search of the largest budget still ends within minutes.
 */
export const MAX_STEPS = 10_000_000;

const show = (value: unknown): string => (typeof value === "number" ? String(value) : JSON.stringify(value) ?? String(value));

/**
 * Throws a RangeError unless `value` is a whole number from `min` to `max` (undefined is
 * allowed: the option was not given). `name` names the option in the message.
 *
 * @example checkWholeNumber("maxSteps", 1e12, 0, MAX_STEPS) // RangeError: maxSteps must be a whole number from 0 to 10,000,000, not 1000000000000
 */
export function checkWholeNumber(name: string, value: number | undefined, min: number, max: number): void {
  if (value === undefined) return;
  if (typeof value !== "number" || !Number.isInteger(value) || value < min || value > max) {
    throw new RangeError(`${name} must be a whole number from ${min.toLocaleString("en")} to ${max.toLocaleString("en")}, not ${show(value)}`);
  }
}

/** The search's numbers of an options object. */
export interface SearchNumbers {
  readonly seed?: number | undefined;
  readonly maxSteps?: number | undefined;
  readonly timeLimitMs?: number | undefined;
}

/**
 * Checks the search's options: `seed` a whole number from 0 to {@link MAX_SEED},
 * `maxSteps` a whole number from 0 to {@link MAX_STEPS}, `timeLimitMs` a finite number of
 * milliseconds, not negative. Throws a RangeError naming the first one that is not.
 *
 * @example checkSearchNumbers({ seed: 1, maxSteps: Infinity }) // RangeError
 */
export function checkSearchNumbers(options: SearchNumbers): void {
  checkWholeNumber("seed", options.seed, 0, MAX_SEED);
  checkWholeNumber("maxSteps", options.maxSteps, 0, MAX_STEPS);
  const limit = options.timeLimitMs;
  if (limit !== undefined && (typeof limit !== "number" || !Number.isFinite(limit) || limit < 0)) {
    throw new RangeError(`timeLimitMs must be a finite number of milliseconds, 0 or more, not ${show(limit)}`);
  }
}
