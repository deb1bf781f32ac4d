/**
 * An agreement's count of sessions said after the program a party hosts, as a letter says it:
 * `perpustakaan menyelenggarakan kunjungan minimal 1 kali setiap bulan`, `library hosts visit at
 * least 2 times per month`. The grammar reads `perpustakaan menyelenggarakan kunjungan` as a line
 * and fails in the count after it; Lontar writes the count as a line of its own, the program
 * after `sesi`: `minimal 1 sesi kunjungan per bulan` (the fix, over the whole of it). With no
 * count (`… kunjungan setiap bulan`), once a period: `minimal 1 sesi kunjungan per bulan`.
 */
import type { IToken } from "chevrotain";
import { spanTokens, tokenRange } from "../ast-builder/ranges.js";
import { keywordLanguage } from "../keyword-language.js";
import { spell } from "../keywords.js";
import { K, NumberLiteral } from "../lexer/tokens.js";
import type { NotationMistake } from "./notation.js";
import { PARTY_TOKENS } from "./party-obligation.js";
import { PERIODS } from "./written-obligation.js";
import { isNameWord, writtenText } from "./written-tokens.js";

/**
 * The mistake when the property starting at token `start` is a count (`minimal 1 kali setiap
 * bulan`) right after `<party> <hosts> <program>` on the same line, starting at `previous`;
 * undefined otherwise.
 */
export function hostedCountAt(tokens: readonly IToken[], previous: number, start: number): NotationMistake | undefined {
  const [party, verb, program] = [tokens[previous], tokens[previous + 1], tokens[previous + 2]];
  if (party === undefined || !PARTY_TOKENS.has(party.tokenType.name) || verb?.tokenType !== K["Hosts"] || !isNameWord(program) || previous + 3 !== start) return undefined;
  const line = party.startLine;
  const lang = keywordLanguage(verb as IToken) === "en" ? "en" : "id";
  const counted = countAt(tokens, start, program.image);
  // No count (`mitra menyelenggarakan pelatihan setiap bulan`): once a period, at least.
  const once = counted === undefined && (tokens[start]?.tokenType === K["Per"] || tokens[start]?.tokenType === K["Every"]);
  if (counted === undefined && !once) return undefined;
  const [boundText, count, at] = counted === undefined ? [lang === "en" ? `${spell("At", "en")} ${spell("Least", "en")}` : spell("Minimal", "id"), "1", start] : [counted.bound, counted.count, counted.next];
  const per = tokens[at];
  const period = tokens[at + 1];
  if ((per?.tokenType !== K["Per"] && per?.tokenType !== K["Every"]) || period === undefined || !PERIODS.has(period.tokenType.name)) return undefined;
  const last = tokens[at + 1] as IToken;
  if (last.startLine !== line || (tokens[at + 2] !== undefined && tokens[at + 2]?.startLine === line)) return undefined;
  const sessions = lang === "en" ? `sessions ${spell("Of", "en")} ${program.image}` : `${spell("Session", "id")} ${program.image}`;
  const fixed = `${boundText} ${count} ${sessions} ${spell("Per", lang)} ${period.image}`;
  const range = spanTokens(party, last) ?? tokenRange(party);
  // The count line names no party: for a partner's hosting (`mitra menyelenggarakan …`) the fix would drop who hosts, so it is only offered.
  if (party.tokenType !== K["Library"]) return { kind: "hostedCount", text: writtenText(tokens, previous, at + 1), alternatives: [fixed], example: fixed, range };
  return { kind: "hostedCount", text: writtenText(tokens, previous, at + 1), fixed, example: fixed, range };
}

/**
 * A count of sessions from token `start`: its bound (`minimal` / `maksimal`, `at least` / `at most`,
 * as written), the number, `kali` / `times` / `sesi` / `sessions`, and maybe the program again
 * (`sesi kunjungan`) or `of` it; the index after it.
 */
function countAt(tokens: readonly IToken[], start: number, program: string): { readonly bound: string; readonly count: string; readonly next: number } | undefined {
  const first = tokens[start];
  const english = first?.tokenType === K["At"];
  const bound = english ? tokens[start + 1] : first;
  const boundName = bound?.tokenType.name ?? "";
  if (bound === undefined || (english ? boundName !== "Least" && boundName !== "Most" : boundName !== "Minimal" && boundName !== "Maximal")) return undefined;
  let at = english ? start + 2 : start + 1;
  const count = tokens[at];
  if (count?.tokenType !== NumberLiteral || !/^\d+$/.test(count.image)) return undefined;
  at++;
  if (tokens[at]?.tokenType !== K["Times"] && tokens[at]?.tokenType !== K["Session"]) return undefined;
  at++;
  if (tokens[at]?.tokenType === K["Of"] && tokens[at + 1]?.image === program) at += 2;
  else if (tokens[at]?.image === program) at++;
  return { bound: english ? `${spell("At", "en")} ${bound.image}` : bound.image, count: count.image, next: at };
}
