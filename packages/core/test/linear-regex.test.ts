import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compileLinearPattern, evaluateCondition, isSafePattern } from "@lontar/core";

const linearTest = (pattern: string, flags: string, text: string): boolean => {
  const compiled = compileLinearPattern(pattern, flags);
  if (!compiled.ok) throw new Error(`refused /${pattern}/${flags}: ${compiled.reason}`);
  return compiled.pattern.test(text);
};

// Small patterns over a small alphabet, where JavaScript's backtracking engine is fast.
const atom = fc.constantFrom("a", "b", "A", "k", "s", ".", "[ab]", "[^a]", "[a-c]", "\\w", "\\W", "\\s", "\\d", "\\n", "[]", "[^]", "\\.", "é", "\\x61", "\\u0062");
const quantifier = fc.constantFrom("", "", "?", "*", "+", "{2}", "{0,2}", "{1,}", "??", "*?", "+?", "{1,3}?");
const assertion = fc.constantFrom("^", "$", "\\b", "\\B");
const pattern: fc.Arbitrary<string> = fc.letrec<{ expr: string; term: string }>((tie) => ({
  term: fc.oneof(
    { depthSize: "xsmall", withCrossShrink: true },
    fc.tuple(atom, quantifier).map(([a, q]) => a + q),
    assertion,
    fc.tuple(tie("expr"), quantifier, fc.constantFrom("(", "(?:")).map(([e, q, open]) => `${open}${e})${q}`),
  ),
  expr: fc.array(fc.array(tie("term"), { maxLength: 3, depthIdentifier: "terms" }).map((terms) => terms.join("")), { minLength: 1, maxLength: 3 }).map((alts) => alts.join("|")),
})).expr;
const flags = fc.subarray(["i", "m", "s", "u"]).map((list) => list.join(""));
const subject = fc.array(fc.constantFrom("a", "b", "A", "B", "c", "1", " ", "\n", "\r", "\u2028", ".", "é", "_", "\u212a", "\u017f"), { maxLength: 12 }).map((chars) => chars.join(""));

function isValid(source: string, flagText: string): boolean {
  try {
    new RegExp(source, flagText);
    return true;
  } catch {
    return false;
  }
}

describe("the linear-time regular expression engine", () => {
  it("answers as JavaScript's RegExp does on small patterns and inputs", () => {
    fc.assert(
      fc.property(pattern, flags, subject, (source, flagText, text) => {
        fc.pre(isValid(source, flagText)); // e.g. `$*` is not a pattern
        expect(linearTest(source, flagText, text), `/${source}/${flagText} on ${JSON.stringify(text)}`).toBe(new RegExp(source, flagText).test(text));
      }),
      { seed: 20261202, numRuns: 2000 },
    );
  });

  it("answers as RegExp does on astral characters, with and without the u flag", () => {
    const cases = [["^.$", "😀"], ["^..$", "😀"], ["[😀]", "\ud83d"], ["^[😀]$", "😀"], ["^😀$", "😀"]] as const;
    for (const [source, text] of cases) {
      for (const flagText of ["", "u", "iu"]) expect(linearTest(source, flagText, text), `/${source}/${flagText}`).toBe(new RegExp(source, flagText).test(text));
    }
    for (const [source, text] of [["^\\u{1F600}$", "😀"], ["^\\p{L}+$", "Perpustakaan"], ["^\\P{L}$", "1"]] as const) {
      expect(linearTest(source, "u", text), `/${source}/u`).toBe(new RegExp(source, "u").test(text));
    }
  });

  it("answers nested repetition that backtracking engines take minutes on", () => {
    const pattern = "^(?:a?a?)+$";
    expect(linearTest(pattern, "", "a".repeat(42))).toBe(true);
    expect(linearTest(pattern, "", `${"a".repeat(41)}!`)).toBe(false);
    expect(linearTest("^(a+)+$", "", `${"a".repeat(40)}!`)).toBe(false);
    expect(linearTest("^(?<run>a|aa)*$", "", "a".repeat(40))).toBe(true);
  });

  it("answers a chain of wildcards on a long value", () => {
    const pattern = "^.*.*.*.*.*x$";
    expect(linearTest(pattern, "", "a".repeat(3000))).toBe(false);
    expect(linearTest(pattern, "", `${"a".repeat(2999)}x`)).toBe(true);
  });

  it.each([
    ["(a)\\1", "a backreference"],
    ["(?<n>a)\\k<n>", "a backreference"],
    ["a(?=b)", "lookaround"],
    ["a(?!b)", "lookaround"],
    ["(?<=a)b", "lookaround"],
    ["(?<!a)b", "lookaround"],
    ["a{1,5000}", "bound above 1000"],
    ["a{1234567890123456789012345}", "bound above 1000"],
    ["(a{1000}){1000}", "steps"],
    ["(", "not a valid"],
  ])("refuses %s (%s)", (source, reason) => {
    const compiled = compileLinearPattern(source, "");
    expect(compiled.ok).toBe(false);
    if (!compiled.ok) expect(compiled.reason).toContain(reason);
    expect(isSafePattern(source)).toBe(false);
  });

  it("reads a brace that is not a quantifier as a literal, as JavaScript does without u", () => {
    for (const [source, text] of [["a{", "a{"], ["a{x}", "a{x}"], ["a{1,2", "a{1,2"], ["x}]", "x}]"]] as const) {
      expect(linearTest(source, "", text), source).toBe(new RegExp(source).test(text));
    }
  });

  it("refuses flags a condition may not carry", () => {
    expect(compileLinearPattern("a", "g").ok).toBe(false);
  });

  it("is what conditions match with: nested repetition is answered, a refused pattern matches nothing", () => {
    const match = (pattern: string) => ({ kind: "match", subject: { kind: "fact", name: "program.id" }, pattern, flags: "" }) as const;
    expect(evaluateCondition(match("^(?:a?a?)+$"), { facts: { "program.id": "a".repeat(42) } })).toBe(true);
    expect(evaluateCondition(match("^(a)\\1$"), { facts: { "program.id": "aa" } })).toBe(false);
  });
});
