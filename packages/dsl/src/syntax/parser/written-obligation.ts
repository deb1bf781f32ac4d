/**
 * An agreement's obligations written as planners say them: `minimal 2 sesi untuk kelas per
 * bulan` (a word between `sesi` and the program, where the program follows right away: `sesi
 * kelas`), `minimal 2 kelas per bulan` (the program counted without `sesi`: `2 sesi kelas`),
 * and `menyediakan … setiap bulan untuk "siswa"` (the recipients after `untuk`, Lontar's `kepada`).
 */
import type { IToken } from "chevrotain";
import { spanTokens, tokenRange } from "../ast-builder/ranges.js";
import { K, NumberLiteral } from "../lexer/tokens.js";
import type { NotationRun } from "./notation.js";
import { isNameWord, lexedAs, writtenText } from "./written-tokens.js";

/** Words planners put between `sesi` and the program (`untuk`, `dari`, `bagi`, `kegiatan`, `program`). */
const BETWEEN_WORDS: ReadonlySet<string> = new Set(["untuk", "dari", "bagi", "kegiatan", "program", "for"]);

/** The bound words before an obligation's count: `minimal`, `maksimal`, `at least`, `at most`. */
const BOUNDS: ReadonlySet<string> = new Set(["Minimal", "Maximal", "Least", "Most"]);

/** The run from `s` to `last` written as `fixed`. */
function run(tokens: readonly IToken[], s: number, last: number, kind: "sessionsOf" | "sessionsWord" | "providesFor", fixed: string): NotationRun | undefined {
  const first = tokens[s];
  const put = lexedAs(fixed);
  if (first === undefined || put === undefined) return undefined;
  const range = spanTokens(first, tokens[last] as IToken) ?? tokenRange(first);
  return { first: s, last, mistake: { kind, text: writtenText(tokens, s, last), fixed, range }, literal: "keyword", ...put };
}

/** At `s`, in a line `<bound> N sesi <word> <program> per …` or `<bound> N <program> per …`: the run and its fix. */
export function obligationWordsAt(tokens: readonly IToken[], s: number): NotationRun | undefined {
  const t = tokens[s];
  const name = tokens[s + 1];
  // `sesi untuk kelas per bulan`
  if (t !== undefined && tokens[s - 1]?.tokenType === K["Session"] && BETWEEN_WORDS.has(t.image.toLowerCase()) && isNameWord(name) && tokens[s + 2]?.tokenType === K["Per"]) {
    return run(tokens, s, s + 1, "sessionsOf", name.image);
  }
  // `minimal 2 kelas per bulan`
  const count = tokens[s - 1];
  const bound = tokens[s - 2];
  if (t !== undefined && t.tokenType.name === "Identifier" && count?.tokenType === NumberLiteral && bound !== undefined && BOUNDS.has(bound.tokenType.name) && tokens[s + 1]?.tokenType === K["Per"]) {
    const english = bound.tokenType.name === "Least" || bound.tokenType.name === "Most";
    return run(tokens, s, s, "sessionsWord", english ? `sessions of ${t.image}` : `sesi ${t.image}`);
  }
  // `menyediakan paket 4 setiap bulan untuk "siswa"`: the recipients, after a provided resource's period.
  const period = tokens[s - 1];
  const to = tokens[s + 1];
  if (t !== undefined && t.tokenType === K["For"] && period !== undefined && PERIODS.has(period.tokenType.name) && (tokens[s - 2]?.tokenType === K["Every"] || tokens[s - 2]?.tokenType === K["Per"]) && providesLine(tokens, s) && to !== undefined && (to.tokenType.name === "StringLiteral" || isNameWord(to))) {
    return run(tokens, s, s, "providesFor", t.image.toLowerCase() === "for" ? "to" : "kepada");
  }
  return undefined;
}

/** The period words after `every` / `per` (`bulan`, `minggu`, `semester`). */
const PERIODS: ReadonlySet<string> = new Set(["DayUnit", "WeekUnit", "Minggu", "MonthUnit", "YearUnit", "Quarter", "Semester"]);

/** Whether the line of token `s` is a party's `provides` obligation (`perpustakaan menyediakan …`). */
function providesLine(tokens: readonly IToken[], s: number): boolean {
  const line = tokens[s]?.startLine;
  for (let i = s - 1; i >= 0 && s - i <= 12 && tokens[i]?.startLine === line; i--) if (tokens[i]?.tokenType === K["Provides"]) return true;
  return false;
}
