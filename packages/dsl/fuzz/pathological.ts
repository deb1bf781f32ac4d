/**
 * The pathological inputs of issue 9's robustness findings, as named sources: each must be
 * answered (diagnostics, no throw) within the fuzz's time limit.
 */
import type { SourceFile } from "../src/workspace/load.js";

/** A named pathological workspace (one or more files). */
export interface PathologicalInput {
  /** What it is, for the report. */
  readonly name: string;
  /** Its files; the first is the one given to the analysis. */
  readonly files: () => readonly SourceFile[];
}

const one = (name: string, text: () => string): PathologicalInput => ({ name, files: () => [{ path: "main.lontar", text: text() }] });
const lines = (n: number, line: (i: number) => string): string => Array.from({ length: n }, (_, i) => line(i)).join("\n");
const library = 'library l { tier city region "Aceh" }\n';

/** Every pathological input, in a fixed order. */
export const PATHOLOGICAL: readonly PathologicalInput[] = [
  one("a misspelt keyword in a flexible schedule (`on weekdys`)", () => `${library}program p { category class schedule 4 times per semester on weekdys between 08:00-12:00 for 2h }`),
  one("1 MB of `room a {}`", () => "room a {}\n".repeat(100_000)),
  one("50,000 duplicate names", () => lines(50_000, () => "room a {}")),
  one("20,000 undefined references", () => `${library}program p { category class sites x\n${lines(20_000, (i) => `needs room r${i}`)} }`),
  one("50,000 undefined references", () => `${library}${lines(50_000, (i) => `room r${i} at lib${i} {}`)}`),
  one("50,000 rooms", () => `${library}${lines(50_000, (i) => `room r${i} at l { capacity 10 }`)}`),
  one("50,000 programs", () => `${library}${lines(50_000, (i) => `program p${i} { category class schedule once 2019-01-0${(i % 9) + 1} at 09:00 for 1h }`)}`),
  one("an `in` list of 100,000 items", () => `rule r { when weekday in [${lines(100_000, (i) => (i % 2 === 0 ? "mon" : `w${i}`)).replace(/\n/g, ", ")}] then warn "x" }`),
  one("a chain of 100,000 `&&`", () => `rule r { when ${Array.from({ length: 100_000 }, () => "weekday == mon").join(" && ")} then warn "x" }`),
  one("a chain of 100,000 `||`", () => `rule r { when ${Array.from({ length: 100_000 }, () => "weekday == mon").join(" || ")} then warn "x" }`),
  one("200 nested parentheses, each with a chain", () => `rule r { when ${"(a && b && c && d && e && f && g && h && ".repeat(199)}x${")".repeat(199)} then warn "x" }`),
  one("1 MB of `/*`", () => "/*".repeat(500_000)),
  one("1 MB of unclosed `/*` lines", () => "/*\n".repeat(330_000)),
  one("1 MB of `/* /* */ ` (blocks that open a block inside, never closed)", () => "/* /* */ ".repeat(110_000)),
  one("1 MB of `/*/*`", () => "/*/*".repeat(250_000)),
  one("1 MB of `#` comments", () => "# a\n".repeat(250_000)),
  one("1 MB of `@`", () => "@".repeat(1_000_000)),
  one("1 MB of unterminated strings", () => '"a\n'.repeat(330_000)),
  one("1 MB of `{`", () => "{".repeat(1_000_000)),
  one("1 MB of `}`", () => "}".repeat(1_000_000)),
  one("100,000 property keywords with no value", () => `room a { ${"capacity ".repeat(100_000)}}`),
  one("100,000 unknown words in a declaration", () => `room a { ${"sise ".repeat(100_000)}}`),
  one("50,000 lines that start no property (`capacity 9 9`)", () => `room a {\n${lines(50_000, () => "  capacity 9 9")}\n}`),
  one("50,000 times written with a dot (`open mon 08.00-16.00`)", () => `${library}room a at l {\n${lines(50_000, () => "  available mon 08.00-16.00")}\n}`),
  // `Aa` and `BB` have one hash under `h * 31 + c`: names made of them share any fixed hash's chain.
  one("60,000 names with one fixed hash (made of `Aa` and `BB`)", () => `room r { features ${Array.from({ length: 60_000 }, (_, i) => Array.from({ length: 16 }, (_, j) => ((i >> j) & 1 ? "BB" : "Aa")).join("")).join(", ")} }`),
  one("a 1 MB line", () => `program p { title "${"a".repeat(1_000_000)}" }`),
  one("an hourly rule that never occurs", () => `${library}program p { category class schedule rrule "FREQ=HOURLY;BYMONTH=2;BYMONTHDAY=30" starting 2019-01-01T10:00 for 1h }`),
  one("a daily rule on 31 February", () => `${library}program p { category class schedule rrule "FREQ=DAILY;BYMONTH=2;BYMONTHDAY=31" starting 2019-01-01T10:00 for 1h }`),
];
