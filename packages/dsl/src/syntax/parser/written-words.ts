/** Words and names written another way (values of several words are written-values.ts's): `Senin`, `anak-anak`, `"anak_anak"`, `'teks'`, `dua`, `25 orang`, `12,5`, `jam 09:00`, `s.d.`, `paling sedikit`, `setidaknya`. */
import type { IToken } from "chevrotain";
import { isIsoDate, schoolLevelLabels } from "@lontar/core";
import { spanTokens, tokenRange } from "../ast-builder/ranges.js";
import { spell, WORDS, type WeekdayCode } from "../keywords.js";
import { DateLiteral, DotDot, Identifier, K, Minus, NumberLiteral, SingleQuotedString, StringLiteral, TimeLiteral, isNameText } from "../lexer/tokens.js";
import type { NotationKind, NotationMistake, NotationRun } from "./notation.js";
import { isDigits, lastOnLine, touching, isNameWord, wordType, writtenText } from "./written-tokens.js";
import { jamBeforeHour, timeAt, weekdayOfDate } from "./written-dates.js";
import { zoneMeant } from "../../language/zone-meant.js";
import { numberWordsAt } from "./written-numbers.js";
import { closeKeywords } from "./keyword-suggestions.js";
import { keywordLanguage } from "../keyword-language.js";
import { lineShape } from "./line-shape.js";
import { namesNeedResource } from "./need-resource-name.js";

/**
 * `Senin`, `Jumat`, `Setiap`: a word with capitals whose lower case is a keyword (keywords are
 * lower case; a name with capitals stays a name wherever a name may stand: this is tried only
 * where the grammar fails). `Minggu` is read first as Sunday (`ahad`: a day's name is what is
 * capitalised), then as `minggu` (the week, as after `per`); the grammar takes the one it reads.
 * Where only a day may stand (after `pada`, `..`, `,`), `minggu` is Sunday already and comes first.
 */
export function capitalKeywordAt(tokens: readonly IToken[], s: number): NotationRun[] {
  const t = tokens[s];
  if (t === undefined || t.tokenType !== Identifier || !/[A-Z]/.test(t.image)) return [];
  const lower = t.image.toLowerCase();
  if (!WORDS.has(lower)) return [];
  const range = tokenRange(t);
  const read = (fixed: string, kind: NotationKind): NotationRun => ({ first: s, last: s, mistake: { kind, text: t.image, fixed, range }, literal: "keyword", token: { type: wordType(fixed), image: fixed } });
  if (lower !== "minggu") return [read(lower, "capitalKeyword")];
  // After `pada`, `..` or `,` a day stands, and `minggu` reads as Sunday there too: it stays as written, in lower case.
  const dayOnly = tokens[s - 1]?.tokenType === K["On"] || tokens[s - 1]?.tokenType === DotDot || tokens[s - 1]?.tokenType.name === "Comma";
  if (dayOnly) return [read("minggu", "capitalKeyword"), read("ahad", "capitalSunday")];
  if (tokens[s - 1]?.tokenType === K["Every"]) {
    // `Setiap Minggu pada sabtu`: the days follow, so it is the week.
    if (tokens[s + 1]?.tokenType === K["On"]) return [read("minggu", "capitalKeyword")];
    // `Setiap Minggu` is "every week" in a letter as often as "every Sunday": certain only when
    // both mean the same sessions, a start (`mulai`) on a Sunday; else both are offered.
    if (startWeekday(tokens, s) !== "sun") {
      return [{ first: s, last: s, mistake: { kind: "capitalSundayOrWeek", text: t.image, alternatives: ["ahad", "minggu"], range }, literal: "keyword", token: { type: wordType("minggu"), image: "minggu" } }];
    }
  }
  return [read("ahad", "capitalSunday"), read("minggu", "capitalKeyword")];
}

/** At most this many tokens after a schedule's `setiap` are looked at for its start. */
const MAX_START_LOOKAHEAD = 40;

/** The weekday of the ISO date after `mulai` / `from` on the line of token `s`, or undefined when none is written so. */
function startWeekday(tokens: readonly IToken[], s: number): WeekdayCode | undefined {
  const line = tokens[s]?.startLine;
  for (let i = s + 1; i < Math.min(tokens.length - 1, s + MAX_START_LOOKAHEAD); i++) {
    const t = tokens[i];
    if (t === undefined || t.startLine !== line) return undefined;
    const date = tokens[i + 1];
    if (t.tokenType === K["From"] && date?.tokenType === DateLiteral) return isIsoDate(date.image) ? weekdayOfDate(date.image) : undefined;
  }
  return undefined;
}

/** At most this many groups of three digits after the first (`1,000,000,000` has three) are read as one number. */
const MAX_THOUSANDS_GROUPS = 5;

/** `bobot 12,5`, `peserta 12.5`: a number with a decimal part where a whole number stands; read as its whole part, with no fix. */
export function decimalNumberAt(tokens: readonly IToken[], s: number): NotationRun | undefined {
  const [whole, sep, part] = [tokens[s], tokens[s + 1], tokens[s + 2]];
  if (!isDigits(whole) || sep?.tokenType.name !== "Comma" || !isDigits(part) || !touching(whole, sep) || !touching(sep, part)) return undefined;
  // `1,200`, `1,200,000`: groups of three digits after commas may be thousands as English writes them (a walk of stop 59:
  // "not a whole number" alone); offered, not applied. Not after a `0` (`0,500` is a fraction: a review of stop 59).
  let last = s + 2;
  const group = (k: number): boolean => tokens[k]?.tokenType.name === "Comma" && isDigits(tokens[k + 1]) && tokens[k + 1]?.image.length === 3 && touching(tokens[k - 1], tokens[k]) && touching(tokens[k], tokens[k + 1]);
  const thousands = part.image.length === 3 && whole.image.length <= 3 && !whole.image.startsWith("0");
  if (thousands) while (last - s < 2 * MAX_THOUSANDS_GROUPS && group(last + 1)) last += 2;
  const range = spanTokens(whole, tokens[last] as IToken) ?? tokenRange(whole);
  const text = writtenText(tokens, s, last);
  const digits = text.replace(/,/g, "");
  const mistake: NotationMistake = thousands ? { kind: "decimalThousands", text, alternatives: [digits], range } : { kind: "decimalNumber", text, range };
  return { first: s, last, mistake, literal: "keyword", token: { type: NumberLiteral, image: thousands ? digits : whole.image } };
}

/** At most this many words joined by `-` are read as one name. */
const MAX_HYPHENED_WORDS = 8;

/** `anak-anak`, `ruang-baca-anak`: words joined by `-` with no space, where one name stands; Lontar joins them with `_`. */
export function hyphenNameAt(tokens: readonly IToken[], s: number): NotationRun | undefined {
  const first = tokens[s];
  if (!isNameWord(first) || (tokens[s - 1]?.tokenType === Minus && touching(tokens[s - 1], first))) return undefined;
  let last = s;
  // After a first word that is no day (`senin-kamis` is a range of days), a day's name is a word of the name too (`dongeng-sabtu`).
  const later = (w: IToken | undefined): boolean => (w !== undefined && (w.tokenType.name === "WeekdayName" || w.tokenType.name === "Minggu") && /^[A-Za-z]+$/.test(w.image)) || isNameWord(w);
  while (last - s < 2 * (MAX_HYPHENED_WORDS - 1) && tokens[last + 1]?.tokenType === Minus && later(tokens[last + 2]) && touching(tokens[last], tokens[last + 1]) && touching(tokens[last + 1], tokens[last + 2])) last += 2;
  if (last === s) return undefined;
  const words: string[] = [];
  for (let i = s; i <= last; i += 2) words.push((tokens[i] as IToken).image);
  const fixed = words.join("_");
  const range = spanTokens(first, tokens[last] as IToken) ?? tokenRange(first);
  return { first: s, last, mistake: { kind: "hyphenName", text: words.join("-"), fixed, range }, literal: "keyword", token: { type: wordType(fixed), image: fixed } };
}

/** `"anak_anak"`, `"area anak"`, `'kelas'`: a name in quotes where the grammar wants a name; Lontar writes it bare, with `_` for spaces and `-`. */
export function quotedNameAt(tokens: readonly IToken[], s: number): NotationRun | undefined {
  const t = tokens[s];
  if (t?.tokenType !== StringLiteral && t?.tokenType !== SingleQuotedString) return undefined;
  const inner = t.image.slice(1, -1).trim();
  if (!/^[A-Za-z_][A-Za-z0-9_]*(?:[ -]+[A-Za-z0-9_]+)*$/.test(inner) || inner.length > 64) return undefined;
  const fixed = inner.replace(/[ -]+/g, "_");
  return { first: s, last: s, mistake: { kind: "quotedName", text: t.image, fixed, range: tokenRange(t) }, literal: "keyword", token: { type: wordType(fixed), image: fixed } };
}

/** At most this many words with spaces are read as a declaration's one name. */
const MAX_SPACED_HEAD_WORDS = 6;

/**
 * `program pekan literasi {`, `ruang aula utama di p {`: a declaration's name written as words
 * with spaces between its keyword (token `s - 1`) and its `{` (or `di`/`at` and a place), on
 * one line: one name, its words joined with `_` (`pekan_literasi`).
 */
export function spacedHeadNameAt(tokens: readonly IToken[], s: number): NotationRun | undefined {
  const first = tokens[s];
  if (first === undefined || !isNameWord(first)) return undefined;
  let last = s;
  while (last - s < MAX_SPACED_HEAD_WORDS - 1 && isNameWord(tokens[last + 1]) && tokens[last + 1]?.startLine === first.startLine && tokens[last + 1]?.tokenType !== K["At"]) last++;
  const after = tokens[last + 1];
  if (last === s || after === undefined || after.startLine !== first.startLine) return undefined;
  const placed = after.tokenType === K["At"] && isNameWord(tokens[last + 2]) && tokens[last + 3]?.tokenType.name === "LBrace";
  if (after.tokenType.name !== "LBrace" && !placed) return undefined;
  const words = tokens.slice(s, last + 1).map((t) => t.image);
  // `ruang aula aula di p {`: one name written twice, not two words of one name (`aula_aula` was the certain fix: a walk).
  const twice = words.every((w) => w.toLowerCase() === words[0]?.toLowerCase());
  const fixed = twice ? first.image : words.join("_");
  const range = spanTokens(first, tokens[last] as IToken) ?? tokenRange(first);
  return { first: s, last, mistake: { kind: twice ? "nameTwice" : "spacedHeadName", text: words.join(" "), fixed, range }, literal: "keyword", token: { type: wordType(fixed), image: fixed } };
}

/** The school levels as schools write them, without spaces or case (`SMP/MTs` → `smp/mts`), to their values. */
const QUOTED_LEVELS: ReadonlyMap<string, string> = new Map(Object.entries(schoolLevelLabels).map(([value, label]) => [label.id.replace(/\s+/g, "").toLowerCase(), value]));

/**
 * `tingkat "SMP/MTs"`, `level "SD/MI"`: a school library's level in quotes, as schools write it
 * (the docs' and the messages' own form, the form `sasaran pelajar "SMP/MTs"` takes). Read as
 * the level's value (`smp_mts`), with no error of its own (`NotationMistake.silent`).
 */
export function quotedLevelAt(tokens: readonly IToken[], s: number): NotationRun | undefined {
  const t = tokens[s];
  if (tokens[s - 1]?.tokenType !== K["Level"] || t?.tokenType !== StringLiteral) return undefined;
  const value = QUOTED_LEVELS.get(t.image.slice(1, -1).replace(/\s+/g, "").toLowerCase());
  if (value === undefined) return undefined;
  return { first: s, last: s, mistake: { kind: "quotedName", text: t.image, fixed: value, range: tokenRange(t), silent: true }, literal: "keyword", token: { type: wordType(value), image: value } };
}

/** `judul 'Monitoring'`: a text in single quotes where a text stands; Lontar writes it in double quotes (a `"` or `\` in it escaped). */
export function singleQuotedAt(tokens: readonly IToken[], s: number): NotationRun | undefined {
  const t = tokens[s];
  if (t?.tokenType !== SingleQuotedString) return undefined;
  const fixed = `"${t.image.slice(1, -1).replace(/["\\]/g, "\\$&")}"`;
  return { first: s, last: s, mistake: { kind: "singleQuotes", text: t.image, fixed, range: tokenRange(t) }, literal: "keyword", token: { type: StringLiteral, image: fixed } };
}

/** At most this many tokens make a zone's name written without quotes (`America/Argentina/Buenos_Aires` is five). */
const MAX_ZONE_TOKENS = 15;
/** A word of a zone's name (`Asia`, `Buenos_Aires`, `GMT`). */
const isZoneWord = (t: IToken | undefined): t is IToken => t !== undefined && isNameText(t.image);

/**
 * `zona_waktu Asia/Jakarta`, `timezone America/Port-au-Prince`: an IANA zone's name written
 * without quotes after `zona_waktu`/`timezone` (words joined by `/`, and by `-` within a
 * word, no space between); a zone is a text, and the fix writes it in quotes. Indonesia's
 * name of a zone written bare (`zona_waktu WIB`, `Makassar`) is fixed to its IANA name in quotes.
 */
export function unquotedZoneAt(tokens: readonly IToken[], s: number): NotationRun | undefined {
  const first = tokens[s];
  if (tokens[s - 1]?.tokenType !== K["Timezone"] || !isZoneWord(first)) return undefined;
  let last = s;
  let slashes = 0;
  for (let i = s + 1; i + 1 < tokens.length && i - s < MAX_ZONE_TOKENS; i += 2) {
    const [join, word] = [tokens[i] as IToken, tokens[i + 1]];
    const name = join.tokenType.name;
    if ((name !== "Slash" && join.tokenType !== Minus) || !isZoneWord(word) || !touching(tokens[i - 1], join) || !touching(join, word)) break;
    if (name === "Slash") slashes++;
    last = i + 1;
  }
  if (slashes === 0) {
    // `zona_waktu WIB`: Indonesia's name of a zone, written bare; the fix is its IANA name in quotes.
    const meant = last === s ? zoneMeant(first.image) : undefined;
    if (meant === undefined) return undefined;
    const fixed = `"${meant}"`;
    return { first: s, last: s, mistake: { kind: "unquotedZoneMeant", text: first.image, fixed, range: tokenRange(first) }, literal: "keyword", token: { type: StringLiteral, image: fixed } };
  }
  const text = writtenText(tokens, s, last);
  const fixed = `"${text}"`;
  const range = spanTokens(first, tokens[last] as IToken) ?? tokenRange(first);
  return { first: s, last, mistake: { kind: "unquotedZone", text, fixed, range }, literal: "keyword", token: { type: StringLiteral, image: fixed } };
}

/** `satu staf`, `dua puluh orang`, `two staff`: a number in words where a number stands, the fix its digits (see written-numbers.ts). */
export function numberWordAt(tokens: readonly IToken[], s: number): NotationRun | undefined {
  const t = tokens[s];
  const read = numberWordsAt(tokens, s);
  if (t === undefined || read === undefined || tokens[read.last + 1] === undefined) return undefined;
  const last = tokens[read.last] ?? t;
  const fixed = String(read.value);
  const mistake = { kind: "numberWord" as const, text: writtenText(tokens, s, read.last), fixed, range: spanTokens(t, last) ?? tokenRange(t) };
  return { first: s, last: read.last, mistake, literal: "keyword", token: { type: NumberLiteral, image: fixed } };
}

/**
 * `minimal 3 (tiga) sesi`, `peserta 40 (empat puluh)`: a number and its words in brackets, as
 * a MoU's articles write it; Lontar writes the digits once (`3`). Words that spell another
 * number (`3 (empat)`) offer both, neither applied.
 */
export function numberSpelledAt(tokens: readonly IToken[], s: number): NotationRun | undefined {
  const [count, open] = [tokens[s], tokens[s + 1]];
  if (count?.tokenType !== NumberLiteral || !/^\d+$/.test(count.image) || open?.tokenType.name !== "LParen" || open.startLine !== count.startLine) return undefined;
  const read = numberWordsAt(tokens, s + 2);
  const close = read === undefined ? undefined : tokens[read.last + 1];
  if (read === undefined || close?.tokenType.name !== "RParen") return undefined;
  const range = spanTokens(count, close) ?? tokenRange(count);
  const text = writtenText(tokens, s, read.last + 1);
  const written = Number(count.image);
  const mistake: NotationMistake = read.value === written
    ? { kind: "numberSpelled", text, fixed: count.image, range }
    : { kind: "numberSpelledOther", text, alternatives: [count.image, String(read.value)], range };
  return { first: s, last: read.last + 1, mistake, literal: "keyword", token: { type: NumberLiteral, image: mistake.fixed ?? count.image } };
}

/** Words for what a count counts, written after it (`25 orang`). */
export const COUNT_UNITS: ReadonlySet<string> = new Set(["orang", "org", "anak", "siswa", "kursi", "buku", "unit", "buah", "people", "persons", "pax", "seats", "books", "units"]);

/** The words of {@link COUNT_UNITS} that count people, lower case. */
const PEOPLE_UNITS: ReadonlySet<string> = new Set(["orang", "org", "people", "persons", "pax"]);

/** `peserta 25 orang`, `kapasitas 30 kursi`: a count and what it counts; Lontar writes the number alone. */
export function countUnitAt(tokens: readonly IToken[], s: number): NotationRun | undefined {
  const [count, unit] = [tokens[s], tokens[s + 1]];
  if (count?.tokenType !== NumberLiteral || unit === undefined || !COUNT_UNITS.has(unit.image.toLowerCase()) || unit.startLine !== count.startLine) return undefined;
  const range = spanTokens(count, unit) ?? tokenRange(count);
  // In a need (`butuh 1 orang dengan keahlian mendongeng`) the word stands where the kind of resource does: staff or a volunteer, both offered.
  // With the kind after it (`butuh 2 orang staf`), the word alone goes: offering `2 staf` for `2 orang` wrote `2 staf staf` (an editor walk of stop 59).
  const kindAfter = tokens[s + 2]?.tokenType === K["Staff"] || tokens[s + 2]?.tokenType === K["Volunteer"];
  if (PEOPLE_UNITS.has(unit.image.toLowerCase()) && !kindAfter && lineShape(tokens, s) === "needs") {
    const lang = keywordLanguage(unit) === "en" || /^(people|persons|pax)$/i.test(unit.image) ? "en" : "id";
    const kinds = [spell("Staff", lang), spell("Volunteer", lang)];
    return { first: s, last: s + 1, mistake: { kind: "needPeople", text: `${count.image} ${unit.image}`, alternatives: kinds.map((k) => `${count.image} ${k}`), range }, literal: "keyword", token: { type: NumberLiteral, image: count.image }, then: [{ type: K["Staff"] ?? NumberLiteral, image: kinds[0] ?? "staf" }] };
  }
  return { first: s, last: s + 1, mistake: { kind: "countUnit", text: `${count.image} ${unit.image}`, fixed: count.image, range }, literal: "keyword", token: { type: NumberLiteral, image: count.image } };
}

/** The keyword tokens of properties whose value is a count (`peserta`, `kapasitas`, `kuantitas`). */
export const COUNT_PROPERTIES: ReadonlySet<string> = new Set(["Participants", "Capacity", "Quantity"]);
/** Words before a count that bound or round it (`maksimal`, `sekitar`, `up to` is two), lower case. */
const COUNT_BOUNDS: ReadonlySet<string> = new Set(["maksimal", "maks", "max", "maximum", "hingga", "sampai", "sekitar", "kurang", "about", "around", "approximately", "approx", "up", "paling"]);
/** The second word of a two-word bound (`kurang lebih`, `up to`, `paling banyak`), by its first. */
const COUNT_BOUND_SECOND: ReadonlyMap<string, string> = new Map([["kurang", "lebih"], ["up", "to"], ["paling", "banyak"]]);

/**
 * `peserta maksimal 25`, `peserta sekitar 30 orang`, `capacity up to 60`: a word that bounds or
 * rounds a count, after a property whose value is one. The property's number is the most
 * expected (participants, a room's capacity), so the fix is the number alone.
 */
export function countBoundAt(tokens: readonly IToken[], s: number): NotationRun | undefined {
  const [keyword, word] = [tokens[s - 1], tokens[s]];
  if (keyword === undefined || word === undefined || !COUNT_PROPERTIES.has(keyword.tokenType.name) || word.startLine !== keyword.startLine) return undefined;
  const lower = word.image.toLowerCase();
  if (!COUNT_BOUNDS.has(lower)) return undefined;
  const second = COUNT_BOUND_SECOND.get(lower);
  if (second !== undefined && tokens[s + 1]?.image.toLowerCase() !== second) return undefined;
  // A short form's dot (`maks. 25`, `approx. 60`) goes with it.
  const dotted = second === undefined && tokens[s + 1]?.tokenType.name === "Dot" && touching(word, tokens[s + 1]);
  const at = second !== undefined || dotted ? s + 2 : s + 1;
  const count = tokens[at];
  if (count?.tokenType !== NumberLiteral || count.startLine !== word.startLine || !/^\d+$/.test(count.image)) return undefined;
  const unit = tokens[at + 1];
  const last = unit !== undefined && unit.startLine === count.startLine && COUNT_UNITS.has(unit.image.toLowerCase()) ? at + 1 : at;
  const range = spanTokens(word, tokens[last] as IToken) ?? tokenRange(word);
  return { first: s, last, mistake: { kind: "countBound", text: writtenText(tokens, s, last), fixed: count.image, range }, literal: "keyword", token: { type: NumberLiteral, image: count.image } };
}

/** The tokens a date or a list of dates is written with, before a join: what may stand between `kecuali` and it. */
const DATE_LIST_TOKENS: ReadonlySet<string> = new Set(["DateLiteral", "DateTimeLiteral", "NumberLiteral", "Slash", "Dot", "DotDot", "Comma", "Minus", "MonthName", "Identifier"]);

/** At most this many tokens of dates are looked at between `kecuali` and a join. */
const EXCEPT_LOOKBACK = 40;

/** Whether token `s` stands in a list of dates excepted (`kecuali 01/03/2027 s.d. …`): `kecuali` before it on its line, only dates between. */
function inExceptList(tokens: readonly IToken[], s: number): boolean {
  const at = lastOnLine(tokens, s, (t) => t.tokenType === K["Except"] || !DATE_LIST_TOKENS.has(t.tokenType.name), EXCEPT_LOOKBACK);
  return tokens[at]?.tokenType === K["Except"];
}

/** `jam 09:00` for `pukul 09:00`; `sampai dengan` and `s.d.` for `sampai`; `paling sedikit`, `sekurang-kurangnya` for `minimal`, `paling banyak`, `sebanyak-banyaknya` for `maksimal`. */
export function keywordAt(tokens: readonly IToken[], s: number): NotationRun | undefined {
  const [a, b, c, d] = [tokens[s], tokens[s + 1], tokens[s + 2], tokens[s + 3]];
  const at = K["At"];
  const until = K["Until"];
  if (a === undefined || at === undefined || until === undefined) return undefined;
  // `jam 9 pagi` too (then read as `pukul 9 pagi`).
  if (a.image === "jam" && (b?.tokenType === TimeLiteral || timeAt(tokens, s + 1) !== undefined || jamBeforeHour(tokens, s))) {
    return { first: s, last: s, mistake: { kind: "jamForPukul", text: "jam", fixed: "pukul", range: tokenRange(a) }, literal: "keyword", keyword: at };
  }
  // `pkl. 09.00`, `pkl 9`: the letters' short form of `pukul`, with its dot or without, before a time or an hour.
  if (a.image.toLowerCase() === "pkl") {
    const dotted = b?.tokenType.name === "Dot" && touching(a, b);
    const time = dotted ? c : b;
    const at2 = dotted ? s + 2 : s + 1;
    if (time !== undefined && time.startLine === a.startLine && (time.tokenType === TimeLiteral || timeAt(tokens, at2) !== undefined || (isDigits(time) && time.image.length <= 2))) {
      const last = dotted ? s + 1 : s;
      const range = spanTokens(a, tokens[last] as IToken) ?? tokenRange(a);
      return { first: s, last, mistake: { kind: "wordsFor", text: writtenText(tokens, s, last), fixed: "pukul", range }, literal: "keyword", keyword: at };
    }
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
  // `sekurang-kurangnya`, `sebanyak-banyaknya` (three tokens, touching), as a MoU's articles write the bound.
  const reduplicated = reduplicatedBound(tokens, s);
  if (reduplicated !== undefined && minimal !== undefined && maximal !== undefined) {
    const most = reduplicated === "most";
    const range = spanTokens(a, c) ?? tokenRange(a);
    return { first: s, last: s + 2, mistake: { kind: "wordsFor", text: writtenText(tokens, s, s + 2), fixed: most ? "maksimal" : "minimal", range }, literal: "keyword", keyword: most ? maximal : minimal };
  }
  // Between two dates after `kecuali`, `s.d.` joins a range of days excepted (`..`): read as `sampai` it would end the schedule there.
  const sd = /^s$/i.test(a.image) || (a.image === "sampai" && b?.image === "dengan");
  if (sd && inExceptList(tokens, s)) return undefined;
  if (a.image === "sampai" && b?.image === "dengan") {
    const range = spanTokens(a, b) ?? tokenRange(a);
    return { first: s, last: s + 1, mistake: { kind: "untilWith", text: "sampai dengan", fixed: "sampai", range }, literal: "keyword", keyword: until };
  }
  if (/^s$/i.test(a.image) && b?.tokenType.name === "Dot" && c !== undefined && /^d$/i.test(c.image) && d?.tokenType.name === "Dot" && touching(a, b) && touching(b, c) && touching(c, d)) {
    const range = spanTokens(a, d) ?? tokenRange(a);
    return { first: s, last: s + 3, mistake: { kind: "untilWith", text: `${a.image}.${c.image}.`, fixed: "sampai", range }, literal: "keyword", keyword: until };
  }
  // `s/d`, and `s.d` with no last dot: the same `sampai`.
  if (/^s$/i.test(a.image) && (b?.tokenType.name === "Slash" || b?.tokenType.name === "Dot") && c !== undefined && /^d$/i.test(c.image) && touching(a, b) && touching(b, c)) {
    const range = spanTokens(a, c) ?? tokenRange(a);
    return { first: s, last: s + 2, mistake: { kind: "untilWith", text: `${a.image}${b.image}${c.image}`, fixed: "sampai", range }, literal: "keyword", keyword: until };
  }
  return undefined;
}

/** Single words for an obligation's bound, as letters write them: at least (`setidaknya`, `min`) or at most (`maks`, `max`), lower case. */
const BOUND_WORDS: ReadonlyMap<string, "least" | "most"> = new Map([
  ["setidaknya", "least"], ["sekurangnya", "least"], ["minimum", "least"], ["min", "least"],
  ["maksimum", "most"], ["maks", "most"], ["maximum", "most"], ["max", "most"],
]);

/** The words of a bound written reduplicated, lower case, by their first: `sekurang-kurangnya` (at least), `sebanyak-banyaknya` (at most). */
const REDUPLICATED_BOUNDS: ReadonlyMap<string, { readonly second: string; readonly bound: "least" | "most" }> = new Map([
  ["sekurang", { second: "kurangnya", bound: "least" }],
  ["sebanyak", { second: "banyaknya", bound: "most" }],
]);

/** At `s`, `sekurang-kurangnya` or `sebanyak-banyaknya` (a word, `-`, a word, touching): the bound it writes, or undefined. */
function reduplicatedBound(tokens: readonly IToken[], s: number): "least" | "most" | undefined {
  const [a, dash, b] = [tokens[s], tokens[s + 1], tokens[s + 2]];
  const read = a === undefined ? undefined : REDUPLICATED_BOUNDS.get(a.image.toLowerCase());
  if (read === undefined || dash?.tokenType !== Minus || b?.image.toLowerCase() !== read.second || !touching(a, dash) || !touching(dash, b)) return undefined;
  return read.bound;
}

/** Whether token `s` starts an obligation's bound written in words (`paling sedikit`, `sekurang-kurangnya`, `setidaknya 2 sesi`): a line it starts is a property of its own. */
export function startsBoundWords(tokens: readonly IToken[], s: number): boolean {
  const [a, b] = [tokens[s], tokens[s + 1]];
  return (a?.image.toLowerCase() === "paling" && (b?.image === "sedikit" || b?.image === "banyak")) || reduplicatedBound(tokens, s) !== undefined || boundWordAt(tokens, s) !== undefined;
}

/**
 * `setidaknya 2 sesi kelas per semester`, `min 2 sesi …`, `maximum 4 sessions of …`: a word for an
 * obligation's bound, before a count of sessions; Lontar writes `minimal` / `maksimal` (`at least`
 * / `at most` in English, by the language of the word for sessions).
 */
export function boundWordAt(tokens: readonly IToken[], s: number): NotationRun | undefined {
  const [word, count, unit] = [tokens[s], tokens[s + 1], tokens[s + 2]];
  const bound = word === undefined ? undefined : BOUND_WORDS.get(word.image.toLowerCase());
  if (word === undefined || bound === undefined || count?.tokenType !== NumberLiteral || unit === undefined || (unit.tokenType !== K["Session"] && unit.tokenType !== K["Times"])) return undefined;
  const [at, extreme, indonesian] = [K["At"], K[bound === "least" ? "Least" : "Most"], K[bound === "least" ? "Minimal" : "Maximal"]];
  if (at === undefined || extreme === undefined || indonesian === undefined) return undefined;
  const range = tokenRange(word);
  if (WORDS.get(unit.image)?.lang === "en") {
    const fixed = `at ${bound}`;
    return { first: s, last: s, mistake: { kind: "wordsFor", text: word.image, fixed, range }, literal: "keyword", token: { type: at, image: "at" }, then: [{ type: extreme, image: bound }] };
  }
  const fixed = bound === "least" ? "minimal" : "maksimal";
  return { first: s, last: s, mistake: { kind: "wordsFor", text: word.image, fixed, range }, literal: "keyword", token: { type: indonesian, image: fixed } };
}

/**
 * The resource kinds whose need counts units of one named resource (`6 koleksi paket_rotasi`,
 * `2 peralatan proyektor`). A number after a room, a vehicle or a person's name may be part of
 * the name written with a space (`ruang aula 2` for the room `aula_2`): never moved.
 */
const COUNTED_NEED_KINDS: readonly string[] = ["Collection", "Equipment"];

/**
 * `butuh koleksi paket_rotasi 6`: a need's count after the collection or equipment it counts,
 * where Lontar writes it first (`butuh 6 koleksi paket_rotasi`): the certain fix, when the need
 * is the first of its line or follows a comma, and the count ends it (a Sleman planner's walk, stop 55).
 */
export function needCountAfterAt(tokens: readonly IToken[], s: number): NotationRun | undefined {
  const [lead, kind, name, count, after] = [tokens[s - 1], tokens[s], tokens[s + 1], tokens[s + 2], tokens[s + 3]];
  if (lead === undefined || kind === undefined || name === undefined || count === undefined) return undefined;
  if (lead.tokenType !== K["Needs"] && lead.tokenType.name !== "Comma") return undefined;
  if (!COUNTED_NEED_KINDS.some((k) => K[k] === kind.tokenType) || !namesNeedResource(name.tokenType, name.startLine ?? 0, kind.startLine ?? 0, count.tokenType, count.startLine) || count.tokenType !== NumberLiteral || !/^\d{1,4}$/.test(count.image)) return undefined;
  if (name.startLine !== kind.startLine || count.startLine !== kind.startLine) return undefined;
  if (after !== undefined && after.startLine === count.startLine && after.tokenType.name !== "Comma" && after.tokenType.name !== "RBrace") return undefined;
  const fixed = `${count.image} ${kind.image} ${name.image}`;
  const range = spanTokens(kind, count) ?? tokenRange(kind);
  return { first: s, last: s + 2, mistake: { kind: "needCountAfter", text: writtenText(tokens, s, s + 2), fixed, range }, literal: "keyword", token: { type: NumberLiteral, image: count.image }, then: [{ type: kind.tokenType, image: kind.image }, { type: name.tokenType, image: name.image }] };
}

/** The keyword tokens of a need's clause after `with` / `dengan` (or `and` / `dan`) that take a value: a role, a skill, a capacity. */
const NEED_CLAUSE_TOKENS: readonly string[] = ["Role", "Skills", "Capacity"];

/**
 * `butuh 1 relawan dengan keahlain mendongeng`: a need's clause keyword misspelt, which the
 * grammar reads as a room's feature, failing at the value after it. The clause keyword nearest
 * the word (keyword-suggestions.ts's `closeKeywords`, in the language of `dengan` / `with`) is
 * the certain fix; none when no keyword is near, or two are as near.
 */
export function needClauseWordAt(tokens: readonly IToken[], s: number): NotationRun | undefined {
  const [before, word, value] = [tokens[s - 1], tokens[s], tokens[s + 1]];
  if (before === undefined || word?.tokenType !== Identifier || value === undefined || value.startLine !== word.startLine || (before.tokenType !== K["With"] && before.tokenType !== K["And"])) return undefined;
  if (value.tokenType !== Identifier && value.tokenType !== NumberLiteral && value.tokenType.name !== "GtEq") return undefined;
  const clauses = NEED_CLAUSE_TOKENS.flatMap((name) => K[name] ?? []);
  const [fixed, ...others] = closeKeywords(word.image.toLowerCase(), clauses, keywordLanguage(before), 2);
  const type = fixed === undefined ? undefined : K[WORDS.get(fixed)?.token ?? ""];
  if (fixed === undefined || others.length > 0 || type === undefined) return undefined;
  const mistake = { kind: "needClauseWord" as const, text: word.image, fixed, example: `${before.image} ${fixed} ${value.image}`, range: tokenRange(word) };
  return { first: s, last: s + 1, mistake, literal: "keyword", token: { type, image: fixed }, then: [{ type: value.tokenType, image: value.image }] };
}

/**
 * `jadwal 2x seminggu`, `jadwal 3x per bulan`: how many times a schedule runs written with `x`
 * touching the number, as notes write it (`2 kali`, `2 times`), right after the schedule's
 * keyword and before its period; the words after it are read on as they are. In an agreement,
 * `minimal 1x kelas per bulan`, `at least 2x sessions of …`: a count of sessions (`1 sesi`, the
 * `x` dropped where `sesi` / `sessions` follows).
 */
export function timesXAt(tokens: readonly IToken[], s: number): NotationRun | undefined {
  const [number, x] = [tokens[s], tokens[s + 1]];
  if (number === undefined || x === undefined || number.tokenType.name !== "NumberLiteral" || !/^\d{1,3}$/.test(number.image) || !/^x$/i.test(x.image) || !touching(number, x)) return undefined;
  const times = K["Times"];
  if (times === undefined) return undefined;
  // Only how often a schedule runs: `jadwal 2x seminggu`, `schedule 3x per month` (a count of people or a length, `peserta 2x`, `selama 2x`, is no such thing).
  const counted = sessionsXAt(tokens, s, number, x);
  if (counted !== undefined) return counted;
  let first = s;
  while (first > 0 && tokens[first - 1]?.startLine === number.startLine) first--;
  const period = tokens[s + 2];
  const perPeriod = period !== undefined && period.startLine === number.startLine && (period.tokenType === K["Per"] || period.tokenType === K["Every"] || /^se(minggu|pekan|bulan|tahun|hari)$/i.test(period.image));
  if (tokens[first]?.tokenType !== K["Schedule"] || first !== s - 1 || !perPeriod) return undefined;
  const word = keywordLanguage(tokens[first] as IToken) === "en" ? "times" : "kali";
  const range = spanTokens(number, x) ?? tokenRange(number);
  return { first: s, last: s + 1, mistake: { kind: "timesX", text: `${number.image}${x.image}`, fixed: `${number.image} ${word}`, range }, literal: "keyword", token: { type: number.tokenType, image: number.image }, then: [{ type: times, image: word }] };
}

/** `minimal 1x kelas`, `at least 2x sessions of kelas`: a count of sessions after an agreement's bound, `x` touching it. */
function sessionsXAt(tokens: readonly IToken[], s: number, number: IToken, x: IToken): NotationRun | undefined {
  const bound = tokens[s - 1];
  const english = bound !== undefined && /^(least|most)$/i.test(bound.image) && /^at$/i.test(tokens[s - 2]?.image ?? "");
  const session = K["Session"];
  if (bound === undefined || bound.startLine !== number.startLine || session === undefined || !(english || bound.tokenType === K["Minimal"] || bound.tokenType === K["Maximal"])) return undefined;
  const next = tokens[s + 2];
  const said = next !== undefined && next.startLine === number.startLine && next.tokenType === session;
  const word = english ? "sessions" : "sesi";
  const range = spanTokens(number, x) ?? tokenRange(number);
  const fixed = said ? number.image : `${number.image} ${word}`;
  const put = said ? [] : [{ type: session, image: word }];
  return { first: s, last: s + 1, mistake: { kind: "sessionsX", text: `${number.image}${x.image}`, fixed, range }, literal: "keyword", token: { type: number.tokenType, image: number.image }, then: put };
}
