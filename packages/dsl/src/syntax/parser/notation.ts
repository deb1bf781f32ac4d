/**
 * Times and dates written the way Indonesian offices write them, which Lontar reads
 * otherwise: `09.00` (PUEBI's dot) for `09:00`, `17-08-2026` / `17/08/2026` / `17.08.2026`
 * (day first), `17-08-26` (day first, a two-digit year) and `2026-8-17` / `2026/08/17` for
 * ISO `2026-08-17`. The lexer reads them as
 * numbers and separators; this module recognises such a run of tokens where the grammar
 * failed, says how Lontar writes it, and gives the Lontar spelling when it is certain (see
 * notation-reader.ts for where it is tried).
 */
import type { IToken, TokenType } from "chevrotain";
import { createDiagnostic, isIsoDate, isLocalTime, suggestion } from "@lontar/core";
import type { Diagnostic, Range } from "../../diagnostics/diagnostic.js";
import { endOf, spanTokens, tokenRange } from "../ast-builder/ranges.js";
import { packRange } from "../ast-builder/packed-range.js";
import { MONTH_SPELLINGS, WORDS } from "../keywords.js";
import { VALUE_SETS } from "../../language/values.js";
import { Comma, CompactDuration, DateLiteral, DotDot, Identifier, K, Minus, Money, NumberLiteral, StringLiteral, TimeLiteral } from "../lexer/tokens.js";

/**
 * How a time or date was written: a time with a dot, a date day first (with a four-digit
 * year, or a two-digit one read as 20yy: Lontar plans this century), or a date year first
 * that is not `YYYY-MM-DD` (unpadded, or with `/` or `.`). Each has a `…NotX` twin for a
 * written form that is no time or no date: then nothing is certain, and there is no fix.
 */
export type NotationKind =
  | "time" | "notTime" | "dayFirst" | "dayFirstNotDate" | "shortYear" | "shortYearNotDate" | "yearFirst" | "yearFirstNotDate"
  /** `17 Agustus 2026`: a date with its month's name. */
  | "monthName" | "monthNameNotDate"
  /** `09:00 WIB`: a time with its zone's name (a library's times are in its own zone). */
  | "zone"
  /** `Rp 150.000.000,00`: rupiah with zero cents; `,50` is not a whole rupiah (no fix). */
  | "cents" | "notWholeRupiah"
  /** `Rp. 150.000`: a dot after `Rp`. */
  | "rpDot"
  /** `Rp 150.000,-`: `,-` after rupiah; `Rp 20 juta`: a word for its thousands. */
  | "dashCents" | "moneyWord"
  /** `jam 09:00` for `pukul 09:00`. */
  | "jamForPukul"
  /** `sampai dengan`, `s.d.` for `sampai`. */
  | "untilWith"
  /** `selama 1,5 jam`: hours with a decimal comma or dot, a whole number of minutes (`90 menit`), or not (no fix). */
  | "decimalHours" | "decimalHoursInexact"
  /** `senin-kamis`, `senin s.d. kamis`; `2026-01-01 sampai 2026-12-31`; `08:00 s/d 16:00`: a range's ends joined another way than Lontar's `..` (days, dates) or `-` (times). */
  | "dayRange" | "dateRange" | "timeRange"
  /** `anak-anak`, `"area_anak"`: a name written with `-` between its words, or in quotes, where a name stands (`anak_anak`, `area_anak`). */
  | "hyphenName" | "quotedName"
  /** `pukul 10`, `pukul 3 sore`, `at 3pm`: an hour with no minutes (no fix from 1 to 6 without a part of the day: morning or afternoon). */
  | "hourOnly" | "hourOnlyAmbiguous"
  /** `satu staf`, `dua kali per bulan`: a number in words. */
  | "numberWord"
  /** `peserta 25 orang`, `kapasitas 30 kursi`: a count with what it counts after it. */
  | "countUnit"
  /** `Senin`, `Jumat`, `Setiap`: a keyword with capitals (keywords are lower case); `setiap Minggu` (Sunday, capitalised as a day's name is) for `setiap ahad`. */
  | "capitalKeyword" | "capitalSunday"
  /** `Mon-Thu`, `Senin..Jumat`: a range of days with capitals (and maybe another join), one mistake: `mon..thu`. */
  | "capitalDayRange"
  /** `jenis lembaga adat`, `kategori pinjam paket koleksi`: a value of several words written with spaces, where joined with `_` they are an allowed value. */
  | "spacedValue"
  /** Words for keywords: `seminggu` (`per minggu` in one word), `paling sedikit` (`minimal`), `paling banyak` (`maksimal`). */
  | "wordsFor"
  /** `pada selasa dan jumat`: days listed with `dan`, where Lontar writes `,`. */
  | "dayList"
  /** `setiap hari Senin`, `pada hari Jumat`: the word `hari` before a day's name. */
  | "dayWord"
  /** `pukul 13:30-17:00`, `pukul 13:30 sampai 17:00`: a session's end where its length stands (`selama 3 jam 30 menit`); `s.d. selesai` (no end: no fix). */
  | "atRange" | "atUntilDone"
  /** `cakrawala 2019`: a year where a span of dates stands (`2019-01-01..2019-12-31`). */
  | "yearRange"
  /** `bobot 12,5`: a number with a decimal part where a whole number stands (no fix). */
  | "decimalNumber"
  /** `buka setiap hari 08:00-16:00`: every day where days stand (`senin..minggu`). */
  | "everyDay";

/** A time or date written another way: what was written, where, and Lontar's spelling. */
export interface NotationMistake {
  /** How it was written. */
  readonly kind: NotationKind;
  /** The text as written (`09.00`, `17-08-2026`). */
  readonly text: string;
  /** The Lontar spelling when certain (`09:00`, `2026-08-17`): the fix. */
  readonly fixed?: string;
  /** The date as read (year, month, day) when it is no date (`2026-02-31`), for the message. */
  readonly reading?: string;
  /** The whole range as Lontar writes it (`senin..kamis`), for the message of a range's join. */
  readonly example?: string;
  /** Spellings that may be meant when none is certain (`03:00`, `15:00` for `pukul 3`): offered, none preferred. */
  readonly alternatives?: readonly string[];
  /** The whole written time or date. */
  readonly range: Range;
}

/** A run of tokens that writes a time or date another way: tokens `first`..`last` of the list it was found in. */
export interface NotationRun {
  /** Index of its first token. */
  readonly first: number;
  /** Index of its last token. */
  readonly last: number;
  /** What it is and how Lontar writes it. */
  readonly mistake: NotationMistake;
  /** Whether a time, a date, an amount of rupiah or a keyword stands here. */
  readonly literal: "time" | "date" | "money" | "keyword";
  /** The keyword put back (`pukul`, `sampai`), for a keyword. */
  readonly keyword?: TokenType;
  /** The token put back when it is not the fix as written (`90m` for `90 menit`), and its type. */
  readonly token?: { readonly type: TokenType; readonly image: string };
  /** More tokens put back after it (`seminggu` is `per` then `minggu`; `2019` as a range is a date, `..` and a date). */
  readonly then?: readonly { readonly type: TokenType; readonly image: string }[];
}

/** A run starts at most this many tokens before the token the grammar failed at (`17-08-2026` is five tokens). */
const LONGEST_RUN = 5;
const SEPARATORS: ReadonlySet<string> = new Set(["Minus", "Slash", "Dot"]);
/** What may touch a written time or date on its right: a range's `..`, a list's `,`, a time range's `-`, a closing bracket. */
const MAY_FOLLOW: ReadonlySet<string> = new Set(["DotDot", "Comma", "Minus", "RBrace", "RParen", "RBracket"]);

const isDigits = (t: IToken | undefined): t is IToken => t !== undefined && t.tokenType.name === "NumberLiteral" && /^\d+$/.test(t.image);
const touching = (a: IToken | undefined, b: IToken | undefined): boolean => a !== undefined && b !== undefined && (a.endOffset ?? a.startOffset + a.image.length - 1) + 1 === b.startOffset;
const pad2 = (digits: string): string => digits.padStart(2, "0");

/**
 * The run of `tokens` that writes a time or date another way and holds token `k`, starting
 * no earlier than `lower`; undefined when there is none.
 *
 * @example notationAt(tokensOf("pukul 09.00"), 1, 0)?.mistake.fixed // "09:00"
 */
export function notationAt(tokens: readonly IToken[], k: number, lower: number): NotationRun | undefined {
  return notationsAt(tokens, k, lower)[0];
}

/**
 * Every reading of the run that holds token `k` (starting no earlier than `lower`), the
 * likeliest first: most runs have one, and a range's `s.d.` two (`..` between the dates of a
 * validity, `sampai` after a schedule's `mulai`), of which the grammar takes the one it reads.
 */
export function notationsAt(tokens: readonly IToken[], k: number, lower: number): NotationRun[] {
  for (let s = Math.max(lower, k - LONGEST_RUN + 1); s <= k; s++) {
    // Hours with a fraction before times: `1.25 jam` is a duration, not the time 01:25.
    const run = dateAt(tokens, s) ?? decimalHoursAt(tokens, s) ?? zoneAt(tokens, s) ?? timeAt(tokens, s) ?? monthDateAt(tokens, s) ?? moneyAt(tokens, s);
    if (run !== undefined) {
      if (run.last >= k) return [run];
      continue;
    }
    const readings = [capitalDayRangeAt(tokens, s), yearRangeAt(tokens, s), decimalNumberAt(tokens, s), everyDayAt(tokens, s), atRangeAt(tokens, s), rangeJoinAt(tokens, s), dayListAt(tokens, s), dayWordAt(tokens, s), perUnitAt(tokens, s), hourAt(tokens, s), countUnitAt(tokens, s), numberWordAt(tokens, s), hyphenNameAt(tokens, s), quotedNameAt(tokens, s), spacedValueAt(tokens, s), ...capitalKeywordAt(tokens, s), keywordAt(tokens, s)].filter((r): r is NotationRun => r !== undefined && r.last >= k);
    if (readings.length > 0) return readings;
  }
  return [];
}

/** A token standing for the run as Lontar writes it (or, when nothing is certain, for any time or date), placed over the written tokens. */
export function mendedToken(tokens: readonly IToken[], run: NotationRun): IToken {
  const first = tokens[run.first] as IToken;
  const last = tokens[run.last] as IToken;
  const type: TokenType = run.token?.type ?? run.keyword ?? (run.literal === "time" ? TimeLiteral : run.literal === "money" ? Money : DateLiteral);
  const image = run.token?.image ?? run.mistake.fixed ?? (run.literal === "time" ? "00:00" : run.literal === "money" ? "Rp 0" : "2000-01-01");
  const end = { endOffset: last.endOffset ?? last.startOffset + last.image.length - 1, endLine: last.endLine ?? last.startLine ?? 1, endColumn: last.endColumn ?? (last.startColumn ?? 1) + last.image.length - 1 };
  return { image, startOffset: first.startOffset, startLine: first.startLine ?? 1, startColumn: first.startColumn ?? 1, ...end, tokenType: type, tokenTypeIdx: type.tokenTypeIdx ?? first.tokenTypeIdx };
}

/** True when the run ends where nothing that would make it something else touches it. */
function standsAlone(tokens: readonly IToken[], first: number, last: number, literal: NotationRun["literal"]): boolean {
  // Digits, or a separator after digits, on its left would make it part of a longer run (a time range's `-` before a time is fine).
  const before = tokens[first - 1];
  if (before !== undefined && touching(before, tokens[first])) {
    const name = before.tokenType.name;
    if (isDigits(before) || name === "Dot" || name === "Slash") return false;
    if (name === "Minus" && literal === "date" && isDigits(tokens[first - 2]) && touching(tokens[first - 2], before)) return false;
  }
  const after = tokens[last + 1];
  return !touching(tokens[last], after) || (after !== undefined && MAY_FOLLOW.has(after.tokenType.name));
}

/** `09.00`, `9.30`: hours, a dot, two digits of minutes. */
function timeAt(tokens: readonly IToken[], s: number): NotationRun | undefined {
  const [hours, dot, minutes] = [tokens[s], tokens[s + 1], tokens[s + 2]];
  if (!isDigits(hours) || hours.image.length > 2 || dot?.tokenType.name !== "Dot" || !isDigits(minutes) || minutes.image.length !== 2) return undefined;
  if (!touching(hours, dot) || !touching(dot, minutes) || !standsAlone(tokens, s, s + 2, "time")) return undefined;
  const text = `${hours.image}.${minutes.image}`;
  const fixed = `${pad2(hours.image)}:${minutes.image}`;
  const range = spanTokens(hours, minutes) ?? tokenRange(hours);
  const mistake: NotationMistake = isLocalTime(fixed) ? { kind: "time", text, fixed, range } : { kind: "notTime", text, range };
  return { first: s, last: s + 2, mistake, literal: "time" };
}

/** `17-08-2026`, `17/08/2026`, `17.08.2026` (day first); `17-08-26`, `17/8/26` (day first, year 2026); `2026-8-17`, `2026/08/17`, `2026.08.17` (year first). */
function dateAt(tokens: readonly IToken[], s: number): NotationRun | undefined {
  const [a, sep1, b, sep2, c] = [tokens[s], tokens[s + 1], tokens[s + 2], tokens[s + 3], tokens[s + 4]];
  if (!isDigits(a) || !isDigits(b) || !isDigits(c) || sep1 === undefined || sep2 === undefined) return undefined;
  if (!SEPARATORS.has(sep1.tokenType.name) || sep2.tokenType !== sep1.tokenType) return undefined;
  if (!touching(a, sep1) || !touching(sep1, b) || !touching(b, sep2) || !touching(sep2, c) || !standsAlone(tokens, s, s + 4, "date")) return undefined;
  const short = (t: IToken): boolean => t.image.length <= 2;
  const dayFirst = short(a) && short(b) && (c.image.length === 4 || c.image.length === 2);
  const yearFirst = a.image.length === 4 && short(b) && short(c);
  if (!dayFirst && !yearFirst) return undefined;
  const text = `${a.image}${sep1.image}${b.image}${sep2.image}${c.image}`;
  const year = c.image.length === 2 ? `20${c.image}` : c.image;
  const reading = dayFirst ? `${year}-${pad2(b.image)}-${pad2(a.image)}` : `${a.image}-${pad2(b.image)}-${pad2(c.image)}`;
  const range = spanTokens(a, c) ?? tokenRange(a);
  const certain = isIsoDate(reading);
  const kind = !dayFirst ? "yearFirst" : c.image.length === 2 ? "shortYear" : "dayFirst";
  const mistake: NotationMistake = certain ? { kind, text, fixed: reading, range } : { kind: `${kind}NotDate`, text, reading, range };
  return { first: s, last: s + 4, mistake, literal: "date" };
}

const MONTH_OF: ReadonlyMap<string, number> = new Map(MONTH_SPELLINGS.flatMap((m, i) => [...m.en, ...m.id].map((w) => [w, i + 1] as const)));
const ZONES: ReadonlySet<string> = new Set(["WIB", "WITA", "WIT"]);

/** `17 Agustus 2026`, `17 agustus 2026`, `1 Jan 2027`: a day, a month's name (any case), a year. */
function monthDateAt(tokens: readonly IToken[], s: number): NotationRun | undefined {
  const [day, month, year] = [tokens[s], tokens[s + 1], tokens[s + 2]];
  if (!isDigits(day) || day.image.length > 2 || month === undefined || !isDigits(year) || year.image.length !== 4) return undefined;
  const number = MONTH_OF.get(month.image.toLowerCase());
  if (number === undefined) return undefined;
  const text = `${day.image} ${month.image} ${year.image}`;
  const reading = `${year.image}-${pad2(String(number))}-${pad2(day.image)}`;
  const range = spanTokens(day, year) ?? tokenRange(day);
  const mistake: NotationMistake = isIsoDate(reading) ? { kind: "monthName", text, fixed: reading, range } : { kind: "monthNameNotDate", text, reading, range };
  return { first: s, last: s + 2, mistake, literal: "date" };
}

/** `09:00 WIB` (WITA, WIT), and `09.00 WIB` (a dotted time too): a time and its zone's name. */
function zoneAt(tokens: readonly IToken[], s: number): NotationRun | undefined {
  const time = tokens[s];
  if (time?.tokenType === TimeLiteral) {
    const zone = tokens[s + 1];
    if (zone === undefined || !ZONES.has(zone.image.toUpperCase())) return undefined;
    const range = spanTokens(time, zone) ?? tokenRange(time);
    return { first: s, last: s + 1, mistake: { kind: "zone", text: `${time.image} ${zone.image}`, fixed: time.image, range }, literal: "time" };
  }
  const dotted = timeAt(tokens, s);
  const zone = tokens[s + 3];
  if (dotted === undefined || dotted.mistake.fixed === undefined || zone === undefined || !ZONES.has(zone.image.toUpperCase())) return undefined;
  const range = spanTokens(time, zone) ?? dotted.mistake.range;
  return { first: s, last: s + 3, mistake: { kind: "zone", text: `${dotted.mistake.text} ${zone.image}`, fixed: dotted.mistake.fixed, range }, literal: "time" };
}

/** Tokens `first`..`last` as written: their images, a space where two do not touch. */
export function writtenText(tokens: readonly IToken[], first: number, last: number): string {
  let text = "";
  for (let i = first; i <= last; i++) text += (i > first && !touching(tokens[i - 1], tokens[i]) ? " " : "") + (tokens[i]?.image ?? "");
  return text;
}

/** Rupiah written another way: `,-` after it, a word for its thousands, its cents, a dot after `Rp`. */
function moneyAt(tokens: readonly IToken[], s: number): NotationRun | undefined {
  return moneyDashAt(tokens, s) ?? moneyWordAt(tokens, s) ?? moneyCentsAt(tokens, s);
}

/** `Rp 150.000,-` and `Rp. 150.000,-`: `,-` after rupiah (no cents), as receipts write it. */
function moneyDashAt(tokens: readonly IToken[], s: number): NotationRun | undefined {
  const dotted = tokens[s]?.image === "Rp" && tokens[s + 1]?.tokenType.name === "Dot" && tokens[s + 2]?.tokenType === NumberLiteral && touching(tokens[s], tokens[s + 1]);
  const amount = dotted ? s + 2 : s;
  const [a, comma, dash] = [tokens[amount], tokens[amount + 1], tokens[amount + 2]];
  if (a === undefined || (a.tokenType !== Money && !dotted) || comma?.tokenType.name !== "Comma" || dash?.tokenType !== Minus || !touching(a, comma) || !touching(comma, dash)) return undefined;
  const first = tokens[s] as IToken;
  const fixed = dotted ? `Rp ${a.image}` : a.image;
  const range = spanTokens(first, dash) ?? tokenRange(first);
  return { first: s, last: amount + 2, mistake: { kind: "dashCents", text: writtenText(tokens, s, amount + 2), fixed, range }, literal: "money" };
}

/** Multipliers written after an amount of rupiah. */
const MONEY_WORDS: ReadonlyMap<string, number> = new Map([["ribu", 1e3], ["rb", 1e3], ["juta", 1e6], ["jt", 1e6], ["miliar", 1e9], ["milyar", 1e9], ["thousand", 1e3], ["million", 1e6], ["billion", 1e9]]);

/** `Rp 20 juta`, `Rp 1,5 juta`, `Rp 500 ribu`: rupiah with a word for its thousands, as speech says it; Lontar writes every digit (`Rp 20.000.000`). */
function moneyWordAt(tokens: readonly IToken[], s: number): NotationRun | undefined {
  const a = tokens[s];
  if (a?.tokenType !== Money) return undefined;
  const fraction = tokens[s + 1]?.tokenType.name === "Comma" && isDigits(tokens[s + 2]) && touching(a, tokens[s + 1]) && touching(tokens[s + 1], tokens[s + 2]) ? tokens[s + 2] : undefined;
  const word = tokens[fraction === undefined ? s + 1 : s + 3];
  const multiplier = word === undefined ? undefined : MONEY_WORDS.get(word.image.toLowerCase());
  if (word === undefined || multiplier === undefined) return undefined;
  const whole = a.image.replace(/^Rp\s*/, "").replace(/\./g, "");
  const digits = fraction?.image ?? "";
  // In whole rupiah: the fraction's digits scaled by the multiplier (`1,5 juta` is 1.500.000).
  const scale = 10 ** digits.length;
  const total = (BigInt(whole) * BigInt(scale) + BigInt(digits === "" ? "0" : digits)) * BigInt(multiplier);
  const last = fraction === undefined ? s + 1 : s + 3;
  const range = spanTokens(a, word) ?? tokenRange(a);
  const text = writtenText(tokens, s, last);
  if (total % BigInt(scale) !== 0n || total / BigInt(scale) > 1_000_000_000_000_000n) return { first: s, last, mistake: { kind: "notWholeRupiah", text, range }, literal: "money" };
  const fixed = `Rp ${(total / BigInt(scale)).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ".")}`;
  return { first: s, last, mistake: { kind: "moneyWord", text, fixed, range }, literal: "money" };
}

/** `Rp 150.000.000,00` (the cents), `Rp. 150.000` (a dot after `Rp`), and both (`Rp. 150.000,00`, one mistake). */
function moneyCentsAt(tokens: readonly IToken[], s: number): NotationRun | undefined {
  const [a, b, c, d, e] = [tokens[s], tokens[s + 1], tokens[s + 2], tokens[s + 3], tokens[s + 4]];
  const dotted = a?.image === "Rp" && b?.tokenType.name === "Dot" && touching(a, b) && c?.tokenType.name === "NumberLiteral" && /^\d+(?:\.\d{3})*$/.test(c.image);
  if (dotted && d?.tokenType.name === "Comma" && isDigits(e) && e.image.length <= 2 && touching(c, d) && touching(d, e)) {
    const text = writtenText(tokens, s, s + 4);
    const range = spanTokens(a, e) ?? tokenRange(a);
    const mistake: NotationMistake = /^0+$/.test(e.image) ? { kind: "rpDot", text, fixed: `Rp ${c.image}`, range } : { kind: "notWholeRupiah", text, range };
    return { first: s, last: s + 4, mistake, literal: "money" };
  }
  if (a?.tokenType === Money && b?.tokenType.name === "Comma" && isDigits(c) && c.image.length <= 2 && touching(a, b) && touching(b, c)) {
    const text = writtenText(tokens, s, s + 2);
    const range = spanTokens(a, c) ?? tokenRange(a);
    const mistake: NotationMistake = /^0+$/.test(c.image) ? { kind: "cents", text, fixed: a.image, range } : { kind: "notWholeRupiah", text, range };
    return { first: s, last: s + 2, mistake, literal: "money" };
  }
  if (dotted) {
    const range = spanTokens(a, c) ?? tokenRange(a);
    return { first: s, last: s + 2, mistake: { kind: "rpDot", text: writtenText(tokens, s, s + 2), fixed: `Rp ${c.image}`, range }, literal: "money" };
  }
  return undefined;
}

/** `1,5 jam`, `1.5 hours`: hours with a decimal separator, as a whole number of minutes (`90 menit`). */
function decimalHoursAt(tokens: readonly IToken[], s: number): NotationRun | undefined {
  const [whole, sep, part, unit] = [tokens[s], tokens[s + 1], tokens[s + 2], tokens[s + 3]];
  if (!isDigits(whole) || whole.image.length > 3 || (sep?.tokenType.name !== "Comma" && sep?.tokenType.name !== "Dot") || !isDigits(part) || part.image.length > 2) return undefined;
  if (unit === undefined || unit.tokenType !== K["Hours"] || !touching(whole, sep) || !touching(sep, part)) return undefined;
  // `1.30 jam` may be an hour and a half written as a time is (h.mm) or 1.3 hours: that stays the grammar's error.
  if (sep.tokenType.name === "Dot" && part.image.length === 2) return undefined;
  const text = `${whole.image}${sep.image}${part.image} ${unit.image}`;
  const range = spanTokens(whole, unit) ?? tokenRange(whole);
  // In tenths or hundredths of an hour: a whole number of minutes when 60 · part divides evenly.
  const scale = 10 ** part.image.length;
  const minutes = (Number(whole.image) * scale + Number(part.image)) * 60;
  if (minutes % scale !== 0) return { first: s, last: s + 3, mistake: { kind: "decimalHoursInexact", text, range }, literal: "keyword", token: { type: CompactDuration, image: "1h" } };
  const fixed = `${minutes / scale} ${unit.image === "jam" ? "menit" : "minutes"}`;
  return { first: s, last: s + 3, mistake: { kind: "decimalHours", text, fixed, range }, literal: "keyword", token: { type: CompactDuration, image: `${minutes / scale}m` } };
}

/** Words that join a range's ends in letters and notes (`senin sampai kamis`, `mon to fri`), lower case. */
const RANGE_WORDS: ReadonlySet<string> = new Set(["sampai", "hingga", "to", "through", "thru", "till", "until"]);

/** How many tokens from `s` join a range's ends (`-`, `sampai`, `sampai dengan`, `s.d.`, `s.d`, `s/d`, `to`): 0 when they do not. */
function joinLength(tokens: readonly IToken[], s: number): number {
  const [a, b, c, d] = [tokens[s], tokens[s + 1], tokens[s + 2], tokens[s + 3]];
  if (a === undefined) return 0;
  if (a.tokenType === Minus) return 1;
  const word = a.image.toLowerCase();
  if (word === "sampai" && b?.image.toLowerCase() === "dengan") return 2;
  if (word === "s" && c?.image.toLowerCase() === "d" && touching(a, b) && touching(b, c) && (b?.tokenType.name === "Dot" || b?.tokenType.name === "Slash")) {
    return b?.tokenType.name === "Dot" && d?.tokenType.name === "Dot" && touching(c, d) ? 4 : 3;
  }
  return RANGE_WORDS.has(word) ? 1 : 0;
}

/** What ends a range: a day (`senin`), a date (`2026-01-01`, or one written another way), or a time (`08:00`, or `08.00`). */
function rangeEnd(tokens: readonly IToken[], i: number): { readonly kind: "day" | "date" | "time"; readonly text: string } | undefined {
  const t = tokens[i];
  if (t === undefined) return undefined;
  // A day in any case (`Mon-Thu`: its capitals are their own mistake, mended with this one).
  const day = dayName(t);
  if (day !== undefined) return { kind: "day", text: day };
  if (t.tokenType === DateLiteral) return { kind: "date", text: t.image };
  if (t.tokenType === TimeLiteral) return { kind: "time", text: t.image };
  const written = dateAt(tokens, i) ?? monthDateAt(tokens, i) ?? timeAt(tokens, i);
  if (written === undefined) return undefined;
  return { kind: written.literal === "time" ? "time" : "date", text: written.mistake.fixed ?? written.mistake.text };
}

/**
 * `senin-kamis`, `senin sampai kamis`, `senin s.d. kamis`, `mon to fri`: two days joined
 * otherwise than by `..`; two dates likewise (`2026-01-01 s/d 2026-12-31`); two times
 * joined otherwise than by `-` (`08:00 sampai 16:00`). The join is put back as `..` or `-`.
 */
function rangeJoinAt(tokens: readonly IToken[], s: number): NotationRun | undefined {
  const length = joinLength(tokens, s);
  if (length === 0) return undefined;
  const left = rangeEnd(tokens, s - 1);
  const right = rangeEnd(tokens, s + length);
  if (left === undefined || right === undefined || left.kind !== right.kind) return undefined;
  const first = tokens[s] as IToken;
  const last = tokens[s + length - 1] as IToken;
  if (left.kind === "time" && first.tokenType === Minus) return undefined;
  const join = left.kind === "time" ? "-" : "..";
  const kind = left.kind === "day" ? "dayRange" : left.kind === "date" ? "dateRange" : "timeRange";
  const range = spanTokens(first, last) ?? tokenRange(first);
  const mistake: NotationMistake = { kind, text: writtenText(tokens, s, s + length - 1), fixed: join, example: `${left.text}${join}${right.text}`, range };
  return { first: s, last: s + length - 1, mistake, literal: "keyword", token: { type: join === "-" ? Minus : DotDot, image: join } };
}

/** True for a word token (an identifier or a keyword: a keyword may be a name) that is not a day (`senin-kamis` is a range). */
function isNameWord(t: IToken | undefined): t is IToken {
  if (t === undefined || !/^[A-Za-z_][A-Za-z0-9_]*$/.test(t.image)) return false;
  const name = t.tokenType.name;
  return name !== "WeekdayName" && name !== "Minggu" && name !== "Money";
}

/** The token a word lexes to: its keyword's (`hari_kerja`), else an identifier. */
function wordType(word: string): TokenType {
  const meaning = WORDS.get(word);
  return (meaning === undefined ? undefined : K[meaning.token]) ?? Identifier;
}

/**
 * `Senin`, `Jumat`, `Setiap`: a word with capitals whose lower case is a keyword (keywords are
 * lower case; a name with capitals stays a name wherever a name may stand: this is tried only
 * where the grammar fails). `Minggu` is read first as Sunday (`ahad`: a day's name is what is
 * capitalised), then as `minggu` (the week, as after `per`); the grammar takes the one it reads.
 * Where only a day may stand (after `pada`, `..`, `,`), `minggu` is Sunday already and comes first.
 */
function capitalKeywordAt(tokens: readonly IToken[], s: number): NotationRun[] {
  const t = tokens[s];
  if (t === undefined || t.tokenType !== Identifier || !/[A-Z]/.test(t.image)) return [];
  const lower = t.image.toLowerCase();
  if (!WORDS.has(lower)) return [];
  const range = tokenRange(t);
  const read = (fixed: string, kind: NotationKind): NotationRun => ({ first: s, last: s, mistake: { kind, text: t.image, fixed, range }, literal: "keyword", token: { type: wordType(fixed), image: fixed } });
  if (lower !== "minggu") return [read(lower, "capitalKeyword")];
  // After `pada`, `..` or `,` a day stands, and `minggu` reads as Sunday there too: it stays as written, in lower case.
  const dayOnly = tokens[s - 1]?.tokenType === K["On"] || tokens[s - 1]?.tokenType === DotDot || tokens[s - 1]?.tokenType.name === "Comma";
  return dayOnly ? [read("minggu", "capitalKeyword"), read("ahad", "capitalSunday")] : [read("ahad", "capitalSunday"), read("minggu", "capitalKeyword")];
}

/** Allowed values and keywords of several words (`lembaga_adat`, `hari_kerja`), every spelling: what words written with spaces may be meant as. */
const JOINED_WORDS: ReadonlySet<string> = new Set([...VALUE_SETS.flatMap((set) => set.values.flatMap((v) => v.words)), ...WORDS.keys()].filter((w) => w.includes("_")));
/** The most words of a value written with spaces. */
const MOST_SPACED_WORDS = 4;

/**
 * `jenis lembaga adat`, `kategori pinjam paket koleksi`, `jenjang Perpustakaan Desa`: words
 * with spaces between them, on one line, that joined with `_` (in lower case) are an allowed
 * value or a keyword; the longest such run from `s`.
 */
function spacedValueAt(tokens: readonly IToken[], s: number): NotationRun | undefined {
  const first = tokens[s];
  if (!isNameWord(first)) return undefined;
  let end = s;
  while (end - s + 1 < MOST_SPACED_WORDS && isNameWord(tokens[end + 1]) && tokens[end + 1]?.startLine === first.startLine && !touching(tokens[end], tokens[end + 1])) end++;
  for (let last = end; last > s; last--) {
    const words = tokens.slice(s, last + 1).map((t) => t.image);
    const fixed = words.join("_").toLowerCase();
    if (!JOINED_WORDS.has(fixed)) continue;
    const range = spanTokens(first, tokens[last] as IToken) ?? tokenRange(first);
    return { first: s, last, mistake: { kind: "spacedValue", text: words.join(" "), fixed, range }, literal: "keyword", token: { type: wordType(fixed), image: fixed } };
  }
  return undefined;
}

/** `cakrawala 2019`, `berlaku 2019`: a year standing alone where a span of dates stands; Lontar writes its first and last day. */
function yearRangeAt(tokens: readonly IToken[], s: number): NotationRun | undefined {
  const t = tokens[s];
  if (!isDigits(t) || t.image.length !== 4 || !standsAlone(tokens, s, s, "date")) return undefined;
  const year = t.image;
  const fixed = `${year}-01-01..${year}-12-31`;
  return { first: s, last: s, mistake: { kind: "yearRange", text: year, fixed, range: tokenRange(t) }, literal: "date", token: { type: DateLiteral, image: `${year}-01-01` }, then: [{ type: DotDot, image: ".." }, { type: DateLiteral, image: `${year}-12-31` }] };
}

/** `bobot 12,5`, `peserta 12.5`: a number with a decimal part where a whole number stands; read as its whole part, with no fix. */
function decimalNumberAt(tokens: readonly IToken[], s: number): NotationRun | undefined {
  const [whole, sep, part] = [tokens[s], tokens[s + 1], tokens[s + 2]];
  if (!isDigits(whole) || sep?.tokenType.name !== "Comma" || !isDigits(part) || !touching(whole, sep) || !touching(sep, part)) return undefined;
  const range = spanTokens(whole, part) ?? tokenRange(whole);
  return { first: s, last: s + 2, mistake: { kind: "decimalNumber", text: `${whole.image},${part.image}`, range }, literal: "keyword", token: { type: NumberLiteral, image: whole.image } };
}

/** `buka setiap hari 08:00-16:00`, `open every day …`: every day where days stand, which Lontar writes as the week's range (`senin..minggu`, `mon..sun`). */
function everyDayAt(tokens: readonly IToken[], s: number): NotationRun | undefined {
  const [every, day] = [tokens[s], tokens[s + 1]];
  if (every === undefined || day === undefined || every.tokenType !== K["Every"] || day.tokenType !== K["DayUnit"]) return undefined;
  const english = every.image === "every";
  const [first, last] = english ? ["mon", "sun"] : ["senin", "minggu"];
  const range = spanTokens(every, day) ?? tokenRange(every);
  return { first: s, last: s + 1, mistake: { kind: "everyDay", text: `${every.image} ${day.image}`, fixed: `${first}..${last}`, range }, literal: "keyword", token: { type: wordType(first), image: first }, then: [{ type: DotDot, image: ".." }, { type: wordType(last), image: last }] };
}

/** Minutes since midnight of a `HH:mm` time. */
const minutesOf = (time: string): number => Number(time.slice(0, -3)) * 60 + Number(time.slice(-2));

/**
 * `pukul 13:30-17:00`, `pukul 13:30 sampai 17:00`, `at 13:30 to 17:00`: a session written from
 * its start to its end, where Lontar writes its start and its length: the end becomes
 * `selama 3 jam 30 menit` (`for 3h30m`). `pukul 13.30 s.d. selesai` (until done) has no end: the
 * length is asked for, with no fix.
 */
function atRangeAt(tokens: readonly IToken[], s: number): NotationRun | undefined {
  // The start: a time (`13:30`) or one written with a dot (`13.30`, three tokens), right after `pukul`/`at`.
  const dotted = timeAt(tokens, s - 3);
  const written = tokens[s - 1]?.tokenType === TimeLiteral ? { at: tokens[s - 2], time: tokens[s - 1]?.image } : dotted?.last === s - 1 ? { at: tokens[s - 4], time: dotted.mistake.fixed } : undefined;
  const at = written?.at;
  const time = written?.time;
  if (at === undefined || time === undefined || at.tokenType !== K["At"]) return undefined;
  const start = { image: time };
  const length = joinLength(tokens, s);
  if (length === 0) return undefined;
  const end = tokens[s + length];
  const english = at.image === "at";
  const forType = K["For"];
  if (end === undefined || forType === undefined) return undefined;
  const first = tokens[s] as IToken;
  const range = spanTokens(first, end) ?? tokenRange(first);
  const text = writtenText(tokens, s, s + length);
  const forWord = english ? "for" : "selama";
  if (["selesai", "finish", "finished", "done"].includes(end.image.toLowerCase())) {
    return { first: s, last: s + length, mistake: { kind: "atUntilDone", text, range }, literal: "keyword", token: { type: forType, image: forWord }, then: [{ type: CompactDuration, image: "1h" }] };
  }
  // The end: a time, or one written with a dot (its own mistake, mended with this one).
  const endDotted = end.tokenType === TimeLiteral ? undefined : timeAt(tokens, s + length);
  const endTime = end.tokenType === TimeLiteral ? end.image : endDotted?.mistake.fixed;
  if (endTime === undefined || !isLocalTime(start.image.padStart(5, "0")) || !isLocalTime(endTime.padStart(5, "0"))) return undefined;
  const last = endDotted === undefined ? s + length : endDotted.last;
  const minutes = minutesOf(endTime) - minutesOf(start.image);
  if (minutes <= 0) return undefined;
  const [h, m] = [Math.floor(minutes / 60), minutes % 60];
  const compact = `${h > 0 ? `${h}h` : ""}${m > 0 ? `${m}m` : ""}`;
  const words = english ? compact : [h > 0 ? `${h} jam` : "", m > 0 ? `${m} menit` : ""].filter((w) => w !== "").join(" ");
  const fixed = `${forWord} ${words}`;
  const whole = spanTokens(first, tokens[last] as IToken) ?? range;
  return { first: s, last, mistake: { kind: "atRange", text: writtenText(tokens, s, last), fixed, example: `${at.image} ${start.image} ${fixed}`, range: whole }, literal: "keyword", token: { type: forType, image: forWord }, then: [{ type: CompactDuration, image: compact }] };
}

/** A day's name in any case (`jumat`, `Jumat`), lower case; undefined for another word. */
function dayName(t: IToken | undefined): string | undefined {
  if (t === undefined) return undefined;
  const lower = t.image.toLowerCase();
  const meaning = WORDS.get(lower);
  return meaning?.token === "WeekdayName" || meaning?.token === "Minggu" ? lower : undefined;
}

/**
 * `Mon-Thu`, `Senin..Jumat`, `Senin s.d. Kamis`: a range of days with a capital in it, read as
 * one mistake from its first day to its last (its capitals and its join alike), whose fix
 * writes the range in lower case with `..`. A range in lower case is {@link rangeJoinAt}'s.
 */
function capitalDayRangeAt(tokens: readonly IToken[], s: number): NotationRun | undefined {
  const first = tokens[s];
  const left = dayName(first);
  if (first === undefined || left === undefined) return undefined;
  const length = tokens[s + 1]?.tokenType === DotDot ? 1 : joinLength(tokens, s + 1);
  const last = tokens[s + 1 + length];
  const right = dayName(last);
  if (length === 0 || last === undefined || right === undefined || (first.image === left && last.image === right)) return undefined;
  const fixed = `${left}..${right}`;
  const range = spanTokens(first, last) ?? tokenRange(first);
  return { first: s, last: s + 1 + length, mistake: { kind: "capitalDayRange", text: writtenText(tokens, s, s + 1 + length), fixed, range }, literal: "keyword", token: { type: wordType(left), image: left }, then: [{ type: DotDot, image: ".." }, { type: wordType(right), image: right }] };
}

/** `selasa dan jumat`, `tue and fri`: two days joined by `dan`/`and`/`serta`; Lontar lists them with `,`. */
function dayListAt(tokens: readonly IToken[], s: number): NotationRun | undefined {
  const join = tokens[s];
  if (join === undefined || !["dan", "and", "serta"].includes(join.image.toLowerCase())) return undefined;
  const [left, right] = [dayName(tokens[s - 1]), dayName(tokens[s + 1])];
  if (left === undefined || right === undefined) return undefined;
  // The space before `dan` goes too: the fix writes `selasa, jumat`.
  const before = tokens[s - 1] as IToken;
  const range = packRange(endOf(before), endOf(join));
  return { first: s, last: s, mistake: { kind: "dayList", text: join.image, fixed: ",", example: `${left}, ${right}`, range }, literal: "keyword", token: { type: Comma, image: "," } };
}

/** `setiap hari Senin`, `pada hari Jumat`: `hari` before a day's name, which Lontar writes alone (`setiap senin`; `setiap ahad` for Sunday: `setiap minggu` is every week). */
function dayWordAt(tokens: readonly IToken[], s: number): NotationRun | undefined {
  const [word, day] = [tokens[s], tokens[s + 1]];
  const name = dayName(day);
  if (word === undefined || day === undefined || name === undefined || !["hari", "day"].includes(word.image.toLowerCase())) return undefined;
  const fixed = name === "minggu" && tokens[s - 1]?.tokenType === K["Every"] ? "ahad" : name;
  const range = spanTokens(word, day) ?? tokenRange(word);
  return { first: s, last: s + 1, mistake: { kind: "dayWord", text: `${word.image} ${day.image}`, fixed, range }, literal: "keyword", token: { type: wordType(fixed), image: fixed } };
}

/** `seminggu`, `sebulan`, `setahun`, `sehari`, `sepekan`: a period in one word, which Lontar writes `per minggu` (after a count: `2 kali seminggu`). */
const PER_WORDS: ReadonlyMap<string, string> = new Map([["sehari", "hari"], ["seminggu", "minggu"], ["sepekan", "pekan"], ["sebulan", "bulan"], ["setahun", "tahun"]]);

/** `seminggu` where `per minggu` stands. */
function perUnitAt(tokens: readonly IToken[], s: number): NotationRun | undefined {
  const t = tokens[s];
  const unit = t === undefined ? undefined : PER_WORDS.get(t.image.toLowerCase());
  const per = K["Per"];
  if (t === undefined || unit === undefined || per === undefined) return undefined;
  const fixed = `per ${unit}`;
  return { first: s, last: s, mistake: { kind: "wordsFor", text: t.image, fixed, range: tokenRange(t) }, literal: "keyword", token: { type: per, image: "per" }, then: [{ type: wordType(unit), image: unit }] };
}

/** Whether token `k` is a word of a value written with spaces (see {@link spacedValueAt}) that starts before it. */
export function spacedValueHolds(tokens: readonly IToken[], k: number): boolean {
  for (let s = Math.max(0, k - MOST_SPACED_WORDS + 1); s < k; s++) if ((spacedValueAt(tokens, s)?.last ?? -1) >= k) return true;
  return false;
}

/** At most this many words joined by `-` are read as one name. */
const MAX_HYPHENED_WORDS = 8;

/** `anak-anak`, `ruang-baca-anak`: words joined by `-` with no space, where one name stands; Lontar joins them with `_`. */
export function hyphenNameAt(tokens: readonly IToken[], s: number): NotationRun | undefined {
  const first = tokens[s];
  if (!isNameWord(first) || (tokens[s - 1]?.tokenType === Minus && touching(tokens[s - 1], first))) return undefined;
  let last = s;
  while (last - s < 2 * (MAX_HYPHENED_WORDS - 1) && tokens[last + 1]?.tokenType === Minus && isNameWord(tokens[last + 2]) && touching(tokens[last], tokens[last + 1]) && touching(tokens[last + 1], tokens[last + 2])) last += 2;
  if (last === s) return undefined;
  const words: string[] = [];
  for (let i = s; i <= last; i += 2) words.push((tokens[i] as IToken).image);
  const fixed = words.join("_");
  const range = spanTokens(first, tokens[last] as IToken) ?? tokenRange(first);
  return { first: s, last, mistake: { kind: "hyphenName", text: words.join("-"), fixed, range }, literal: "keyword", token: { type: wordType(fixed), image: fixed } };
}

/** `"anak_anak"`, `"area anak"`: a name in quotes where the grammar wants a name; Lontar writes it bare, with `_` for spaces and `-`. */
function quotedNameAt(tokens: readonly IToken[], s: number): NotationRun | undefined {
  const t = tokens[s];
  if (t?.tokenType !== StringLiteral) return undefined;
  const inner = t.image.slice(1, -1).trim();
  if (!/^[A-Za-z_][A-Za-z0-9_]*(?:[ -]+[A-Za-z0-9_]+)*$/.test(inner) || inner.length > 64) return undefined;
  const fixed = inner.replace(/[ -]+/g, "_");
  return { first: s, last: s, mistake: { kind: "quotedName", text: t.image, fixed, range: tokenRange(t) }, literal: "keyword", token: { type: wordType(fixed), image: fixed } };
}

/** Parts of the day after an hour, and the hours they take (a 12-hour clock's hour `h` read as `h` or `h + 12`). */
const DAY_PARTS: ReadonlyMap<string, (hour: number) => number | undefined> = new Map<string, (hour: number) => number | undefined>([
  ...["pagi", "am", "a.m"].map((w) => [w, (h: number) => (h >= 1 && h <= 11 ? h : h === 12 ? 0 : undefined)] as const),
  ["siang", (h: number) => (h >= 10 && h <= 12 ? h : h >= 1 && h <= 3 ? h + 12 : undefined)],
  ...["sore", "petang"].map((w) => [w, (h: number) => (h >= 2 && h <= 7 ? h + 12 : undefined)] as const),
  ["malam", (h: number) => (h >= 6 && h <= 11 ? h + 12 : h === 12 ? 0 : undefined)],
  ...["pm", "p.m"].map((w) => [w, (h: number) => (h >= 1 && h <= 11 ? h + 12 : h === 12 ? 12 : undefined)] as const),
]);

/**
 * `pukul 10`, `pukul 3 sore`, `at 3pm`: an hour with no minutes right after `pukul`/`at`.
 * Certain with a part of the day, or an hour of 0 or 7 to 23 (as a 24-hour clock reads it);
 * from 1 to 6 without one it may be morning or afternoon: both are offered, neither preferred.
 */
function hourAt(tokens: readonly IToken[], s: number): NotationRun | undefined {
  const [hours, part] = [tokens[s], tokens[s + 1]];
  if (tokens[s - 1]?.tokenType !== K["At"] || !isDigits(hours) || hours.image.length > 2) return undefined;
  const hour = Number(hours.image);
  const read = part === undefined ? undefined : DAY_PARTS.get(part.image.toLowerCase());
  const withPart = read !== undefined && part !== undefined;
  const last = withPart ? s + 1 : s;
  const range = spanTokens(hours, tokens[last] as IToken) ?? tokenRange(hours);
  const text = writtenText(tokens, s, last);
  const clock = (h: number): string => `${pad2(String(h))}:00`;
  // Letters write times on a 24-hour clock (`pukul 15.00`): an hour from 7 is read as written; before 7 it is likelier the afternoon's.
  const meant = withPart ? read(hour) : hour === 0 || (hour >= 7 && hour <= 23) ? hour : undefined;
  if (meant !== undefined) return { first: s, last, mistake: { kind: "hourOnly", text, fixed: clock(meant), range }, literal: "time" };
  if (withPart || hour > 23) return undefined;
  return { first: s, last, mistake: { kind: "hourOnlyAmbiguous", text, alternatives: [clock(hour), clock(hour + 12)], range }, literal: "time" };
}

/** Numbers in words, as a planner may write a small count. */
const NUMBER_WORDS: ReadonlyMap<string, number> = new Map([
  ["satu", 1], ["dua", 2], ["tiga", 3], ["empat", 4], ["lima", 5], ["enam", 6], ["tujuh", 7], ["delapan", 8], ["sembilan", 9], ["sepuluh", 10],
  ["one", 1], ["two", 2], ["three", 3], ["four", 4], ["five", 5], ["six", 6], ["seven", 7], ["eight", 8], ["nine", 9], ["ten", 10],
]);

/** `satu staf`, `dua kali per bulan`, `two staff`: a number in words where a number stands, the fix its digits. */
function numberWordAt(tokens: readonly IToken[], s: number): NotationRun | undefined {
  const t = tokens[s];
  const value = t === undefined ? undefined : NUMBER_WORDS.get(t.image.toLowerCase());
  if (t === undefined || value === undefined || tokens[s + 1] === undefined) return undefined;
  return { first: s, last: s, mistake: { kind: "numberWord", text: t.image, fixed: String(value), range: tokenRange(t) }, literal: "keyword", token: { type: NumberLiteral, image: String(value) } };
}

/** Words for what a count counts, written after it (`25 orang`). */
const COUNT_UNITS: ReadonlySet<string> = new Set(["orang", "anak", "siswa", "kursi", "buku", "unit", "buah", "people", "persons", "pax", "seats", "books", "units"]);

/** `peserta 25 orang`, `kapasitas 30 kursi`: a count and what it counts; Lontar writes the number alone. */
function countUnitAt(tokens: readonly IToken[], s: number): NotationRun | undefined {
  const [count, unit] = [tokens[s], tokens[s + 1]];
  if (count?.tokenType !== NumberLiteral || unit === undefined || !COUNT_UNITS.has(unit.image.toLowerCase()) || unit.startLine !== count.startLine) return undefined;
  const range = spanTokens(count, unit) ?? tokenRange(count);
  return { first: s, last: s + 1, mistake: { kind: "countUnit", text: `${count.image} ${unit.image}`, fixed: count.image, range }, literal: "keyword", token: { type: NumberLiteral, image: count.image } };
}

/** `jam 09:00` for `pukul 09:00`; `sampai dengan` and `s.d.` for `sampai`; `paling sedikit` for `minimal`, `paling banyak` for `maksimal`. */
function keywordAt(tokens: readonly IToken[], s: number): NotationRun | undefined {
  const [a, b, c, d] = [tokens[s], tokens[s + 1], tokens[s + 2], tokens[s + 3]];
  const at = K["At"];
  const until = K["Until"];
  if (a === undefined || at === undefined || until === undefined) return undefined;
  if (a.image === "jam" && (b?.tokenType === TimeLiteral || timeAt(tokens, s + 1) !== undefined)) {
    return { first: s, last: s, mistake: { kind: "jamForPukul", text: "jam", fixed: "pukul", range: tokenRange(a) }, literal: "keyword", keyword: at };
  }
  // `paling sedikit` / `sekurang-kurangnya` for `minimal`, `paling banyak` / `sebanyak-banyaknya` for `maksimal`.
  const lower = a.image.toLowerCase();
  const minimal = K["Minimal"];
  const maximal = K["Maximal"];
  if (lower === "paling" && (b?.image === "sedikit" || b?.image === "banyak") && minimal !== undefined && maximal !== undefined) {
    const most = b.image === "banyak";
    const range = spanTokens(a, b) ?? tokenRange(a);
    return { first: s, last: s + 1, mistake: { kind: "wordsFor", text: `${a.image} ${b.image}`, fixed: most ? "maksimal" : "minimal", range }, literal: "keyword", keyword: most ? maximal : minimal };
  }
  if (a.image === "sampai" && b?.image === "dengan") {
    const range = spanTokens(a, b) ?? tokenRange(a);
    return { first: s, last: s + 1, mistake: { kind: "untilWith", text: "sampai dengan", fixed: "sampai", range }, literal: "keyword", keyword: until };
  }
  if (/^s$/i.test(a.image) && b?.tokenType.name === "Dot" && c !== undefined && /^d$/i.test(c.image) && d?.tokenType.name === "Dot" && touching(a, b) && touching(b, c) && touching(c, d)) {
    const range = spanTokens(a, d) ?? tokenRange(a);
    return { first: s, last: s + 3, mistake: { kind: "untilWith", text: `${a.image}.${c.image}.`, fixed: "sampai", range }, literal: "keyword", keyword: until };
  }
  return undefined;
}

/**
 * The LON1106 diagnostic of a mistake in `file`: at the whole written time or date, with
 * Lontar's spelling as its fix (an edit an editor may apply on its own) when certain.
 */
export function notationDiagnostic(mistake: NotationMistake, file: string): Diagnostic {
  const location = { file, range: mistake.range };
  const offered = (text: string, certain: boolean) => suggestion("note.replaceWith", { text }, [{ location, text }], certain);
  const suggestions = mistake.fixed === undefined ? (mistake.alternatives ?? []).map((text) => offered(text, false)) : [offered(mistake.fixed, true)];
  const { kind, text } = mistake;
  const fixed = mistake.fixed ?? "";
  const reading = mistake.reading ?? "";
  const example = mistake.example ?? "";
  switch (kind) {
    case "time":
      return createDiagnostic("LON1106.time", { text, fixed }, location, { suggestions });
    case "notTime":
      return createDiagnostic("LON1106.notTime", { text }, location, { suggestions });
    case "dayFirst":
      return createDiagnostic("LON1106.dayFirst", { text, fixed }, location, { suggestions });
    case "dayFirstNotDate":
      return createDiagnostic("LON1106.dayFirstNotDate", { text, reading }, location, { suggestions });
    case "shortYear":
      return createDiagnostic("LON1106.shortYear", { text, fixed }, location, { suggestions });
    case "shortYearNotDate":
      return createDiagnostic("LON1106.shortYearNotDate", { text, reading }, location, { suggestions });
    case "monthName":
      return createDiagnostic("LON1106.monthName", { text, fixed }, location, { suggestions });
    case "monthNameNotDate":
      return createDiagnostic("LON1106.monthNameNotDate", { text, reading }, location, { suggestions });
    case "zone":
      return createDiagnostic("LON1106.zone", { text, fixed }, location, { suggestions });
    case "cents":
      return createDiagnostic("LON1106.cents", { text, fixed }, location, { suggestions });
    case "notWholeRupiah":
      return createDiagnostic("LON1106.notWholeRupiah", { text }, location, { suggestions });
    case "rpDot":
      return createDiagnostic("LON1106.rpDot", { text, fixed }, location, { suggestions });
    case "dashCents":
      return createDiagnostic("LON1106.dashCents", { text, fixed }, location, { suggestions });
    case "moneyWord":
      return createDiagnostic("LON1106.moneyWord", { text, fixed }, location, { suggestions });
    case "jamForPukul":
      return createDiagnostic("LON1106.jamForPukul", {}, location, { suggestions });
    case "untilWith":
      return createDiagnostic("LON1106.untilWith", { text }, location, { suggestions });
    case "decimalHours":
      return createDiagnostic("LON1106.decimalHours", { text, fixed }, location, { suggestions });
    case "decimalHoursInexact":
      return createDiagnostic("LON1106.decimalHoursInexact", { text }, location, { suggestions });
    case "yearFirst":
      return createDiagnostic("LON1106.yearFirst", { text, fixed }, location, { suggestions });
    case "yearFirstNotDate":
      return createDiagnostic("LON1106.yearFirstNotDate", { text, reading }, location, { suggestions });
    case "dayRange":
      return createDiagnostic("LON1106.dayRange", { text, example }, location, { suggestions });
    case "dateRange":
      return createDiagnostic("LON1106.dateRange", { text, example }, location, { suggestions });
    case "timeRange":
      return createDiagnostic("LON1106.timeRange", { text, example }, location, { suggestions });
    case "hyphenName":
      return createDiagnostic("LON1106.hyphenName", { text, fixed }, location, { suggestions });
    case "quotedName":
      return createDiagnostic("LON1106.quotedName", { text, fixed }, location, { suggestions });
    case "hourOnly":
      return createDiagnostic("LON1106.hourOnly", { text, fixed }, location, { suggestions });
    case "hourOnlyAmbiguous":
      return createDiagnostic("LON1106.hourOnlyAmbiguous", { text, morning: mistake.alternatives?.[0] ?? "", afternoon: mistake.alternatives?.[1] ?? "" }, location, { suggestions });
    case "numberWord":
      return createDiagnostic("LON1106.numberWord", { text, fixed }, location, { suggestions });
    case "countUnit":
      return createDiagnostic("LON1106.countUnit", { text, fixed }, location, { suggestions });
    case "capitalKeyword":
      return createDiagnostic("LON1106.capitalKeyword", { text, fixed }, location, { suggestions });
    case "capitalSunday":
      return createDiagnostic("LON1106.capitalSunday", { text, fixed }, location, { suggestions });
    case "capitalDayRange":
      return createDiagnostic("LON1106.capitalDayRange", { text, fixed }, location, { suggestions });
    case "spacedValue":
      return createDiagnostic("LON1106.spacedValue", { text, fixed }, location, { suggestions });
    case "wordsFor":
      return createDiagnostic("LON1106.wordsFor", { text, fixed }, location, { suggestions });
    case "dayList":
      return createDiagnostic("LON1106.dayList", { text, example }, location, { suggestions });
    case "dayWord":
      return createDiagnostic("LON1106.dayWord", { text, fixed }, location, { suggestions });
    case "atRange":
      return createDiagnostic("LON1106.atRange", { text, fixed, example }, location, { suggestions });
    case "atUntilDone":
      return createDiagnostic("LON1106.atUntilDone", { text }, location, { suggestions });
    case "yearRange":
      return createDiagnostic("LON1106.yearRange", { text, fixed }, location, { suggestions });
    case "decimalNumber":
      return createDiagnostic("LON1106.decimalNumber", { text }, location, { suggestions });
    case "everyDay":
      return createDiagnostic("LON1106.everyDay", { text, fixed }, location, { suggestions });
  }
}
