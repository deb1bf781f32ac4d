/**
 * A library's break written as a line of its own, as notices say it: `istirahat 12:00-13:00`,
 * `ishoma 12:00-13:00`, `istirahat jumat 11:30-13:00`, `break 12:00-13:00`. Lontar has no break:
 * opening hours are windows, and a break splits the windows it falls in two. When the library's
 * `buka` lines are plain windows (days, then hours), the fix splits each window the break falls
 * inside (on the break's days, when it names them) and removes the line; else the hint shows how.
 */
import type { Labels } from "@lontar/core";
import type { IToken } from "chevrotain";
import type { KeywordLanguage } from "../ast.js";
import { endOf, tokenRange } from "../ast-builder/ranges.js";
import { spell } from "../keywords.js";
import type { LineHint } from "./line-hint.js";
import { hasComment, writtenText, lineEndFrom } from "./written-tokens.js";
import { minutesOfTime, WINDOW_DAY_TOKENS } from "./written-windows.js";

/** Words for a break at the start of a line, lower case. */
const BREAK_WORDS: ReadonlySet<string> = new Set(["istirahat", "ishoma", "jam_istirahat", "break", "lunch_break", "lunch"]);
/** At most this many windows are split in one body. */
const MOST_WINDOWS = 64;

/**
 * The break line starting at token `start` in a library's body (between the token indexes
 * `body.open` and `body.close`), or undefined when it is not one.
 */
export function breakLineAt(tokens: readonly IToken[], start: number, lang: KeywordLanguage, body: { readonly open: number; readonly close: number }, comments: readonly IToken[]): LineHint | undefined {
  const word = tokens[start];
  if (word === undefined || !BREAK_WORDS.has(word.image.toLowerCase())) return undefined;
  const last = lineEndFrom(tokens, start, 32);
  // The break's hours end the line: `… HH:MM-HH:MM`; its days, if any, stand between the word and them.
  const [from, minus, to] = [tokens[last - 2], tokens[last - 1], tokens[last]];
  const breakFrom = minutesOfTime(from);
  const breakTo = minutesOfTime(to);
  if (breakFrom === undefined || breakTo === undefined || minus?.tokenType.name !== "Minus" || breakTo <= breakFrom) return undefined;
  const daysWritten = last - 3 > start ? writtenText(tokens, start + 1, last - 3) : undefined;
  for (let i = start + 1; i < last - 2; i++) if (!WINDOW_DAY_TOKENS.has(tokens[i]?.tokenType.name ?? "")) return undefined;
  const days = daysWritten ?? (lang === "id" ? "senin..jumat" : "mon..fri");
  const hintOf = (split: string): Labels => ({
    en: `; a library's break splits its opening hours: each part is a window of its own, as in \`${spell("Open", lang)} ${split}\``,
    id: `; jam istirahat perpustakaan membagi jam bukanya: setiap bagian ditulis sebagai jendela sendiri, seperti \`${spell("Open", lang)} ${split}\``,
  });
  const hint = hintOf(`${days} …-${from?.image ?? ""}, ${days} ${to?.image ?? ""}-…`);
  // The windows of the body's `buka` lines: days, then `HH:MM-HH:MM`, joined by commas.
  const edits: { token: IToken; text: string }[] = [];
  const shown: string[] = [];
  let windows = 0;
  for (let i = body.open + 1; i < body.close && windows < MOST_WINDOWS; i++) {
    const t = tokens[i];
    if (t?.tokenType.name !== "Open" || (tokens[i - 1]?.endLine ?? 0) >= (t.startLine ?? 0)) continue;
    let k = i + 1;
    while (k < body.close && tokens[k]?.startLine === t.startLine) {
      const daysStart = k;
      while (k < body.close && tokens[k]?.startLine === t.startLine && WINDOW_DAY_TOKENS.has(tokens[k]?.tokenType.name ?? "") && tokens[k]?.tokenType.name !== "Comma") k++;
      // A list of days (`senin, rabu 08:00-12:00`): commas between days belong to them.
      while (tokens[k]?.tokenType.name === "Comma" && WINDOW_DAY_TOKENS.has(tokens[k + 1]?.tokenType.name ?? "") && tokens[k + 1]?.tokenType.name !== "Comma") {
        k++;
        while (k < body.close && WINDOW_DAY_TOKENS.has(tokens[k]?.tokenType.name ?? "") && tokens[k]?.tokenType.name !== "Comma") k++;
      }
      const [wFrom, wMinus, wTo] = [tokens[k], tokens[k + 1], tokens[k + 2]];
      const start = minutesOfTime(wFrom);
      const end = minutesOfTime(wTo);
      if (k === daysStart || start === undefined || end === undefined || wMinus?.tokenType.name !== "Minus") return { hint };
      windows++;
      const windowDays = writtenText(tokens, daysStart, k - 1);
      if ((daysWritten === undefined || daysWritten === windowDays) && start < breakFrom && breakTo < end && wTo !== undefined) {
        edits.push({ token: wTo, text: `${from?.image ?? ""}, ${windowDays} ${to?.image ?? ""}-${wTo.image}` });
        shown.push(`${windowDays} ${wFrom?.image ?? ""}-${from?.image ?? ""}, ${windowDays} ${to?.image ?? ""}-${wTo.image}`);
      }
      k += 3;
      if (tokens[k]?.tokenType.name !== "Comma" || tokens[k]?.startLine !== t.startLine) break;
      k++;
    }
    if (k < body.close && tokens[k]?.startLine === t.startLine) return { hint };
  }
  if (edits.length === 0) return { hint };
  // A comment from the first window split to the end of the break's line would be moved or lost: only offered then.
  const firstEdited = edits[0]?.token.startOffset ?? word.startOffset;
  if (hasComment(comments, Math.min(firstEdited, word.startOffset), tokens[last + 1]?.startOffset ?? Infinity)) return { hint: hintOf(shown.join(", ")) };
  // The line goes with the line break before it; a window ending right before it is rewritten in the same edit (edits that touch are not applied together).
  const before = tokens[start - 1] as IToken;
  const end = endOf(tokens[last] as IToken);
  const ranged = edits.map((e) => (e.token === before ? { range: { start: tokenRange(e.token).start, end }, text: e.text } : { range: tokenRange(e.token), text: e.text }));
  if (!edits.some((e) => e.token === before)) ranged.push({ range: { start: endOf(before), end }, text: "" });
  return { hint: hintOf(shown.join(", ")), fix: { note: "replaceWith", shown: shown.join(", "), edits: ranged } };
}
