/**
 * Edit distance for "did you mean" suggestions, from core (which also names the nearest
 * province of a workspace built in code): one measure for the language and the model.
 */
export { damerauDistance, typoLimit } from "@lontar/core";
