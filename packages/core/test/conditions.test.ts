import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  ComparisonOperator,
  Condition,
  DEFAULT_STAGE_MODEL,
  compareStages,
  evaluateCondition,
  parseWith,
  type ConditionContext,
  type FactValue,
} from "@lontar/core";
import { conditionArb } from "./arbitraries/index.js";

const lit = (value: string | number | boolean): Condition => ({ kind: "literal", value });
const fact = (name: string): Condition => ({ kind: "fact", name });
const cmp = (op: ComparisonOperator, left: Condition, right: Condition): Condition => ({ kind: "compare", op, left, right });
const ctx = (facts: Record<string, FactValue | undefined>, extra: Partial<ConditionContext> = {}): ConditionContext => ({ facts, ...extra });
const evaluate = (c: Condition, facts: Record<string, FactValue | undefined> = {}): boolean => evaluateCondition(c, ctx(facts));

describe("comparison operators", () => {
  const table: [ComparisonOperator, number, number, boolean][] = [
    ["==", 3, 3, true],
    ["==", 3, 4, false],
    ["!=", 3, 4, true],
    ["!=", 3, 3, false],
    ["<", 3, 4, true],
    ["<", 4, 4, false],
    ["<=", 4, 4, true],
    ["<=", 5, 4, false],
    [">", 5, 4, true],
    [">", 4, 4, false],
    [">=", 4, 4, true],
    [">=", 3, 4, false],
  ];
  it.each(table)("%s on numbers: %s vs %s is %s", (op, a, b, expected) => {
    expect(evaluate(cmp(op, fact("occurrence.duration"), lit(b)), { "occurrence.duration": a })).toBe(expected);
  });

  it("compares strings and booleans", () => {
    expect(evaluate(cmp("==", fact("program.category"), lit("storytelling")), { "program.category": "storytelling" })).toBe(true);
    expect(evaluate(cmp("<", lit("08:00"), lit("16:00")))).toBe(true);
    expect(evaluate(cmp(">", lit(true), lit(false)))).toBe(true);
  });

  it("never orders values of different types, except that they are unequal", () => {
    expect(evaluate(cmp("==", lit(1), lit("1")))).toBe(false);
    expect(evaluate(cmp("<", lit(1), lit("2")))).toBe(false);
    expect(evaluate(cmp("!=", lit(1), lit("1")))).toBe(true);
  });

  it("agrees with JavaScript on any two numbers, and a < b exactly when b > a", () => {
    const num = fc.integer({ min: -1000, max: 1000 });
    fc.assert(
      fc.property(fc.constantFrom(...ComparisonOperator.options), num, num, (op, a, b) => {
        const expected = { "==": a === b, "!=": a !== b, "<": a < b, "<=": a <= b, ">": a > b, ">=": a >= b }[op];
        expect(evaluate(cmp(op, lit(a), lit(b)))).toBe(expected);
        expect(evaluate(cmp("<", lit(a), lit(b)))).toBe(evaluate(cmp(">", lit(b), lit(a))));
      }),
    );
  });
});

describe("stage ordering", () => {
  const atLeast = (stage: string): Condition => cmp(">=", fact("library.stage"), lit(stage));

  it("orders library.stage by the stage model, not alphabetically", () => {
    const context = ctx({ "library.stage": "implementasi" }, { compareStages: (a, b) => compareStages(DEFAULT_STAGE_MODEL, a, b) });
    expect(evaluateCondition(atLeast("bimtek"), context)).toBe(true);
    expect(evaluateCondition(atLeast("implementation"), context)).toBe(true);
    expect(evaluateCondition(atLeast("replikasi"), context)).toBe(false);
    // Alphabetically "monitoring_evaluasi" < "pendampingan"; in the model it comes after.
    const monitoring = ctx({ "library.stage": "monitoring_evaluasi" }, { compareStages: (a, b) => compareStages(DEFAULT_STAGE_MODEL, a, b) });
    expect(evaluateCondition(cmp(">", fact("library.stage"), lit("pendampingan")), monitoring)).toBe(true);
  });

  it("uses the default stage model when the context gives no order", () => {
    expect(evaluate(atLeast("bimtek"), { "library.stage": "implementasi" })).toBe(true);
    expect(evaluate(cmp("<", fact("perpustakaan.tahap"), lit("monitoring")), { "library.stage": "pendampingan" })).toBe(true);
    expect(evaluate(cmp(">", fact("library.stage"), lit("sosialisasi")), { "library.stage": "replikasi" })).toBe(true);
  });

  it("uses a custom order when given one", () => {
    const reversed = ctx({ "library.stage": "a" }, { compareStages: (x, y) => (x === y ? 0 : x < y ? 1 : -1) });
    expect(evaluateCondition(cmp(">", fact("library.stage"), lit("b")), reversed)).toBe(true);
  });

  it("treats an unknown stage as unordered: only != holds", () => {
    expect(evaluate(atLeast("nowhere"), { "library.stage": "implementasi" })).toBe(false);
    expect(evaluate(cmp("<", fact("library.stage"), lit("nowhere")), { "library.stage": "implementasi" })).toBe(false);
    expect(evaluate(cmp("!=", fact("library.stage"), lit("nowhere")), { "library.stage": "implementasi" })).toBe(true);
  });

  it("agrees with compareStages for every pair of default stages", () => {
    const stage = fc.constantFrom(...DEFAULT_STAGE_MODEL.stages.flatMap((s) => [s.id, s.keyword]));
    fc.assert(
      fc.property(stage, stage, (a, b) => {
        const order = compareStages(DEFAULT_STAGE_MODEL, a, b) ?? Number.NaN;
        expect(evaluate(cmp(">=", fact("library.stage"), lit(b)), { "library.stage": a })).toBe(order >= 0);
        expect(evaluate(cmp("==", fact("library.stage"), lit(b)), { "library.stage": a })).toBe(order === 0);
      }),
    );
  });
});

describe("missing facts", () => {
  it("make comparisons false, but != true", () => {
    for (const op of ComparisonOperator.options) {
      expect(evaluate(cmp(op, fact("occurrence.start"), lit("11:30")))).toBe(op === "!=");
      expect(evaluate(cmp(op, lit("11:30"), fact("occurrence.start")))).toBe(op === "!=");
    }
    expect(evaluate(cmp("!=", fact("a"), fact("b")))).toBe(false);
  });

  it("are false on their own, and a missing subject is in nothing", () => {
    const list: Condition = { kind: "list", items: [lit("x"), fact("missing_too")] };
    expect(evaluate(fact("weekday"))).toBe(false);
    expect(evaluate({ kind: "in", subject: fact("nothing"), collection: list, negated: false })).toBe(false);
    expect(evaluate({ kind: "in", subject: fact("nothing"), collection: list, negated: true })).toBe(true);
    expect(evaluate({ kind: "in", subject: lit("undefined"), collection: list, negated: false })).toBe(false);
  });

  it("never make a rule over occurrences fire: overlaps() is false without an occurrence", () => {
    expect(evaluate({ kind: "call", name: "overlaps", args: [lit("11:30"), lit("13:00")] })).toBe(false);
  });
});

describe("facts, logic, match, in and calls", () => {
  it("resolves Bahasa Indonesia fact names to the canonical ones", () => {
    expect(evaluate(cmp("==", fact("program.kategori"), lit("festival")), { "program.category": "festival" })).toBe(true);
    expect(evaluate(cmp("==", fact("hari"), lit("sat")), { weekday: "sat" })).toBe(true);
  });

  it("reads literals, facts and lists as truthy or falsy", () => {
    expect(evaluate(lit(0))).toBe(false);
    expect(evaluate(lit("x"))).toBe(true);
    expect(evaluate(fact("program.partners"), { "program.partners": [] })).toBe(false);
    expect(evaluate(fact("program.partners"), { "program.partners": ["sd_1"] })).toBe(true);
    expect(evaluate({ kind: "list", items: [] })).toBe(false);
  });

  it("combines with !, && and ||", () => {
    const t = lit(true);
    const f = lit(false);
    expect(evaluate({ kind: "not", operand: f })).toBe(true);
    expect(evaluate({ kind: "and", left: t, right: f })).toBe(false);
    expect(evaluate({ kind: "or", left: f, right: t })).toBe(true);
  });

  it("matches regular expressions with flags", () => {
    const match = (pattern: string, flags: string): Condition => ({ kind: "match", subject: fact("program.id"), pattern, flags });
    expect(evaluate(match("^lomba_", ""), { "program.id": "lomba_bercerita" })).toBe(true);
    expect(evaluate(match("^LOMBA", ""), { "program.id": "lomba_bercerita" })).toBe(false);
    expect(evaluate(match("^LOMBA", "i"), { "program.id": "lomba_bercerita" })).toBe(true);
    expect(evaluate(match(".", ""), { "program.partners": ["x"] })).toBe(false);
  });

  it("never throws on an invalid regular expression: it matches nothing", () => {
    for (const [pattern, flags] of [["(", ""], ["[a-", "i"], ["x", "ii"], ["\\", ""], ["(?<", "u"]] as const) {
      expect(evaluate({ kind: "match", subject: lit("x"), pattern, flags })).toBe(false);
    }
  });

  it("tests membership in lists, list facts and strings, and its negation", () => {
    const inList = (subject: Condition, negated = false): Condition => ({
      kind: "in",
      subject,
      collection: { kind: "list", items: [lit("sat"), lit("sun")] },
      negated,
    });
    expect(evaluate(inList(fact("weekday")), { weekday: "sun" })).toBe(true);
    expect(evaluate(inList(fact("weekday"), true), { weekday: "sun" })).toBe(false);
    expect(evaluate(inList(fact("weekday"), true), { weekday: "mon" })).toBe(true);
    expect(evaluate({ kind: "in", subject: lit("sd_1"), collection: fact("program.partners"), negated: false }, { "program.partners": ["sd_1"] })).toBe(true);
    expect(evaluate({ kind: "in", subject: lit("Barat"), collection: fact("library.province"), negated: false }, { "library.province": "Sumatera Barat" })).toBe(true);
    expect(evaluate({ kind: "in", subject: lit(3), collection: { kind: "list", items: [lit(1), lit(3)] }, negated: false })).toBe(true);
  });

  it("overlaps() and its Indonesian name tumpang() compare the occurrence's local times", () => {
    const call = (name: string, from: string, to: string): Condition => ({ kind: "call", name, args: [lit(from), lit(to)] });
    const lunch = { "occurrence.start": "11:00", "occurrence.end": "12:00" };
    expect(evaluate(call("overlaps", "11:30", "13:00"), lunch)).toBe(true);
    expect(evaluate(call("tumpang", "11:30", "13:00"), lunch)).toBe(true);
    expect(evaluate(call("overlaps", "12:00", "13:00"), lunch)).toBe(false); // end is exclusive
    expect(evaluate(call("overlaps", "09:00", "11:00"), lunch)).toBe(false);
    expect(evaluate(call("overlaps", "10:00", "24:00"), lunch)).toBe(true);
    expect(evaluate(call("overlaps", "9:30", "13:00"), lunch)).toBe(false); // not a HH:mm time
    expect(evaluate(call("unknown", "11:30", "13:00"), lunch)).toBe(false);
  });

  it("overlaps() agrees with interval arithmetic on minutes", () => {
    const minute = fc.integer({ min: 0, max: 1440 });
    const hhmm = (m: number): string => `${String(Math.floor(m / 60)).padStart(2, "0")}:${String(m % 60).padStart(2, "0")}`;
    fc.assert(
      fc.property(minute, minute, minute, minute, (s, e, f, t) => {
        const facts = { "occurrence.start": hhmm(s), "occurrence.end": hhmm(e) };
        expect(evaluate({ kind: "call", name: "overlaps", args: [lit(hhmm(f)), lit(hhmm(t))] }, facts)).toBe(s < t && f < e);
      }),
    );
  });
});

describe("evaluateCondition properties", () => {
  const factValue = fc.oneof(fc.string({ maxLength: 6 }), fc.integer(), fc.boolean(), fc.array(fc.string({ maxLength: 4 }), { maxLength: 3 }), fc.constant(undefined));
  const facts = fc.dictionary(fc.constantFrom("program.category", "library.stage", "occurrence.start", "occurrence.end", "weekday", "x"), factValue);

  it("always returns a boolean and never throws", () => {
    fc.assert(
      fc.property(conditionArb(5), facts, (condition, f) => {
        expect(typeof evaluate(condition, f)).toBe("boolean");
      }),
    );
  });

  it("negation flips, and De Morgan holds", () => {
    fc.assert(
      fc.property(conditionArb(3), conditionArb(3), facts, (a, b, f) => {
        expect(evaluate({ kind: "not", operand: a }, f)).toBe(!evaluate(a, f));
        expect(evaluate({ kind: "not", operand: { kind: "and", left: a, right: b } }, f)).toBe(
          evaluate({ kind: "or", left: { kind: "not", operand: a }, right: { kind: "not", operand: b } }, f),
        );
      }),
    );
  });
});

describe("the Condition schema", () => {
  it("accepts every node kind and rejects bad ones with a path", () => {
    expect(Condition.safeParse({ kind: "call", name: "overlaps", args: [{ kind: "literal", value: "11:30" }] }).success).toBe(true);
    const badOp = parseWith(Condition, { kind: "compare", op: "=~", left: { kind: "fact", name: "a" }, right: { kind: "literal", value: 1 } });
    expect(badOp.ok === false && badOp.issues.map((i) => i.path)).toEqual([["op"]]);
    const badFlags = parseWith(Condition, { kind: "not", operand: { kind: "match", subject: { kind: "fact", name: "a" }, pattern: "x", flags: "g" } });
    expect(badFlags.ok === false && badFlags.issues.map((i) => i.path)).toEqual([["operand", "flags"]]);
    const badKind = parseWith(Condition, { kind: "xor" });
    expect(badKind.ok === false && badKind.issues[0]?.path).toEqual(["kind"]);
  });
});
