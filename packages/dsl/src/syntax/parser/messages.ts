/**
 * Parser error messages a planner can read: "expected a time like 09:00 after `at`".
 */
import type { IParserErrorMessageProvider, IToken, TokenType } from "chevrotain";
import type { Labels } from "@lontar/core";
import type { KeywordLanguage } from "../ast.js";
import { KEYWORDS } from "../keywords.js";
import { joinAny } from "../../text/join-labels.js";

/** A text in English and Bahasa Indonesia (core's label shape). */
type Text = Labels;
const both = (en: string, id: string): Text => ({ en, id });
const same = (text: string): Text => ({ en: text, id: text });

/** Any name, as a message expects one. */
const LABELS_NAME: Text = both("a name like `dispusip_solok`", "nama seperti `dispusip_solok`");

const LABELS: Readonly<Record<string, Text>> = {
  Name: LABELS_NAME,
  Identifier: LABELS_NAME,
  StringLiteral: both('a text in quotes like "Aula"', 'teks dalam tanda kutip seperti "Aula"'),
  NumberLiteral: both("a number like 20", "angka seperti 20"),
  Money: both("an amount like `Rp 50.000`", "jumlah uang seperti `Rp 50.000`"),
  DateLiteral: both("a date like 2027-02-01", "tanggal seperti 2027-02-01"),
  DateTimeLiteral: both("a date and time like 2027-02-01T09:00", "tanggal dan jam seperti 2027-02-01T09:00"),
  TimeLiteral: both("a time like 09:00", "jam seperti 09:00"),
  RegexLiteral: both("a pattern like /^kelas/", "pola seperti /^kelas/"),
  DotDot: same("`..`"), Dot: same("`.`"), Comma: same("`,`"), LBrace: same("`{`"), RBrace: same("`}`"), LParen: same("`(`"), RParen: same("`)`"),
  LBracket: same("`[`"), RBracket: same("`]`"), Minus: same("`-`"), Slash: same("`/`"), AndAnd: same("`&&`"), OrOr: same("`||`"),
  EqEq: same("`==`"), NotEq: same("`!=`"), Lt: same("`<`"), LtEq: same("`<=`"), Gt: same("`>`"), GtEq: same("`>=`"), MatchOp: same("`=~`"), SingleEquals: same("`=`"), MathSign: same("`≠`, `≤` or `≥`"), Bang: same("`!`"),
  EOF: both("the end of the file", "akhir berkas"),
};

// Labels that show keywords: a file's own language shows its own words ("a day like
// `senin`" in a Bahasa Indonesia file, whatever the message's language); where the file's
// language is not known, each reader sees both, their own first.
const day = (word: string): Text => both(`a day like \`${word}\``, `hari seperti \`${word}\``);
const month = (word: string): Text => both(`a month like \`${word}\``, `bulan seperti \`${word}\``);
const period = (week: string, month: string, year: string): Text => both(`a period like \`${week}\`, \`${month}\`, \`semester\` or \`${year}\``, `periode seperti \`${week}\`, \`${month}\`, \`semester\`, atau \`${year}\``);
const resourceKind = (room: string, staff: string, vehicle: string): Text =>
  both(`a resource kind like \`${room}\`, \`${staff}\` or \`${vehicle}\``, `jenis sumber daya seperti \`${room}\`, \`${staff}\`, atau \`${vehicle}\``);
const ordinal = (first: string, second: string, last: string): Text => both(`\`${first}\`, \`${second}\`, … or \`${last}\``, `\`${first}\`, \`${second}\`, … atau \`${last}\``);
const duration = (hours: string, minutes: string): Text => both(`a duration like \`${hours}\` or \`${minutes}\``, `durasi seperti \`${hours}\` atau \`${minutes}\``);
const WORD_LABELS: Readonly<Record<string, Readonly<Record<KeywordLanguage | "both", Text>>>> = {
  // `2h` and `90m` are read in either language, but an Indonesian file is shown its own words.
  CompactDuration: { en: duration("2h", "90m"), id: duration("2 jam", "90 menit"), both: duration("2h", "90m") },
  AnyWeekday: { en: day("mon"), id: day("senin"), both: both("a day like `mon` or `senin`", "hari seperti `mon` atau `senin`") },
  WeekdayName: { en: day("mon"), id: day("senin"), both: both("a day like `mon` or `senin`", "hari seperti `mon` atau `senin`") },
  AnyWeekUnit: { en: same("`week`"), id: same("`minggu`"), both: both("`week` or `minggu`", "`week` atau `minggu`") },
  AnyPeriod: { en: period("week", "month", "year"), id: period("minggu", "bulan", "tahun"), both: both("a period like `week`, `month`, `semester` or `year`", "periode seperti `minggu`, `bulan`, `semester`, atau `tahun`") },
  AnyResourceKind: { en: resourceKind("room", "staff", "vehicle"), id: resourceKind("ruang", "staf", "kendaraan"), both: both("a resource kind like `room`, `staff` or `vehicle`", "jenis sumber daya seperti `ruang`, `staf`, atau `kendaraan`") },
  MonthName: { en: month("may"), id: month("mei"), both: both("a month like `may` or `mei`", "bulan seperti `may` atau `mei`") },
  Ordinal: { en: ordinal("first", "second", "last"), id: ordinal("pertama", "kedua", "terakhir"), both: both("`first`, `second`, … or `last`", "`pertama`, `kedua`, … atau `terakhir`") },
};

/**
 * The language of the keywords around a token of the file being read, set by its reader
 * while the grammar runs (undefined: not known). What a message expects is then written in
 * the words of the file: `jam` or `menit` after `selama 2`, not `hours` too.
 */
export const keywordLanguageAt: { of: (token: IToken) => KeywordLanguage | undefined } = { of: () => undefined };

/** A text in quotes as the word before it asks for it: a rule's reason, a title, a name (else the example of LABELS). */
const REASON: Text = both('a reason in quotes like "Waktu salat Jumat"', 'alasan dalam tanda kutip seperti "Waktu salat Jumat"');
const STRING_AFTER: Readonly<Record<string, Text>> = {
  Forbid: REASON,
  Require: REASON,
  Warn: REASON,
  Title: both('a title in quotes like "Kelas Menulis"', 'judul dalam tanda kutip seperti "Kelas Menulis"'),
  NameKw: both('a name in quotes like "Perpustakaan Desa Maju"', 'nama dalam tanda kutip seperti "Perpustakaan Desa Maju"'),
  Import: both('a file in quotes like "./mitra.lontar"', 'berkas dalam tanda kutip seperti "./mitra.lontar"'),
};

/** What a text in quotes after `previous` is (a title, a reason, the file of an `import`), where its keyword says; else undefined. */
export function stringAfter(previous: IToken | undefined): Text | undefined {
  return previous === undefined ? undefined : STRING_AFTER[previous.tokenType.name];
}

/**
 * What a name after `previous` is, where its keyword says (a role, a skill, a room): "expected a
 * name like `dispusip_solok` after `peran`" showed a library's name for a role (a walk of stop 59).
 */
const NAME_AFTER: Readonly<Record<string, Text>> = {
  Role: both("a role like `pustakawan`", "peran seperti `pustakawan`"),
  Skills: both("a skill like `mendongeng`", "keahlian seperti `mendongeng`"),
  Room: both("a room's name like `aula`", "nama ruang seperti `aula`"),
  Vehicle: both("a vehicle's name like `mobil_keliling`", "nama kendaraan seperti `mobil_keliling`"),
  Collection: both("a collection's name like `paket_sekolah`", "nama koleksi seperti `paket_sekolah`"),
  Program: both("a program's name like `kelas_menulis`", "nama program seperti `kelas_menulis`"),
};

/** What a name after `previous` is (a role, a skill, a room…), where its keyword says; else undefined. */
export function nameAfter(previous: IToken | undefined): Text | undefined {
  return previous === undefined ? undefined : NAME_AFTER[previous.tokenType.name];
}

/** "expected a role like `pustakawan` after `peran`": a name expected after `previous`, as what its keyword says it is ({@link nameAfter}), else any name. */
export function nameExpected(previous: IToken): Text {
  return concat(EXPECTED, nameAfter(previous) ?? LABELS_NAME, after(previous));
}

/** The end of the file, as a found token reads in a message. */
export const END_OF_FILE: Text = both("the end of the file", "akhir berkas");

/**
 * A short description of what a token type stands for, in both languages; a keyword in
 * `lang`'s spelling alone when the file's language is known, else in both spellings.
 */
export function describeTokenType(type: TokenType, lang?: KeywordLanguage): Text {
  const words = WORD_LABELS[type.name];
  if (words !== undefined) return words[lang ?? "both"];
  const label = LABELS[type.name];
  if (label !== undefined) return label;
  const entry = KEYWORDS.find((k) => k.token === type.name);
  if (entry !== undefined) {
    const spelling = lang === undefined ? undefined : entry[lang][0];
    if (spelling !== undefined && spelling.length > 0) return same(`\`${spelling}\``);
    // Each reader sees the spelling of their own language first: "`hours` or `jam`", "`jam` atau `hours`".
    const spellings = (first: string | undefined, second: string | undefined): string[] =>
      [...new Set([first, second].filter((s): s is string => s !== undefined && s.length > 0))].map((s) => `\`${s}\``);
    return { en: spellings(entry.en[0], entry.id[0]).join(" or "), id: spellings(entry.id[0], entry.en[0]).join(" atau ") };
  }
  return same(type.name);
}

/**
 * What the planner wrote where a token was put in the place of written tokens with no certain
 * reading (a placeholder such as `2000-01-01` for `31-02-2025`; see notation.ts's mendedToken):
 * a message quotes that, never the placeholder.
 */
export const writtenAs: WeakMap<IToken, string> = new WeakMap();

/** How a found token reads in a message, in both languages: as written (see {@link writtenAs}). */
export function describeToken(token: IToken): Text {
  if (token.tokenType.name === "EOF") return END_OF_FILE;
  const written = writtenAs.get(token) ?? token.image;
  const image = written.length > 30 ? `${written.slice(0, 30)}…` : written;
  return same(`\`${image}\``);
}

/** Joins texts: `a, b or c` / `a, b atau c` (see text/join-labels.ts). */
export const joinTexts: (parts: readonly Text[]) => Text = joinAny;

/** Concatenates texts and plain strings, language by language. */
export function concat(...parts: readonly (Text | string)[]): Text {
  return {
    en: parts.map((p) => (typeof p === "string" ? p : p.en)).join(""),
    id: parts.map((p) => (typeof p === "string" ? p : p.id)).join(""),
  };
}

function after(previous: IToken | undefined): Text {
  return previous !== undefined && previous.tokenType.name !== "EOF" && previous.image.length > 0 ? concat(both(" after ", " setelah "), describeToken(previous)) : same("");
}

/** Whether a path is the spaced spelling of a keyword listed on its own (`hari kerja` for `hari_kerja`, `akhir pekan` for `akhir_pekan`). */
function spacedSpelling(path: readonly TokenType[], heads: ReadonlySet<string | undefined>): boolean {
  const [head, next] = [path[0]?.name, path[1]?.name];
  return (head === "DayUnit" && (next === "Kerja" || (next === undefined && heads.has("Weekdays")))) || (head === "Akhir" && (next === "WeekUnit" || next === undefined));
}

/** Whether a keyword token is spelt only in the other language than `lang` (`the` has no Bahasa Indonesia spelling). */
function otherLanguageOnly(type: TokenType, lang: KeywordLanguage): boolean {
  const entry = KEYWORDS.find((k) => k.token === type.name);
  return entry !== undefined && entry[lang].length === 0 && entry[lang === "en" ? "id" : "en"].length > 0;
}

function firstTokens(paths: readonly (readonly (readonly TokenType[])[])[], lang: KeywordLanguage | undefined): Text {
  const seen = new Map<string, Text>();
  const heads = new Set(paths.flatMap((alt) => alt.map((path) => path[0]?.name)));
  for (const alt of paths) for (const path of alt) {
    const head = path[0];
    // `hari kerja`, `akhir pekan`: the spaced spellings of `hari_kerja`, `akhir_pekan`, listed once as those;
    // a keyword with no spelling in the file's language (`the` in a Bahasa Indonesia file) is not its word.
    if (head !== undefined && !spacedSpelling(path, heads) && !(lang !== undefined && otherLanguageOnly(head, lang))) {
      const text = describeTokenType(head, lang);
      seen.set(text.en, text);
    }
  }
  const list = [...seen.values()];
  if (list.length > 10) {
    const first = list.slice(0, 10);
    return { en: `${first.map((t) => t.en).join(", ")}, …`, id: `${first.map((t) => t.id).join(", ")}, …` };
  }
  return list.length === 0 ? both("something else", "hal lain") : joinTexts(list);
}

/** The token types a parser may read next, as a message lists them (`per`, "a number"; at most ten, then "…"), keywords in `lang`'s spelling. */
export function expectedTokens(types: readonly TokenType[], lang: KeywordLanguage | undefined): Text {
  return firstTokens([types.map((type) => [type])], lang);
}

/** How every "junk at the top level" message ends; `parse.ts` maps these to LON1104. */
export const TOP_LEVEL_EXPECTATION = "expected a declaration such as `library`, `program` or `agreement`, an `import` or a `horizon`";
// An Indonesian reader most often writes Indonesian keywords: each is named in both
// spellings, read from the keyword table (`perpustakaan`/`library`, `program`).
const bothSpellings = (token: string): string => {
  const entry = KEYWORDS.find((k) => k.token === token);
  const [en, id] = [entry?.en[0] ?? token, entry?.id[0] ?? token];
  return en === id ? `\`${en}\`` : `\`${id}\`/\`${en}\``;
};
const TOP_LEVEL_EXPECTATION_ID = `diharapkan deklarasi seperti ${bothSpellings("Library")}, ${bothSpellings("Program")}, atau ${bothSpellings("Agreement")}, sebuah ${bothSpellings("Import")}, atau ${bothSpellings("Horizon")}`;

/** "unexpected `x`: expected a declaration …", in both languages. */
export const topLevel = (found: IToken): Text => concat(both("unexpected ", "tak terduga: "), describeToken(found), both(`: ${TOP_LEVEL_EXPECTATION}`, `; ${TOP_LEVEL_EXPECTATION_ID}`));

/**
 * The token types the parser expected at its last error. The parser runs without
 * Chevrotain's own recovery (see items.ts), so each run stops at its first error and this
 * is that error's expectation; the typo suggestions read it.
 */
export const lastExpectation: { types: TokenType[] } = { types: [] };

function firstTypes(paths: readonly (readonly (readonly TokenType[])[])[]): TokenType[] {
  const seen = new Set<TokenType>();
  for (const alt of paths) for (const path of alt) if (path[0] !== undefined) seen.add(path[0]);
  return [...seen];
}

// Chevrotain takes the messages as strings: the provider returns the English one and keeps
// its Indonesian twin here, bounded, for `parserMessage` to find.
const INDONESIAN = new Map<string, string>();
const MAX_REMEMBERED = 1_000;

function remember(text: Text): string {
  if (INDONESIAN.size >= MAX_REMEMBERED) INDONESIAN.clear();
  INDONESIAN.set(text.en, text.id);
  return text.en;
}

/** A message the parser's provider built, in both languages (a message it did not build keeps its English in both). */
export function parserMessage(english: string): Text {
  return { en: english, id: INDONESIAN.get(english) ?? english };
}

/** "expected a property … or `}` to close the declaration": a line inside braces that is not a property. */
export const NOT_A_PROPERTY: Text = both(
  "expected a property (such as `name`, `schedule` or `capacity`) or `}` to close the declaration",
  "diharapkan properti (seperti `nama`, `jadwal`, atau `kapasitas`) atau `}` untuk menutup deklarasi",
);

const FOUND: Text = both(", found ", ", ditemukan ");
const EXPECTED: Text = both("expected ", "diharapkan ");

/**
 * "expected <what> after `x`, found `y`", in both languages: the sentence of a token the
 * grammar did not expect, for the provider and for a reader that names what was expected
 * itself (missing-value.ts).
 */
export function expectedFound(what: Text, previous: IToken | undefined, found: IToken): Text {
  return concat(EXPECTED, what, after(previous), FOUND, describeToken(found));
}
const NOTHING: Text = both("nothing", "tidak ada");

/**
 * Whether the parser's errors go unread: set while a file has more errors than are reported
 * (`MAX_SYNTAX_DIAGNOSTICS`), when describing what was expected would be work for nothing
 * (a file of 50,000 broken lines spent most of its time on it).
 */
export const unreadErrors: { on: boolean } = { on: false };

/** The message of an error no one reads (Chevrotain wants a string; it is never shown). */
const UNREAD = "syntax error";

/** The message provider given to the parser. */
export const messages: IParserErrorMessageProvider = {
  // Expecting the end of the file means the top-level loop met something that starts no item.
  buildMismatchTokenMessage: ({ expected, actual, previous }) => {
    lastExpectation.types = [expected];
    if (unreadErrors.on) return UNREAD;
    if (expected.name === "EOF") return remember(topLevel(actual));
    // A missing `}` usually means a line inside the braces that is not a property.
    if (expected.name === "RBrace") return remember(concat(NOT_A_PROPERTY, FOUND, describeToken(actual)));
    const wanted = expected.name === "StringLiteral" ? stringAfter(previous) : expected.name === "Name" || expected.name === "Identifier" ? nameAfter(previous) : undefined;
    return remember(expectedFound(wanted ?? describeTokenType(expected, keywordLanguageAt.of(actual)), previous, actual));
  },
  buildNotAllInputParsedMessage: ({ firstRedundant }) => remember(topLevel(firstRedundant)),
  buildNoViableAltMessage: ({ expectedPathsPerAlt, actual, previous }) => {
    if (unreadErrors.on) {
      lastExpectation.types = [];
      return UNREAD;
    }
    lastExpectation.types = firstTypes(expectedPathsPerAlt);
    return remember(concat(EXPECTED, firstTokens(expectedPathsPerAlt, actual[0] === undefined ? undefined : keywordLanguageAt.of(actual[0])), after(previous), FOUND, actual[0] ? describeToken(actual[0]) : NOTHING));
  },
  buildEarlyExitMessage: ({ expectedIterationPaths, actual, previous }) => {
    if (unreadErrors.on) {
      lastExpectation.types = [];
      return UNREAD;
    }
    lastExpectation.types = firstTypes([expectedIterationPaths]);
    // A list of names after its keyword (`peran`, `keahlian`): named as what they are.
    const names = lastExpectation.types.every((t) => t.name === "Name" || t.name === "Identifier") ? nameAfter(previous) : undefined;
    return remember(concat(EXPECTED, names ?? firstTokens([expectedIterationPaths], actual[0] === undefined ? undefined : keywordLanguageAt.of(actual[0])), both(" (at least one)", " (sedikitnya satu)"), after(previous), FOUND, actual[0] ? describeToken(actual[0]) : NOTHING));
  },
};
