/** Rupiah written another way: `Rp 150.000,00`, `Rp. 150.000`, `Rp 150.000,-`, `Rp 20 juta`, `Rp 1 juta 500 ribu`, `Rp 1,500,000`, `Rp 1 500 000`; and being typed, `Rp 50.0`. */
import type { IToken } from "chevrotain";
import { spanTokens, tokenRange } from "../ast-builder/ranges.js";
import { Minus, Money, NumberLiteral } from "../lexer/tokens.js";
import type { DeclarationKind } from "../ast.js";
import { WORDS } from "../keywords.js";
import type { NotationMistake, NotationRun } from "./notation.js";
import { isDigits, touching, writtenText } from "./written-tokens.js";

/** Rupiah written another way: `,-` after it, words for its thousands, its cents, a dot after `Rp`, an amount being typed (`Rp 50.0`), commas or spaces between its thousands. */
export function moneyAt(tokens: readonly IToken[], s: number): NotationRun | undefined {
  return moneyNegativeAt(tokens, s) ?? moneyDashAt(tokens, s) ?? moneyWordAt(tokens, s) ?? moneyCentsAt(tokens, s) ?? moneyUnfinishedAt(tokens, s) ?? moneySeparatorAt(tokens, s) ?? moneySpacedAt(tokens, s);
}

/**
 * `Rp 60 000 000`: thousands separated by spaces (as some forms and the SI write them). After an
 * amount nothing else is a number, so groups of exactly three digits on its line, each one space
 * after the one before, are its thousands: the fix writes them with dots (`Rp 60.000.000`). A lead
 * of more than three digits, or with dots, more than six groups, and a word for thousands after
 * the last group (`Rp 1 500 juta`) are not read (nothing certain).
 */
function moneySpacedAt(tokens: readonly IToken[], s: number): NotationRun | undefined {
  const a = tokens[s];
  const lead = a?.tokenType === Money ? a.image.replace(/^Rp\s*/, "") : "";
  // A lead of 0 is no thousands group (`Rp 0 500`): nothing certain.
  if (a === undefined || !/^[1-9]\d{0,2}$/.test(lead)) return undefined;
  const isGroupAfter = (i: number): boolean => {
    const [before, group] = [tokens[i - 1], tokens[i]];
    return before !== undefined && group?.tokenType === NumberLiteral && /^\d{3}$/.test(group.image) && group.startLine === a.startLine && group.startOffset === (before.endOffset ?? before.startOffset + before.image.length - 1) + 2;
  };
  let last = s;
  while (last - s < MOST_GROUPS && isGroupAfter(last + 1)) last += 1;
  // No group (`Rp 60`), more groups than any budget has, or a word for thousands after them (`Rp 1 500 juta`): nothing certain.
  if (last === s || isGroupAfter(last + 1) || multiplierOf(tokens[last + 1]) !== undefined) return undefined;
  const amount = BigInt([lead, ...tokens.slice(s + 1, last + 1).map((t) => t.image)].join(""));
  // Past the most an amount written another way is read as (as the other readers): not read as one (a review: the fix wrote an amount LON3011 refused).
  if (amount > MOST_RUPIAH) return undefined;
  const range = spanTokens(a, tokens[last] as IToken) ?? tokenRange(a);
  return { first: s, last, mistake: { kind: "thousandsSpace", text: writtenText(tokens, s, last), fixed: rupiah(amount), range }, literal: "money" };
}

/**
 * `Rp -5.000`, `Rp - 5.000`, `-Rp 5.000`: rupiah with a minus sign. An amount (a cost, a
 * budget, what a party pays) is never below zero; nothing is certain (a sign typed by
 * mistake, or money meant to go the other way), so there is no fix.
 */
function moneyNegativeAt(tokens: readonly IToken[], s: number): NotationRun | undefined {
  const [a, b, c] = [tokens[s], tokens[s + 1], tokens[s + 2]];
  let last = a?.image === "Rp" && b?.tokenType === Minus && c?.tokenType === NumberLiteral ? s + 2 : a?.tokenType === Minus && b?.tokenType === Money && touching(a, b) ? s + 1 : undefined;
  if (last === undefined || a === undefined) return undefined;
  // What the amount has after it (`,-`, `,00`, `,000` of `Rp -5,000`) is the amount's too: left out, another reader took it with
  // this run's placeholder for an amount, and offered `Rp 0` as a certain fix (a review).
  for (let more = 0; more < MOST_GROUPS && isSeparator(tokens[last + 1]) && touching(tokens[last], tokens[last + 1]) && isAmountPart(tokens[last + 2]) && touching(tokens[last + 1], tokens[last + 2]); more++) last += 2;
  const range = spanTokens(a, tokens[last] as IToken) ?? tokenRange(a);
  return { first: s, last, mistake: { kind: "negativeMoney", text: writtenText(tokens, s, last), range }, literal: "money" };
}

/** What may touch an amount being typed on its right: it ends a list or a declaration. */
const MAY_FOLLOW_AMOUNT: ReadonlySet<string> = new Set(["Comma", "RBrace"]);

/**
 * `Rp 50.0`, `Rp 50.`, `Rp 50.00`, `Rp 1.5`, `Rp 50.000.0`: rupiah and a dot with fewer than three
 * digits after it and no word for thousands (`Rp 1.5 juta` is {@link moneyWordAt}'s): most often
 * an amount being typed (`Rp 50.000`), else a decimal point (whole rupiah have none). Nothing is
 * certain (no fix); the message's example is the amount with its last group of three digits.
 */
function moneyUnfinishedAt(tokens: readonly IToken[], s: number): NotationRun | undefined {
  const [a, dot, digits] = [tokens[s], tokens[s + 1], tokens[s + 2]];
  if (a?.tokenType !== Money || dot?.tokenType.name !== "Dot" || !touching(a, dot)) return undefined;
  const part = isDigits(digits) && touching(dot, digits) ? digits : undefined;
  if (part !== undefined && part.image.length > 2) return undefined;
  const last = part === undefined ? s + 1 : s + 2;
  const after = tokens[last + 1];
  if (after !== undefined && touching(tokens[last], after) && !MAY_FOLLOW_AMOUNT.has(after.tokenType.name)) return undefined;
  const example = `${a.image.replace(/^Rp\s*/, "Rp ")}.${(part?.image ?? "").padEnd(3, "0")}`;
  const range = spanTokens(a, tokens[last] as IToken) ?? tokenRange(a);
  return { first: s, last, mistake: { kind: "unfinishedMoney", text: writtenText(tokens, s, last), example, range }, literal: "money" };
}

/** A comma or a dot between the parts of an amount. */
const isSeparator = (t: IToken | undefined): boolean => t?.tokenType.name === "Comma" || t?.tokenType.name === "Dot";
/** What may follow a separator in an amount: digits, or the `-` of `,-`. */
const isAmountPart = (t: IToken | undefined): boolean => t?.tokenType === NumberLiteral || t?.tokenType === Minus;

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
const MONEY_WORDS: ReadonlyMap<string, bigint> = new Map([["ribu", 1_000n], ["rb", 1_000n], ["juta", 1_000_000n], ["jt", 1_000_000n], ["miliar", 1_000_000_000n], ["milyar", 1_000_000_000n], ["thousand", 1_000n], ["million", 1_000_000n], ["billion", 1_000_000_000n]]);
/** The most rupiah an amount written another way is read as (a larger one is no budget: no fix). */
const MOST_RUPIAH = 1_000_000_000_000_000n;
/** The most characters of digits (and dots) read in one number of an amount: past it, no amount is read (a pasted run of digits is not one). */
const MOST_DIGITS = 32;
/** The most groups of thousands after commas read in one amount (`Rp 1,000,000,000,000,000` has five). */
const MOST_GROUPS = 6;

/** An amount as read: `units / 10^places` rupiah (`1,5` is 15 / 10^1). */
interface Amount {
  readonly units: bigint;
  readonly places: number;
}

/** The readings of an amount of rupiah written from a `Rp` token, and its last token. */
interface WrittenAmount {
  /** Each way the writing may be read (two when a separator may be a decimal comma or a thousands separator), in rupiah. */
  readonly readings: readonly Amount[];
  readonly last: number;
  /** Whether it is written as English writes numbers: commas between thousands, or a decimal point. */
  readonly english: boolean;
  /** Whether its words for thousands are out of order (`Rp 2 juta 1500 ribu`): then it has no reading. */
  readonly unordered?: boolean;
}

/** The multiplier of a word written after an amount (`juta`, `rb`, `million`), if it is one. */
/** `M`, a capital alone, is how budgets shorten miliar (`Rp 1,5 M`); a small `m` is not read (a metre, a minute). */
const multiplierOf = (t: IToken | undefined): bigint | undefined => (t === undefined ? undefined : t.image === "M" ? 1_000_000_000n : MONEY_WORDS.get(t.image.toLowerCase()));

/** The digits of token `i` read as a fraction after a separator that touches both it and the token before: `units / 10^places`. */
function fractionAt(tokens: readonly IToken[], i: number, whole: bigint): Amount | undefined {
  const [separator, part] = [tokens[i], tokens[i + 1]];
  if (!touching(tokens[i - 1], separator) || !touching(separator, part) || !isDigits(part) || part.image.length > MOST_DIGITS) return undefined;
  return { units: whole * 10n ** BigInt(part.image.length) + BigInt(part.image), places: part.image.length };
}

/**
 * The amount written from the `Rp` token at `s`, before any word for its thousands: `Rp 1`,
 * `Rp 1,5` (a decimal comma, as Indonesia writes it), `Rp 1.5` (a decimal point: one or two
 * digits after a dot are no thousands), `Rp 1,500,000` and `Rp 1,500,000.00` (thousands separated
 * by commas, as English writes them), and `Rp 1,500`, which may be either (one comma, three digits).
 */
function leadAt(tokens: readonly IToken[], s: number): WrittenAmount | undefined {
  const a = tokens[s];
  if (a?.tokenType !== Money) return undefined;
  const digits = a.image.replace(/^Rp\s*/, "");
  if (digits.length > MOST_DIGITS) return undefined;
  const whole = BigInt(digits.replace(/\./g, ""));
  const separator = tokens[s + 1]?.tokenType.name;
  const decimal = separator === "Comma" || separator === "Dot" ? fractionAt(tokens, s + 1, whole) : undefined;
  if (decimal === undefined) return { readings: [{ units: whole, places: 0 }], last: s, english: false };
  // `Rp 1.5 juta`: a dot and one or two digits is a decimal point (three would be thousands, read in the `Rp` token).
  if (separator === "Dot") return digits.includes(".") || decimal.places === 3 ? { readings: [{ units: whole, places: 0 }], last: s, english: false } : { readings: [decimal], last: s + 2, english: true };
  // Thousands written with commas: a lead of at most three digits (no dots), then groups of three.
  const groups = digits.length <= 3 ? commaGroups(tokens, s + 1) : 0;
  if (groups > MOST_GROUPS) return undefined;
  if (groups === 0) return { readings: [decimal], last: s + 2, english: false };
  let thousands = whole;
  for (let g = 0; g < groups; g++) thousands = thousands * 1000n + BigInt(tokens[s + 2 + 2 * g]?.image ?? "0");
  const end = s + 2 * groups;
  // `Rp 1,500,000.00`: English cents after English thousands.
  const cents = tokens[end + 1]?.tokenType.name === "Dot" && (tokens[end + 2]?.image.length ?? 0) <= 2 ? fractionAt(tokens, end + 1, thousands) : undefined;
  if (cents !== undefined) return { readings: [cents], last: end + 2, english: true };
  return { readings: groups === 1 ? [decimal, { units: thousands, places: 0 }] : [{ units: thousands, places: 0 }], last: end, english: true };
}

/** How many groups of `,` and three digits, each touching the one before, start at token `i` (counted up to one past {@link MOST_GROUPS}). */
function commaGroups(tokens: readonly IToken[], i: number): number {
  let groups = 0;
  for (let j = i; groups <= MOST_GROUPS && tokens[j]?.tokenType.name === "Comma" && touching(tokens[j - 1], tokens[j]) && touching(tokens[j], tokens[j + 1]) && isDigits(tokens[j + 1]) && tokens[j + 1]?.image.length === 3; j += 2) groups++;
  return groups;
}

/**
 * The amount written from token `s` with words for its thousands, as speech says it: `Rp 20 juta`,
 * `Rp 1,5 juta`, `Rp 1.5 juta`, `Rp 1 juta 500 ribu` (each word smaller than the one before, and
 * each part less than it). A bare number after the last word (`Rp 1 juta 500`) may count rupiah
 * (1.000.500) or, as speech shortens it, thousands of the word before (1.500.000): both readings.
 * Words out of that order (`Rp 2 juta 1500 ribu`) give no reading.
 */
function spokenAmountAt(tokens: readonly IToken[], s: number): WrittenAmount | undefined {
  const lead = leadAt(tokens, s);
  const first = multiplierOf(tokens[(lead?.last ?? s) + 1]);
  if (lead === undefined || first === undefined) return undefined;
  const line = tokens[s]?.startLine;
  let readings = lead.readings.map((r) => ({ units: r.units * first, places: r.places }));
  let [last, unit] = [lead.last + 1, first];
  for (;;) {
    const [number, word] = [tokens[last + 1], tokens[last + 2]];
    if (number?.tokenType !== NumberLiteral || number.startLine !== line || number.image.length > MOST_DIGITS) break;
    const n = BigInt(number.image.replace(/\./g, ""));
    const next = multiplierOf(word);
    if (next !== undefined && next < unit && n * next < unit) {
      readings = readings.map((r) => ({ units: r.units + n * next * 10n ** BigInt(r.places), places: r.places }));
      [last, unit] = [last + 2, next];
      continue;
    }
    // `Rp 2 juta 1500 ribu`, `Rp 500 ribu 2 juta`: not from the largest down, so no one amount is certain.
    if (next !== undefined || n >= unit) return { readings: [], last: last + (next === undefined ? 1 : 2), english: lead.english, unordered: true };
    // `Rp 1 juta 500`: 500 rupiah, or 500 thousand (`sejuta lima ratus`); one reading when it has four digits or more.
    const counts = n < 1000n ? [n, (n * unit) / 1000n] : [n];
    readings = readings.flatMap((r) => counts.map((c) => ({ units: r.units + c * 10n ** BigInt(r.places), places: r.places })));
    last += 1;
    break;
  }
  return { readings, last, english: lead.english };
}

/** `Rp 1.500.000`: whole rupiah written as Lontar writes them, dots between thousands. */
const rupiah = (amount: bigint): string => `Rp ${amount.toString().replace(/\B(?=(\d{3})+(?!\d))/g, ".")}`;

/**
 * The mistake of an amount written from token `s` to `last` that reads as `readings`: with the
 * fix `fixed` of `kind` when it reads as one whole number of rupiah; with each reading offered,
 * none preferred, when it may be read several ways; with no fix when it is no whole rupiah, or
 * its words are out of order.
 */
function amountMistake(tokens: readonly IToken[], s: number, { readings, last, unordered }: WrittenAmount, kind: "moneyWord" | "thousandsComma"): NotationRun {
  const text = writtenText(tokens, s, last);
  const range = spanTokens(tokens[s] as IToken, tokens[last] as IToken) ?? tokenRange(tokens[s] as IToken);
  const whole = [...new Set(readings.filter((r) => r.units % 10n ** BigInt(r.places) === 0n).map((r) => r.units / 10n ** BigInt(r.places)).filter((r) => r <= MOST_RUPIAH))].map(rupiah);
  const [only] = whole;
  const mistake: NotationMistake =
    unordered === true ? { kind: "moneyWordOrder", text, range }
    : only === undefined ? { kind: "notWholeRupiah", text, range }
    : whole.length === 1 ? { kind, text, fixed: only, range }
    : { kind: "moneyAmbiguous", text, alternatives: whole, range };
  return { first: s, last, mistake, literal: "money" };
}

/** `Rp 20 juta`, `Rp 1,5 juta`, `Rp 1.5 juta`, `Rp 1 juta 500 ribu`: rupiah with words for its thousands; Lontar writes every digit (`Rp 20.000.000`). */
function moneyWordAt(tokens: readonly IToken[], s: number): NotationRun | undefined {
  const amount = spokenAmountAt(tokens, s);
  return amount === undefined ? undefined : amountMistake(tokens, s, amount, "moneyWord");
}

/**
 * `Rp 1,500,000`, `Rp 2,500`: thousands separated by commas, as English (and a spreadsheet set
 * to it) writes them; Lontar writes dots (`Rp 1.500.000`), a comma being a decimal comma in
 * Indonesia. (`Rp 1.5`, a dot with no word after it, is {@link moneyUnfinishedAt}'s.)
 */
function moneySeparatorAt(tokens: readonly IToken[], s: number): NotationRun | undefined {
  const lead = leadAt(tokens, s);
  return lead === undefined || !lead.english ? undefined : amountMistake(tokens, s, lead, "thousandsComma");
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

/** Keywords an amount of rupiah follows, in both languages, by the declaration that takes them: a budget's `amount` and `cap`, a program's `costs`. */
const MONEY_KEYWORDS: Readonly<Partial<Record<DeclarationKind, ReadonlySet<string>>>> = {
  budget: new Set(["amount", "jumlah", "cap", "batas"]),
  program: new Set(["costs", "biaya"]),
  // `mitra membayar 2 juta untuk lomba`: what a party pays.
  agreement: new Set([...WORDS].filter(([, meaning]) => meaning.token === "Pays").map(([word]) => word)),
};
/** The most tokens an amount written another way takes (`1,000,000,000,000,000 juta` with its words). */
const MOST_AMOUNT_TOKENS = 16;

/**
 * `jumlah 2.500.000`, `biaya 2,5 juta per sesi`, `jumlah 1.500.000 rupiah`: an amount after a
 * money keyword of the declaration (`kind`) with no `Rp` before it (the word `rupiah` after it goes too). Read as if `Rp` were written: its Lontar spelling (`Rp 2.500.000`) is the fix, or,
 * where the amount itself is written another way and has no single reading, that mistake's
 * readings (no fix).
 */
export function moneyWithoutRpAt(tokens: readonly IToken[], s: number, kind: DeclarationKind | undefined): NotationRun | undefined {
  const [before, number] = [tokens[s - 1], tokens[s]];
  if (before === undefined || number?.tokenType !== NumberLiteral || kind === undefined || MONEY_KEYWORDS[kind]?.has(before.image) !== true) return undefined;
  // The amount's tokens with `Rp` written before the number (its place in the text kept).
  const local = tokens.slice(s, s + MOST_AMOUNT_TOKENS);
  local[0] = { ...number, image: `Rp ${number.image}`, tokenType: Money, tokenTypeIdx: Money.tokenTypeIdx ?? number.tokenTypeIdx };
  const inner = moneyAt(local, 0);
  const amountEnd = s + (inner?.last ?? 0);
  // `jumlah 1.500.000 rupiah`: the currency's word after the amount is what `Rp` says (the fix writes it once).
  const word = tokens[amountEnd + 1];
  const last = word !== undefined && word.startLine === number.startLine && word.image.toLowerCase() === "rupiah" ? amountEnd + 1 : amountEnd;
  const text = writtenText(tokens, s, last);
  const range = spanTokens(number, tokens[last]) ?? tokenRange(number);
  if (inner !== undefined && inner.mistake.fixed === undefined) return { first: s, last, mistake: { ...inner.mistake, text, range }, literal: "money" };
  // The amount as Lontar writes rupiah (`5000`: `Rp 5.000`); a pasted run of digits is no amount, as for `Rp` (MOST_DIGITS).
  const digits = number.image.replace(/\./g, "");
  const fixed = inner?.mistake.fixed ?? (digits.length <= MOST_DIGITS ? rupiah(BigInt(digits)) : undefined);
  return fixed === undefined ? undefined : { first: s, last, mistake: { kind: "noRupiah", text, fixed, range }, literal: "money" };
}
