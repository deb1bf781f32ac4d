/**
 * An agreement's obligations written as planners say them: `minimal 2 sesi untuk kelas per
 * bulan` (a word between `sesi` and the program, where the program follows right away: `sesi
 * kelas`), `minimal 2 kelas per bulan` (the program counted without `sesi`: `2 sesi kelas`),
 * `menyediakan … setiap bulan untuk "siswa"` (the recipients after `untuk`, Lontar's `kepada`),
 * `minimal 3 sesi bergilir per bulan di tanah_garam` and `… kepada tanah_garam per bulan` (the
 * sites counted, which Lontar writes after `di` before the period),
 * and `perpustakaan menyelenggarakan minimal 2 sesi kelas per bulan` (a count of sessions
 * given a party and a verb: the count is a line of its own, `minimal 2 sesi kelas per bulan`).
 */
import type { IToken } from "chevrotain";
import { spanTokens, tokenRange } from "../ast-builder/ranges.js";
import { K, NumberLiteral } from "../lexer/tokens.js";
import type { NotationRun } from "./notation.js";
import { PARTY_TOKENS } from "./party-obligation.js";
import { isNameWord, lastOnLine, lexedAs, writtenText } from "./written-tokens.js";

/** Words planners put between `sesi` and the program (`untuk`, `dari`, `bagi`, `kegiatan`, `program`). */
const BETWEEN_WORDS: ReadonlySet<string> = new Set(["untuk", "dari", "bagi", "kegiatan", "program", "for"]);

/** The bound words before an obligation's count: `minimal`, `maksimal`, `at least`, `at most`. */
const BOUNDS: ReadonlySet<string> = new Set(["Minimal", "Maximal", "Least", "Most"]);

/** The run from `s` to `last` written as `fixed`. */
function run(tokens: readonly IToken[], s: number, last: number, kind: "sessionsOf" | "sessionsWord" | "providesFor" | "hostsBound" | "sitesAfterPeriod" | "sessionsTo", fixed: string): NotationRun | undefined {
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
  // `sesi untuk kelas per bulan`, `sesi dari kelas setiap semester` (its `setiap` a mistake of its own)
  // On the line of `sesi`: a period on the next line is no part of it (helper-142: the fix of `setiap` there then overlapped this one's).
  const periodWord = tokens[s + 2];
  const after = periodWord?.startLine === t?.startLine && name?.startLine === t?.startLine ? periodWord?.tokenType : undefined;
  if (t !== undefined && tokens[s - 1]?.tokenType === K["Session"] && BETWEEN_WORDS.has(t.image.toLowerCase()) && isNameWord(name) && (after === K["Per"] || after === K["Every"])) {
    return run(tokens, s, s + 1, "sessionsOf", name.image);
  }
  // `minimal 20 sesi kelas_a, kelas_b per semester` (or `kelas_a dan kelas_b`): several programs counted together; read as the first, no fix.
  const several = programsAt(tokens, s);
  if (several !== undefined) return several;
  // `minimal 2 kelas per bulan`
  const count = tokens[s - 1];
  const bound = tokens[s - 2];
  if (t !== undefined && t.tokenType.name === "Identifier" && count?.tokenType === NumberLiteral && bound !== undefined && BOUNDS.has(bound.tokenType.name) && tokens[s + 1]?.tokenType === K["Per"]) {
    const english = bound.tokenType.name === "Least" || bound.tokenType.name === "Most";
    return run(tokens, s, s, "sessionsWord", english ? `sessions of ${t.image}` : `sesi ${t.image}`);
  }
  // `perpustakaan menyelenggarakan minimal 2 sesi kelas per bulan`: the count of sessions, without its party and verb.
  const verb = tokens[s + 1];
  const counted = tokens[s + 2];
  const number = counted === undefined ? -1 : countNumber(tokens, s + 2);
  if (t !== undefined && PARTY_TOKENS.has(t.tokenType.name) && verb?.tokenType === K["Hosts"] && number > 0) {
    return run(tokens, s, number, "hostsBound", writtenText(tokens, s + 2, number));
  }
  // `minimal 3 sesi bergilir per bulan di tanah_garam, ix_korong`: the sites counted, after the period, as `kepada` follows a provided resource's.
  const at = tokens[s + 2];
  if (t !== undefined && at !== undefined && t.tokenType === K["Per"] && PERIODS.has(tokens[s + 1]?.tokenType.name ?? "") && at.tokenType === K["At"] && at.image.toLowerCase() !== "pukul" && at.startLine === t.startLine && sessionsLine(tokens, s)) {
    const last = namesEnd(tokens, s + 3);
    if (last >= 0 && endsLine(tokens, last)) return run(tokens, s, last, "sitesAfterPeriod", `${at.image} ${writtenText(tokens, s + 3, last)} ${t.image} ${tokens[s + 1]?.image ?? ""}`);
  }
  // `minimal 3 sesi bergilir kepada tanah_garam per bulan`: the sites counted after the word of a provided resource's recipient.
  if (t !== undefined && t.tokenType === K["To"] && isNameWord(tokens[s - 1]) && sessionsLine(tokens, s)) {
    const last = namesEnd(tokens, s + 1);
    if (last >= 0 && tokens[last + 1]?.tokenType === K["Per"] && tokens[last + 1]?.startLine === t.startLine) return run(tokens, s, s, "sessionsTo", t.image.toLowerCase() === "to" ? "at" : "di");
  }
  // `menyediakan paket 4 setiap bulan untuk "siswa"`: the recipients, after a provided resource's period.
  const period = tokens[s - 1];
  const to = tokens[s + 1];
  // (`selama` is `for` of a length, never whom for: `… setiap bulan selama kesepakatan berlaku` is validity-tail.ts's.)
  if (t !== undefined && t.tokenType === K["For"] && t.image.toLowerCase() !== "selama" && period !== undefined && PERIODS.has(period.tokenType.name) && (tokens[s - 2]?.tokenType === K["Every"] || tokens[s - 2]?.tokenType === K["Per"]) && providesLine(tokens, s) && to !== undefined && (to.tokenType.name === "StringLiteral" || isNameWord(to))) {
    return run(tokens, s, s, "providesFor", t.image.toLowerCase() === "for" ? "to" : "kepada");
  }
  return undefined;
}

/** The period words after `every` / `per` (`bulan`, `minggu`, `semester`), by their token's name. */
export const PERIODS: ReadonlySet<string> = new Set(["DayUnit", "WeekUnit", "Minggu", "MonthUnit", "YearUnit", "Quarter", "Semester"]);

/** Whether the line of token `s` is a party's `provides` obligation (`perpustakaan menyediakan …`). */
function providesLine(tokens: readonly IToken[], s: number): boolean {
  return lastOnLine(tokens, s, (t) => t.tokenType === K["Provides"], PROVIDES_LOOKBACK) >= 0;
}

/** Whether the line of token `s` is a count of sessions (`minimal 3 sesi …`, `at least 3 sessions of …`) before it. */
function sessionsLine(tokens: readonly IToken[], s: number): boolean {
  return lastOnLine(tokens, s, (t) => t.tokenType === K["Session"], PROVIDES_LOOKBACK) >= 0;
}

/** The index of the last name of the list of names (`a, b, c`) that starts at `i` on `i`'s line, else -1. */
function namesEnd(tokens: readonly IToken[], i: number): number {
  const line = tokens[i]?.startLine;
  if (!isNameWord(tokens[i])) return -1;
  let last = i;
  while (tokens[last + 1]?.image === "," && tokens[last + 2]?.startLine === line && isNameWord(tokens[last + 2])) last += 2;
  return last;
}

/** Whether token `i` is the last of its line (the next is on another line, or there is none). */
function endsLine(tokens: readonly IToken[], i: number): boolean {
  const next = tokens[i + 1];
  return next === undefined || next.startLine !== tokens[i]?.startLine || next.image === "}";
}

/** At most this many tokens back on its line are looked at for `menyediakan` / `provides`. */
const PROVIDES_LOOKBACK = 12;

/** The index of the number of an obligation's count of sessions starting at token `i` (`minimal 2`, `maksimal 2`, `at least 2`, `at most 2`), else -1. */
function countNumber(tokens: readonly IToken[], i: number): number {
  const first = tokens[i];
  if (first === undefined) return -1;
  if (first.tokenType === K["Minimal"] || first.tokenType === K["Maximal"]) return tokens[i + 1]?.tokenType === NumberLiteral ? i + 1 : -1;
  const bound = tokens[i + 1]?.tokenType;
  return first.tokenType === K["At"] && (bound === K["Least"] || bound === K["Most"]) && tokens[i + 2]?.tokenType === NumberLiteral ? i + 2 : -1;
}

/** At `s`, a comma or `dan` / `and` after `sesi <program>` joining more programs up to `per` on its line: the run from the first program, read as it alone. */
function programsAt(tokens: readonly IToken[], s: number): NotationRun | undefined {
  const [join, program] = [tokens[s], tokens[s - 1]];
  const joins = (t: IToken | undefined): boolean => t !== undefined && (t.tokenType.name === "Comma" || t.tokenType === K["And"]) && t.startLine === program?.startLine;
  if (!joins(join) || tokens[s - 2]?.tokenType !== K["Session"] || !isNameWord(program)) return undefined;
  let last = s - 1;
  while (joins(tokens[last + 1]) && isNameWord(tokens[last + 2]) && tokens[last + 2]?.startLine === program.startLine) last += 2;
  if (last === s - 1 || tokens[last + 1]?.tokenType !== K["Per"]) return undefined;
  const range = spanTokens(program, tokens[last] as IToken) ?? tokenRange(program);
  return { first: s - 1, last, mistake: { kind: "sessionsOfPrograms", text: writtenText(tokens, s - 1, last), range }, literal: "keyword", token: { type: program.tokenType, image: program.image } };
}
