/**
 * Completion of the hours after the days of opening hours or availability (`buka senin..kamis …`,
 * `available mon..fri …`): the grammar takes a time range there (`08:00-16:00`), and opening
 * hours need one (a day without hours is LON3009); and of a flexible schedule's window after
 * `antara` / `between` (`2 kali per bulan pada selasa antara 09:00-12:00`).
 */
import { CompletionItemKind, InsertTextFormat, type CompletionItem } from "vscode-languageserver";
import type { Lang } from "../language/language.js";
import { WORDS } from "../language/table-adapter.js";
import { say } from "../words.js";

/** The tokens of a word naming days: a weekday (`minggu` is Sunday here) or a group (`hari_kerja`, `weekends`). */
const DAY_TOKENS: ReadonlySet<string> = new Set(["WeekdayName", "Minggu", "Weekdays", "Weekends"]);

/** Whether a word names days as a window writes them: `senin`, `mon..thu`, `hari_kerja` (not a time, nor `cuti`). */
export function namesDays(word: string): boolean {
  const ends = word.split("..");
  return ends.length <= 2 && ends.every((end) => DAY_TOKENS.has(WORDS.get(end)?.token ?? ""));
}

/**
 * A time range as a snippet to type over (each time a placeholder), detailed in the reader's language `uiLang`:
 * a working day's hours by default, or the hours `from`-`until` given.
 *
 * @example timeRangeItems("id", "09:00", "12:00")[0]?.insertText // "${1:09:00}-${2:12:00}"
 */
export function timeRangeItems(uiLang: Lang, from = "08:00", until = "16:00"): CompletionItem[] {
  return [{ label: `${from}-${until}`, kind: CompletionItemKind.Value, detail: say("timeRange", uiLang), insertText: `\${1:${from}}-\${2:${until}}`, insertTextFormat: InsertTextFormat.Snippet }];
}
