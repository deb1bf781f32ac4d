import type { z } from "zod";
import type { Issue } from "../primitives/result.js";
import { nearestName } from "./nearest-name.js";
import { type ZodDefinition, zodDefinition, zodInternals } from "./zod-definition.js";

/** At most this many unknown keys are reported; a wholly wrong input does not flood the caller. */
export const MAX_UNKNOWN_KEY_ISSUES = 100;

/** Values visited before the walk stops (inputs that share objects many times over). */
const VISIT_BUDGET = 1 << 22;

/** Each schema's unwrapped definition, found once (schemas never change). */
const unwrapped = new WeakMap<z.ZodType, ZodDefinition>();

/**
 * The schema under wrappers that do not change what keys are allowed (optional, default,
 * lazy, pipe…). A lazy schema's inner type is zod's own cached one (calling the getter
 * would build the schema anew each time).
 */
export function unwrap(schema: z.ZodType): z.ZodType {
  let current = schema;
  for (let step = 0; step < 32; step++) {
    const def = zodDefinition(current);
    const next = def.type === "lazy" ? lazyInner(current) : (def.innerType ?? (def.type === "pipe" ? def.in : undefined));
    if (next === undefined) return current;
    current = next;
  }
  return current;
}

function lazyInner(schema: z.ZodType): z.ZodType | undefined {
  return zodInternals(schema).innerType ?? zodDefinition(schema).getter?.();
}

/** The definition of the schema under its wrappers (see {@link unwrap}), cached. */
function unwrappedDefinition(schema: z.ZodType): ZodDefinition {
  let def = unwrapped.get(schema);
  if (def === undefined) {
    def = zodDefinition(unwrap(schema));
    unwrapped.set(schema, def);
  }
  return def;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The object shape a union's option has (undefined when the option is not an object). */
function shapeOf(schema: z.ZodType): Readonly<Record<string, z.ZodType>> | undefined {
  const def = unwrappedDefinition(schema);
  return def.type === "object" ? def.shape : undefined;
}

/**
 * The option of a union the value was meant as: by the discriminator when there is one,
 * else the object option that knows most of the value's keys (the first on a tie).
 */
function chosenOption(def: ZodDefinition, value: Record<string, unknown>): z.ZodType | undefined {
  const options = def.options ?? [];
  if (def.discriminator !== undefined) {
    const tag = value[def.discriminator];
    const match = options.find((option) => {
      const field = shapeOf(option)?.[def.discriminator ?? ""];
      return field !== undefined && zodInternals(unwrap(field)).values?.has(tag) === true;
    });
    if (match !== undefined) return match;
  }
  let best: z.ZodType | undefined;
  let bestKnown = -1;
  for (const option of options) {
    const shape = shapeOf(option);
    if (shape === undefined) continue;
    const known = Object.keys(value).filter((key) => Object.hasOwn(shape, key)).length;
    if (known > bestKnown) [best, bestKnown] = [option, known];
  }
  return best;
}

/**
 * Walks a value along its schema and reports the keys no schema object declares, noting
 * on the way whether a key holds `undefined`. The path to the value is one stack, pushed
 * and popped on the way (copied only into an issue).
 */
class UnknownKeyWalk {
  readonly issues: Issue[] = [];
  /** True once a key holding `undefined` is met, or an object is left unread (it may hold one). */
  mayHoldUndefined = false;
  private visits = 0;
  private readonly path: (string | number)[] = [];

  walk(schema: z.ZodType, value: unknown): void {
    if (typeof value !== "object" || value === null) return;
    if (this.issues.length >= MAX_UNKNOWN_KEY_ISSUES || ++this.visits > VISIT_BUDGET) {
      this.mayHoldUndefined = true;
      return;
    }
    const def = unwrappedDefinition(schema);
    const path = this.path;
    if (Array.isArray(value)) {
      for (let index = 0; index < value.length; index++) {
        const itemSchema = def.type === "array" ? def.element : def.type === "tuple" ? (def.items?.[index] ?? def.rest ?? undefined) : undefined;
        if (itemSchema === undefined) {
          this.mayHoldUndefined = true;
          continue;
        }
        path.push(index);
        this.walk(itemSchema, value[index]);
        path.pop();
      }
      return;
    }
    if (!isRecord(value)) return;
    if (def.type === "union") {
      const option = chosenOption(def, value);
      if (option !== undefined) this.walk(option, value);
      else this.mayHoldUndefined = true;
    } else if (def.type === "record" && def.valueType !== undefined) {
      for (const key of Object.keys(value)) {
        if (value[key] === undefined) this.mayHoldUndefined = true;
        path.push(key);
        this.walk(def.valueType, value[key]);
        path.pop();
      }
    } else if (def.type === "object" && def.shape !== undefined) {
      this.walkObject(def.shape, value);
    } else {
      this.mayHoldUndefined = true;
    }
  }

  private walkObject(shape: Readonly<Record<string, z.ZodType>>, value: Record<string, unknown>): void {
    const path = this.path;
    for (const key of Object.keys(value)) {
      if (value[key] === undefined) this.mayHoldUndefined = true;
      const field = Object.hasOwn(shape, key) ? shape[key] : undefined;
      if (field !== undefined) {
        path.push(key);
        this.walk(field, value[key]);
        path.pop();
        continue;
      }
      if (this.issues.length >= MAX_UNKNOWN_KEY_ISSUES) {
        this.mayHoldUndefined = true;
        return;
      }
      const nearest = nearestName(key, Object.keys(shape));
      this.issues.push({
        code: "CORE_UNKNOWN_KEY",
        path: [...path, key],
        message: nearest === undefined ? `unknown key "${key}"` : `unknown key "${key}"; did you mean "${nearest}"?`,
        args: nearest === undefined ? { key } : { key, nearest },
      });
    }
  }
}

/**
 * The keys of `input` that `schema` does not declare, as `CORE_UNKNOWN_KEY` issues naming
 * the key and the nearest declared one (zod would drop them silently). Reads only objects
 * and arrays; bounded by the input's depth (checked before) and a visit budget.
 *
 * @example unknownKeyIssues(Workspace, { version: 1, programs: [{ id: "p", participants: 20 }] })
 * // [{ code: "CORE_UNKNOWN_KEY", path: ["programs", 0, "participants"], message: 'unknown key "participants"; did you mean "expectedParticipants"?' }]
 */
export function unknownKeyIssues(schema: z.ZodType, input: unknown): Issue[] {
  return inputKeys(schema, input).unknown;
}

/** What one walk of an input's keys along its schema finds (see {@link inputKeys}). */
export interface InputKeys {
  /** The keys no schema object declares, as {@link unknownKeyIssues} gives them. */
  readonly unknown: Issue[];
  /**
   * Whether a key of the input may hold `undefined`: true when one does, and when the walk
   * left an object unread (a budget, the cap on issues, a value of no shape it knows).
   * False says that no object of the input has such a key.
   */
  readonly mayHoldUndefined: boolean;
}

/** The unknown keys of `input` (see {@link unknownKeyIssues}), and whether a key holds `undefined`, in one walk. */
export function inputKeys(schema: z.ZodType, input: unknown): InputKeys {
  const walk = new UnknownKeyWalk();
  walk.walk(schema, input);
  return { unknown: walk.issues, mayHoldUndefined: walk.mayHoldUndefined };
}
