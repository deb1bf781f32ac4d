import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { evaluateCondition, isSafePattern } from "@lontar/core";

describe("isSafePattern", () => {
  it.each(["^kelas_", "keliling$", "[a-z]+_\\d{4}", "(senin)?", "^(a|b)$", "x*y+z?", "[(+*)]+"])("accepts %s", (p) => {
    expect(isSafePattern(p)).toBe(true);
  });

  it.each(["(a+)+$", "(a*)*", "((a+))+", "(a|aa)*b", "(x+x+)+y", "(\\w+\\s?)+$", "(a)\\1", "(?<n>a)\\k<n>", "(a{1,5}){2,}"])("refuses %s", (p) => {
    expect(isSafePattern(p)).toBe(false);
  });

  it("refuses any repeated group whose body repeats, whatever the body", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z]{1,4}$/), fc.constantFrom("+", "*", "{2,}"), fc.constantFrom("+", "*", "{1,3}"), (body, inner, outer) => {
        expect(isSafePattern(`(${body}${inner})${outer}`)).toBe(false);
      }),
    );
  });

  it("makes evaluation refuse a catastrophic pattern instead of hanging on it", () => {
    const subject = `${"a".repeat(40)}!`;
    const condition = { kind: "match", subject: { kind: "fact", name: "program.id" }, pattern: "^(a+)+$", flags: "" } as const;
    expect(evaluateCondition(condition, { facts: { "program.id": subject } })).toBe(false);
  });
});
