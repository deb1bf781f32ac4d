import { z } from "zod";
import { Condition } from "../condition/expression.js";
import { Identifier } from "../primitives/identifier.js";
import { Rupiah } from "../primitives/money.js";
import { SourceSpan } from "../primitives/source-span.js";
import { SchoolLevel } from "../library/library.js";
import { ResourceKind } from "../resource/resource.js";
import { AudienceGroup, ProgramCategory } from "./category.js";
import { Schedule } from "./schedule.js";

/** Who a program is for: a group, and for students their school level. */
export const Audience = z.object({ group: AudienceGroup, schoolLevel: SchoolLevel.optional() }).describe("An audience.");
/** See {@link Audience}. */
export type Audience = z.infer<typeof Audience>;

/**
 * A resource requirement of each occurrence: `quantity` resources of `kind`, either a
 * named `resource` or any that has the role, skill, features and minimum capacity asked.
 */
export const Need = z
  .object({
    kind: ResourceKind.exclude(["budget"]),
    resource: Identifier.optional().describe("A specific resource; else any that fits."),
    quantity: z.number().int().positive().max(1000).default(1),
    role: Identifier.optional(),
    skill: Identifier.optional(),
    features: z.array(Identifier).default([]),
    minCapacity: z.number().int().positive().optional().describe("People for rooms, books for vehicles."),
    preferred: Identifier.optional().describe("Preferred resource (soft)."),
    source: SourceSpan.optional(),
  })
  .describe("A resource requirement.");
/** See {@link Need}. */
export type Need = z.infer<typeof Need>;

/** A cost of a program in rupiah, per session, per participant or once, paid from a budget. */
export const Cost = z
  .object({
    amount: Rupiah,
    per: z.enum(["session", "participant", "program"]),
    budget: Identifier.optional(),
    source: SourceSpan.optional(),
  })
  .describe("A cost.");
/** See {@link Cost}. */
export type Cost = z.infer<typeof Cost>;

/** An order between programs: this program runs `before` or `after` another, at least `gapDays` apart. */
export const Precedence = z
  .object({
    relation: z.enum(["before", "after"]),
    program: Identifier,
    gapDays: z.number().int().min(0).max(3660).default(0),
    source: SourceSpan.optional(),
  })
  .describe("A precedence between programs.");
/** See {@link Precedence}. */
export type Precedence = z.infer<typeof Precedence>;

/** When a program may run at all: a minimum TPBIS stage of its library, and/or a condition. */
export const StageGate = z
  .object({ minStage: Identifier.optional(), condition: Condition.optional() })
  .describe("A gate on a program.");
/** See {@link StageGate}. */
export type StageGate = z.infer<typeof StageGate>;

/** A program: a literacy activity of a library, with schedules, sites, needs, costs and partners. */
export const Program = z
  .object({
    id: Identifier,
    title: z.string().min(1),
    description: z.string().optional(),
    library: Identifier.describe("The organising library."),
    category: ProgramCategory,
    audience: z.array(Audience).default([]),
    schedules: z.array(Schedule).default([]),
    sites: z.array(Identifier).default([]),
    siteMode: z.enum(["fixed", "rotating"]).default("fixed").describe("rotating: each occurrence visits the next site."),
    expectedParticipants: z.number().int().positive().optional().describe("People expected at each occurrence; absent when unknown (a program expecting nobody is a mistake)."),
    needs: z.array(Need).default([]),
    costs: z.array(Cost).default([]),
    partners: z.array(Identifier).default([]),
    gate: StageGate.optional(),
    precedences: z.array(Precedence).default([]),
    source: SourceSpan.optional(),
  })
  .describe("A program.");
/** See {@link Program}. */
export type Program = z.infer<typeof Program>;
