/**
 * Numbers written in words, as a planner may write a count: `dua`, `dua puluh lima`,
 * `seratus dua puluh`, `lima ratus ribu`, `twenty five`, `three hundred`. Read as a whole
 * phrase, so that `peserta dua puluh` is 20 (not `2` and a stray `puluh`); a phrase that does
 * not read as one number (`puluh dua`, `dua juta`) gives no reading, and the grammar's error stands.
 */
import type { IToken } from "chevrotain";

/** The digits 1 to 9. */
const UNITS: ReadonlyMap<string, number> = new Map([
  ["satu", 1], ["dua", 2], ["tiga", 3], ["empat", 4], ["lima", 5], ["enam", 6], ["tujuh", 7], ["delapan", 8], ["sembilan", 9],
  ["one", 1], ["two", 2], ["three", 3], ["four", 4], ["five", 5], ["six", 6], ["seven", 7], ["eight", 8], ["nine", 9],
]);
/** Words that stand for a number below a thousand on their own (a digit may follow the tens: `twenty five`). */
const WHOLE: ReadonlyMap<string, number> = new Map([
  ["sepuluh", 10], ["sebelas", 11], ["seratus", 100],
  ["ten", 10], ["eleven", 11], ["twelve", 12], ["thirteen", 13], ["fourteen", 14], ["fifteen", 15], ["sixteen", 16], ["seventeen", 17], ["eighteen", 18], ["nineteen", 19],
  ["twenty", 20], ["thirty", 30], ["forty", 40], ["fifty", 50], ["sixty", 60], ["seventy", 70], ["eighty", 80], ["ninety", 90],
]);
/** Words that make a number of the digit before them: `dua belas` 12, `dua puluh` 20, `dua ratus` 200. */
const OF_DIGIT: ReadonlyMap<string, (digit: number) => number> = new Map([
  ["belas", (d: number) => 10 + d],
  ["puluh", (d: number) => 10 * d],
  ["ratus", (d: number) => 100 * d],
  ["hundred", (d: number) => 100 * d],
]);
/** Thousands: `dua ribu`, `seribu`, `two thousand`. */
const THOUSAND: ReadonlySet<string> = new Set(["ribu", "thousand"]);
/** Words past what a count of people or sessions needs: a phrase followed by one is not read. */
const LARGER: ReadonlySet<string> = new Set(["juta", "miliar", "million", "billion"]);
/** The longest phrase read (`sembilan ratus sembilan puluh sembilan ribu …`). */
const MOST_WORDS = 12;

/** A number read from words: its value and the index of its last token. */
export interface NumberWords {
  /** The number. */
  readonly value: number;
  /** Index of the phrase's last token. */
  readonly last: number;
}

/**
 * The number written in words from token `s` on (lower or upper case, on one line), or
 * undefined where token `s` starts none, or the words do not make one number.
 *
 * @example numberWordsAt(tokensOf("peserta dua puluh lima"), 1) // { value: 25, last: 3 }
 */
export function numberWordsAt(tokens: readonly IToken[], s: number): NumberWords | undefined {
  const line = tokens[s]?.startLine;
  let thousands = 0;
  let below = 0;
  let digit: number | undefined;
  let i = s;
  for (; i < tokens.length && i < s + MOST_WORDS; i++) {
    const token = tokens[i];
    if (token === undefined || token.startLine !== line) break;
    const word = token.image.toLowerCase();
    const unit = UNITS.get(word);
    const whole = WHOLE.get(word);
    const ofDigit = OF_DIGIT.get(word);
    if (unit !== undefined || whole !== undefined) {
      // Two numbers side by side (`dua tiga`) end the phrase before the second; a digit may follow tens (`twenty five`), not a digit.
      if (digit !== undefined || (whole !== undefined && below % 100 !== 0) || (unit !== undefined && below % 10 !== 0)) break;
      if (unit !== undefined) digit = unit;
      else below += whole ?? 0;
    } else if (ofDigit !== undefined) {
      if (digit === undefined) return undefined;
      below += ofDigit(digit);
      digit = undefined;
    } else if (THOUSAND.has(word) || word === "seribu") {
      const count = word === "seribu" ? 1 : below + (digit ?? 0);
      if (count === 0 || (word === "seribu" && (digit !== undefined || below > 0)) || thousands > 0) return undefined;
      thousands = count * 1000;
      below = 0;
      digit = undefined;
    } else break;
  }
  if (i === s) return undefined;
  const next = tokens[i]?.image.toLowerCase() ?? "";
  if (LARGER.has(next) || OF_DIGIT.has(next) || THOUSAND.has(next)) return undefined;
  const value = thousands + below + (digit ?? 0);
  return value > 0 ? { value, last: i - 1 } : undefined;
}
