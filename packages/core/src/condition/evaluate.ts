import { isLocalTime, minutesOfDay } from "../primitives/calendar.js";
import { DEFAULT_STAGE_MODEL } from "../tpbis/stage-model.js";
import { compareStages } from "../tpbis/transitions.js";
import { findFact } from "./facts.js";
import { compileLinearPattern } from "./regex/linear-pattern.js";
import type { ComparisonOperator, Condition } from "./expression.js";

/** A value a fact can hold. */
export type FactValue = string | number | boolean | readonly string[];

/** What a condition is evaluated against. */
export interface ConditionContext {
  /** Fact values by canonical name (`program.category`); missing facts are undefined. */
  readonly facts: Readonly<Record<string, FactValue | undefined>>;
  /** Orders TPBIS stages for `library.stage >= implementasi`; the default stage model's order when absent. */
  readonly compareStages?: (a: string, b: string) => number | undefined;
}

type Value = FactValue | undefined;

const canonical = (name: string): string => findFact(name)?.name ?? name;

function valueOf(condition: Condition, context: ConditionContext): Value {
  switch (condition.kind) {
    case "literal":
      return condition.value;
    case "fact":
      return context.facts[canonical(condition.name)];
    case "list":
      // A missing fact adds nothing to a list (rather than the string "undefined").
      return condition.items.flatMap((item) => {
        const value = valueOf(item, context);
        return value === undefined ? [] : Array.isArray(value) ? value : [String(value)];
      });
    default:
      return evaluateCondition(condition, context);
  }
}

function isStageFact(condition: Condition): boolean {
  return condition.kind === "fact" && findFact(condition.name)?.type.kind === "stage";
}

function compare(op: ComparisonOperator, order: number): boolean {
  switch (op) {
    case "==":
      return order === 0;
    case "!=":
      return order !== 0;
    case "<":
      return order < 0;
    case "<=":
      return order <= 0;
    case ">":
      return order > 0;
    case ">=":
      return order >= 0;
  }
}

function order(a: Value, b: Value): number | undefined {
  if (typeof a === "number" && typeof b === "number") return a - b;
  if (typeof a === "string" && typeof b === "string") return a < b ? -1 : a > b ? 1 : 0;
  if (typeof a === "boolean" && typeof b === "boolean") return Number(a) - Number(b);
  return undefined;
}

function evaluateCompare(condition: Extract<Condition, { kind: "compare" }>, context: ConditionContext): boolean {
  const left = valueOf(condition.left, context);
  const right = valueOf(condition.right, context);
  if (left === undefined || right === undefined) return condition.op === "!=" && left !== right;
  const stage = isStageFact(condition.left) || isStageFact(condition.right);
  const stageOrder = context.compareStages ?? ((a: string, b: string) => compareStages(DEFAULT_STAGE_MODEL, a, b));
  const result = stage ? stageOrder(String(left), String(right)) : order(left, right);
  return result === undefined ? condition.op === "!=" : compare(condition.op, result);
}

const overlaps = (context: ConditionContext, from: Value, to: Value): boolean => {
  const start = context.facts["occurrence.start"];
  const end = context.facts["occurrence.end"];
  const times = [start, end, from, to];
  if (!times.every((t): t is string => typeof t === "string" && isLocalTime(t))) return false;
  // Compared as minutes: "9:30"-style strings never reach here, and 24:00 sorts last.
  const [s, e, f, t] = times.map(minutesOfDay) as [number, number, number, number];
  return s < t && f < e;
};

/**
 * Evaluates a condition to true or false. Missing facts make comparisons false (but
 * `!=` true), so a rule about occurrences never fires where there is no occurrence.
 * Never throws and never hangs: regular expressions run on a linear-time engine (see
 * {@link compileLinearPattern}), and one it refuses (invalid, or with a backreference or
 * lookaround) matches nothing.
 *
 * @example evaluateCondition({ kind: "fact", name: "x" }, { facts: { x: true } }) // true
 */
export function evaluateCondition(condition: Condition, context: ConditionContext): boolean {
  switch (condition.kind) {
    case "literal":
    case "fact":
    case "list": {
      const value = valueOf(condition, context);
      return Array.isArray(value) ? value.length > 0 : Boolean(value);
    }
    case "not":
      return !evaluateCondition(condition.operand, context);
    case "and":
      return evaluateCondition(condition.left, context) && evaluateCondition(condition.right, context);
    case "or":
      return evaluateCondition(condition.left, context) || evaluateCondition(condition.right, context);
    case "compare":
      return evaluateCompare(condition, context);
    case "match": {
      const subject = valueOf(condition.subject, context);
      if (typeof subject !== "string") return false;
      const compiled = compileLinearPattern(condition.pattern, condition.flags);
      return compiled.ok && compiled.pattern.test(subject);
    }
    case "in": {
      const subject = valueOf(condition.subject, context);
      const collection = valueOf(condition.collection, context);
      // A missing subject is in nothing (so `not in` holds), like a missing fact in `!=`.
      const found = subject === undefined ? false : Array.isArray(collection)
        ? collection.includes(String(subject))
        : typeof collection === "string" && typeof subject === "string" && collection.includes(subject);
      return condition.negated ? !found : found;
    }
    case "call": {
      const args = condition.args.map((arg) => valueOf(arg, context));
      return (condition.name === "overlaps" || condition.name === "tumpang") && overlaps(context, args[0], args[1]);
    }
  }
}
