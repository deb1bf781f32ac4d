/**
 * The one view of zod's schema internals (`schema._zod`) that core's walks over schemas
 * read: the normal-form check ({@link isNormalForm}) and the unknown-key walk
 * ({@link unknownKeyIssues}). Zod does not type these parts for outside use, so they are
 * declared once here, as far as they are read.
 */
import type { z } from "zod";

/** What a check (`.min(1)`, `.regex(…)`, `.int()`, `.refine(…)`) is, as its definition says. */
export interface ZodCheckDefinition {
  /** The kind: `min_length`, `string_format`, `number_format`, `greater_than`, `less_than`, `custom`, `overwrite`… */
  readonly check: string;
  /** When the check applies (zod skips it otherwise). */
  readonly when?: (payload: ZodCheckPayload) => boolean;
  /** `string_format`: which format (`regex` for `.regex(…)`); `number_format`: `safeint`, `int32`… */
  readonly format?: string;
  /** `string_format`: the pattern. */
  readonly pattern?: RegExp;
  /** `min_length`: the least length. */
  readonly minimum?: number;
  /** `greater_than`, `less_than`: the bound. */
  readonly value?: unknown;
  /** `greater_than`, `less_than`: whether the bound itself passes. */
  readonly inclusive?: boolean;
  /** `custom`: the schema type of the check (`custom` for one made by `.refine(…)`). */
  readonly type?: string;
  /** `custom` made by `.refine(…)`: the test (a falsy result, or a promise, is an issue). */
  readonly fn?: (value: unknown) => unknown;
}

/** What zod hands a check: the value, and the issues it adds. */
export interface ZodCheckPayload {
  /** The value checked (a check of kind `overwrite` may replace it). */
  value: unknown;
  /** Issues found so far. */
  issues: unknown[];
}

/** A check of a schema, as zod keeps it. */
export interface ZodCheck {
  /** Its internals. */
  readonly _zod: {
    /** Its definition. */
    readonly def: ZodCheckDefinition;
    /** Runs it: adds an issue to the payload when the value fails. */
    readonly check: (payload: ZodCheckPayload) => unknown;
  };
}

/** The parts of a schema's definition (`schema._zod.def`) that core's walks read. */
export interface ZodDefinition {
  /** The kind of schema: `object`, `array`, `string`, `optional`, `lazy`, `union`, `pipe`… */
  readonly type: string;
  /** `object`: each key's schema. */
  readonly shape?: Readonly<Record<string, z.ZodType>>;
  /** `object`: the schema of keys outside the shape, when they are allowed. */
  readonly catchall?: z.ZodType;
  /** `array`: its elements' schema. */
  readonly element?: z.ZodType;
  /** `optional`, `default`, `nullable`…: the wrapped schema. */
  readonly innerType?: z.ZodType;
  /** `pipe`: the input schema. */
  readonly in?: z.ZodType;
  /** `union`: its options. */
  readonly options?: readonly z.ZodType[];
  /** `union` made by `discriminatedUnion`: the tag's key. */
  readonly discriminator?: string;
  /** `literal`: its values. */
  readonly values?: readonly unknown[];
  /** `tuple`: the items' schemas. */
  readonly items?: readonly z.ZodType[];
  /** `tuple`: the schema of items after them. */
  readonly rest?: z.ZodType | null;
  /** `record`: its values' schema. */
  readonly valueType?: z.ZodType;
  /** `lazy`: builds the schema (zod caches what it builds in {@link ZodInternals.innerType}). */
  readonly getter?: () => z.ZodType;
  /** Primitive schemas made with `z.coerce`. */
  readonly coerce?: boolean;
  /** The checks (`.min`, `.regex`, `.refine`…). */
  readonly checks?: readonly ZodCheck[];
}

/** The parts of a schema's internals (`schema._zod`) that core's walks read. */
export interface ZodInternals {
  /** The definition. */
  readonly def: ZodDefinition;
  /** `enum`, `literal`: the allowed values. */
  readonly values?: ReadonlySet<unknown>;
  /** `lazy`: the schema built, once built. */
  readonly innerType?: z.ZodType;
  /** Object schemas: the literal values of each key that has some (a discriminated union's tags). */
  readonly propValues?: Readonly<Record<string, ReadonlySet<unknown>>>;
}

/** A schema's internals, as far as core's walks read them. */
export function zodInternals(schema: z.ZodType): ZodInternals {
  return schema._zod as unknown as ZodInternals;
}

/** A schema's definition, as far as core's walks read it. */
export function zodDefinition(schema: z.ZodType): ZodDefinition {
  return zodInternals(schema).def;
}
