/**
 * A property whose keyword was misspelt or written short (`zona Asia/Jakarta` for
 * `zona_waktu "Asia/Jakarta"`), read again with the keyword meant: when its value then reads
 * only with written forms put back (notation-reader.ts), each certain, the one fix of the
 * keyword's error takes them too, so that applying it leaves the line clean.
 */
import type { IToken } from "chevrotain";
import { messageLabels, type Labels } from "@lontar/core";
import type { Range } from "../../diagnostics/diagnostic.js";
import type { DeclarationKind } from "../ast.js";
import { tokenRange } from "../ast-builder/ranges.js";
import { WORDS } from "../keywords.js";
import { K } from "../lexer/tokens.js";
import { concat } from "./messages.js";
import { notationDiagnostic } from "./notation.js";
import { readMended } from "./notation-reader.js";
import { grammar, runOver } from "./parser.js";
import { touching } from "./written-tokens.js";

/** The fix of a keyword meant with the written forms of its value: its edits, the property as fixed, and what each form's message says. */
export interface MeantProperty {
  /** The keyword's edit, then each written form's. */
  readonly edits: readonly { readonly range: Range; readonly text: string }[];
  /** The property as the fix writes it (`zona_waktu "Asia/Jakarta"`). */
  readonly shown: string;
  /** What each written form's message (LON1106) says, joined. */
  readonly note: Labels;
}

/**
 * The property `tokens` (its first token the keyword as written, up to where reading goes on
 * after it) read with `keyword` for its first token. Undefined when it reads without any
 * written form put back (the keyword's own fix is enough), or does not read even so. `kind` is
 * the declaration's, where known.
 *
 * @example meantProperty(tokensOf('zona Asia/Jakarta'), "zona_waktu")?.shown // 'zona_waktu "Asia/Jakarta"'
 */
export function meantProperty(tokens: readonly IToken[], keyword: string, kind?: DeclarationKind): MeantProperty | undefined {
  const written = tokens[0];
  const type = K[WORDS.get(keyword)?.token ?? ""];
  if (written === undefined || type === undefined) return undefined;
  const meant: IToken[] = [{ ...written, image: keyword, tokenType: type, tokenTypeIdx: type.tokenTypeIdx ?? written.tokenTypeIdx }, ...tokens.slice(1)];
  const run = runOver(grammar().property, meant);
  if (run.error === undefined) return undefined;
  const mended = readMended(grammar().property, meant, 0, run.next, meant.length, kind);
  if (mended === undefined || !mended.certain || mended.run.error !== undefined || mended.run.next < meant.length) return undefined;
  // A fix's text with the spaces it needs where the written form touched a word (`perpusda,unsoed` → `perpusda dan unsoed`).
  const spaced = (m: (typeof mended.mistakes)[number]): string => `${m.lead ?? ""}${m.fixed ?? ""}${m.trail ?? ""}`;
  const fixes = mended.mistakes.map((m, i) => ({ span: mended.spans[i] ?? [0, 0], text: spaced(m) }));
  // A value read as written (`silent`) is the checker's to report: no edit, no note.
  const said = mended.mistakes.filter((m) => m.silent !== true);
  const edits = [{ range: tokenRange(written), text: keyword }, ...said.map((m) => ({ range: m.fixRange ?? m.range, text: spaced(m) }))];
  const notes = said.map((m) => messageLabels(notationDiagnostic(m, "").text ?? { key: "", args: {} }));
  const note = concat(...notes.flatMap((n, i) => (i === 0 ? [n] : ["; ", n])));
  return { edits, shown: fixedText(meant, fixes), note };
}

/** `tokens` as written (a space where two do not touch), with each span `[first, last]` of `fixes` written as its text. */
function fixedText(tokens: readonly IToken[], fixes: readonly { readonly span: readonly [number, number]; readonly text: string }[]): string {
  let text = "";
  for (let i = 0; i < tokens.length; i++) {
    const fix = fixes.find((f) => f.span[0] <= i && i <= f.span[1]);
    const space = i > 0 && !touching(tokens[i - 1], tokens[i]) ? " " : "";
    if (fix === undefined) text += space + (tokens[i]?.image ?? "");
    else if (fix.span[0] === i) text += space + fix.text;
  }
  return text;
}
