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
});
