/**
 * The one way an unknown word is reported: "`women` is not a known audience group; allowed:
 * `children`, `teens`…" — every allowed value when there are few, else the nearest five —
 * with "did you mean" suggestions (a value near by spelling, else one the word ends, else one
 * sharing a whole part with it), and the replacement as an edit when one word is close
 * (applied by `check --fix` when that word is near by spelling).
 * The list is the message's `allowed` argument, in English and Bahasa Indonesia, each with
 * the values as a planner writes them: the Indonesian message lists the Indonesian words
 * (`anak_anak`, `opd`), the English one the words of the file's language.
 */
import { WORDS } from "../../syntax/keywords.js";
import { suggestion, type Labels, type TextEdit, damerauDistance } from "@lontar/core";
import type { Range } from "../../diagnostics/diagnostic.js";
import { closeNames } from "../binder/suggest.js";
import type { FileReporter } from "../report.js";
import { LISTED_IN_FULL, NEAREST } from "../../language/listing.js";

/** A value to list: its word in the list's language, and every spelling it may be written with. */
interface Listed {
  /** The word the list shows. */
  readonly shown: string;
  /** Every word the value may be written with (the distance to a typo is the nearest's). */
  readonly spellings: readonly string[];
}

/**
 * The values to list, by the word each is shown with: all of them when few, else the five
 * whose nearest spelling is nearest to `word` (then alphabetical), those `offered` as close
 * words first. A value's every spelling
 * counts, so an English typo (`peer_lerning`) puts its Indonesian word
 * (`pertemuan_pembelajaran_antar_sesama`) first in the Indonesian list.
 */
function shownIn(word: string, values: readonly Listed[], offered: readonly string[]): { readonly values: readonly string[]; readonly all: boolean } {
  const distinct = [...new Set(values.map((v) => v.shown))];
  if (distinct.length <= LISTED_IN_FULL) return { values: distinct, all: true };
  const lower = word.toLowerCase();
  const limit = Math.min(64, Math.max(lower.length, 8));
  const distance = new Map<string, number>();
  for (const v of values) {
    // A value the message offers ("did you mean `lomba`?") leads the list, whatever its distance, in the order offered.
    const at = Math.min(...v.spellings.map((s) => offered.indexOf(s)).filter((i) => i >= 0));
    const d = Number.isFinite(at) ? at - offered.length : Math.min(...v.spellings.map((s) => damerauDistance(lower, s.toLowerCase().slice(0, 256), limit)));
    distance.set(v.shown, Math.min(d, distance.get(v.shown) ?? d));
  }
  const scored = distinct.map((v) => ({ v, d: distance.get(v) ?? limit }));
  scored.sort((a, b) => a.d - b.d || (a.v < b.v ? -1 : a.v > b.v ? 1 : 0));
  return { values: scored.slice(0, NEAREST).map((s) => s.v), all: false };
}

/** The head of the list: what is listed, when it is listed in full. */
const ALLOWED: Labels = { en: "allowed", id: "yang diizinkan" };
/** Properties listed after a property a declaration does not take. */
export const ITS_PROPERTIES: Labels = { en: "its properties", id: "propertinya" };

/** The language a file's keywords are written in. */
type FileLanguage = "en" | "id";

/**
 * `allowed: `a`, `b`` or `nearest allowed: …` (`yang diizinkan: …`, `… terdekat: …`), for the
 * end of a message. `values` are words, the same in both languages, or each value's words in
 * English and Bahasa Indonesia: then the Indonesian list has the Indonesian words, and the
 * English list the words of `fileLanguage` (what the planner writes in that file). The
 * words `offered` as "did you mean" come first, so a message never offers a word its list leaves out.
 */
export function allowedList(word: string, values: readonly string[] | readonly Labels[], what: Labels = ALLOWED, fileLanguage: FileLanguage = "en", offered: readonly string[] = []): Labels {
  const listed = (language: FileLanguage): { list: string; all: boolean } => {
    const shown = shownIn(word, values.map((v) => (typeof v === "string" ? { shown: v, spellings: [v] } : { shown: v[language], spellings: [v.en, v.id] })), offered);
    return { list: shown.values.map((v) => `\`${v}\``).join(", "), all: shown.all };
  };
  const en = listed(fileLanguage);
  const id = listed("id");
  return {
    en: en.all ? `${what.en}: ${en.list}` : `nearest ${what.en}: ${en.list}`,
    id: id.all ? `${what.id}: ${id.list}` : `${what.id} terdekat: ${id.list}`,
  };
}

/** Which message an unknown word gets, with its own arguments. */
export type UnknownMessage =
  | { readonly key: "LON3004.unknownValueAllowed"; readonly what: Labels }
  | { readonly key: "LON3005.notStageAllowed" }
  | { readonly key: "LON3101.notFactAllowed" };

/** What {@link reportUnknown} needs to know. */
export interface UnknownWord {
  /** The message. */
  readonly message: UnknownMessage;
  /** The word as written. */
  readonly text: string;
  /** Where it is. */
  readonly range: Range;
  /** The values to list: as written in each language (the table's `written`), or words the same in both. */
  readonly values: readonly string[] | readonly Labels[];
  /** The language of the file's keywords at the word (English when not known). */
  readonly fileLanguage?: FileLanguage;
  /** Every word that would pass, for "did you mean"; the values when absent. */
  readonly candidates?: Iterable<string>;
  /** The value a candidate means (`kelas` and `class` both mean one), so that close synonyms are offered once, in the file's language. */
  readonly meaningOf?: (word: string) => string | undefined;
  /**
   * What a close word's fix rewrites, when that is more than the word: a range holding it
   * and the text of that range with the word in place of the unknown one. The word itself
   * at {@link range} when absent.
   */
  readonly rewrite?: { readonly range: Range; readonly text: (word: string) => string };
}

/**
 * The close words to offer: one per meaning, the file's own spelling of it when that is
 * among them (`kelas` in an Indonesian file, not `kelas` and `class`).
 */
function onePerMeaning(close: readonly string[], unknown: UnknownWord): string[] {
  const meaningOf = unknown.meaningOf;
  if (meaningOf === undefined) return [...close];
  const language = unknown.fileLanguage ?? "en";
  const own = new Set(unknown.values.map((v) => (typeof v === "string" ? v : v[language])));
  const chosen = new Map<string, string>();
  for (const word of close) {
    const meaning = meaningOf(word) ?? word;
    const before = chosen.get(meaning);
    if (before === undefined || (!own.has(before) && own.has(word))) chosen.set(meaning, word);
  }
  // A word near only by another of its spellings (`ibu` for `ibu_ibu`, `siswa` for `pelajar`) is offered as the value the list shows.
  const shown = new Map<string, string>();
  for (const v of unknown.values) {
    const written = typeof v === "string" ? v : v[language];
    shown.set(meaningOf(written) ?? written, written);
  }
  // Unless the word is a typo of that other spelling itself (`klub_bku` is `klub_buku` mistyped): the fix keeps the planner's own word.
  const typed = unknown.text.toLowerCase();
  return [...chosen].map(([meaning, word]) => (own.has(word) || isTypo(typed, word.toLowerCase()) ? word : (shown.get(meaning) ?? word)));
}

/**
 * The allowed words that are `word` with a prefix, as Indonesian forms a verb (`gilir` →
 * `buku_bergilir`, `latih` → `pelatihan` does not count: the word must end the value): for a
 * word of four letters or more that no value is near by spelling.
 */
function affixed(word: string, candidates: readonly string[]): string[] {
  const lower = word.toLowerCase();
  if (lower.length < 4) return [];
  return candidates.filter((c) => c.length > lower.length && c.toLowerCase().endsWith(lower)).sort();
}

/**
 * The allowed words that share a whole part of four letters or more with `word` (parts are
 * separated by `_`: `pembelajaran_sebaya` shares `pembelajaran` with
 * `pertemuan_pembelajaran_antar_sesama`), most shared parts first: a planner's own phrase
 * for a value that no value is near by spelling. None when more than three share one (too vague to offer).
 */
function sharingAPart(word: string, candidates: readonly string[]): string[] {
  const parts = new Set(word.toLowerCase().split("_").filter((p) => p.length >= 4 && !GENERIC_PARTS.has(p)));
  if (parts.size === 0) return [];
  const shared = (c: string): number => c.toLowerCase().split("_").filter((p) => parts.has(p)).length;
  const found = candidates.filter((c) => c.toLowerCase() !== word.toLowerCase() && shared(c) > 0);
  return found.length > 3 ? [] : found.sort((a, b) => shared(b) - shared(a) || (a < b ? -1 : a > b ? 1 : 0));
}

/**
 * `near`, and before it the allowed words of two parts or more that end `word` (it joins a
 * value to another: `kelas_literasi_digital` ends with `literasi_digital`, where `near` offered
 * only `kelas`, the value it starts with), the longest first: the more particular value is the
 * likelier meaning. `near` as it is when none ends the word, or `near` is empty.
 */
function withPartsOf(word: string, near: readonly string[], candidates: readonly string[]): string[] {
  const lower = word.toLowerCase();
  const ending = candidates.filter((c) => c.includes("_") && lower.length > c.length && lower.endsWith(`_${c.toLowerCase()}`));
  if (ending.length === 0 || near.length === 0) return [...near];
  ending.sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0));
  return [...new Set([...ending, ...near])];
}

/**
 * `near`, and after it the other allowed words that hold `word` as a whole part, when it is
 * one word of four letters or more and two or three values hold it (`literasi`: near by
 * spelling to `literasi_digital` alone, while `pelatihan_literasi` holds it as much; a walk of
 * stop 59). Offering them all keeps one of them from being applied as the fix.
 */
function withWholePart(word: string, near: readonly string[], candidates: readonly string[]): string[] {
  if (near.length === 0 || word.includes("_")) return [...near];
  // The values sharing the word, one part, with it: sharingAPart's (four letters or more, no general part, three at most).
  const holding = sharingAPart(word, candidates);
  if (holding.length < 2 || !near.some((n) => holding.includes(n))) return [...near];
  return [...new Set([...near, ...holding])];
}

/**
 * Parts too general to say what a value means (`organisasi_wanita` is no `organisasi_perangkat_daerah`,
 * `lembaga_pendidikan` no `lembaga_adat`): never the one part a phrase shares with a value.
 */
const GENERIC_PARTS: ReadonlySet<string> = new Set(["organisasi", "lembaga", "badan", "dinas", "pusat", "kelompok", "perpustakaan", "kegiatan", "program", "layanan", "umum", "organization", "institution", "group", "library", "service", "public"]);

/** The edit that writes `word` in place of the unknown one. */
function edit(reporter: FileReporter, unknown: UnknownWord, word: string): TextEdit {
  const range = unknown.rewrite?.range ?? unknown.range;
  return { location: { file: reporter.file, range }, text: unknown.rewrite?.text(word) ?? word };
}

/** Reports an unknown word with the allowed values and the close words. */
export function reportUnknown(reporter: FileReporter, unknown: UnknownWord): void {
  const plain = unknown.values.map((v) => (typeof v === "string" ? v : v.en));
  // Read twice (the near words, then the affixed): an iterator is spread once.
  const candidates = [...(unknown.candidates ?? plain)];
  const near = withWholePart(unknown.text, withPartsOf(unknown.text, closeNames(unknown.text, candidates), candidates), candidates);
  const prefixed = near.length > 0 ? [] : affixed(unknown.text, candidates);
  const close = onePerMeaning(near.length > 0 ? near : prefixed.length > 0 ? prefixed : sharingAPart(unknown.text, candidates), unknown).slice(0, 3);
  // One value near by spelling is the fix an editor or `check --fix` applies, as one close keyword is (a typo of a value the table lists); a word that only ends a value (`gilir`), starts it or shares a part with it stays a question.
  // Near by spelling means a typo (two edits at most): a prefix (`pelatihan_komputer` → `pelatihan`) is a guess at the meaning, offered but not applied.
  const meaning = (w: string): string => unknown.meaningOf?.(w) ?? w;
  const only = close.length === 1 ? close[0] : undefined;
  // A word of the language itself (`bukan`, near the fact `bulan`) is no typo: the sentence is written another way, so the fix is only offered.
  const certain = only !== undefined && !WORDS.has(unknown.text.toLowerCase()) && near.some((n) => isTypo(unknown.text.toLowerCase(), n.toLowerCase()) && meaning(n) === meaning(only));
  const extras = {
    suggestions: close.map((c) => suggestion("note.didYouMean", { name: c }, close.length === 1 ? [edit(reporter, unknown, c)] : [], certain)),
  };
  // The values the close words mean lead the list (`lomba` offered: `lomba_membaca`, the value it means, first).
  const meanings = new Set(close.map((c) => unknown.meaningOf?.(c) ?? c));
  const offered = [...close, ...unknown.values.flatMap((v) => (typeof v === "string" ? [v] : [v.en, v.id])).filter((w) => meanings.has(unknown.meaningOf?.(w) ?? w))];
  const allowed = allowedList(unknown.text, unknown.values, undefined, unknown.fileLanguage, offered);
  const message = unknown.message;
  switch (message.key) {
    case "LON3004.unknownValueAllowed":
      return reporter.report(message.key, { text: unknown.text, what: message.what, allowed }, unknown.range, extras);
    case "LON3005.notStageAllowed":
      return reporter.report(message.key, { text: unknown.text, allowed }, unknown.range, extras);
    case "LON3101.notFactAllowed":
      return reporter.report(message.key, { name: unknown.text, allowed }, unknown.range, extras);
  }
}

/**
 * Whether `word` is a typo of `value` sure enough to be fixed without asking: one edit in a word
 * of four letters or more, two in one of seven or more. In a short word two edits make another
 * word (`sma` is two from `lsm`, `dprd` two from `opd`): those are offered, not applied.
 */
export function isTypo(word: string, value: string): boolean {
  const distance = damerauDistance(word, value, 3);
  return distance <= (word.length >= 7 ? 2 : word.length >= 4 ? 1 : 0);
}
