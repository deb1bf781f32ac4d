/** Rupiah written another way: `Rp 150.000,00`, `Rp. 150.000`, `Rp 150.000,-`, `Rp 20 juta`. */
import type { IToken } from "chevrotain";
import { spanTokens, tokenRange } from "../ast-builder/ranges.js";
import { Minus, Money, NumberLiteral } from "../lexer/tokens.js";
import type { NotationMistake, NotationRun } from "./notation.js";
import { isDigits, touching, writtenText } from "./written-tokens.js";

/** Rupiah written another way: `,-` after it, a word for its thousands, its cents, a dot after `Rp`. */
export function moneyAt(tokens: readonly IToken[], s: number): NotationRun | undefined {
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
