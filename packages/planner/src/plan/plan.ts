import { Period } from "@lontar/core";
import { z } from "zod";

/** The status of a planned occurrence. */
export const OccurrenceStatus = z.enum(["scheduled", "unassigned", "cancelled"]).describe("scheduled, unassigned or cancelled.");
/** See {@link OccurrenceStatus}. */
export type OccurrenceStatus = z.infer<typeof OccurrenceStatus>;

/** A resource assigned to an occurrence. */
export const Assignment = z.object({ resourceId: z.string(), kind: z.string() }).describe("A resource assigned to an occurrence.");
/** See {@link Assignment}. */
export type Assignment = z.infer<typeof Assignment>;

/**
 * Why something happened to an occurrence or why a constraint is violated: the
 * constraint, and what it concerns. A plan explains itself with these.
 */
export const Justification = z
  .object({
    constraint: z.string().describe("Stable constraint id, e.g. no-double-booking, closure, budget-cap."),
    level: z.enum(["hard", "medium", "soft", "info"]),
    message: z.string(),
    occurrenceId: z.string().optional(),
    resourceId: z.string().optional(),
    ruleId: z.string().optional(),
    libraryId: z.string().optional().describe("For a session cancelled by a closure or a holiday of another library than its own (a site it was to be held at): that library."),
    programId: z.string().optional().describe("The program concerned, when one is."),
    scheduleIndex: z.number().int().min(0).optional().describe("The index of the schedule concerned in the program's schedules."),
    needIndex: z.number().int().min(0).optional().describe("The index of the need that cannot be met in the program's needs."),
    needKind: z.string().optional().describe("The resource kind of that need."),
    period: z.object({ from: z.string(), to: z.string() }).optional().describe("For a flexible schedule's period with fewer free slots than sessions (EXPAND_FLEXIBLE_SHORT): that period."),
    slots: z.number().int().min(0).optional().describe("The free slots that period has (fewer than the schedule's sessions in it)."),
    bound: z.number().int().optional().describe("The bound that was passed (the workspace-wide occurrence bound)."),
    room: z
      .object({
        registrants: z.number().int().describe("Registrants the room must hold."),
        largestFree: z.object({ id: z.string(), holds: z.number() }).optional().describe("The largest room free then, when one is (it holds too few)."),
      })
      .optional()
      .describe("For a room need no free room can hold: the registrants and the largest room free then."),
    candidates: z
      .array(
        z.object({
          resourceId: z.string(),
          why: z
            .enum(["unavailable", "no-hours", "closed", "used", "booked", "same-session"])
            .describe("same-session: another need of this very session (or another unit of the same need) already takes it."),
          bookedBy: z.string().optional().describe("The occurrence it is booked by."),
          weekHours: z.number().optional().describe("For no-hours: the hours of its cap that are used up (a week's, or of the period `per`)."),
          per: Period.optional().describe("For no-hours: the cap's period when it is not a week (a cap per month, per day…)."),
          sessionHours: z.number().optional().describe("For no-hours: the session's length in hours, when it alone is longer than the cap."),
        }),
      )
      .optional()
      .describe("Why each named candidate cannot take the need (the first few)."),
    moreCandidates: z.number().int().optional().describe("How many more candidates there are than named."),
    why: z.string().optional().describe("Why no candidate exists, in the planner's words."),
  })
  .describe("A justification.");
/** See {@link Justification}. */
export type Justification = z.infer<typeof Justification>;

/** One dated occurrence of a program, with start and end in ISO 8601 carrying the zone's offset. */
export const PlannedOccurrence = z
  .object({
    id: z.string().describe("Stable id derived from program and local start."),
    programId: z.string(),
    libraryId: z.string(),
    site: z.string().optional().describe("The site visited: the one site of the program, or the next of its rotating route."),
    sites: z
      .array(z.string())
      .min(2)
      .optional()
      .describe("Every site of a program that names several without a route: the session is held at all of them, in the order written (then `site` is absent)."),
    start: z.string().describe("ISO 8601 with offset, e.g. 2019-02-12T09:00:00+07:00."),
    end: z.string(),
    status: OccurrenceStatus,
    assignments: z.array(Assignment),
    reasons: z.array(Justification).optional(),
  })
  .describe("A planned occurrence.");
/** See {@link PlannedOccurrence}. */
export type PlannedOccurrence = z.infer<typeof PlannedOccurrence>;

/** The plan's score by level (lower penalties are better; 0 hard is feasible). */
export const PlanScore = z
  .object({ hard: z.number(), medium: z.number(), soft: z.number() })
  .describe("Penalties by level: hard, medium, soft.");
/** See {@link PlanScore}. */
export type PlanScore = z.infer<typeof PlanScore>;

/** A finding of agreement compliance: one obligation in one period, expected versus planned. */
export const ComplianceFinding = z
  .object({
    agreementId: z.string(),
    obligationIndex: z.number().int(),
    kind: z.string(),
    period: z.object({ from: z.string(), to: z.string() }),
    expected: z.string(),
    planned: z.number(),
    notScheduled: z.number().int().optional().describe("For a count of sessions or a resource provided short of its minimum, or a hosted program with none: the sessions in the period the obligation would count (the program's, or those of the programs needing the resource) that were cancelled or not placed (absent when none)."),
    unused: z.number().int().positive().optional().describe("For a budget share: the rupiah of it that the planned sessions do not use (absent when they use all of it)."),
    shareCap: z.number().int().positive().optional().describe("For a share from a budget that holds less than the share: the budget's amount, the most the share can pay (LON5007 says so where the share is written); `unused` counts up to it (absent otherwise)."),
    outsideBudget: z.number().int().positive().optional().describe("For a share in a budget (a partner's `from` a budget, or the library's): the rupiah of the planned cost on dates outside that budget's period, which the budget, and so the share, does not pay (absent when none)."),
    ok: z.boolean(),
    message: z.string(),
  })
  .describe("A compliance finding.");
/** See {@link ComplianceFinding}. */
export type ComplianceFinding = z.infer<typeof ComplianceFinding>;

/** plan.json: the whole plan of a workspace over a horizon. */
export const Plan = z
  .object({
    version: z.literal(1),
    horizon: z.object({ from: z.string(), to: z.string() }),
    occurrences: z.array(PlannedOccurrence),
    violations: z.array(Justification),
    agreements: z.array(
      z.object({ agreementId: z.string(), status: z.enum(["ok", "at_risk", "violated", "inactive"]), findings: z.array(ComplianceFinding) }),
    ),
    kpis: z.array(
      z.object({
        kpiId: z.string(),
        libraryId: z.string(),
        projected: z.record(z.string(), z.number()).describe("Indicator id to projected value per indicator period."),
        score: z.number(),
      }),
    ),
    budget: z.array(
      z.object({ budgetId: z.string(), amount: z.number(), planned: z.number(), remaining: z.number() }),
    ),
    score: PlanScore,
  })
  .describe("A Lontar plan (plan.json).");
/** See {@link Plan}. */
export type Plan = z.infer<typeof Plan>;
