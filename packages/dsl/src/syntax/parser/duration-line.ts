/**
 * A program's session length written as a line of its own, as forms list it: `durasi 2 jam`,
 * `lama 90 menit`, `duration 2h`. Lontar says it in the schedule, after `selama` / `for`
 * (`jadwal setiap minggu pada sabtu pukul 09:00 selama 2 jam`). When the program has one
 * schedule line and it gives no length, the fix moves the length there; else the hint says
 * where it goes.
 */
import type { Labels } from "@lontar/core";
import type { IToken } from "chevrotain";
import type { KeywordLanguage } from "../ast.js";
import { endOf, spanTokens, tokenRange } from "../ast-builder/ranges.js";
import { spell } from "../keywords.js";
import type { LineHint } from "./line-hint.js";
import { lengthAt } from "./written-sessions.js";
import { hasComment, writtenText } from "./written-tokens.js";

/** Words for a session's length at the start of a line, lower case. */
const LENGTH_WORDS: ReadonlySet<string> = new Set(["durasi", "lama", "lamanya", "waktu_kegiatan", "duration", "length"]);

/** At most this many tokens of a length after its word (`2 jam 30 menit` is four). */
const LENGTH_TOKENS = 6;

/**
 * The length line starting at token `start` in a program's body (between its braces, the token
 * indexes `body.open` and `body.close`), or undefined when it is not one.
 */
export function durationLineAt(tokens: readonly IToken[], start: number, lang: KeywordLanguage, body: { readonly open: number; readonly close: number }, comments: readonly IToken[]): LineHint | undefined {
  const word = tokens[start];
  if (word === undefined || !LENGTH_WORDS.has(word.image.toLowerCase())) return undefined;
  // The line's tokens, up to a `}` that closes the body on it.
  const onLine = (k: number): boolean => tokens[k] !== undefined && tokens[k]?.startLine === word.startLine && k < body.close;
  let last = start;
  while (onLine(last + 1) && last - start < LENGTH_TOKENS) last++;
  const first = tokens[start + 1];
  if (last === start || onLine(last + 1) || (first?.tokenType.name !== "NumberLiteral" && first?.tokenType.name !== "CompactDuration")) return undefined;
  const length = writtenText(tokens, start + 1, last);
  // A length as a schedule writes it (`2 jam`, `1 jam 30 menit`, `90m`); anything else (`2`, `2 hari`) is only offered.
  const isLength = lengthAt(tokens, start + 1)?.last === last;
  const forWord = spell("For", lang);
  const schedules: number[] = [];
  for (let i = body.open + 1; i < body.close; i++) {
    const t = tokens[i];
    if (t?.tokenType.name === "Schedule" && (tokens[i - 1]?.endLine ?? 0) < (t.startLine ?? 0)) schedules.push(i);
  }
  const hint: Labels = {
    en: `; a session's length is written in its schedule, after \`${spell("For", "en")}\`: \`${spell("Schedule", "en")} … ${spell("For", "en")} ${length}\``,
    id: `; lama tiap sesi ditulis dalam jadwalnya, setelah \`${spell("For", "id")}\`: \`${spell("Schedule", "id")} … ${spell("For", "id")} ${length}\``,
  };
  const [schedule, ...others] = schedules;
  if (schedule === undefined || others.length > 0) return { hint };
  // The schedule's line: its last token, and whether it already gives a length.
  let end = schedule;
  while (tokens[end + 1] !== undefined && tokens[end + 1]?.startLine === tokens[schedule]?.startLine && end + 1 < body.close) end++;
  for (let i = schedule; i <= end; i++) {
    // `selama 2 jam` is a length; `selama 10 kali`, a count of sessions, is not.
    if (tokens[i]?.tokenType.name === "For" && lengthAt(tokens, i + 1) !== undefined) {
      return {
        hint: {
          en: `; a session's length is written in its schedule, after \`${spell("For", "en")}\`, and this program's schedule already gives one: this line can go`,
          id: `; lama tiap sesi ditulis dalam jadwalnya, setelah \`${spell("For", "id")}\`, dan jadwal program ini sudah menyebutnya: baris ini dapat dihapus`,
        },
      };
    }
  }
  // `selama 10 kali` (a count) on the schedule's line: where the length goes beside it is the planner's to write.
  let counted = false;
  for (let i = schedule; i <= end; i++) if (tokens[i]?.tokenType.name === "For") counted = true;
  if (!isLength || counted) return { hint };
  const scheduleEnd = tokens[end] as IToken;
  const before = tokens[start - 1];
  const lineEnd = tokens[last] as IToken;
  // The length line goes with the line break before it; the length is added where the schedule's line ends.
  const removed = before === undefined ? (spanTokens(word, lineEnd) ?? tokenRange(word)) : { start: endOf(before), end: endOf(lineEnd) };
  const added = ` ${forWord} ${length}`;
  // Right below the schedule's line, one edit does both (edits that touch are not applied together).
  const edits = before === scheduleEnd
    ? [{ range: { start: endOf(scheduleEnd), end: endOf(lineEnd) }, text: added }]
    : [{ range: { start: endOf(scheduleEnd), end: endOf(scheduleEnd) }, text: added }, { range: removed, text: "" }];
  // A comment on either line, or between them, would be moved or lost: only offered then.
  const from = Math.min(scheduleEnd.startOffset, word.startOffset);
  const to = tokens[Math.max(last, end) + 1]?.startOffset ?? Infinity;
  if (hasComment(comments, from, to)) return { hint };
  return { hint, fix: { note: "replaceWith", shown: `${writtenText(tokens, schedule, end)}${added}`, edits } };
}
