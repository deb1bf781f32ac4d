/** Values of several words written with spaces: `jenis lembaga adat`, `jenjang Perpustakaan Kota`, `jenis perpustakaan nasional`, `kategori perpustakaan nasional`. */
import type { IToken } from "chevrotain";
import { spanTokens, tokenRange } from "../ast-builder/ranges.js";
import { WORDS } from "../keywords.js";
import { PARTNER_KIND_VALUES, TIER_VALUES, VALUE_SETS } from "../../language/values.js";
import type { DeclarationKind } from "../ast.js";
import { Identifier, K } from "../lexer/tokens.js";
import type { NotationRun } from "./notation.js";
import { allowedJoinedWords, allowedWords, valueKeyword, valueSetsOf } from "./value-words.js";
import { isNameWord, touching, wordType, writtenText } from "./written-tokens.js";

/** Allowed values and keywords of several words (`lembaga_adat`, `hari_kerja`), every spelling: what words written with spaces may be meant as. */
const JOINED_WORDS: ReadonlySet<string> = new Set([...VALUE_SETS.flatMap((set) => set.values.flatMap((v) => v.words)), ...WORDS.keys()].filter((w) => w.includes("_")));
/** The most words of a value written with spaces. */
const MOST_SPACED_WORDS = 4;

/** The day groups Lontar writes in two words as well as joined (`hari kerja`, `akhir pekan`): the first word's token and the second's. */
const TWO_WORD_DAY_GROUPS: readonly (readonly [string, string])[] = [["DayUnit", "Kerja"], ["Akhir", "WeekUnit"]];

/** Whether tokens `s`..`last` are a day group written in two words, which the grammar reads as written (`pada hari kerja`): no value written with spaces. */
function isTwoWordDayGroup(tokens: readonly IToken[], s: number, last: number): boolean {
  const [first, second] = [tokens[s]?.tokenType.name, tokens[s + 1]?.tokenType.name];
  return last === s + 1 && TWO_WORD_DAY_GROUPS.some(([a, b]) => a === first && b === second);
}

/**
 * `jenis lembaga adat`, `kategori pinjam paket koleksi`, `jenis Lembaga Adat`: words
 * with spaces between them, on one line, that joined with `_` (in lower case) are a value
 * allowed for the property they are written after, in a declaration of `kind` (`jenis
 * perpustakaan nasional` is no partner kind, though `perpustakaan_nasional` is a tier); where
 * no property with allowed values stands before them, any allowed value or a keyword. The
 * longest such run from `s`.
 */
export function spacedValueAt(tokens: readonly IToken[], s: number, kind?: DeclarationKind): NotationRun | undefined {
  const first = tokens[s];
  if (!isNameWord(first)) return undefined;
  const allowed = allowedJoinedWords(tokens, s, kind) ?? JOINED_WORDS;
  for (let last = lastSpacedWord(tokens, s); last > s; last--) {
    const words = tokens.slice(s, last + 1).map((t) => t.image);
    const fixed = words.join("_").toLowerCase();
    if (!allowed.has(fixed) || isTwoWordDayGroup(tokens, s, last)) continue;
    const range = spanTokens(first, tokens[last] as IToken) ?? tokenRange(first);
    return { first: s, last, mistake: { kind: "spacedValue", text: words.join(" "), fixed, range }, literal: "keyword", token: { type: wordType(fixed), image: fixed } };
  }
  return undefined;
}

/**
 * At `s`, a word right after the keyword of a property with allowed values (its value's first
 * word): the word and the values allowed there, joined words included; undefined elsewhere.
 */
function valueWordAt(tokens: readonly IToken[], s: number, kind: DeclarationKind | undefined): { readonly first: IToken; readonly allowed: ReadonlySet<string> } | undefined {
  const [keyword, first] = [tokens[s - 1], tokens[s]];
  if (keyword === undefined || !isNameWord(first)) return undefined;
  const allowed = allowedJoinedWords(tokens, s, kind);
  return allowed === undefined || valueKeyword(tokens, s) !== keyword ? undefined : { first, allowed };
}

/**
 * `kategori perpustakaan nasional`, `jenis lembaga adat` in an agreement: words with spaces
 * right after the keyword of a property with allowed values that, joined with `_`, are a value
 * of another property (or a keyword), not of this one. Read as one value as written, with no
 * error of its own (see `NotationMistake.silent`): the checker's LON3004 names it, lists the
 * values allowed and what may be meant. The longest such run from `s`.
 */
export function otherSpacedValueAt(tokens: readonly IToken[], s: number, kind?: DeclarationKind): NotationRun | undefined {
  const start = valueWordAt(tokens, s, kind);
  if (start === undefined) return undefined;
  const { first, allowed } = start;
  for (let last = lastSpacedWord(tokens, s); last > s; last--) {
    const fixed = writtenText(tokens, s, last);
    const joined = fixed.replace(/ /g, "_").toLowerCase();
    if (!JOINED_WORDS.has(joined) || allowed.has(joined)) continue;
    const range = spanTokens(first, tokens[last] as IToken) ?? tokenRange(first);
    return { first: s, last, mistake: { kind: "spacedValue", text: fixed, fixed, range, silent: true }, literal: "keyword", token: { type: Identifier, image: fixed } };
  }
  return undefined;
}

/**
 * `sasaran ibu rumah tangga`, `sasaran siswa SD`, `jenis organisasi wanita`: words with spaces
 * right after the keyword of a property with allowed values, to the end of the line, that
 * joined are no value of any property. Read as one value, joined with `_` in lower case, with
 * no error of its own (`NotationMistake.silent`): the checker's LON3004 says it is not one of
 * the values, lists them and offers the nearest (`ibu_ibu`). It was read as its first word,
 * then "expected a property, found `rumah`", with no list.
 */
export function unknownSpacedValueAt(tokens: readonly IToken[], s: number, kind?: DeclarationKind): NotationRun | undefined {
  const start = valueWordAt(tokens, s, kind);
  if (start === undefined) return undefined;
  const { first, allowed } = start;
  const last = lastSpacedWord(tokens, s);
  const after = tokens[last + 1];
  if (last === s || (after !== undefined && after.startLine === first.startLine)) return undefined;
  const text = writtenText(tokens, s, last);
  const joined = text.replace(/ /g, "_").toLowerCase();
  if (JOINED_WORDS.has(joined) || allowed.has(joined)) return undefined;
  // Values each allowed alone (`anak_anak remaja`, a word written twice) are a list missing its commas: the grammar's error says so.
  const alone = allowedWords(tokens, s, kind);
  if (tokens.slice(s, last + 1).every((t) => alone?.has(t.image.toLowerCase()) === true)) return undefined;
  const range = spanTokens(first, tokens[last] as IToken) ?? tokenRange(first);
  return { first: s, last, mistake: { kind: "spacedValue", text, fixed: joined, range, silent: true }, literal: "keyword", token: { type: Identifier, image: joined } };
}

/** The word of a library's full name besides its tier (`Perpustakaan Kota`, `City Library`), lower case. */
const LIBRARY_WORDS: ReadonlySet<string> = new Set(["perpustakaan", "library"]);

/** The words of a line from `s` (at most {@link MOST_SPACED_WORDS}), each a word with a space before it: the index of the last. */
function lastSpacedWord(tokens: readonly IToken[], s: number): number {
  const first = tokens[s] as IToken;
  let end = s;
  while (end - s + 1 < MOST_SPACED_WORDS && isNameWord(tokens[end + 1]) && tokens[end + 1]?.startLine === first.startLine && !touching(tokens[end], tokens[end + 1])) end++;
  return end;
}

/**
 * The tier `words` (lower case, their library word first or last) mean, as written after the
 * keyword `keyword`: the other words joined with `_` when they are a tier (`kota`, `village`),
 * else, when all the words are a tier's label (`perpustakaan_umum_kota`), that tier in the
 * keyword's language.
 */
function tierWord(words: readonly string[], keyword: IToken): string | undefined {
  const { vocabulary } = TIER_VALUES;
  const rest = (LIBRARY_WORDS.has(words[0] ?? "") ? words.slice(1) : words.slice(0, -1)).join("_");
  if (vocabulary.words.has(rest)) return rest;
  const value = vocabulary.words.get(words.join("_"));
  const lang = WORDS.get(keyword.image)?.lang ?? "id";
  return value === undefined ? undefined : vocabulary.written[value]?.[lang];
}

/**
 * `jenjang Perpustakaan Kota`, `jenjang perpustakaan umum kota`, `tier City Library`: a
 * library's tier written as its full name, a tier with `perpustakaan`/`library` (any case)
 * before or after it; the fix is the tier alone (`kota`, `city`). The longest such run from
 * `s`, right after `jenjang`/`tier`.
 */
export function tierNameAt(tokens: readonly IToken[], s: number): NotationRun | undefined {
  const [keyword, first] = [tokens[s - 1], tokens[s]];
  if (keyword === undefined || keyword.tokenType !== K["Tier"] || !isNameWord(first)) return undefined;
  for (let last = lastSpacedWord(tokens, s); last > s; last--) {
    const words = tokens.slice(s, last + 1).map((t) => t.image);
    const lower = words.map((w) => w.toLowerCase());
    const library = LIBRARY_WORDS.has(lower[0] ?? "") ? words[0] : LIBRARY_WORDS.has(lower[lower.length - 1] ?? "") ? words[words.length - 1] : undefined;
    const fixed = library === undefined ? undefined : tierWord(lower, keyword);
    if (library === undefined || fixed === undefined) continue;
    const range = spanTokens(first, tokens[last] as IToken) ?? tokenRange(first);
    return { first: s, last, mistake: { kind: "tierName", text: words.join(" "), fixed, example: library, range }, literal: "keyword", token: { type: wordType(fixed), image: fixed } };
  }
  return undefined;
}

/** Whether token `k` is a word of a value written with spaces (see {@link spacedValueAt}, {@link libraryKindAt}) that starts before it, in a declaration of `kind`. */
export function spacedValueHolds(tokens: readonly IToken[], k: number, kind?: DeclarationKind): boolean {
  for (let s = Math.max(0, k - MOST_SPACED_WORDS + 1); s < k; s++) if (((spacedValueAt(tokens, s, kind) ?? libraryKindAt(tokens, s, kind))?.last ?? -1) >= k) return true;
  return false;
}

/**
 * `jenis perpustakaan nasional`, `jenis Perpustakaan Umum Kota`, `kind national library`: a
 * partner named as a library of a tier, where a partner's kind stands: a library is of the
 * kind `perpustakaan_lain` (`library`), the fix. The longest such run from `s`, right after
 * the keyword of a property whose allowed values are partner kinds.
 */
export function libraryKindAt(tokens: readonly IToken[], s: number, kind?: DeclarationKind): NotationRun | undefined {
  const [keyword, first] = [tokens[s - 1], tokens[s]];
  if (keyword === undefined || !isNameWord(first) || !valueSetsOf(keyword, kind).includes(PARTNER_KIND_VALUES)) return undefined;
  const tiers = TIER_VALUES.vocabulary.words;
  for (let last = lastSpacedWord(tokens, s); last > s; last--) {
    const words = tokens.slice(s, last + 1).map((t) => t.image);
    const lower = words.map((w) => w.toLowerCase());
    const library = LIBRARY_WORDS.has(lower[0] ?? "") ? 0 : LIBRARY_WORDS.has(lower[lower.length - 1] ?? "") ? lower.length - 1 : -1;
    const rest = lower.filter((_, i) => i !== library).join("_");
    if (library < 0 || !(tiers.has(rest) || tiers.has(lower.join("_")))) continue;
    const lang = WORDS.get(keyword.image)?.lang ?? "id";
    const fixed = PARTNER_KIND_VALUES.vocabulary.written["library"]?.[lang] ?? "library";
    const range = spanTokens(first, tokens[last] as IToken) ?? tokenRange(first);
    return { first: s, last, mistake: { kind: "libraryPartner", text: words.join(" "), fixed, range }, literal: "keyword", token: { type: wordType(fixed), image: fixed } };
  }
  return undefined;
}
