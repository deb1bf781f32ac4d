import type { DateSpan } from "./date-span.js";

/**
 * Where the horizon a plan covers comes from: given by the caller (`lontar plan --from
 * --to`, `options.horizon`), declared by the workspace (`horizon`), or — when neither
 * says — taken from the span of the workspace's agreements' validity, which a reader
 * never wrote and the messages that name the horizon therefore say.
 */
export type HorizonOrigin = "given" | "declared" | "agreements";

/** A horizon with where it comes from (undefined: given or declared, the messages' plain words). */
export interface PlanningHorizon extends DateSpan {
  /** Where it comes from. */
  readonly origin?: HorizonOrigin;
}
