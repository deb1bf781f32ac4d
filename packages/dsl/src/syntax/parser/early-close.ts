/**
 * Braces in the wrong place between declarations: a `}` that closes a declaration before
 * its last properties (`program p { … }`, then `  jadwal …` and a second `}`, or no second
 * `}` when the brace was moved up), and a `}` that closes nothing (a second `}` after a
 * closed declaration). Each is one error at the brace, whose fix deletes it (or moves it
 * after the last of those lines); the properties after an early `}` are read as the
 * declaration's, so nothing else is said about them (no "expected a declaration", no
 * "program requires `jadwal`").
 */
import type { Labels } from "@lontar/core";
import type { IToken } from "chevrotain";
import type { Range } from "../../diagnostics/diagnostic.js";
import { packRange } from "../ast-builder/packed-range.js";
import { endOf, startOf } from "../ast-builder/ranges.js";

/** A `}` that closed a declaration early: its index, and the `}` that closes the properties after it, if one does. */
export interface EarlyClose {
  /** The early `}`. */
  readonly brace: number;
  /** The `}` after the properties, which closes the declaration; undefined when none does before the next item or the file's end (the `}` was moved up). */
  readonly close: number | undefined;
  /** The last token of the properties after the early `}`. */
  readonly last: number;
}

/** How far past the early `}` its declaration's own `}` is looked for, in tokens: a declaration is rarely longer. */
const MAX_TOKENS_TO_CLOSE = 5_000;

/**
 * At token `i`, the first of a line right after the `}` at `i - 1` that closed a declaration,
 * a property's keyword (`startsProperty`): the `}` that closes the lines from `i`, when one
 * comes before the next item (`startsItem`), or, when none does, the lines up to that item or
 * the file's end (the `}` moved up). Undefined when a `{` comes first, or the lines run on too long.
 */
export function earlyCloseAt(tokens: readonly IToken[], i: number, startsProperty: (k: number) => boolean, startsItem: (k: number) => boolean): EarlyClose | undefined {
  if (tokens[i - 1]?.tokenType.name !== "RBrace" || !startsProperty(i)) return undefined;
  const stop = Math.min(tokens.length, i + MAX_TOKENS_TO_CLOSE);
  for (let k = i + 1; k < stop; k++) {
    const t = tokens[k];
    if (t === undefined) return undefined;
    if (t.tokenType.name === "RBrace") return { brace: i - 1, close: k, last: k - 1 };
    if (t.tokenType.name === "LBrace") return undefined;
    if (startsItem(k)) return { brace: i - 1, close: undefined, last: k - 1 };
  }
  return stop === tokens.length ? { brace: i - 1, close: undefined, last: tokens.length - 1 } : undefined;
}

/** The text to delete for braces `first` to `last` of one line: the whole line when they stand alone on it, else the braces alone. */
export function braceDeletion(text: string, first: IToken, last: IToken = first): Range {
  const lineStart = text.lastIndexOf("\n", first.startOffset - 1) + 1;
  const after = last.startOffset + 1;
  const newline = text.indexOf("\n", after);
  const alone = text.slice(lineStart, first.startOffset).trim() === "" && text.slice(after, newline < 0 ? text.length : newline).trim() === "";
  if (!alone) return packRange(startOf(first), endOf(last));
  const line = first.startLine ?? 1;
  const start = { line, column: 1, offset: lineStart };
  const end = newline < 0 ? endOf(last) : { line: line + 1, column: 1, offset: newline + 1 };
  return packRange(start, end);
}

/** The deletions of a run of braces, one per line they stand on. */
export function bracesDeletions(text: string, braces: readonly IToken[]): { readonly range: Range; readonly text: string }[] {
  const out: { range: Range; text: string }[] = [];
  let first = 0;
  for (let k = 1; k <= braces.length; k++) {
    const a = braces[first];
    const b = braces[k - 1];
    if (a !== undefined && b !== undefined && (k === braces.length || braces[k]?.startLine !== a.startLine)) {
      out.push({ range: braceDeletion(text, a, b), text: "" });
      first = k;
    }
  }
  return out;
}

/**
 * The message of an early `}`: which declaration it closes, before which property; and where
 * its own `}` is (`close`), or, when it has none, the line of its last property (the `}` moved up).
 */
export function earlyCloseMessage(declaration: string, property: IToken, close: IToken | undefined, lastLine: number): Labels {
  const line = property.startLine ?? 0;
  if (close === undefined) {
    return {
      en: `this \`}\` closes \`${declaration}\` before its \`${property.image}\` on line ${line}: move it after its last property, on line ${lastLine}`,
      id: `\`}\` ini menutup \`${declaration}\` sebelum \`${property.image}\`-nya di baris ${line}: pindahkan ke setelah properti terakhirnya, di baris ${lastLine}`,
    };
  }
  const closeLine = close.startLine ?? 0;
  return {
    en: `this \`}\` closes \`${declaration}\` before its \`${property.image}\` on line ${line}: delete it, and the \`}\` on line ${closeLine} closes \`${declaration}\``,
    id: `\`}\` ini menutup \`${declaration}\` sebelum \`${property.image}\`-nya di baris ${line}: hapus \`}\` ini, dan \`}\` di baris ${closeLine} yang menutup \`${declaration}\``,
  };
}

/** The message of a `}` (or several) right after a closed declaration, which close nothing. */
export function strayBraceMessage(declaration: string): Labels {
  return { en: `this \`}\` closes nothing: \`${declaration}\` is closed by the \`}\` before it; delete it`, id: `\`}\` ini tidak menutup apa pun: \`${declaration}\` sudah ditutup oleh \`}\` sebelumnya; hapus` };
}
