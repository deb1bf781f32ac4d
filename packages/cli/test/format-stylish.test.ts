import { stripVTControlCharacters } from "node:util";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { arbDiagnostic } from "./support/diagnostics.js";
import { formatStylish } from "../src/format/stylish.js";
import { AGREEMENT_FILE, SAMPLE_DIAGNOSTICS, SAMPLE_SOURCES } from "./support/sample.js";

const context = { cwd: "/repo", sources: SAMPLE_SOURCES, toolVersion: "0.1.0" };

describe("stylish formatter", () => {
  it("prints location, severity, message and code, in source order", () => {
    const out = formatStylish(SAMPLE_DIAGNOSTICS, context);
    const headers = out.split("\n").filter((line) => line.startsWith(AGREEMENT_FILE));
    expect(headers).toEqual([
      `${AGREEMENT_FILE}:6:21  error  unknown partner \`disdk\`  LON2001`,
      `${AGREEMENT_FILE}:8:3  warning  only 8 of 10 sessions of kelas_menulis are planned in semester 2019-S1  LON5101`,
    ]);
  });

  it("draws a code frame with carets under the whole range", () => {
    const out = formatStylish(SAMPLE_DIAGNOSTICS, context);
    const lines = out.split("\n");
    const sourceLine = lines.findIndex((line) => line.startsWith(">") && line.includes("between solok and disdk"));
    expect(sourceLine).toBeGreaterThan(0);
    const marker = lines[sourceLine + 1] ?? "";
    const column = (lines[sourceLine] ?? "").indexOf("disdk");
    expect(marker.indexOf("^")).toBe(column);
    expect(marker.trimEnd().endsWith("^^^^^")).toBe(true);
  });

  it("frames a range over many lines (a whole declaration) by its first line alone", () => {
    const file = "/repo/p.lontar";
    const source = ["// a program", "program p at lib {", "  title \"P\"", "  category class", "  schedule every week on sat at 09:00", "  needs room aula", "}", ""].join("\n");
    const range = { start: { line: 2, column: 1, offset: 13 }, end: { line: 7, column: 2, offset: source.length - 1 } };
    const [diagnostic] = SAMPLE_DIAGNOSTICS;
    if (diagnostic === undefined) throw new Error("no sample diagnostic");
    const out = formatStylish([{ ...diagnostic, location: { file, range }, related: [], suggestions: [] }], { ...context, sources: new Map([[file, source]]) });
    const lines = out.split("\n");
    const marked = lines.filter((line) => /^\s*>/.test(line));
    expect(marked).toEqual([expect.stringContaining("program p at lib {")]);
    const caret = lines[lines.indexOf(marked[0] ?? "") + 1] ?? "";
    expect(caret.trim()).toBe(`| ${"^".repeat("program p at lib {".length)}`);
    // Two lines are still framed whole.
    const short = { start: range.start, end: { line: 3, column: 12, offset: 40 } };
    const both = formatStylish([{ ...diagnostic, location: { file, range: short }, related: [], suggestions: [] }], { ...context, sources: new Map([[file, source]]) });
    expect(both.split("\n").filter((line) => /^\s*>/.test(line))).toHaveLength(2);
  });

  // Found by a CI walk: a .lontar file written on one line (a generated export of 1 MB) with
  // many findings printed the whole line in each finding's frame: 1,001 copies, until
  // `lontar check` died with "internal error: RangeError: Invalid string length" (exit 2).
  it("frames a very long line by a window around the range, marked with …", () => {
    const file = "/repo/one-line.lontar";
    const unit = "partner p { kind foo } ";
    const source = `${unit.repeat(5_000)}\n`;
    const [sample] = SAMPLE_DIAGNOSTICS;
    if (sample === undefined) throw new Error("no sample diagnostic");
    const diagnostics = Array.from({ length: 300 }, (_, i) => {
      const offset = i * 16 * unit.length + unit.indexOf("foo");
      const range = { start: { line: 1, column: offset + 1, offset }, end: { line: 1, column: offset + 4, offset: offset + 3 } };
      return { ...sample, location: { file, range }, related: [], suggestions: [] };
    });
    const out = formatStylish(diagnostics, { ...context, sources: new Map([[file, source]]) });
    // Each frame is a window of the line, not the line's 115,000 characters.
    expect(out.length).toBeLessThan(300 * 1_500);
    const lines = out.split("\n");
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(500);
    // The caret is still under the range: `foo` of the finding's own partner.
    const framed = lines.flatMap((line, index) => (line.startsWith("> 1 |") ? [{ line, caret: lines[index + 1] ?? "" }] : []));
    expect(framed).toHaveLength(300);
    for (const { line, caret } of framed) {
      const at = caret.indexOf("^");
      expect(line.slice(at, at + 3), caret).toBe("foo");
      expect(caret.trimEnd().endsWith(" ^^^")).toBe(true);
    }
    expect(framed[0]?.line).toMatch(/^> 1 \| partner p \{ kind foo \}.*…$/);
    expect(framed[1]?.line).toMatch(/^> 1 \| ….* kind foo \}.*…$/);
    // The empty line below is not marked as cut.
    expect(lines).not.toContain("  2 | …");
  });

  it("adds note and help lines, and a summary", () => {
    const out = formatStylish(SAMPLE_DIAGNOSTICS, context);
    expect(out).toContain("  help: did you mean `disdik`?");
    expect(out).toContain(`  note: the library is declared here (${AGREEMENT_FILE}:1:9)`);
    expect(out.trimEnd().split("\n").at(-1)).toBe("✖ 2 problems (1 error, 1 warning)");
  });

  it("has no escape codes unless colour is on", () => {
    const plain = formatStylish(SAMPLE_DIAGNOSTICS, context);
    expect(plain).not.toContain("\u001b[");
    const coloured = formatStylish(SAMPLE_DIAGNOSTICS, { ...context, color: true });
    expect(coloured).toContain("\u001b[");
    expect(stripVTControlCharacters(coloured)).toBe(plain);
  });

  it("prints nothing for a clean run", () => {
    expect(formatStylish([], context)).toBe("");
  });

  it("shows paths relative to the working directory", () => {
    const absolute = SAMPLE_DIAGNOSTICS.map((d) => ({ ...d, location: { ...d.location, file: `/repo/${AGREEMENT_FILE}` } }));
    const out = formatStylish(absolute, { ...context, cwd: "/repo/docs", sources: new Map() });
    expect(out.split("\n")[0]).toMatch(/^\.\.\/agreements\/mou\.lontar:6:21 /);
  });

  it("ends with a summary whose counts match the diagnostics", () => {
    fc.assert(
      fc.property(fc.array(arbDiagnostic, { minLength: 1, maxLength: 8 }), (diagnostics) => {
        const summary = formatStylish(diagnostics, { ...context, sources: new Map() }).trimEnd().split("\n").at(-1) ?? "";
        const errors = diagnostics.filter((d) => d.severity === "error").length;
        const warnings = diagnostics.filter((d) => d.severity === "warning").length;
        const notes = diagnostics.length - errors - warnings;
        if (errors + warnings === 0) {
          // Notes alone are not problems.
          expect(summary).toBe(`ℹ ${notes} note${notes === 1 ? "" : "s"}, no errors or warnings in the files`);
          return;
        }
        // Notes beside the count, not inside it: the parts in brackets add up to the problems.
        const match = /^✖ (\d+) problems? \((\d+) errors?, (\d+) warnings?\)(?: and (\d+) notes?)?$/.exec(summary);
        expect(match?.slice(1, 4).map(Number)).toEqual([errors + warnings, errors, warnings]);
        expect(Number(match?.[4] ?? 0)).toBe(notes);
      }),
    );
  });
});
