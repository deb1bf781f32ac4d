/**
 * One mistake, one error: every single-keyword typo in the examples (a letter dropped, two
 * adjacent letters swapped) and every dropped closing brace, analysed in its workspace.
 */
import { describe, expect, it } from "vitest";
import { analyzeWorkspace, type Diagnostic } from "@lontar/dsl";
import { droppedBraces, everyNth, exampleWorkspaces, keywordTypos, type Mutant } from "../arbitraries/mutants.js";

const workspaces = exampleWorkspaces();
const typos = keywordTypos(workspaces);
/** A deterministic sample keeps the test fast: every STEP-th typo of the full list. */
const STEP = 50;
const sampledTypos = everyNth(typos, STEP, 7);
const braces = droppedBraces(workspaces);

function errorsOf(mutant: Mutant): Diagnostic[] {
  return analyzeWorkspace({ root: "", files: mutant.files, readFile: () => undefined }).diagnostics.filter((d) => d.severity === "error");
}

/** True when `word` is named in backticks (alone or as a part of a dotted name) in the message or a suggestion. */
function names(d: Diagnostic, word: string): boolean {
  const texts = [d.message, ...d.suggestions.flatMap((s) => [s.message, ...s.edits.map((e) => `\`${e.text}\``)])];
  const pattern = new RegExp(`\`(?:[^\`]*\\.)?${word}(?:\\.[^\`]*)?\``);
  return texts.some((t) => pattern.test(t));
}

const median = (values: readonly number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
const percent = (n: number, of: number): string => `${((100 * n) / of).toFixed(1)}%`;

const internalCodes = (errors: readonly Diagnostic[]): number => errors.filter((d) => d.code.endsWith("999")).length;
const typoCounts: number[] = [];
const braceCounts: number[] = [];

describe("a misspelt keyword or a dropped brace gives one error, at the mistake", () => {
  it(`keyword typos: ${sampledTypos.length} of ${typos.length} (every ${STEP}th)`, () => {
    let onLine = 0;
    let named = 0;
    let internal = 0;
    for (const mutant of sampledTypos) {
      const errors = errorsOf(mutant);
      typoCounts.push(errors.length);
      internal += internalCodes(errors);
      const first = errors.find((d) => d.location.file === mutant.file);
      if (first?.location.range.start.line === mutant.line) onLine++;
      if (first !== undefined && mutant.intended !== undefined && names(first, mutant.intended)) named++;
    }
    console.log(
      `typos: ${sampledTypos.length} of ${typos.length}; first error on the typo's line ${percent(onLine, sampledTypos.length)}, ` +
        `keyword named ${percent(named, sampledTypos.length)}; median errors per mutant ${median(typoCounts)}; internal errors ${internal}`,
    );
    expect(onLine / sampledTypos.length).toBeGreaterThanOrEqual(0.95);
    expect(named / sampledTypos.length).toBeGreaterThanOrEqual(0.8);
    expect(internal).toBe(0);
    expect(median(typoCounts)).toBe(1);
  }, 600_000);

  it(`every dropped closing brace: ${braces.length}`, () => {
    let internal = 0;
    for (const mutant of braces) {
      const errors = errorsOf(mutant);
      braceCounts.push(errors.length);
      internal += internalCodes(errors);
    }
    console.log(`dropped braces: ${braces.length}; median errors per mutant ${median(braceCounts)}, over typos and braces ${median([...typoCounts, ...braceCounts])}; internal errors ${internal}`);
    expect(internal).toBe(0);
    expect(median(braceCounts)).toBe(1);
    expect(median([...typoCounts, ...braceCounts])).toBe(1);
  }, 600_000);
});

describe("a schedule's duration, misspelt or cut short, is one error at the unit", () => {
  const library = `library l { tier city region "Sumatera Barat" / "Kota Solok" }\n`;
  const cases = [
    { tail: "for 2 hourz from 2026-01-06", at: "hourz", named: "hours" },
    { tail: "selama 2 menitt mulai 2026-01-06", at: "menitt", named: "menit" },
    { tail: "selama 2 mulai 2026-01-06", at: "mulai", named: "jam" },
  ];
  for (const { tail, at, named } of cases) {
    it(tail, () => {
      const text = `${library}program p { category class\n  schedule every week on tue at 09:00 ${tail}\n}\n`;
      const errors = analyzeWorkspace({ root: "", files: [{ path: "p.lontar", text }], readFile: () => undefined }).diagnostics.filter((d) => d.severity === "error");
      expect(errors.map((d) => d.code)).toEqual(["LON1102"]);
      expect(errors[0]?.location.range.start.offset).toBe(text.indexOf(at, text.indexOf("09:00")));
      expect(errors[0] === undefined ? false : names(errors[0], named)).toBe(true);
    });
  }
  it("`for 3 times` still reads as a count", () => {
    const text = `${library}program p { category class\n  schedule every week on tue at 09:00 for 3 times from 2026-01-06 for 2 hours\n}\n`;
    expect(analyzeWorkspace({ root: "", files: [{ path: "p.lontar", text }], readFile: () => undefined }).diagnostics).toEqual([]);
  });
});
