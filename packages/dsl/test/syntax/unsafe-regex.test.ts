import { describe, expect, it } from "vitest";
import { parseFile } from "@lontar/dsl";

describe("regular expressions in conditions", () => {
  const rule = (re: string): string => `rule r {\n  when program.id =~ ${re}\n  then warn "x"\n}\n`;

  it("refuses a pattern the linear-time engine cannot express (a backreference), at its position", () => {
    const { diagnostics } = parseFile(rule("/^(a)\\1$/"), "r.lontar");
    const refused = diagnostics.find((d) => d.code === "LON1005");
    expect(refused?.message).toMatch(/refused/);
    expect(refused?.location.range.start).toMatchObject({ line: 2, column: 22 });
  });

  it("accepts an ordinary pattern, and nested repetition (it runs in linear time)", () => {
    expect(parseFile(rule("/^kelas_/i"), "r.lontar").diagnostics).toEqual([]);
    expect(parseFile(rule("/^(a+)+$/"), "r.lontar").diagnostics).toEqual([]);
    // Read with its own flags: `\p{L}` is a property escape only under `u`.
    expect(parseFile(rule("/^\\p{L}+$/u"), "r.lontar").diagnostics).toEqual([]);
  });
});
