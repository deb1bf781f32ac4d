import { z } from "zod";

/**
 * An identifier of a declared thing (`dispusip_solok`): a letter or underscore, then
 * letters, digits, underscores, dots or hyphens. Display names are separate strings.
 */
export const Identifier = z
  .string()
  .regex(/^[A-Za-z_][A-Za-z0-9_.-]*$/, "an identifier starts with a letter a-z or _ and holds letters a-z (no accents), digits, _ . -")
  .describe("Identifier of a declared thing, e.g. dispusip_solok.");
/** An identifier (see {@link Identifier}). */
export type Identifier = z.infer<typeof Identifier>;
