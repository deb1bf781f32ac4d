import { z } from "zod";
import { Agreement } from "../agreement/agreement.js";
import { KpiDefinition } from "../kpi/kpi.js";
import { Library } from "../library/library.js";
import { Partner } from "../partner/partner.js";
import { DateRange } from "../primitives/calendar.js";
import { Program } from "../program/program.js";
import { Resource } from "../resource/resource.js";
import { Rule } from "../rule/rule.js";
import { DEFAULT_STAGE_MODEL, StageModel } from "../tpbis/stage-model.js";

/** The version of the workspace format; bumped on breaking changes. */
export const WORKSPACE_VERSION = 1;

/**
 * The whole model of a planning workspace: what a folder of `.lontar` files compiles to,
 * or what an app builds in JSON. Validate it with {@link validateWorkspace}.
 */
export const Workspace = z
  .object({
    version: z.literal(WORKSPACE_VERSION),
    name: z.string().optional(),
    horizon: DateRange.optional().describe("The planning horizon the workspace declares."),
    stageModel: StageModel.default(DEFAULT_STAGE_MODEL),
    libraries: z.array(Library).default([]),
    partners: z.array(Partner).default([]),
    resources: z.array(Resource).default([]),
    programs: z.array(Program).default([]),
    agreements: z.array(Agreement).default([]),
    rules: z.array(Rule).default([]),
    kpis: z.array(KpiDefinition).default([]),
  })
  .describe("A Lontar workspace: the whole planning model.");
/** See {@link Workspace}. */
export type Workspace = z.infer<typeof Workspace>;
/**
 * A workspace as input: defaults may be left out, and its arrays and objects may be
 * read-only through and through (data built `as const`, or held in `readonly` arrays).
 */
export type WorkspaceInput = DeepReadonly<z.input<typeof Workspace>>;

/**
 * `T` with every array and object in it read-only, at every depth (functions kept as they
 * are): what {@link WorkspaceInput} is of the schema's input, so that data built `as const` fits.
 */
export type DeepReadonly<T> = T extends (...args: never[]) => unknown
  ? T
  : T extends readonly (infer E)[]
    ? readonly DeepReadonly<E>[]
    : T extends object
      ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
      : T;
