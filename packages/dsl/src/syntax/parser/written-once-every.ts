/**
 * How often a schedule runs, written as speech says it: `setiap bulan sekali`, `tiap 2 minggu
 * sekali` (once every month, every two weeks), `sebulan sekali`, `2 minggu sekali`, where Lontar
 * writes `setiap bulan`, `setiap 2 minggu`: the `sekali` says nothing more.
 */
import type { IToken } from "chevrotain";
import { spanTokens, tokenRange } from "../ast-builder/ranges.js";
import { spell } from "../keywords.js";
import { K, NumberLiteral } from "../lexer/tokens.js";
import type { NotationRun } from "./notation.js";
import { lexedAs, writtenText } from "./written-tokens.js";

/** A period in one word (`sebulan`: a month) and the unit Lontar writes for it. */
const ONE_PERIOD: ReadonlyMap<string, string> = new Map([["sehari", "hari"], ["seminggu", "minggu"], ["sepekan", "pekan"], ["sebulan", "bulan"], ["setahun", "tahun"]]);

/** The token names of a period's unit after `setiap` (`hari`, `minggu`, `pekan`, `bulan`, `tahun`). */
const UNITS: ReadonlySet<string> = new Set(["DayUnit", "Minggu", "WeekUnit", "MonthUnit", "YearUnit"]);

/** The run from `s` to `last`, read as `fixed` (its tokens as the lexer reads them). */
function run(tokens: readonly IToken[], s: number, last: number, fixed: string): NotationRun | undefined {
  const put = lexedAs(fixed);
  const first = tokens[s];
  if (put === undefined || first === undefined) return undefined;
  const range = spanTokens(first, tokens[last] as IToken) ?? tokenRange(first);
  return { first: s, last, mistake: { kind: "onceEvery", text: writtenText(tokens, s, last), fixed, range }, literal: "keyword", ...put };
}

/**
 * `setiap [N] <unit> sekali` after `jadwal`, or right after it `se<unit> sekali` and
 * `N <unit> sekali`: the schedule every so often (`setiap [N] <unit>`). Indonesian only: `once`
 * after a period is not how English says it.
 */
export function onceEveryAt(tokens: readonly IToken[], s: number): NotationRun | undefined {
  const t = tokens[s];
  if (t === undefined || tokens[s - 1]?.tokenType !== K["Schedule"]) return undefined;
  const every = spell("Every", "id");
  if (t.tokenType === K["Every"]) {
    const n = tokens[s + 1]?.tokenType === NumberLiteral ? s + 1 : undefined;
    const unit = tokens[(n ?? s) + 1];
    const once = tokens[(n ?? s) + 2];
    if (unit === undefined || !UNITS.has(unit.tokenType.name) || once?.tokenType !== K["Once"]) return undefined;
    return run(tokens, s, (n ?? s) + 2, `${t.image} ${n === undefined ? "" : `${tokens[n]?.image ?? ""} `}${unit.image}`);
  }
  const period = ONE_PERIOD.get(t.image.toLowerCase());
  if (period !== undefined && tokens[s + 1]?.tokenType === K["Once"]) return run(tokens, s, s + 1, `${every} ${period}`);
  const unit = tokens[s + 1];
  if (t.tokenType === NumberLiteral && unit !== undefined && UNITS.has(unit.tokenType.name) && tokens[s + 2]?.tokenType === K["Once"]) return run(tokens, s, s + 2, `${every} ${t.image} ${unit.image}`);
  return undefined;
}
