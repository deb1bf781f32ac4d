/**
 * syntax/ast.ts is re-exported with `export type *` from the package's index: the bundled
 * .d.ts then declares each of its values too, which the JavaScript does not export (an SDK
 * walk, stop 54: `CANONICAL_HOLIDAY_WORDS` type-checked and was undefined at run time). The
 * file holds types alone; its values live in syntax/written-words.ts.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

describe("syntax/ast.ts", () => {
  it("declares no value: no const, let, var, function, class or enum at its top level", () => {
    const source = readFileSync(new URL("../../src/syntax/ast.ts", import.meta.url), "utf8");
    expect(source.split("\n").filter((line) => /^export\s+(?:declare\s+)?(?:const|let|var|function|class|enum|abstract)\b/.test(line))).toEqual([]);
  });
});
