import { analyzeWorkspace, formatSource, MAX_DIAGNOSTICS_PER_FILE, parseFile, type Diagnostic } from "@lontar/dsl";
import { afterEach, describe, expect, it, vi } from "vitest";
import { NameIndex } from "../../src/semantics/binder/suggest.js";

const LIBRARY = 'library lib { tier city region "Aceh" }\n';
const analyze = (text: string): readonly Diagnostic[] => analyzeWorkspace({ root: "", files: [{ path: "main.lontar", text }], readFile: () => undefined }).diagnostics;
const lines = (n: number, line: (i: number) => string): string => Array.from({ length: n }, (_, i) => line(i)).join("\n");
const summaries = (diagnostics: readonly Diagnostic[]): Diagnostic[] => diagnostics.filter((d) => d.code === "LON1006");

afterEach(() => {
  vi.restoreAllMocks();
});

describe(`at most ${MAX_DIAGNOSTICS_PER_FILE} diagnostics per file, the rest counted by one LON1006`, () => {
  it("1,500 rooms of one name: the first 1,000 LON2001 by line, then one error counting the other 499", () => {
    const text = `${LIBRARY}${lines(1_500, () => "room a at lib { capacity 10 }")}`;
    const diagnostics = analyze(text);
    expect(diagnostics).toHaveLength(MAX_DIAGNOSTICS_PER_FILE + 1);
    const shown = diagnostics.filter((d) => d.code !== "LON1006");
    expect(new Set(shown.map((d) => d.code))).toEqual(new Set(["LON2001"]));
    // The library is line 1, the first room line 2 (the declaration), so the duplicates start at line 3.
    expect(shown.map((d) => d.location.range.start.line)).toEqual(Array.from({ length: MAX_DIAGNOSTICS_PER_FILE }, (_, i) => i + 3));
    const [summary] = summaries(diagnostics);
    expect(summary?.severity).toBe("error");
    expect(summary?.message).toBe(`499 more problems in this file are not shown: at most ${MAX_DIAGNOSTICS_PER_FILE} are reported per file`);
    expect(summary?.text?.args).toEqual({ count: 499, max: MAX_DIAGNOSTICS_PER_FILE });
    expect(summary?.location.range.start.line).toBe(MAX_DIAGNOSTICS_PER_FILE + 3);
    // Sorted: the summary stands at the place of the first problem it counts, after the shown ones.
    expect(diagnostics[diagnostics.length - 1]).toBe(summary);
  });

  it("counts across steps: 5,000 copies of `room a {}` (duplicates and missing libraries) are 1,000 shown and one LON1006 of 8,999", () => {
    const diagnostics = analyze("room a {}\n".repeat(5_000));
    expect(diagnostics).toHaveLength(MAX_DIAGNOSTICS_PER_FILE + 1);
    const [summary] = summaries(diagnostics);
    expect(summary?.text?.args["count"]).toBe(2 * 5_000 - 1 - MAX_DIAGNOSTICS_PER_FILE);
    expect(summary?.severity).toBe("error");
  });

  it("a summary of warnings only is a warning (it takes the severity of the gravest problem it counts)", () => {
    // 1,200 `capacity` properties in one room: 1,199 LON3008 (given twice), a warning.
    const text = `${LIBRARY}room a at lib {\n${lines(1_200, () => "  capacity 10")}\n}`;
    const diagnostics = analyze(text);
    expect(new Set(diagnostics.filter((d) => d.code !== "LON1006").map((d) => d.code))).toEqual(new Set(["LON3008"]));
    const [summary] = summaries(diagnostics);
    expect(summary?.severity).toBe("warning");
    expect(summary?.text?.args["count"]).toBe(1_199 - MAX_DIAGNOSTICS_PER_FILE);
    expect(diagnostics.some((d) => d.severity === "error")).toBe(false);
  });

  it("the cap stops the work: past it, undefined names are counted without searching for close names", () => {
    const close = vi.spyOn(NameIndex.prototype, "close");
    const text = `${LIBRARY}program p { category class schedule once 2019-01-01 at 09:00 for 1h\n${lines(3_000, (i) => `needs room r${i}`)} }`;
    const diagnostics = analyze(text);
    expect(diagnostics.filter((d) => d.code === "LON2002")).toHaveLength(MAX_DIAGNOSTICS_PER_FILE);
    expect(summaries(diagnostics)[0]?.text?.args["count"]).toBe(3_000 - MAX_DIAGNOSTICS_PER_FILE);
    expect(close.mock.calls.length).toBeLessThanOrEqual(MAX_DIAGNOSTICS_PER_FILE);
  });

  it("each file has its own share", () => {
    const many = lines(1_100, () => "room a {}");
    const result = analyzeWorkspace({ root: "", files: [{ path: "a.lontar", text: many }, { path: "b.lontar", text: "room b {}" }], readFile: () => undefined });
    const inB = result.diagnostics.filter((d) => d.location.file === "b.lontar");
    expect(inB.map((d) => d.code)).toEqual(["LON3007"]);
    expect(result.diagnostics.filter((d) => d.location.file === "a.lontar" && d.code !== "LON1006")).toHaveLength(MAX_DIAGNOSTICS_PER_FILE);
  });

  it("a file with fewer problems gets no summary", () => {
    expect(summaries(analyze(lines(400, () => "room a {}")))).toEqual([]);
  });
});

describe("the formatter takes a parse it is given", () => {
  it("formats the tree of `parsed` instead of parsing the text again", () => {
    const parsed = parseFile("room aula at lib{capacity 60}", "main.lontar");
    expect(formatSource("this text is not read", "main.lontar", { parsed }).text).toBe("room aula at lib {\n  capacity 60\n}\n");
  });
  it("refuses, as on its own parse, when the parse it is given has syntax errors", () => {
    const text = "room aula {";
    const result = formatSource(text, "main.lontar", { parsed: parseFile(text, "main.lontar") });
    expect(result).toEqual({ text, changed: false, diagnostics: parseFile(text, "main.lontar").diagnostics });
  });
});
