/**
 * `nama Dinas Pendidikan Kota`, `judul Kelas Menulis`: the words of a text property written
 * without quotes. A name, a title or a description is a text, and the fix writes the rest of
 * the line in quotes (`nama "Dinas Pendidikan Kota"`). A time zone has its own reading
 * (written-words.ts, unquotedZoneAt).
 */
import type { IToken } from "chevrotain";
import { spanTokens, tokenRange } from "../ast-builder/ranges.js";
import { K, StringLiteral } from "../lexer/tokens.js";
import { PROPERTY_SYNTAX } from "../../language/table.js";
import type { NotationRun } from "./notation.js";
import { writtenText } from "./written-tokens.js";

/** The keyword tokens of the properties whose value is a text (`nama`, `judul`, `keterangan`), but a zone's. */
const TEXT_KEYWORDS: ReadonlySet<string> = new Set(PROPERTY_SYNTAX.filter((p) => p.shape === "text" && p.keyword.token !== "Timezone").map((p) => p.keyword.token));


/** Every property's keyword token. */
const PROPERTY_KEYWORDS: ReadonlySet<string> = new Set(PROPERTY_SYNTAX.map((p) => p.keyword.token));

/** The most tokens read as one unquoted text (a name of a dozen words is long already). */
const MAX_TEXT_TOKENS = 40;

/** Tokens that end an unquoted text, or are not one: a text already in quotes, a brace, a comment's place. */
const NOT_TEXT: ReadonlySet<string> = new Set(["StringLiteral", "SingleQuotedString", "LBrace", "RBrace"]);

/**
 * The unquoted text at token `s`, right after a text property's keyword that starts its line (or follows `{`):
 * the tokens to the end of that line (or a `}` on it), with the text in quotes as the fix.
 *
 * @example unquotedTextAt(tokensOf("nama Dinas Pendidikan"), 1)?.mistake.fixed // "\"Dinas Pendidikan\""
 */
export function unquotedTextAt(tokens: readonly IToken[], s: number): NotationRun | undefined {
  const keyword = tokens[s - 1];
  const first = tokens[s];
  if (keyword === undefined || first === undefined || !TEXT_KEYWORDS.has(keyword.tokenType.name) || NOT_TEXT.has(first.tokenType.name)) return undefined;
  const before = tokens[s - 2];
  // The keyword starts its line, or a one-line body (`mitra pkk { nama PKK Desa }`).
  if (first.startLine !== keyword.startLine || (before !== undefined && (before.endLine ?? before.startLine) === keyword.startLine && before.tokenType.name !== "LBrace")) return undefined;
  return quotedRestOfLine(tokens, s);
}

/**
 * The words from token `s` to the end of its line (or a `}` closing a one-line body), with
 * them in quotes as the fix. Undefined when the line goes on past them, when a gap wider than
 * a space may hold a character the lexer dropped (`kontak: Bu Ani`, which the quoted text
 * would lose), when in a one-line body a property's keyword among them may start the next
 * property (`{ nama PKK Desa  jenis pkk }`; at a line's end it is a word of the text,
 * `Universitas mitra di Kota Langsa`), or when they hold a backslash.
 */
function quotedRestOfLine(tokens: readonly IToken[], s: number): NotationRun | undefined {
  const first = tokens[s];
  if (first === undefined) return undefined;
  let last = s;
  while (last + 1 < tokens.length && last + 1 - s < MAX_TEXT_TOKENS) {
    const next = tokens[last + 1] as IToken;
    if (next.startLine !== first.startLine || NOT_TEXT.has(next.tokenType.name)) break;
    last++;
  }
  const after = tokens[last + 1];
  if (after !== undefined && after.startLine === first.startLine && after.tokenType.name !== "RBrace") return undefined;
  for (let i = s + 1; i <= last; i++) {
    const [a, b] = [tokens[i - 1] as IToken, tokens[i] as IToken];
    if (b.startOffset - (a.startOffset + a.image.length) > 1) return undefined;
  }
  if (after !== undefined && after.startLine === first.startLine) {
    for (let i = s + 1; i <= last; i++) if (PROPERTY_KEYWORDS.has((tokens[i] as IToken).tokenType.name)) return undefined;
  }
  const text = writtenText(tokens, s, last);
  if (text.includes("\\")) return undefined;
  const fixed = `"${text}"`;
  const range = spanTokens(first, tokens[last]) ?? tokenRange(first);
  return { first: s, last, mistake: { kind: "unquotedText", text, fixed, range }, literal: "keyword", token: { type: StringLiteral, image: fixed } };
}

/**
 * `tutup 2027-03-08..2027-03-15 Lebaran`: a closure's reason after its date or dates, not in
 * quotes (a Sleman planner's walk, stop 55: "expected a library property …, found `Lebaran`").
 * At `s`, the first word after the date on a `tutup` / `closed` line that starts its line; the
 * words to the end of the line in quotes are the fix, as for a text property.
 */
export function closureReasonAt(tokens: readonly IToken[], s: number): NotationRun | undefined {
  const [date, first] = [tokens[s - 1], tokens[s]];
  // A word (`Lebaran`, `Renovasi gedung`) right after the last date: not `..` or `,` between dates.
  if (date?.tokenType.name !== "DateLiteral" || first === undefined || first.startLine !== date.startLine || !/^\p{L}/u.test(first.image)) return undefined;
  // `tutup 2027-01-01 sampai Januari 2027`: a span's end, not a reason (the review of stop 57: quoted as one).
  if (first.tokenType === K["Until"] || first.tokenType === K["From"]) return undefined;
  // Back over the dates (`a..b`, `a, b`) to the line's `tutup`.
  let k = s - 1;
  while (k > 0 && tokens[k - 1]?.startLine === date.startLine && ["DateLiteral", "DotDot", "Comma"].includes(tokens[k - 1]?.tokenType.name ?? "")) k--;
  const keyword = tokens[k - 1];
  if (keyword === undefined || keyword.tokenType !== K["Closed"] || keyword.startLine !== date.startLine) return undefined;
  const before = tokens[k - 2];
  if (before !== undefined && (before.endLine ?? before.startLine) === keyword.startLine && before.tokenType.name !== "LBrace") return undefined;
  return quotedRestOfLine(tokens, s);
}
