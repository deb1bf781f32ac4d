import { z } from "zod";

/** A position in a source file: 1-based line and column, 0-based offset. */
export const SourcePosition = z
  .object({
    line: z.number().int().min(1),
    column: z.number().int().min(1),
    offset: z.number().int().min(0),
  })
  .describe("A position in a source file.");
/** See {@link SourcePosition}. */
export type SourcePosition = z.infer<typeof SourcePosition>;

/**
 * Where a model element was written, so that findings about it (an agreement
 * obligation the plan does not meet, say) can point at its source. Optional everywhere:
 * models built by apps rather than from `.lontar` files have none.
 */
export const SourceSpan = z
  .object({ file: z.string(), start: SourcePosition, end: SourcePosition })
  .describe("The source range an element was compiled from.");
/** See {@link SourceSpan}. */
export type SourceSpan = z.infer<typeof SourceSpan>;
