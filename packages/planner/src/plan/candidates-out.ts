import type { Justification } from "./plan.js";

/** Why one candidate could not take a need, as the allocator records it. */
type CandidateWhy = NonNullable<Justification["candidates"]>[number]["why"];

/**
 * Whether the candidates a need could not have were off then, taken then, or some of each:
 * `unavailable` when none is available (outside its availability, or in a library closed
 * then), `taken` when all are available but in use (booked by another session, a pool used
 * up, weekly hours spent, taken by another need of the same session), `both` otherwise.
 * The words of a reason follow it: "no staff that fits is available then" is not "every
 * staff that fits is taken".
 */
export type CandidatesOut = "unavailable" | "taken" | "both";

/** The reasons that mean a candidate is not available then, rather than taken. */
const OFF: ReadonlySet<CandidateWhy> = new Set<CandidateWhy>(["unavailable", "closed"]);

/**
 * How the candidates named in a reason are out (see {@link CandidatesOut}); none named, `taken`.
 *
 * @example candidatesOut([{ resourceId: "budi", why: "unavailable" }]) // "unavailable"
 */
export function candidatesOut(candidates: NonNullable<Justification["candidates"]> = []): CandidatesOut {
  const off = candidates.filter((c) => OFF.has(c.why)).length;
  return off === 0 ? "taken" : off === candidates.length ? "unavailable" : "both";
}
