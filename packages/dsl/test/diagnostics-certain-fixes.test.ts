import { describe, expect, it } from "vitest";
import { applyEdits, certainFixes } from "@lontar/dsl";

describe("certain fixes (lontar check --fix, an editor's fix all)", () => {
  it("takes a fix whole or not at all, and never two that touch the same text", () => {
    const at = (start: number, end: number, text: string) => ({ location: { file: "a", range: { start: { line: 1, column: start + 1, offset: start }, end: { line: 1, column: end + 1, offset: end } } }, text });
    const diagnostic = (edits: ReturnType<typeof at>[], preferred = true) => ({ suggestions: [{ message: "m", edits, preferred }] }) as never;
    const fixes = certainFixes([diagnostic([at(0, 2, "AB")]), diagnostic([at(1, 3, "x")]), diagnostic([at(5, 6, "Z"), at(7, 8, "Y")]), diagnostic([at(9, 10, "Q")], false)]);
    expect(fixes.get("a")).toEqual([at(0, 2, "AB"), at(5, 6, "Z"), at(7, 8, "Y")]);
    expect(applyEdits("abcdefghij", fixes.get("a") ?? [])).toBe("ABcdeZgYij");
  });

  it("makes two replacements that only meet in one pass, takes the wider of two that start at one place, and keeps an insertion off another's edge", () => {
    const at = (start: number, end: number, text: string) => ({ location: { file: "a", range: { start: { line: 1, column: start + 1, offset: start }, end: { line: 1, column: end + 1, offset: end } } }, text });
    const diagnostic = (edits: ReturnType<typeof at>[]) => ({ suggestions: [{ message: "m", edits, preferred: true }] }) as never;
    // `8:00–10:00`: the hour, the dash, and the dash with the end (wider, so taken over the dash alone).
    const meeting = certainFixes([diagnostic([at(0, 4, "08:00")]), diagnostic([at(4, 5, "-")]), diagnostic([at(4, 10, " selama 2 jam")])]);
    expect(applyEdits("8:00\u201310:00", meeting.get("a") ?? [])).toBe("08:00 selama 2 jam");
    // An insertion where another replacement ends: the order would be a guess, so one waits.
    expect(certainFixes([diagnostic([at(0, 2, "AB")]), diagnostic([at(2, 2, "+")])]).get("a")).toEqual([at(0, 2, "AB")]);
  });

  it("refuses edits that are not of the text it is given, and applies insertions at one place in the order given (an SDK walk of stop 57)", () => {
    const at = (start: number, end: number, text: string) => ({ location: { file: "a", range: { start: { line: 1, column: start + 1, offset: start }, end: { line: 1, column: end + 1, offset: end } } }, text });
    expect(() => applyEdits("abcdef", [at(1, 4, "X"), at(2, 5, "Y")])).toThrow(/edits\[0\] and edits\[1\] overlap/);
    expect(() => applyEdits("abcdef", [at(0, 6, "X"), at(3, 3, "Y")])).toThrow(RangeError);
    expect(() => applyEdits("abcdef", [at(4, 2, "X")])).toThrow(/ends \(offset 2\) before it starts/);
    expect(() => applyEdits("abc", [at(10, 20, "X")])).toThrow(/past the text's end \(3\)/);
    expect(() => applyEdits("abc", [at(-1, 1, "X")])).toThrow(RangeError);
    expect(() => applyEdits("abc", [at(0.5, 1, "X")])).toThrow(RangeError);
    expect(() => applyEdits("a\u{1F4DA}b", [at(2, 3, "X")])).toThrow(/splits a character/);
    // What meets is made: two insertions at one place in the order given, an insertion at a replacement's start before it, replacements side by side.
    expect(applyEdits("abc", [at(1, 1, "X"), at(1, 1, "Y")])).toBe("aXYbc");
    expect(applyEdits("abc", [at(1, 1, "+"), at(1, 2, "B")])).toBe("a+Bc");
    expect(applyEdits("abc", [at(1, 2, "B"), at(1, 1, "+")])).toBe("aB+c");
    expect(applyEdits("abcdef", [at(2, 4, "Z"), at(0, 2, "Y"), at(4, 6, "X")])).toBe("YZX");
    expect(applyEdits("a\u{1F4DA}b", [at(1, 3, "X")])).toBe("aXb");
    expect(applyEdits("abc", [at(3, 3, "!")])).toBe("abc!");
  });
});
