import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { evaluateCondition, isSafePattern } from "@lontar/core";

describe("isSafePattern", () => {
  it.each(["^kelas_", "keliling$", "[a-z]+_\\d{4}", "(senin)?", "^(a|b)$", "x*y+z?", "[(+*)]+", "(a+)+$", "(a*)*", "(a|aa)*b", "(\\w+\\s?)+$", "(a{1,5}){2,}"])(
    "accepts %s: the linear-time engine runs it",
    (p) => {
      expect(isSafePattern(p)).toBe(true);
    },
  );

  it.each(["(a)\\1", "(?<n>a)\\k<n>", "a(?=b)", "(?<!a)b", "a{2000}", "(a"])("refuses %s: the engine cannot express it", (p) => {
    expect(isSafePattern(p)).toBe(false);
  });

  it("accepts any repeated group whose body repeats, whatever the body", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z]{1,4}$/), fc.constantFrom("+", "*", "{2,}"), fc.constantFrom("+", "*", "{1,3}"), (body, inner, outer) => {
        expect(isSafePattern(`(${body}${inner})${outer}`)).toBe(true);
      }),
      { seed: 9 },
    );
  });

  it("makes evaluation answer a pattern that backtracking would take hours on", () => {
    const subject = `${"a".repeat(40)}!`;
    const condition = (pattern: string) => ({ kind: "match", subject: { kind: "fact", name: "program.id" }, pattern, flags: "" }) as const;
    expect(evaluateCondition(condition("^(a+)+$"), { facts: { "program.id": subject } })).toBe(false);
    expect(evaluateCondition(condition("^(a+)+!$"), { facts: { "program.id": subject } })).toBe(true);
  });
});
