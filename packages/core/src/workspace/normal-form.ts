import type { z } from "zod";
import { MAX_INPUT_DEPTH } from "../primitives/depth.js";
import { arrayCode, canGenerate, type Holds, objectCode, type PartTest } from "./normal-form-code.js";
import { inlineTest, passesInline, refinement } from "./normal-form-inline.js";
import { type ZodCheck, type ZodCheckPayload, zodInternals } from "./zod-definition.js";

const internals = zodInternals;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

// Holds: whether a value (met at a depth) is in a schema's normal form. One is built per
// schema and depth bound, once, and calls its parts' directly; objects' and arrays' are
// generated code where the host allows it (see normal-form-code.ts), closures otherwise.

const never: Holds = () => false;

/** The checks of each depth bound, by schema (schemas never change). */
const built = new Map<number, WeakMap<z.ZodType, Holds>>();

/** The check of `schema` under `maxDepth`, built on first use (a schema that contains itself, through a late-bound call). */
function holdsFor(schema: z.ZodType, maxDepth: number): Holds {
  let bySchema = built.get(maxDepth);
  if (bySchema === undefined) built.set(maxDepth, (bySchema = new WeakMap()));
  const known = bySchema.get(schema);
  if (known !== undefined) return known;
  const made: { holds?: Holds } = {};
  // Registered before it is built, so a schema that contains itself (a lazy) finds it; once
  // built, the check itself is registered, so the parts built later call it directly.
  bySchema.set(schema, (value, depth) => (made.holds as Holds)(value, depth));
  const holds = build(schema, maxDepth);
  made.holds = holds;
  bySchema.set(schema, holds);
  return holds;
}

function build(schema: z.ZodType, maxDepth: number): Holds {
  const zod = internals(schema);
  const def = zod.def;
  if (def.coerce === true) return never;
  const checked = (holds: Holds): Holds => {
    const checks = def.checks ?? [];
    if (checks.length === 0) return holds;
    if (checks.some((c) => c._zod.def.check === "overwrite")) return never;
    const passes = checksPass(checks);
    return (value, depth) => holds(value, depth) && passes(value);
  };
  switch (def.type) {
    case "string":
      return checked((value) => typeof value === "string");
    case "number":
      return checked((value) => typeof value === "number" && Number.isFinite(value));
    case "boolean":
      return checked((value) => typeof value === "boolean");
    case "literal": {
      // A set tests as `includes` does (SameValueZero), without a scan.
      const values = new Set(def.values ?? []);
      return checked((value) => values.has(value));
    }
    case "enum": {
      const values = zod.values;
      return values === undefined ? never : checked((value) => values.has(value));
    }
    case "optional": {
      // An absent value stays absent; a present one is its inner schema's.
      if (def.innerType === undefined) return never;
      const inner = holdsFor(def.innerType, maxDepth);
      return (value, depth) => value === undefined || inner(value, depth);
    }
    case "default": {
      // An absent value would be filled in: not the value as it is.
      if (def.innerType === undefined) return never;
      const inner = holdsFor(def.innerType, maxDepth);
      return (value, depth) => value !== undefined && inner(value, depth);
    }
    case "lazy": {
      const inner = zod.innerType;
      return inner === undefined ? never : holdsFor(inner, maxDepth);
    }
    case "array": {
      if (def.element === undefined) return never;
      if (canGenerate()) return checked(arrayCode(partTest(def.element, maxDepth, true), maxDepth));
      const element = elementTest(def.element, maxDepth);
      return checked((value, depth) => {
        if (!Array.isArray(value) || depth > maxDepth) return false;
        for (let i = 0; i < value.length; i++) if (!Object.hasOwn(value, i) || !element(value[i], depth + 1)) return false;
        return true;
      });
    }
    case "object":
      if (def.shape === undefined || def.catchall !== undefined) return never;
      return checked(canGenerate() ? objectCode(...objectParts(def.shape, maxDepth), maxDepth) : objectHolds(def.shape, maxDepth));
    case "union":
      return checked(def.discriminator === undefined ? unionHolds(def.options ?? [], maxDepth) : taggedHolds(def.options ?? [], def.discriminator, maxDepth));
    default:
      return never;
  }
}

/**
 * How generated code tests a field (`element` false) or an array's element: inline when
 * it can be (an element only when not optional: undefined may pass), else by a call.
 */
function partTest(schema: z.ZodType, maxDepth: number, element: boolean): PartTest {
  const type = internals(schema).def.type;
  const inline = element && (type === "optional" || type === "default") ? undefined : inlineTest(schema);
  return inline === undefined ? { call: holdsFor(schema, maxDepth) } : { inline };
}

/** An object schema's keys, their tests, and whether each may be absent (decided on first use: a lazy field may not be built yet). */
function objectParts(shape: Readonly<Record<string, z.ZodType>>, maxDepth: number): [readonly string[], readonly PartTest[], (index: number) => boolean] {
  const keys = Object.keys(shape);
  const fields = keys.map((key) => holdsFor(shape[key] as z.ZodType, maxDepth));
  let absentOk: readonly boolean[] | undefined;
  const mayBeAbsent = (index: number): boolean => (absentOk ??= fields.map((field) => field(undefined, 0)))[index] === true;
  return [keys, keys.map((key) => partTest(shape[key] as z.ZodType, maxDepth, false)), mayBeAbsent];
}

/** An array element's test: inline when it can be (not for an optional element: undefined may pass), else a call. */
function elementTest(schema: z.ZodType, maxDepth: number): Holds {
  const type = internals(schema).def.type;
  const inline = type === "optional" || type === "default" ? undefined : inlineTest(schema);
  return inline === undefined ? holdsFor(schema, maxDepth) : (value) => passesInline(inline, value);
}

/**
 * An object: its own enumerable keys are the schema's, in the schema's order (as zod
 * writes its output), none holding undefined, each value in normal form; every key it
 * lacks is one the schema lets be absent (optional: zod leaves it out too). Fields of the
 * common primitive schemas are tested inline ({@link InlineTest}): most values are.
 */
function objectHolds(shape: Readonly<Record<string, z.ZodType>>, maxDepth: number): Holds {
  const keys = Object.keys(shape);
  const fields = keys.map((key) => holdsFor(shape[key] as z.ZodType, maxDepth));
  const inline = keys.map((key) => inlineTest(shape[key] as z.ZodType));
  // Whether each key may be absent: decided on first use (a lazy field may not be built yet).
  let absentOk: readonly boolean[] | undefined;
  const mayBeAbsent = (index: number): boolean => (absentOk ??= fields.map((field) => field(undefined, 0)))[index] === true;
  return (value, depth) => {
    if (!isPlainObject(value) || depth > maxDepth) return false;
    let next = 0;
    for (const key in value) {
      if (!Object.hasOwn(value, key)) return false;
      // Skip the schema's keys the value lacks, up to this one; a key out of order or unknown runs off the end.
      while (next < keys.length && keys[next] !== key) {
        if (!mayBeAbsent(next) || (keys[next] as string) in value) return false;
        next++;
      }
      if (next === keys.length) return false;
      const item = value[key];
      if (item === undefined) return false;
      const test = inline[next];
      if (test === undefined ? !(fields[next] as Holds)(item, depth + 1) : !passesInline(test, item)) return false;
      next++;
    }
    for (; next < keys.length; next++) if (!mayBeAbsent(next) || (keys[next] as string) in value) return false;
    return true;
  };
}

/** A discriminated union takes the option its tag names. */
function taggedHolds(options: readonly z.ZodType[], discriminator: string, maxDepth: number): Holds {
  const byTag = new Map<unknown, Holds>();
  for (const option of options) for (const tag of internals(option).propValues?.[discriminator] ?? []) if (!byTag.has(tag)) byTag.set(tag, holdsFor(option, maxDepth));
  return (value, depth) => {
    if (!isPlainObject(value)) return false;
    const option = byTag.get(value[discriminator]);
    return option !== undefined && option(value, depth);
  };
}

/** A plain union takes the first option that parses: an option counts only when every earlier one surely refuses. */
function unionHolds(options: readonly z.ZodType[], maxDepth: number): Holds {
  const each = options.map((option) => ({ holds: holdsFor(option, maxDepth), option }));
  return (value, depth) => {
    for (const { holds, option } of each) {
      if (holds(value, depth)) return true;
      if (!surelyRefuses(option, value)) return false;
    }
    return false;
  };
}

/** Whether a value of the schema's type passes its checks: no check adds an issue or changes the value. */
type Passes = (value: unknown) => boolean;

/**
 * The checks of a schema as one test of a value already of the schema's type. The checks
 * core's schemas use are tested directly, as zod tests them (a bound, a safe integer, a
 * pattern, a least length); any other check is run as zod runs it.
 */
function checksPass(checks: readonly ZodCheck[]): Passes {
  const direct: Passes[] = [];
  const run: ZodCheck[] = [];
  for (const check of checks) {
    const test = directTest(check);
    if (test === undefined) run.push(check);
    else direct.push(test);
  }
  return (value) => {
    for (const test of direct) if (!test(value)) return false;
    return run.length === 0 || passesChecks(run, value);
  };
}

/** A check tested without zod's payload, when it is one of the common kinds; undefined otherwise. */
function directTest(check: ZodCheck): Passes | undefined {
  const def = check._zod.def;
  const refine = refinement(check);
  if (refine !== undefined) return refine;
  switch (def.check) {
    case "greater_than":
    case "less_than": {
      if (def.when !== undefined || typeof def.value !== "number") return undefined;
      const bound = def.value;
      if (def.check === "greater_than") return def.inclusive === true ? (v) => (v as number) >= bound : (v) => (v as number) > bound;
      return def.inclusive === true ? (v) => (v as number) <= bound : (v) => (v as number) < bound;
    }
    case "number_format":
      return def.when === undefined && def.format === "safeint" ? (v) => Number.isSafeInteger(v) : undefined;
    case "string_format": {
      const pattern = def.pattern;
      if (def.when !== undefined || def.format !== "regex" || pattern === undefined) return undefined;
      return (v) => {
        pattern.lastIndex = 0;
        return typeof v === "string" && pattern.test(v);
      };
    }
    case "min_length": {
      // Zod counts a string's code points: its UTF-16 length decides only at twice the least length or more.
      const minimum = def.minimum;
      if (typeof minimum !== "number") return undefined;
      const exact = (v: unknown): boolean => passesChecks([check], v);
      return (v) => (Array.isArray(v) ? v.length >= minimum : typeof v === "string" && v.length >= minimum * 2) || exact(v);
    }
    default:
      return undefined;
  }
}

/** Runs checks as zod does on a value with no issue so far; true when none adds one or changes the value. */
function passesChecks(checks: readonly ZodCheck[], value: unknown): boolean {
  const payload: ZodCheckPayload = { value, issues: [] };
  for (const check of checks) {
    const def = check._zod.def;
    if (def.when !== undefined && !def.when(payload)) continue;
    const result = check._zod.check(payload);
    if (result instanceof Promise || payload.issues.length > 0 || payload.value !== value) return false;
  }
  return true;
}

/** True when a primitive schema cannot take the value at all (its type differs). */
function surelyRefuses(schema: z.ZodType, value: unknown): boolean {
  const def = internals(schema).def;
  if (def.coerce === true) return false;
  switch (def.type) {
    case "string":
      return typeof value !== "string";
    case "number":
      return typeof value !== "number";
    case "boolean":
      return typeof value !== "boolean";
    default:
      return false;
  }
}

/**
 * True when `schema` takes `value` exactly as it is: zod's parse would succeed and give a
 * value deep-equal to it, keys in the same order — no default to fill in, no unknown key
 * to strip, nothing transformed — and no object or array in it nests deeper than
 * `maxDepth` (as {@link inputDepthIssue} counts). Builds nothing, so it costs a fraction of
 * a parse. False says nothing about the value: parse it then. For values built well-formed
 * by construction (the DSL's compiler), so that validating them is a walk.
 *
 * @example
 * if (!isNormalForm(Program, element)) Program.parse(element);
 */
export function isNormalForm(schema: z.ZodType, value: unknown, maxDepth: number = MAX_INPUT_DEPTH): boolean {
  return holdsFor(schema, maxDepth)(value, 0);
}
