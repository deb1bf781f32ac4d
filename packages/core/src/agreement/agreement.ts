import { z } from "zod";
import { Condition } from "../condition/expression.js";
import { DateRange, Period } from "../primitives/calendar.js";
import { Identifier } from "../primitives/identifier.js";
import { Rupiah } from "../primitives/money.js";
import { SourceSpan } from "../primitives/source-span.js";

/** Which side of an agreement an obligation binds. */
export const Party = z.enum(["library", "partner"]).describe("library or partner.");
/** See {@link Party}. */
export type Party = z.infer<typeof Party>;

const obligationBase = { source: SourceSpan.optional() };

/**
 * One commitment of an agreement, told apart by `kind`:
 * - `provides`: a party provides `quantity` of a resource (a collection package…) per period;
 *   planned as the occurrences of programs that use that resource (to a `recipient`: of those
 *   programs that have it among their partners or sites);
 * - `hosts`: a party hosts a program (at least one occurrence in the validity);
 * - `sessions`: at least `min` and/or at most `max` sessions of a program per period (at
 *   `sites`: only its sessions held at one of them, e.g. the two kelurahan of a kecamatan that
 *   a rotating route visits among others);
 * - `budget_share`: a party pays `amount` towards a program or budget over the validity.
 */
export const Obligation = z
  .discriminatedUnion("kind", [
    z.object({
      kind: z.literal("provides"),
      ...obligationBase,
      party: Party,
      resource: Identifier,
      quantity: z.number().int().positive().default(1),
      per: Period,
      to: z.string().optional().describe("Who receives it, e.g. schools."),
      recipient: Identifier.optional().describe("A declared partner or library that receives it: only the sessions of programs with it among their partners or sites count."),
    }),
    z.object({ kind: z.literal("hosts"), ...obligationBase, party: Party, program: Identifier }),
    z
      .object({
        kind: z.literal("sessions"),
        ...obligationBase,
        program: Identifier,
        min: z.number().int().positive().optional().describe("At least so many sessions (at least none would oblige nothing)."),
        max: z.number().int().min(0).optional(),
        per: Period,
        sites: z
          .array(Identifier)
          .min(1)
          .optional()
          .describe("Count only the sessions held at one of these sites (of the program's `sites` or `route`); every session of the program when absent."),
      })
      .refine((o) => o.min !== undefined || o.max !== undefined, "a sessions obligation needs a minimum or a maximum")
      .refine((o) => o.min === undefined || o.max === undefined || o.min <= o.max, "the minimum exceeds the maximum"),
    z.object({
      kind: z.literal("budget_share"),
      ...obligationBase,
      party: Party,
      amount: Rupiah,
      program: Identifier.optional(),
      budget: Identifier.optional(),
    }),
  ])
  .describe("An obligation of an agreement.");
/** See {@link Obligation}. */
export type Obligation = z.infer<typeof Obligation>;

/** A partnership agreement (MoU / PKS) between a library and a partner. */
export const Agreement = z
  .object({
    id: Identifier,
    title: z.string().min(1).optional(),
    kind: z.enum(["mou", "pks"]).default("mou").describe("MoU (nota kesepahaman) or PKS (perjanjian kerja sama)."),
    library: Identifier,
    partner: Identifier,
    validity: DateRange,
    obligations: z.array(Obligation).default([]),
    conditions: z.array(Condition).default([]).describe("All must hold for the obligations to apply."),
    source: SourceSpan.optional(),
  })
  .describe("An agreement (MoU / PKS).");
/** See {@link Agreement}. */
export type Agreement = z.infer<typeof Agreement>;
