/**
 * LON1001 for characters no token starts with: an invisible one (a zero width space pasted
 * with a name) is named and deleted by the fix; a sign from another notation (`bobot 30%`,
 * `jenis: opd`, `jenis opd;`) says how Lontar writes it, deleted by the fix; anything else is
 * quoted as found.
 */
import { createDiagnostic, suggestion } from "@lontar/core";
import type { Diagnostic, Range } from "../../diagnostics/diagnostic.js";

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

/**
 * The diagnostic of the `length` characters at `offset` of `text` that no token starts with
 * (`found`: their first ones, as quoted), at `range` of `file`, and whether they are invisible
 * (an error touching them is their echo).
 */
export function unexpectedCharacter(text: string, offset: number, length: number, found: string, range: Range, file: string): { readonly diagnostic: Diagnostic; readonly invisible: boolean } {
  const location = { file, range };
  const deleteIt = { suggestions: [suggestion("note.deleteIt", {}, [{ location, text: "" }], true)] };
  const invisible = invisibleNames(text.slice(offset, offset + length));
  if (invisible !== undefined) return { diagnostic: createDiagnostic("LON1001.invisible", { names: invisible }, location, deleteIt), invisible: true };
  const before = text.slice(Math.max(0, offset - 40), offset);
  const number = found === "%" ? /(\d+)$/.exec(before)?.[1] : undefined;
  const word = found === ":" ? /([A-Za-z_][A-Za-z0-9_]*)[ \t]*$/.exec(before)?.[1] : undefined;
  const diagnostic =
    number !== undefined ? createDiagnostic("LON1001.percent", { number }, location, deleteIt)
    : word !== undefined ? createDiagnostic("LON1001.colon", { word }, location, deleteIt)
    : found === ";" ? createDiagnostic("LON1001.semicolon", {}, location, deleteIt)
    : createDiagnostic("LON1001.unexpected", { found }, location);
  return { diagnostic, invisible: false };
}
