/**
 * How often a schedule runs, written as speech says it: `setiap bulan sekali`, `tiap 2 minggu
 * sekali` (once every month, every two weeks), `sebulan sekali`, `2 minggu sekali`, where Lontar
 * writes `setiap bulan`, `setiap 2 minggu`: the `sekali` says nothing more. And in one word or
 * a phrase (`weekly`, `bulanan`, `every other week`, `every 2nd month`), where Lontar writes
 * `every week`, `setiap bulan`, `every 2 weeks`, `every 2 months`.
 */
import type { IToken } from "chevrotain";
import { spanTokens, tokenRange } from "../ast-builder/ranges.js";
import { spell, WORDS } from "../keywords.js";
import { K, NumberLiteral } from "../lexer/tokens.js";
import type { NotationRun } from "./notation.js";
import { keywordOf, lexedAs, suffixedNumber, writtenText } from "./written-tokens.js";

/** A period in one word (`sebulan`: a month) and the unit Lontar writes for it. */
const ONE_PERIOD: ReadonlyMap<string, string> = new Map([["sehari", "hari"], ["seminggu", "minggu"], ["sepekan", "pekan"], ["sebulan", "bulan"], ["setahun", "tahun"]]);

/** The token names of a period's unit after `setiap` (`hari`, `minggu`, `pekan`, `bulan`, `tahun`). */
const UNITS: ReadonlySet<string> = new Set(["DayUnit", "Minggu", "WeekUnit", "MonthUnit", "YearUnit"]);

/** The run from `s` to `last`, read as `fixed` (its tokens as the lexer reads them). */
function run(tokens: readonly IToken[], s: number, last: number, fixed: string, kind: "onceEvery" | "frequencyWord" = "onceEvery"): NotationRun | undefined {
  const put = lexedAs(fixed);
  const first = tokens[s];
  if (put === undefined || first === undefined) return undefined;
  const range = spanTokens(first, tokens[last] as IToken) ?? tokenRange(first);
  return { first: s, last, mistake: { kind, text: writtenText(tokens, s, last), fixed, range }, literal: "keyword", ...put };
}

/** How often in one word, and Lontar's words for it (`weekly`: `every week`, `bulanan`: `setiap bulan`). */
const FREQUENCY_WORDS: ReadonlyMap<string, string> = new Map([
  ["daily", "every day"], ["weekly", "every week"], ["monthly", "every month"], ["yearly", "every year"], ["annually", "every year"],
  ["harian", "setiap hari"], ["mingguan", "setiap minggu"], ["bulanan", "setiap bulan"], ["tahunan", "setiap tahun"],
  ["quarterly", "every 3 months"], ["triwulanan", "setiap 3 bulan"], ["semesteran", "setiap 6 bulan"],
]);

/** The months of a period a schedule cannot repeat by, but by its months (`setiap triwulan`: `setiap 3 bulan`). */
const MONTHS_OF: Readonly<Record<string, number>> = { Quarter: 3, Semester: 6 };

/** An English unit after a count of two or more: `weeks`. */
const PLURAL: Readonly<Record<string, string>> = { DayUnit: "days", WeekUnit: "weeks", MonthUnit: "months", YearUnit: "years" };

/**
 * Right after `schedule`/`jadwal`: how often in one word (`weekly`, `bulanan`, `triwulanan`), every so
 * many periods as English says it (`every other week`, `every 2nd month`, `every second week`), or
 * every quarter or semester (`setiap triwulan`): `every week`, `setiap bulan`, `setiap 3 bulan`,
 * `every 2 weeks`, `every 2 months`.
 */
export function frequencyWordAt(tokens: readonly IToken[], s: number): NotationRun | undefined {
  const t = tokens[s];
  if (t === undefined || tokens[s - 1]?.tokenType !== K["Schedule"]) return undefined;
  const word = FREQUENCY_WORDS.get(t.image.toLowerCase());
  if (word !== undefined) return run(tokens, s, s, word, "frequencyWord");
  // `setiap triwulan`, `every semester`: by their months (`Tiap Triwulan`, as a heading writes it, in lower case).
  const unit = tokens[s + 1];
  const months = keywordOf(t) === "Every" && unit !== undefined ? MONTHS_OF[keywordOf(unit) ?? ""] : undefined;
  if (months !== undefined) return run(tokens, s, s + 1, t.image.toLowerCase() === "every" ? `every ${months} months` : `${t.image.toLowerCase()} ${months} bulan`, "frequencyWord");
  if (t.tokenType !== K["Every"] || t.image.toLowerCase() !== "every") return undefined;
  const next = tokens[s + 1];
  if (next === undefined) return undefined;
  // `every other week`, `every second week`; `every 2nd week`
  const suffixed = suffixedNumber(tokens, s + 1);
  const ordinal = next.tokenType.name === "Ordinal" ? WORDS.get(next.image)?.value : undefined;
  const written = next.image.toLowerCase() === "other" ? 2 : typeof ordinal === "number" ? ordinal : suffixed;
  const n = written !== undefined && written >= 2 && written <= 5 ? written : undefined;
  const unitAt = suffixed === undefined ? s + 2 : s + 3;
  const plural = PLURAL[tokens[unitAt]?.tokenType.name ?? ""];
  if (n === undefined || plural === undefined) return undefined;
  return run(tokens, s, unitAt, `every ${n} ${plural}`, "frequencyWord");
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
