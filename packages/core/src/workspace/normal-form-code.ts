/**
 * The normal-form checks of objects and arrays as code generated for each schema (see
 * `isNormalForm`): one function per schema, so that each reads one shape of object
 * (its property loads and its `for…in` stay monomorphic, as a hand-written check's would)
 * where a closure shared by every schema meets every shape. The code is built from the
 * schema alone (keys, patterns and bounds are passed in or written as literals by
 * `JSON.stringify` and `String`), never from a value checked. Where code cannot be
 * generated (a host that forbids `new Function`, or zod configured `jitless`), the
 * caller keeps its closures.
 */
import { z } from "zod";
import type { InlineTest } from "./normal-form-inline.js";

/** Whether a value (met at a depth) is in a schema's normal form. */
export type Holds = (value: unknown, depth: number) => boolean;

/** How one field or element is tested: inline, or by calling its schema's check. */
export type PartTest = { readonly inline: InlineTest } | { readonly call: Holds };

const hasOwnProperty = Object.prototype.hasOwnProperty;

let allowed: boolean | undefined;

/** Whether code may be generated here: the host allows `new Function`, and zod is not configured `jitless`. */
export function canGenerate(): boolean {
  if (z.config().jitless === true) return false;
  if (allowed === undefined) {
    try {
      allowed = new Function("return true")() === true;
    } catch {
      allowed = false;
    }
  }
  return allowed;
}

/** The parameters and code of a generated function, gathered while it is written. */
class Code {
  readonly names: string[] = [];
  readonly values: unknown[] = [];

  /** A parameter holding `value` (a pattern, a set, a check), by a fresh name. */
  bind(value: unknown): string {
    const name = `v${this.names.length}`;
    this.names.push(name);
    this.values.push(value);
    return name;
  }

  /** The expression that is true when `item` (a present value) passes `test`, at `depth` of its holder. */
  test(test: PartTest, item: string): string {
    if ("call" in test) return `${this.bind(test.call)}(${item}, depth + 1)`;
    const t = test.inline;
    switch (t.type) {
      case "string": {
        const parts = [`typeof ${item} === "string"`];
        for (const pattern of t.patterns) {
          const p = this.bind(pattern);
          parts.push(`(${p}.lastIndex = 0, ${p}.test(${item}))`);
        }
        for (const refine of t.refines) parts.push(`${this.bind(refine)}(${item})`);
        return parts.join(" && ");
      }
      case "number": {
        const parts = [`typeof ${item} === "number"`, `Number.isFinite(${item})`];
        if (t.integer) parts.push(`Number.isSafeInteger(${item})`);
        if (Number.isFinite(t.lower)) parts.push(`${item} ${t.lowerInclusive ? ">=" : ">"} ${number(t.lower)}`);
        if (Number.isFinite(t.upper)) parts.push(`${item} ${t.upperInclusive ? "<=" : "<"} ${number(t.upper)}`);
        return parts.join(" && ");
      }
      case "boolean":
        return `typeof ${item} === "boolean"`;
      case "enum":
        return `${this.bind(t.values ?? new Set())}.has(${item})`;
    }
  }

  /**
   * The function whose body is `body` (of `value` and `depth`), with its parameters bound.
   * `own` is `Object.prototype.hasOwnProperty`, as taken when this module loaded: V8 reads
   * `own.call(value, key)` inside `for…in` from the object's map, where `Object.hasOwn` is a
   * call each time (twice the cost of the whole check of a source position).
   */
  make(body: string): Holds {
    const factory = new Function("own", ...this.names, `"use strict";\nreturn function holds(value, depth) {\n${body}\n};`) as (...values: unknown[]) => Holds;
    return factory(hasOwnProperty, ...this.values);
  }
}

/** A bound as a number literal (finite: its shortest round-trip text). */
function number(value: number): string {
  return Object.is(value, -0) ? "-0" : String(value);
}

/**
 * An object's check: its own enumerable keys are `keys`, in that order, none holding
 * undefined, each value passing its test; every key it lacks is one that may be absent
 * (`absent(index)`) and is not inherited either. The same decision as the closure it
 * replaces, key by key.
 */
export function objectCode(keys: readonly string[], tests: readonly PartTest[], absent: (index: number) => boolean, maxDepth: number): Holds {
  const code = new Code();
  const keyList = code.bind(keys);
  const skip = code.bind(absent);
  const cases = keys.map((key, index) => {
    const literal = JSON.stringify(key);
    const test = tests[index] as PartTest;
    return `      case ${literal}: {
        if (next > ${index} || !own.call(value, key)) return false;
        for (; next < ${index}; next++) if (!${skip}(next) || ${keyList}[next] in value) return false;
        next = ${index + 1};
        const item = value[${literal}];
        if (item === undefined || !(${code.test(test, "item")})) return false;
        break;
      }`;
  });
  return code.make(`  if (typeof value !== "object" || value === null || Array.isArray(value) || depth > ${maxDepth}) return false;
  let next = 0;
  for (const key in value) {
    switch (key) {
${cases.join("\n")}
      default:
        return false;
    }
  }
  for (; next < ${keys.length}; next++) if (!${skip}(next) || ${keyList}[next] in value) return false;
  return true;`);
}

/** An array's check: an array (no holes) within the depth bound whose every element passes `element`. */
export function arrayCode(element: PartTest, maxDepth: number): Holds {
  const code = new Code();
  return code.make(`  if (!Array.isArray(value) || depth > ${maxDepth}) return false;
  for (let i = 0; i < value.length; i++) {
    if (!own.call(value, i)) return false;
    const item = value[i];
    if (!(${code.test(element, "item")})) return false;
  }
  return true;`);
}
