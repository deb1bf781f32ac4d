/** Receives each floating instant (ms) of a rule in order; false stops the walk. */
export type RuleVisitor = (floatingMs: number) => boolean;

/**
 * Why a walk over a rule's instances ended: the visitor stopped it, the stop bound was
 * passed, or a whole calendar cycle went by without a candidate, so the rule has no
 * further instance at all.
 */
export type WalkEnd = "visitor" | "bound" | "exhausted";

/** What a walker needs: the rule with DTSTART's defaults, DTSTART, and the inclusive stop (floating seconds). */
export interface WalkBounds {
  /** DTSTART, floating seconds; candidates before it are skipped. */
  readonly startSeconds: number;
  /** The last floating second a candidate may have. */
  readonly stopSeconds: number;
}

/** Emits a period's candidates (floating seconds, sorted) within the bounds; false when the visitor stopped or the bound was passed. */
export function emitCandidates(candidates: readonly number[], bounds: WalkBounds, visit: RuleVisitor): WalkEnd | undefined {
  for (const c of candidates) {
    if (c < bounds.startSeconds) continue;
    if (c > bounds.stopSeconds) return "bound";
    if (!visit(c * 1000)) return "visitor";
  }
  return undefined;
}
