/**
 * The bounds a schema's checks put on one field: what a number or a text may be, read from
 * the schema itself (`.min`, `.max`, `.positive()`, `.int()`), so that a front end (the
 * dsl's checker) can say at the written value what the model allows without a second copy
 * of the numbers.
 */
import type { z } from "zod";
import { unwrap } from "./unknown-keys.js";
import { zodInternals } from "./zod-definition.js";

/** What a number field allows. */
export interface NumberBounds {
  /** A number. */
  readonly type: "number";
  /** Only whole numbers (a safe integer, as zod's `.int()` checks). */
  readonly integer: boolean;
  /** The least value, or -Infinity. */
  readonly min: number;
  /** Whether `min` itself is allowed (`.min(0)`), or only above it (`.positive()`). */
  readonly minInclusive: boolean;
  /** The greatest value (for a whole number, at most the greatest safe integer), or Infinity. */
  readonly max: number;
  /** Whether `max` itself is allowed. */
  readonly maxInclusive: boolean;
}

/** What a text field allows. */
export interface TextBounds {
  /** A text. */
  readonly type: "string";
  /** The least length (1 for `.min(1)`), else 0. */
  readonly minLength: number;
  /** Whether it must also match a pattern or pass a refinement (a form the bounds do not say). */
  readonly shaped: boolean;
}

/** What a number or text field allows. */
export type FieldBounds = NumberBounds | TextBounds;

/** The schema below wrappers that do not change what a present value may be (optional, default). */
function unwrapped(schema: z.ZodType): z.ZodType {
  let current = schema;
  for (let depth = 0; depth < 16; depth++) {
    const def = zodInternals(current).def;
    if ((def.type === "optional" || def.type === "default" || def.type === "nullable") && def.innerType !== undefined) current = def.innerType;
    else return current;
  }
  return current;
}

/**
 * The bounds of a number or text schema (optional or defaulted: its inner schema's), or
 * undefined for any other schema. A whole-number field's greatest value is at most
 * `Number.MAX_SAFE_INTEGER`, as `.int()` allows.
 *
 * @example fieldBounds(Room.shape.capacity) // { type: "number", integer: true, min: 0, minInclusive: false, max: 9007199254740991, maxInclusive: true }
 */
export function fieldBounds(schema: z.ZodType): FieldBounds | undefined {
  const def = zodInternals(unwrapped(schema)).def;
  if (def.type === "number") {
    let integer = false;
    let min = -Infinity;
    let minInclusive = true;
    let max = Infinity;
    let maxInclusive = true;
    for (const check of def.checks ?? []) {
      const c = check._zod.def;
      if (c.check === "number_format" && c.format === "safeint") integer = true;
      // The strictest bound counts, whatever the order of the checks: at the same value, an exclusive one.
      else if (c.check === "greater_than" && typeof c.value === "number" && c.value >= min) {
        minInclusive = (c.value > min || minInclusive) && c.inclusive === true;
        min = c.value;
      } else if (c.check === "less_than" && typeof c.value === "number" && c.value <= max) {
        maxInclusive = (c.value < max || maxInclusive) && c.inclusive === true;
        max = c.value;
      }
    }
    if (integer && max > Number.MAX_SAFE_INTEGER) {
      max = Number.MAX_SAFE_INTEGER;
      maxInclusive = true;
    }
    return { type: "number", integer, min, minInclusive, max, maxInclusive };
  }
  if (def.type === "string") {
    let minLength = 0;
    let shaped = false;
    for (const check of def.checks ?? []) {
      const c = check._zod.def;
      if (c.check === "min_length" && typeof c.minimum === "number") minLength = Math.max(minLength, c.minimum);
      else shaped = true;
    }
    return { type: "string", minLength, shaped };
  }
  return undefined;
}

/** Whether the bounds say anything at all (a number or text any value of its type passes has none). */
export function hasBounds(bounds: FieldBounds): boolean {
  return bounds.type === "number" ? bounds.integer || bounds.min > -Infinity || bounds.max < Infinity : bounds.minLength > 0 || bounds.shaped;
}

/**
 * The schema of the field at `path` below `schema`: object keys, `*` for an array's
 * elements; a union (a discriminated one) gives the first option that has the key.
 * Undefined when the path leads nowhere.
 *
 * @example fieldSchema(Program, ["needs", "*", "quantity"])
 */
export function fieldSchema(schema: z.ZodType, path: readonly string[]): z.ZodType | undefined {
  let current: z.ZodType | undefined = schema;
  for (const step of path) {
    if (current === undefined) return undefined;
    current = stepInto(unwrap(current), step);
  }
  return current;
}

function stepInto(schema: z.ZodType, step: string): z.ZodType | undefined {
  const def = zodInternals(schema).def;
  if (step === "*") return def.type === "array" ? def.element : undefined;
  if (def.type === "object") return def.shape?.[step];
  if (def.type === "union") {
    for (const option of def.options ?? []) {
      const found = stepInto(unwrap(option), step);
      if (found !== undefined) return found;
    }
  }
  return undefined;
}

/** A field below a schema that has bounds, and where it is. */
export interface BoundedField {
  /** Its path: object keys, `*` for an array's items. */
  readonly path: readonly string[];
  /** Its schema. */
  readonly schema: z.ZodType;
  /** Its bounds. */
  readonly bounds: FieldBounds;
}

/**
 * Every number or text field below `schema` whose checks bound it (see {@link hasBounds}),
 * through objects, arrays, unions and wrappers, each path once (the first union option's
 * schema); schemas `skip` names are not entered. Recursive schemas (`z.lazy`) are entered at
 * most `depth` levels deep.
 */
export function boundedFields(schema: z.ZodType, skip: (schema: z.ZodType) => boolean = () => false, depth = 8): BoundedField[] {
  const out: BoundedField[] = [];
  const seen = new Set<string>();
  const walk = (node: z.ZodType, path: readonly string[], left: number): void => {
    const inner = unwrap(node);
    if (left < 0 || skip(node) || skip(inner)) return;
    const bounds = fieldBounds(inner);
    if (bounds !== undefined) {
      const key = path.join(".");
      if (hasBounds(bounds) && !seen.has(key)) {
        seen.add(key);
        out.push({ path, schema: inner, bounds });
      }
      return;
    }
    const def = zodInternals(inner).def;
    if (def.type === "object") for (const [key, child] of Object.entries(def.shape ?? {})) walk(child, [...path, key], left - 1);
    else if (def.type === "array" && def.element !== undefined) walk(def.element, [...path, "*"], left - 1);
    else if (def.type === "union") for (const option of def.options ?? []) walk(option, path, left - 1);
  };
  walk(schema, [], depth);
  return out;
}
