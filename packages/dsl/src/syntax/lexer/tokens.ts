/**
 * Chevrotain token types. Words lex as `Identifier` and are then re-typed to their keyword
 * token by exact lookup in the bilingual table (see `lexer.ts`), so a keyword never
 * swallows the start of a longer name (`program_kelas` is one identifier) and every
 * keyword is also accepted where a name is expected (all keywords are in the `Name` category).
 */
import { createToken, Lexer, type CustomPatternMatcherFunc, type TokenType } from "chevrotain";
import { KEYWORDS } from "../keywords.js";

/** How a name is written: a letter a-z (either case) or `_`, then letters, digits 0-9 and `_`; the one spelling of the lexer's words and of every check that a text is a name. */
export const NAME_SOURCE = "[A-Za-z_][A-Za-z0-9_]*";
const WHOLE_NAME = new RegExp(`^${NAME_SOURCE}$`);

/** Whether `text` is written as a name is (`dispusip_solok`, not `bumdes_ñoñó`, `2a` or ``). */
export function isNameText(text: string): boolean {
  return WHOLE_NAME.test(text);
}

/** Category matched by every word: identifiers and keywords alike. */
export const Name = createToken({ name: "Name", pattern: Lexer.NA });
/** A plain word that is not a keyword: `dispusip_solok`. */
export const Identifier = createToken({ name: "Identifier", pattern: new RegExp(NAME_SOURCE), categories: [Name] });

/** Category of Indonesian `minggu` and of weekday names. */
export const AnyWeekday = createToken({ name: "AnyWeekday", pattern: Lexer.NA });
/** Category of week-unit words (`week`, `pekan`, `minggu`). */
export const AnyWeekUnit = createToken({ name: "AnyWeekUnit", pattern: Lexer.NA });
/** Category of period words usable after `per`. */
export const AnyPeriod = createToken({ name: "AnyPeriod", pattern: Lexer.NA });
/** Category of resource kinds usable in `needs`. */
export const AnyResourceKind = createToken({ name: "AnyResourceKind", pattern: Lexer.NA });

const kw = (name: string, categories: TokenType[] = []): TokenType => createToken({ name, pattern: Lexer.NA, categories: [Name, ...categories] });

/** Weekday names other than `minggu`. */
export const WeekdayName = kw("WeekdayName", [AnyWeekday]);
/** `minggu`: Sunday or week. */
export const Minggu = kw("Minggu", [AnyWeekday, AnyWeekUnit, AnyPeriod]);
/** Month names. */
export const MonthName = kw("MonthName");
/** Ordinals: first..fifth, last. */
export const Ordinal = kw("Ordinal");

const categoriesOf: Record<string, TokenType[]> = {
  DayUnit: [AnyPeriod],
  WeekUnit: [AnyWeekUnit, AnyPeriod],
  MonthUnit: [AnyPeriod],
  YearUnit: [AnyPeriod],
  Quarter: [AnyPeriod],
  Semester: [AnyPeriod],
  Room: [AnyResourceKind],
  Vehicle: [AnyResourceKind],
  Staff: [AnyResourceKind],
  Volunteer: [AnyResourceKind],
  Collection: [AnyResourceKind],
  Equipment: [AnyResourceKind],
};

/** Keyword token types by name (from the table in `keywords.ts`). */
export const K: Readonly<Record<string, TokenType>> = Object.fromEntries([
  ...KEYWORDS.map((k) => [k.token, kw(k.token, categoriesOf[k.token] ?? [])] as const),
  ["WeekdayName", WeekdayName],
  ["Minggu", Minggu],
  ["MonthName", MonthName],
  ["Ordinal", Ordinal],
]);

/** A keyword token by name; throws on a typo (a programmer error caught by any test). */
export function keyword(name: string): TokenType {
  const t = K[name];
  if (t === undefined) throw new Error(`no keyword token ${name}`);
  return t;
}

/** Whitespace, newlines included: newlines are insignificant. */
export const WhiteSpace = createToken({ name: "WhiteSpace", pattern: /[ \t\r\n\f\v\uFEFF\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]+/, group: Lexer.SKIPPED, line_breaks: true });
/** `/// doc` comment, kept for the declaration that follows. */
export const DocComment = createToken({ name: "DocComment", pattern: /\/\/\/(?!\/)[^\r\n]*/, group: "comments" });
/** `// comment`. */
export const LineComment = createToken({ name: "LineComment", pattern: /\/\/[^\r\n]*/, group: "comments" });
/**
 * `#` to the end of its line where it starts a comment: followed by a space, another `#` or the
 * line's end, or first on its line (`#TODO …`); a `#` after text and before a word (`#40`)
 * stays a character out of place.
 */
const matchHashComment: CustomPatternMatcherFunc = (text, offset) => {
  if (text.charCodeAt(offset) !== 35) return null;
  const next = text.charCodeAt(offset + 1);
  let starts = Number.isNaN(next) || next === 32 || next === 9 || next === 10 || next === 13 || next === 35;
  for (let k = offset - 1; !starts; k--) {
    const before = text.charCodeAt(k);
    if (k < 0 || before === 10 || before === 13) starts = true;
    else if (before !== 32 && before !== 9) break;
  }
  if (!starts) return null;
  let end = offset + 1;
  while (end < text.length && text.charCodeAt(end) !== 10 && text.charCodeAt(end) !== 13) end++;
  return [text.slice(offset, end)];
};
/**
 * `# comment`: another language's comment (see {@link matchHashComment}). Lexed as a comment so
 * the line costs one error, not one per word (parse.ts reports it as LON1001 with `//` as its fix).
 */
export const HashComment = createToken({ name: "HashComment", pattern: matchHashComment, start_chars_hint: ["#"], line_breaks: false, group: "comments" });
/** Where the last text scanned for `*\/` has none left: from this offset on (see {@link matchBlockComment}). */
let noCloseAfter: { text: string; from: number } | undefined;

/**
 * `/*` to its `*\/`, over any number of lines; when no `*\/` follows anywhere, to the end of
 * its line (the rest of the file is read on). A text with no `*\/` left is remembered, so a
 * file of many unclosed `/*` is read in one pass. A block with blocks inside (`/* lama: /*
 * catatan *\/ *\/`, a block commented out with its comment) ends where its own `/*` is closed,
 * when that is within {@link NESTED_REACH} characters of the first `*\/`; else at the first, as C reads it.
 */
const matchBlockComment: CustomPatternMatcherFunc = (text, offset) => {
  if (text.charCodeAt(offset) !== 47 || text.charCodeAt(offset + 1) !== 42) return null;
  const known = noCloseAfter !== undefined && noCloseAfter.text === text && noCloseAfter.from <= offset;
  const first = known ? -1 : text.indexOf("*/", offset + 2);
  const close = first < 0 ? first : nestedClose(text, offset, first);
  let end = close + 2;
  if (close < 0) {
    if (!known) noCloseAfter = { text, from: offset };
    end = offset + 2;
    while (end < text.length && text.charCodeAt(end) !== 10 && text.charCodeAt(end) !== 13) end++;
  }
  return [text.slice(offset, end)];
};
/** How far past a block's first `*\/` the `*\/` closing its own `/*` is looked for (a bound on the work per block). */
const NESTED_REACH = 2000;

/**
 * Where the `*\/` closing the `/*` at `offset` is, counting the blocks opened inside it, given
 * its first `*\/` at `first`: `first` itself when no `/*` stands before it, or when the count
 * does not come back to zero within {@link NESTED_REACH} characters past it.
 */
function nestedClose(text: string, offset: number, first: number): number {
  const inner = text.indexOf("/*", offset + 2);
  if (inner < 0 || inner >= first) return first;
  const limit = Math.min(text.length, first + NESTED_REACH);
  let depth = 1;
  for (let at = offset + 2; at < limit - 1; at++) {
    const c = text.charCodeAt(at);
    if (c === 47 && text.charCodeAt(at + 1) === 42) {
      depth++;
      at++;
    } else if (c === 42 && text.charCodeAt(at + 1) === 47) {
      depth--;
      if (depth === 0) return at;
      at++;
    }
  }
  return first;
}

/**
 * `/* comment *\/`: another language's comment (see {@link matchBlockComment} for where it
 * ends). Reported like {@link HashComment}.
 */
export const BlockComment = createToken({ name: "BlockComment", pattern: matchBlockComment, start_chars_hint: ["/"], line_breaks: true, group: "comments" });

const REGEX_BODY = /\/((?:[^/\\\r\n[]|\\[^\r\n]|\[(?:[^\]\\\r\n]|\\[^\r\n])*\])+)\/([a-z]*)/y;
/** A regex literal is only a regex right after `=~`; elsewhere `/` is a separator. */
const matchRegex: CustomPatternMatcherFunc = (text, offset, tokens) => {
  const last = tokens[tokens.length - 1];
  if (last === undefined || last.tokenType !== MatchOp) return null;
  REGEX_BODY.lastIndex = offset;
  return REGEX_BODY.exec(text);
};
/** `/pattern/flags` after `=~`. */
export const RegexLiteral = createToken({ name: "RegexLiteral", pattern: matchRegex, start_chars_hint: ["/"], line_breaks: false });

/** `"text"` with `\"`, `\\`, `\n`, `\t` escapes; one line. */
export const StringLiteral = createToken({ name: "StringLiteral", pattern: /"(?:[^"\\\r\n]|\\[^\r\n])*"/ });
/**
 * `“text”`: a string in the curly quotes a word processor or a phone types (`“…”`, `‟…”`,
 * German-style `„…“` or `„…”`, or closed by a straight `"`; or opened by a straight `"` and
 * closed by a curly `”`, as a word processor leaves a quote typed over), with no curly quote inside. Read
 * as the string it stands for, and reported as LON1008 with the straight quotes as its fix.
 */
export const TypographicString = createToken({
  name: "TypographicString",
  pattern: /[\u201C\u201F](?:[^"\u201C\u201D\\\r\n]|\\[^\r\n])*["\u201D]|\u201E(?:[^"\u201C\u201D\\\r\n]|\\[^\r\n])*["\u201C\u201D]|"(?:[^"\u201C\u201D\\\r\n]|\\[^\r\n])*\u201D/,
});
/**
 * `'text'`: a text in single quotes, on one line, as other languages write strings. No rule
 * takes it: where a text stands it is read as `"text"`, where a name stands as the name (LON1106,
 * with that as its fix; see written-words.ts).
 */
export const SingleQuotedString = createToken({ name: "SingleQuotedString", pattern: /'[^'\r\n]*'/ });
/** A string missing its closing quote (reported as LON1002). */
export const UnterminatedString = createToken({ name: "UnterminatedString", pattern: /"(?:[^"\\\r\n]|\\[^\r\n])*/ });
/** `Rp 150.000.000`: rupiah with dots as thousands separators. */
export const Money = createToken({ name: "Money", pattern: /Rp[ \t]*\d+(?:\.\d{3})*/ });
/** `2019-01-01T10:00`. */
export const DateTimeLiteral = createToken({ name: "DateTimeLiteral", pattern: /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2})?/ });
/** `2019-01-01`. */
export const DateLiteral = createToken({ name: "DateLiteral", pattern: /\d{4}-\d{2}-\d{2}/ });
/** `09:00`. */
export const TimeLiteral = createToken({ name: "TimeLiteral", pattern: /\d{1,2}:\d{2}/ });
/**
 * `09:`, `09:0`: a time being typed, its minutes not written yet. No pattern of the lexer's
 * makes it (`:` is no token): parse.ts puts it in the place of the hour and the `:` the lexer
 * could not read, so that the time is one LON1106 ("an unfinished time") rather than an
 * unexpected `:` and an hour with no minutes (see written-unfinished.ts).
 */
export const UnfinishedTime = createToken({ name: "UnfinishedTime", pattern: Lexer.NA });
/** `2h`, `90m`, `1h30m`. */
export const CompactDuration = createToken({ name: "CompactDuration", pattern: /\d+h\d+m(?![A-Za-z0-9_])|\d+[hm](?![A-Za-z0-9_])/ });
/** `20`, `1.000` (dots are thousands separators). */
export const NumberLiteral = createToken({ name: "NumberLiteral", pattern: /\d+(?:\.\d{3})*(?!\d)/ });

/** `..` between the ends of a range. */
export const DotDot = createToken({ name: "DotDot", pattern: /\.\./ });
/** `.` in dotted fact names. */
export const Dot = createToken({ name: "Dot", pattern: /\./ });
/** `,` between list items. */
export const Comma = createToken({ name: "Comma", pattern: /,/ });
/** `{` opening a declaration's body. */
export const LBrace = createToken({ name: "LBrace", pattern: /\{/ });
/** `}` closing a declaration's body. */
export const RBrace = createToken({ name: "RBrace", pattern: /\}/ });
/** `(` in conditions. */
export const LParen = createToken({ name: "LParen", pattern: /\(/ });
/** `)` in conditions. */
export const RParen = createToken({ name: "RParen", pattern: /\)/ });
/** `[` opening a list in conditions. */
export const LBracket = createToken({ name: "LBracket", pattern: /\[/ });
/** `]` closing a list in conditions. */
export const RBracket = createToken({ name: "RBracket", pattern: /\]/ });
/** `&&`. */
export const AndAnd = createToken({ name: "AndAnd", pattern: /&&/ });
/** `||`. */
export const OrOr = createToken({ name: "OrOr", pattern: /\|\|/ });
/** `==`. */
export const EqEq = createToken({ name: "EqEq", pattern: /==/ });
/** `=~`, which a regex literal follows. */
export const MatchOp = createToken({ name: "MatchOp", pattern: /=~/ });
/**
 * `=` alone: no operator of Lontar's. In a condition it is read as the `==` it most likely
 * means (LON1106, with `==` as its fix); elsewhere parse.ts reports it as an unexpected
 * character (LON1001) and reads on without it.
 */
export const SingleEquals = createToken({ name: "SingleEquals", pattern: /=/ });
/**
 * `≠`, `≤`, `≥`: the signs of mathematics. In a condition each is read as the operator it
 * means (LON1106, with `!=`, `<=`, `>=` as its fix); elsewhere an unexpected character (LON1001).
 */
export const MathSign = createToken({ name: "MathSign", pattern: /[\u2260\u2264\u2265]/ });
/** `!=`. */
export const NotEq = createToken({ name: "NotEq", pattern: /!=/ });
/** `!`. */
export const Bang = createToken({ name: "Bang", pattern: /!/ });
/** `<=`. */
export const LtEq = createToken({ name: "LtEq", pattern: /<=/ });
/** `>=`. */
export const GtEq = createToken({ name: "GtEq", pattern: />=/ });
/** `<`. */
export const Lt = createToken({ name: "Lt", pattern: /</ });
/** `>`. */
export const Gt = createToken({ name: "Gt", pattern: />/ });
/** `/` between region parts. */
export const Slash = createToken({ name: "Slash", pattern: /\// });
/** `-` in time ranges. */
export const Minus = createToken({ name: "Minus", pattern: /-/ });
/**
 * `–`: a dash a word processor types for `-` (en and em dashes, the minus sign, the Unicode
 * hyphens). Read as `-`, and reported as LON1009 with `-` as its fix.
 */
export const TypographicDash = createToken({ name: "TypographicDash", pattern: /[\u2010-\u2015\u2212]/ });

/** Tokens the lexer tries, in order. */
export const LEXER_TOKENS: readonly TokenType[] = [
  WhiteSpace, DocComment, LineComment, RegexLiteral, BlockComment, HashComment, StringLiteral, TypographicString, UnterminatedString, SingleQuotedString, Money,
  DateTimeLiteral, DateLiteral, TimeLiteral, CompactDuration, NumberLiteral,
  DotDot, Dot, Comma, LBrace, RBrace, LParen, RParen, LBracket, RBracket,
  AndAnd, OrOr, EqEq, MatchOp, SingleEquals, NotEq, Bang, LtEq, GtEq, Lt, Gt, Slash, Minus, TypographicDash, MathSign,
  Identifier,
];

/** Every token type the parser knows: lexed tokens, keywords and categories. */
export const ALL_TOKENS: readonly TokenType[] = [
  ...LEXER_TOKENS, UnfinishedTime, Name, AnyWeekday, AnyWeekUnit, AnyPeriod, AnyResourceKind, ...Object.values(K),
];
