import type { Labels } from "@lontar/core";

/**
 * A compliance finding's expected count (plan.json's `>= 2`, `<= 3`, `>= 1 and <= 3`) in a
 * sentence's words: `at least 2`, `paling sedikit 1 dan paling banyak 3`. Anything else
 * (a budget share's `Rp 25000000`) as written, with `and` said in Bahasa Indonesia.
 *
 * @example expectedWords(">= 1 and <= 3").id // "paling sedikit 1 dan paling banyak 3"
 */
export function expectedWords(expected: string): Labels {
  const bounds = expected.split(" and ").map((part) => /^(>=|<=) (\d+)$/.exec(part));
  if (bounds.some((b) => b === null)) return { en: expected, id: expected.replaceAll(" and ", " dan ") };
  const say = (least: string, most: string, and: string): string => bounds.map((b) => `${b?.[1] === ">=" ? least : most} ${b?.[2] ?? ""}`).join(and);
  return { en: say("at least", "at most", " and "), id: say("paling sedikit", "paling banyak", " dan ") };
}
