/**
 * A date of every year written with other words around it: `setiap tahun tanggal 17 agustus`,
 * `setiap tahun pada tanggal 17 agustus`, `setiap tahun 17 agustus`, `every year on day 17 aug`,
 * `setiap tanggal 17 agustus`, where Lontar writes `setiap tahun pada 17 agustus` (`every year
 * on 17 aug`). A day with no month after `setiap tahun` (`setiap tahun tanggal 17`) is no date of
 * the year: its month is asked for, and a day of every month offered.
 */
import type { IToken } from "chevrotain";
import { spanTokens, tokenRange } from "../ast-builder/ranges.js";
import { K, NumberLiteral } from "../lexer/tokens.js";
import type { NotationRun } from "./notation.js";
import { monthNumber } from "../keywords.js";
import { lexedAs, writtenText } from "./written-tokens.js";

/** Words for "date" before a day: `tanggal`, `tgl`, `day`, lower case. */
const DATE_WORDS: ReadonlySet<string> = new Set(["tanggal", "tgl", "tg", "day"]);

/** The day (and its month, when one follows) read from `i`: `[pada] [tanggal] 17 [agustus]`, with what was written. */
interface WrittenDay {
  readonly on: boolean;
  readonly word: boolean;
  readonly day: IToken;
  readonly month: IToken | undefined;
  /** Index of the last token read (the month, or the day). */
  readonly last: number;
}

function dayFrom(tokens: readonly IToken[], i: number): WrittenDay | undefined {
  const line = tokens[i]?.startLine;
  let at = i;
  const on = tokens[at]?.tokenType === K["On"];
  if (on) at++;
  const word = DATE_WORDS.has(tokens[at]?.image.toLowerCase() ?? "");
  if (word) at++;
  if (tokens[at]?.tokenType.name === "Dot") at++; // `tgl. 17`
  const day = tokens[at];
  if (day?.tokenType !== NumberLiteral || !/^([1-9]|[12]\d|3[01])$/.test(day.image) || day.startLine !== line) return undefined;
  const next = tokens[at + 1];
  const month = next !== undefined && next.startLine === line && monthNumber(next.image) !== undefined ? next : undefined;
  return { on, word, day, month, last: month === undefined ? at : at + 1 };
}

/**
 * The run of a date of every year written another way, from `s`: the words after `setiap tahun`
 * / `every year` (`tanggal 17 agustus`), or a whole `setiap tanggal 17 agustus`; certain when a
 * month follows the day.
 */
export function yearDateAt(tokens: readonly IToken[], s: number): NotationRun | undefined {
  const t = tokens[s];
  if (t === undefined) return undefined;
  // `setiap tanggal 17 agustus`: a day and a month every time they come round, a date of every year.
  if (t.tokenType === K["Every"] && tokens[s + 1]?.tokenType === K["DateKw"]) {
    const written = dayFrom(tokens, s + 1);
    if (written?.month === undefined || tokens[s + 1]?.startLine !== t.startLine) return undefined;
    const fixed = `${t.image} tahun pada ${written.day.image} ${written.month.image.toLowerCase()}`;
    return run(tokens, s, written.last, fixed);
  }
  const [every, year] = [tokens[s - 2], tokens[s - 1]];
  if (every === undefined || year === undefined || every.tokenType !== K["Every"] || year.tokenType !== K["YearUnit"] || year.startLine !== t.startLine) return undefined;
  const written = dayFrom(tokens, s);
  // `pada 17 agustus` is Lontar's own: the grammar reads it (a capital month is the capital's reading).
  if (written === undefined || (written.on && !written.word)) return undefined;
  const on = every.image.toLowerCase() === "every" ? "on" : "pada";
  if (written.month === undefined) {
    if (!written.word) return undefined;
    const text = writtenText(tokens, s - 2, written.last);
    const example = `${every.image} ${year.image} ${on} ${written.day.image} ${on === "on" ? "aug" : "agustus"}`;
    const monthly = on === "on" ? `${every.image} month on day ${written.day.image}` : `${every.image} bulan pada tanggal ${written.day.image}`;
    const range = spanTokens(every, written.day) ?? tokenRange(written.day);
    // Put back with a month, so that the reading goes on after it: the month is asked for once, here.
    const put = lexedAs(`${on} ${written.day.image} ${on === "on" ? "aug" : "agustus"}`);
    if (put === undefined) return undefined;
    return { first: s, last: written.last, mistake: { kind: "yearDayNoMonth", text, example, alternatives: [monthly], range }, literal: "keyword", ...put };
  }
  return run(tokens, s, written.last, `${on} ${written.day.image} ${written.month.image.toLowerCase()}`);
}

/** The certain run from `first` to `last`, written as `fixed`. */
function run(tokens: readonly IToken[], first: number, last: number, fixed: string): NotationRun | undefined {
  const put = lexedAs(fixed);
  const [a, b] = [tokens[first], tokens[last]];
  if (put === undefined || a === undefined || b === undefined) return undefined;
  const range = spanTokens(a, b) ?? tokenRange(a);
  return { first, last, mistake: { kind: "yearDate", text: writtenText(tokens, first, last), fixed, range }, literal: "keyword", ...put };
}
