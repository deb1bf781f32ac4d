/**
 * "Did you mean `weekdays`?": the keywords the grammar accepts at an error, in the file's
 * language, closest to the word written first (or, when none is close, those it is a synonym of).
 */
import { tokenMatcher, type IToken, type TokenType } from "chevrotain";
import { damerauDistance, typoLimit } from "@lontar/core";
import type { KeywordLanguage } from "../ast.js";
import { WORDS } from "../keywords.js";
import { K } from "../lexer/tokens.js";

/** Token types that accept any word: a typo is never "fixed" by them. */
const ANY_WORD = new Set(["Name", "Identifier"]);

const spellingsByType = new Map<TokenType, { word: string; lang: KeywordLanguage | undefined }[]>();

/** Every keyword spelling a token type (or token category) accepts. */
function spellingsOf(type: TokenType): { word: string; lang: KeywordLanguage | undefined }[] {
  let list = spellingsByType.get(type);
  if (list === undefined) {
    list = [];
    for (const [word, meaning] of WORDS) {
      const own = K[meaning.token];
      if (own === undefined) continue;
      const probe = { image: word, tokenType: own, tokenTypeIdx: own.tokenTypeIdx ?? -1 } as IToken;
      if (tokenMatcher(probe, type)) list.push({ word, lang: meaning.lang });
    }
    spellingsByType.set(type, list);
  }
  return list;
}

/**
 * The keywords among `expected` closest to `word` (best first, at most `max`): those of
 * `lang` (and those spelled alike in both languages) first; when none of `lang` is close,
 * the other language's, each in `lang`'s spelling where it has one (`audiens` in a file
 * in Bahasa Indonesia is near `audience`, whose keyword there is `sasaran`), for a word of
 * at least {@link SHORTEST_PREFIX} letters. Empty when nothing is close enough to be a typo.
 */
export function closeKeywords(word: string, expected: readonly TokenType[], lang: KeywordLanguage, max = 3): string[] {
  const scored = new Map<string, { distance: number; own: boolean }>();
  for (const type of expected) {
    if (ANY_WORD.has(type.name)) continue;
    for (const s of spellingsOf(type)) {
      if (scored.has(s.word) || s.word === word) continue;
      const limit = Math.min(typoLimit(s.word), s.word.length - 1);
      if (limit < 1) continue;
      const distance = damerauDistance(word, s.word, limit);
      if (distance <= limit) scored.set(s.word, { distance, own: s.lang === undefined || s.lang === lang });
    }
  }
  const all = [...scored].map(([w, s]) => ({ word: w, ...s }));
  const own = all.filter((s) => s.own);
  // The other language's keywords for a word of at least a few letters: `t` or `kat` is no attempt at English `at` (offered as `pukul`).
  const pool = own.length > 0 ? own : word.length >= SHORTEST_PREFIX ? all : [];
  pool.sort((a, b) => a.distance - b.distance || (a.word < b.word ? -1 : a.word > b.word ? 1 : 0));
  const best = pool[0]?.distance;
  const nearest = pool.filter((s) => s.distance === best).map((s) => s.word);
  const close = [...new Set((own.length > 0 ? nearest : nearest.map((w) => ownSpelling(w, lang))).map(usualSpelling))].filter((w) => w !== word).slice(0, max);
  return close.length > 0 ? close : synonymKeywords(word, expected, lang);
}

/**
 * The usual spelling of a day, a month or an ordinal (`rabu` for `rab`, `agustus` for `agt`): the
 * first the word table lists for its meaning in its language, so that two spellings of one day
 * are one suggestion (`rabo` was "did you mean `rab` or `rabu`?").
 */
function usualSpelling(word: string): string {
  const meaning = WORDS.get(word);
  if (meaning?.value === undefined) return word;
  for (const [w, m] of WORDS) if (m.token === meaning.token && m.value === meaning.value && m.lang === meaning.lang) return w;
  return word;
}

/** A keyword's spelling in `lang` (the same keyword token), else the word itself. */
function ownSpelling(word: string, lang: KeywordLanguage): string {
  const type = K[WORDS.get(word)?.token ?? ""];
  return (type === undefined ? undefined : spellingIn(spellingsOf(type), lang)?.word) ?? word;
}

/** The shortest word read as the start of a keyword (`zona` for `zona_waktu`, `time` for `timezone`). */
const SHORTEST_PREFIX = 4;

/**
 * The keyword among `expected` that `word` is the start of, written short (`zona` for
 * `zona_waktu`, `time` for `timezone`), in `lang`'s spelling when that one starts so: one
 * keyword or none. None when `word` is shorter than {@link SHORTEST_PREFIX}, or starts
 * several keywords (`jenj`: `jenjang` and `jenjang_sekolah`).
 */
export function prefixKeywords(word: string, expected: readonly TokenType[], lang: KeywordLanguage): string[] {
  const start = word.toLowerCase();
  if (start.length < SHORTEST_PREFIX) return [];
  const found = new Map<string, { word: string; lang: KeywordLanguage | undefined }[]>();
  for (const type of expected) {
    if (ANY_WORD.has(type.name)) continue;
    for (const s of spellingsOf(type)) {
      const token = WORDS.get(s.word)?.token;
      if (token === undefined || s.word.length <= start.length || !s.word.startsWith(start)) continue;
      found.set(token, [...(found.get(token) ?? []), s]);
    }
  }
  const [only, ...others] = [...found.values()];
  if (only === undefined || others.length > 0) return [];
  const own = spellingIn(only, lang);
  return own === undefined ? [] : [own.word];
}

/**
 * Words a planner writes for a keyword they are not spelled like (a synonym, not a typo), by
 * the keyword tokens they may stand for: `kali` for `sesi` in an obligation, `setiap` for
 * `per`, `di` for a schedule's `pada`. Offered only where the grammar expects that keyword.
 */
const SYNONYMS: ReadonlyMap<string, readonly string[]> = new Map([
  ["kali", ["Session"]], ["times", ["Session"]],
  ["sesi", ["Times"]], ["session", ["Times"]], ["sessions", ["Times"]],
  ["setiap", ["Per"]], ["tiap", ["Per"]], ["every", ["Per"]], ["each", ["Per"]],
  // A cost per head: `per orang`, `per person` for `per peserta`.
  ["orang", ["Participants"]], ["people", ["Participants"]], ["person", ["Participants"]], ["kepala", ["Participants"]], ["head", ["Participants"]],
  ["per", ["Every"]],
  ["di", ["On"]], ["pada", ["At"]], ["on", ["At"]],
  ["sejak", ["From"]], ["since", ["From"]],
  // An hour and a minute as a planner abbreviates them in Bahasa Indonesia (`selama 2j`, `30 mnt`), as English writes `2h`, `30m`.
  ["j", ["Hours"]], ["mnt", ["Minutes"]],
  ["zone", ["Timezone"]],
  // Declarations, at the top level: what letters call a program or an agreement. After a cost's
  // `per` the same words are a session as often as the whole program: both offered, a session first.
  ["kegiatan", ["Session", "Program"]], ["acara", ["Session", "Program"]], ["activity", ["Session", "Program"]], ["event", ["Session", "Program"]],
  ["perjanjian", ["Agreement"]], ["mou", ["Agreement"]], ["pks", ["Agreement"]],
  // The span a workspace plans: a planner's words for it.
  ["rentang", ["Horizon"]], ["periode_rencana", ["Horizon"]], ["jangka_waktu", ["Horizon"]], ["range", ["Horizon"]],
]);

/** The keywords among `expected` that `word` is a synonym of (see {@link SYNONYMS}), in `lang`'s spelling (English when it has none). */
function synonymKeywords(word: string, expected: readonly TokenType[], lang: KeywordLanguage): string[] {
  const tokens = SYNONYMS.get(word.toLowerCase());
  if (tokens === undefined) return [];
  const found: string[] = [];
  for (const token of tokens) {
    const type = K[token];
    if (type === undefined || !expected.some((e) => !ANY_WORD.has(e.name) && tokenMatcher({ image: word, tokenType: type, tokenTypeIdx: type.tokenTypeIdx ?? -1 } as IToken, e))) continue;
    const own = spellingIn(spellingsOf(type), lang);
    if (own !== undefined && own.word !== word && !found.includes(own.word)) found.push(own.word);
  }
  return found;
}

/**
 * Words planners write for a property's keyword (a synonym, not a typo), by the keyword token
 * they stand for: `jam_buka` for a library's `buka`, `waktu` for a program's `jadwal`, `tempat`
 * for its `lokasi`. Offered only where a property starts, for a property of the declaration
 * written in (`time` is a program's `schedule`; in a library it is `timezone` written short).
 */
const PROPERTY_SYNONYMS: ReadonlyMap<string, string> = new Map([
  ["jam_buka", "Open"], ["jam_layanan", "Open"], ["jam_operasional", "Open"], ["waktu_buka", "Open"], ["hours", "Open"], ["opening_hours", "Open"],
  ["waktu", "Schedule"], ["jadwal_kegiatan", "Schedule"], ["time", "Schedule"],
  ["tempat", "Sites"], ["location", "Sites"], ["locations", "Sites"],
  // What a program needs, as planners write it (`butuhkan 1 relawan`, `perlu ruang aula`).
  ["butuhkan", "Needs"], ["dibutuhkan", "Needs"], ["kebutuhan", "Needs"], ["perlu", "Needs"], ["memerlukan", "Needs"], ["need", "Needs"], ["requires", "Needs"],
  // When a person or a room can be booked: `ketersediaan` (availability) for `tersedia`.
  ["availability", "Available"], ["ketersediaan", "Available"], ["jam_tersedia", "Available"],
  // Where a library or partner is: `provinsi "Jawa Barat"` for `wilayah "Jawa Barat"`.
  ["provinsi", "Region"], ["province", "Region"], ["lokasi_wilayah", "Region"],
  // A budget's year: `tahun 2027`, `tahun_anggaran 2027` (TA), for `periode 2027`.
  ["tahun", "Period"], ["tahun_anggaran", "Period"], ["year", "Period"], ["fiscal_year", "Period"],
  // An agreement's parties, as a letter names them: `para_pihak` for `antara`.
  ["parties", "Between"], ["party", "Between"], ["pihak", "Between"], ["para_pihak", "Between"],
]);

/**
 * The keywords `word` is a planner's word for, wherever it is written (a declaration's, a
 * property's or a statement's synonym: `mou` for `kesepakatan`, `jam_buka` for `buka`), each
 * in `lang`'s spelling (English when it has none); empty for any other word. What `lontar
 * explain mou` documents.
 */
export function keywordsMeantBy(word: string, lang: KeywordLanguage): string[] {
  const key = word.toLowerCase();
  const property = PROPERTY_SYNONYMS.get(key);
  const found: string[] = [];
  for (const token of [...(SYNONYMS.get(key) ?? []), ...(property === undefined ? [] : [property])]) {
    const type = K[token];
    const own = type === undefined ? undefined : spellingIn(spellingsOf(type), lang)?.word;
    if (own !== undefined && !found.includes(own)) found.push(own);
  }
  return found;
}

/** Whether `word` is a synonym of a property's keyword (see {@link PROPERTY_SYNONYMS}): a line it starts is a property of its own. */
export function isPropertySynonym(word: string): boolean {
  return PROPERTY_SYNONYMS.has(word.toLowerCase());
}

/**
 * The property keyword among `expected` (a declaration's own property keywords, where a
 * property starts) that `word` is a synonym of (see {@link PROPERTY_SYNONYMS}), in `lang`'s
 * spelling: one keyword or none.
 */
export function propertySynonyms(word: string, expected: readonly TokenType[], lang: KeywordLanguage): string[] {
  const type = K[PROPERTY_SYNONYMS.get(word.toLowerCase()) ?? ""];
  if (type === undefined || !expected.includes(type)) return [];
  const own = spellingIn(spellingsOf(type), lang);
  return own === undefined || own.word === word ? [] : [own.word];
}

/** The spelling of a keyword in `lang` (or one both languages share), else its first. */
function spellingIn<S extends { readonly lang?: KeywordLanguage | undefined }>(spellings: readonly S[], lang: KeywordLanguage): S | undefined {
  return spellings.find((s) => s.lang === lang || s.lang === undefined) ?? spellings[0];
}

/** The language of the keywords around token `index`: the nearest definite one before it, else after it, else English. */
export function contextLanguage(tokens: readonly IToken[], index: number): KeywordLanguage {
  for (let i = Math.min(index, tokens.length) - 1, seen = 0; i >= 0 && seen < 400; i--, seen++) {
    const lang = WORDS.get(tokens[i]?.image ?? "")?.lang;
    if (lang !== undefined) return lang;
  }
  for (let i = index, seen = 0; i < tokens.length && seen < 400; i++, seen++) {
    const lang = WORDS.get(tokens[i]?.image ?? "")?.lang;
    if (lang !== undefined) return lang;
  }
  return "en";
}
