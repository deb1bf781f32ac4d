/**
 * LON1001 for characters no token starts with: an invisible one (a zero width space pasted
 * with a name) is named and deleted by the fix; a sign from another notation (`bobot 30%`,
 * `jenis: opd`, `jenis opd;`, `peserta ±40`) says how Lontar writes it, deleted by the fix; a
 * letter outside a-z in a name (`bu_maría`), or an apostrophe inside one with a `_` (`desa_oe'ekam`),
 * says how a name is written, its ASCII spelling (`bu_maria`, `desa_oeekam`) the fix; anything else is quoted as found.
 */
import { createDiagnostic, suggestion } from "@lontar/core";
import type { Diagnostic, Range } from "../../diagnostics/diagnostic.js";
import { isNameText } from "../lexer/tokens.js";

/** Characters that cannot be seen, by name. */
const INVISIBLE: Readonly<Record<string, string>> = {
  "\u200B": "U+200B ZERO WIDTH SPACE", "\u200C": "U+200C ZERO WIDTH NON-JOINER", "\u200D": "U+200D ZERO WIDTH JOINER",
  "\u2060": "U+2060 WORD JOINER", "\u00AD": "U+00AD SOFT HYPHEN", "\u200E": "U+200E LEFT-TO-RIGHT MARK", "\u200F": "U+200F RIGHT-TO-LEFT MARK",
};

/** The names of `text`'s characters when every one of them is invisible (distinct, in order), else undefined. */
function invisibleNames(text: string): string | undefined {
  const names = [...new Set([...text].map((c) => INVISIBLE[c]))];
  return text.length > 0 && names.every((n) => n !== undefined) ? names.join(", ") : undefined;
}

/** A name's characters as written, any letter included: the word a letter outside a-z stands in. */
const NAME_CHARACTER = /[\p{L}\p{M}\p{N}_]/u;
/** The apostrophes a name from a place may hold (`Oe'Ekam`, `Ba'a`), typed or typeset. */
const APOSTROPHE = /['\u2019\u2018\u02BC]/u;
const APOSTROPHES = /['\u2019\u2018\u02BC]/gu;

/**
 * The name around the letter at `offset` of `text` (`bu_maría` around `í`), with its start and
 * its ASCII spelling when dropping the accents gives one (`bu_maria`); undefined when the
 * character is no letter.
 */
function nameAround(text: string, offset: number): { readonly start: number; readonly name: string; readonly ascii: string | undefined } | undefined {
  const apostrophe = APOSTROPHE.test(text.charAt(offset)) && NAME_CHARACTER.test(text.charAt(offset - 1)) && /^\p{L}/u.test(text.slice(offset + 1, offset + 3));
  if (!apostrophe && !/^\p{L}/u.test(text.slice(offset, offset + 2))) return undefined;
  const inName = (c: string): boolean => NAME_CHARACTER.test(c) || APOSTROPHE.test(c);
  let start = offset;
  while (start > 0 && inName(text.charAt(start - 1))) start--;
  let end = offset;
  while (end < text.length && inName(text.charAt(end))) end++;
  // Not at an apostrophe that ends or starts the run (a quote): `'kota'`.
  while (start < offset && APOSTROPHE.test(text.charAt(start))) start++;
  while (end > offset + 1 && APOSTROPHE.test(text.charAt(end - 1))) end--;
  const name = text.slice(start, end);
  // An apostrophe in a word of no `_` (`do'a` where a day is expected) may be no name at all: left to the parser.
  if (apostrophe && !name.includes("_")) return undefined;
  // An apostrophe inside a name (`oe'ekam`, `ba'a`) is left out, as `jum'at` is written `jumat`.
  const ascii = name.normalize("NFD").replace(/\p{M}/gu, "").replace(APOSTROPHES, "");
  return { start, name, ascii: isNameText(ascii) ? ascii : undefined };
}

/**
 * The diagnostic of the `length` characters at `offset` of `text` that no token starts with
 * (`found`: their first ones, as quoted), at `range` of `file`, and whether an error touching
 * them is their echo (`invisible`: an invisible character, or a letter outside a-z in a name).
 */
export function unexpectedCharacter(text: string, offset: number, length: number, found: string, range: Range, file: string): { readonly diagnostic: Diagnostic; readonly invisible: boolean } {
  const location = { file, range };
  const deleteIt = { suggestions: [suggestion("note.deleteIt", {}, [{ location, text: "" }], true)] };
  const invisible = invisibleNames(text.slice(offset, offset + length));
  if (invisible !== undefined) return { diagnostic: createDiagnostic("LON1001.invisible", { names: invisible }, location, deleteIt), invisible: true };
  const named = nameAround(text, offset);
  if (named !== undefined) {
    // The whole name, on the letter's line: the parser's error about the rest of it (`a` after `bu_mar`) is this one's echo.
    const start = { line: range.start.line, column: range.start.column - (offset - named.start), offset: named.start };
    const whole = { file, range: { start, end: { line: start.line, column: start.column + named.name.length, offset: named.start + named.name.length } } };
    const diagnostic = named.ascii === undefined
      ? createDiagnostic("LON1001.name", { name: named.name }, whole)
      : createDiagnostic("LON1001.nameAscii", { name: named.name, ascii: named.ascii }, whole, { suggestions: [suggestion("note.replaceWith", { text: named.ascii }, [{ location: whole, text: named.ascii }], true)] });
    return { diagnostic, invisible: true };
  }
  const before = text.slice(Math.max(0, offset - 40), offset);
  const number = found === "%" ? /(\d+)$/.exec(before)?.[1] : undefined;
  const word = found === ":" ? /([A-Za-z_][A-Za-z0-9_]*)[ \t]*$/.exec(before)?.[1] : undefined;
  // `peserta ±40`: "about" before a number, which a count writes alone (the most expected).
  const about = found === "±" ? /^[ \t]*(\d+)/.exec(text.slice(offset + length, offset + length + 20))?.[1] : undefined;
  const diagnostic =
    number !== undefined ? createDiagnostic("LON1001.percent", { number }, location, deleteIt)
    : about !== undefined ? createDiagnostic("LON1001.about", { number: about }, location, deleteIt)
    : word !== undefined ? createDiagnostic("LON1001.colon", { word }, location, deleteIt)
    : found === ";" ? createDiagnostic("LON1001.semicolon", {}, location, deleteIt)
    : createDiagnostic("LON1001.unexpected", { found }, location);
  return { diagnostic, invisible: false };
}
