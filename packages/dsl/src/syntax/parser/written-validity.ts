/**
 * An agreement's validity written another way: `berlaku mulai 2027-01-01 sampai 2027-12-31`,
 * `berlaku selama 1 tahun`, `berlaku kepada perpusnas`. An agreement's `berlaku` (`valid`) is
 * the range of dates it is in force, `berlaku 2027-01-01..2027-12-31`; `berlaku untuk` is a
 * KPI's (whom it applies to), not an agreement's.
 */
import type { IToken } from "chevrotain";
import { spanTokens, tokenRange } from "../ast-builder/ranges.js";
import type { DeclarationKind } from "../ast.js";
import { propertySpec } from "../../language/table.js";
import { DateLiteral, DotDot, K, NumberLiteral } from "../lexer/tokens.js";
import type { NotationMistake, NotationRun } from "./notation.js";
import { dateAt, monthDateAt } from "./written-dates.js";
import { joinLength } from "./written-ranges.js";
import { isNameWord, writtenText } from "./written-tokens.js";

/** Words for "from" before a validity's first day that are no keyword (`sejak`, `since`), lower case; `mulai`, `dari`, `from` are `From`'s. */
const SINCE_WORDS: ReadonlySet<string> = new Set(["sejak", "since"]);
/** The units a validity's length may be written in (`selama 1 tahun`, `for 6 months`): the period keywords. */
const LENGTH_UNITS: ReadonlySet<string> = new Set(["DayUnit", "WeekUnit", "Minggu", "MonthUnit", "YearUnit"]);
/** What the message shows a validity as, after the keyword written. */
const EXAMPLE_DATES = "2026-01-01..2026-12-31";
/** At most this many names are read after `kepada` / `to` (a list of parties; more is the grammar's to read). */
const MOST_PARTIES = 16;

/**
 * Whether declarations of `kind` take a validity of dates (`valid`), and not whom they apply to
 * (`applies to`, which a KPI writes `berlaku untuk`): an agreement. False where `kind` is not known.
 */
export function takesValidDates(kind: DeclarationKind | undefined): boolean {
  return kind !== undefined && propertySpec(kind, "valid") !== undefined && propertySpec(kind, "appliesTo") === undefined;
}

/**
 * The validity written another way from token `s`, right after an agreement's `berlaku` /
 * `valid` (in a declaration of `kind`): its dates from one to the other (`mulai 2027-01-01 sampai
 * 2027-12-31`, `from … to …`), whose fix is the range `2027-01-01..2027-12-31` when both dates are
 * certain; its length (`selama 1 tahun`) or the parties (`kepada perpusnas`), with no fix, the
 * message showing the form. Undefined elsewhere.
 */
export function validityAt(tokens: readonly IToken[], s: number, kind?: DeclarationKind): NotationRun | undefined {
  const keyword = tokens[s - 1];
  if (keyword === undefined || keyword.tokenType !== K["Valid"] || !takesValidDates(kind)) return undefined;
  return validityFromUntilAt(tokens, s) ?? validityOtherwiseAt(tokens, s, keyword.image);
}

/** A date from token `i`, as Lontar writes it (`2027-01-01`) or another way (`01-01-2027`, `1 Januari 2027`): its last token, and its ISO spelling when certain. */
function dateFrom(tokens: readonly IToken[], i: number): { readonly last: number; readonly iso?: string } | undefined {
  const t = tokens[i];
  if (t?.tokenType === DateLiteral) return { last: i, iso: t.image };
  const written = dateAt(tokens, i) ?? monthDateAt(tokens, i);
  if (written === undefined) return undefined;
  return { last: written.last, ...(written.mistake.fixed === undefined ? {} : { iso: written.mistake.fixed }) };
}

/**
 * `mulai 2027-01-01 sampai 2027-12-31`, `dari 01-01-2027 s.d. 31-12-2027`, `sejak … hingga …`,
 * `from 2027-01-01 to 2027-12-31`, `mulai 2027-01-01..2027-12-31`: the dates from the first day
 * to the last, the fix `2027-01-01..2027-12-31` (each date written another way mended in it).
 */
function validityFromUntilAt(tokens: readonly IToken[], s: number): NotationRun | undefined {
  const since = tokens[s];
  if (since === undefined || (since.tokenType !== K["From"] && !SINCE_WORDS.has(since.image.toLowerCase()))) return undefined;
  const from = dateFrom(tokens, s + 1);
  if (from === undefined) return undefined;
  const join = tokens[from.last + 1]?.tokenType === DotDot ? 1 : joinLength(tokens, from.last + 1);
  const to = join === 0 ? undefined : dateFrom(tokens, from.last + 1 + join);
  const last = to?.last ?? from.last;
  const text = writtenText(tokens, s, last);
  const range = spanTokens(since, tokens[last] as IToken) ?? tokenRange(since);
  const fixed = from.iso === undefined || to?.iso === undefined ? undefined : `${from.iso}..${to.iso}`;
  const mistake: NotationMistake = fixed === undefined ? { kind: "validityNotDates", text, example: `${tokens[s - 1]?.image ?? "berlaku"} ${EXAMPLE_DATES}`, range } : { kind: "validityRange", text, fixed, range };
  return { first: s, last, mistake, literal: "date", ...datesPutBack(fixed) };
}

/**
 * `selama 1 tahun`, `for 6 months` (its length), `kepada perpusnas`, `untuk p, perpusnas`, `to
 * disdik` (the parties, as a KPI's `berlaku untuk` names whom it applies to): no range of dates,
 * no fix; the message shows a validity, `{keyword} 2026-01-01..2026-12-31`.
 */
function validityOtherwiseAt(tokens: readonly IToken[], s: number, keyword: string): NotationRun | undefined {
  const word = tokens[s];
  if (word === undefined || (word.tokenType !== K["For"] && word.tokenType !== K["To"])) return undefined;
  const length = tokens[s + 1]?.tokenType === NumberLiteral && LENGTH_UNITS.has(tokens[s + 2]?.tokenType.name ?? "") ? s + 2 : undefined;
  const last = length ?? lastParty(tokens, s + 1);
  if (last === undefined) return undefined;
  const range = spanTokens(word, tokens[last] as IToken) ?? tokenRange(word);
  const kind = length === undefined ? "validityParties" : "validityNotDates";
  const mistake: NotationMistake = { kind, text: writtenText(tokens, s, last), example: `${keyword} ${EXAMPLE_DATES}`, range };
  return { first: s, last, mistake, literal: "date", ...datesPutBack(undefined) };
}

/** The last token of a list of names from token `i` on its line (`perpusnas`, `p, perpusnas`); undefined when no name stands there. */
function lastParty(tokens: readonly IToken[], i: number): number | undefined {
  const line = tokens[i]?.startLine;
  if (!isNameWord(tokens[i])) return undefined;
  let last = i;
  for (let n = 1; n < MOST_PARTIES && tokens[last + 1]?.tokenType.name === "Comma" && isNameWord(tokens[last + 2]) && tokens[last + 2]?.startLine === line; n++) last += 2;
  return last;
}

/** The tokens a validity is put back as: the range `fixed` (`2027-01-01..2027-12-31`), or any range when nothing is certain. */
function datesPutBack(fixed: string | undefined): Pick<NotationRun, "token" | "then"> {
  const [from = "2000-01-01", to = from] = fixed?.split("..") ?? [];
  return { token: { type: DateLiteral, image: from }, then: [{ type: DotDot, image: ".." }, { type: DateLiteral, image: to }] };
}
