/**
 * Completion of the hours after the days of opening hours or availability (`buka senin..kamis …`,
 * `available mon..fri …`): the grammar takes a time range there (`08:00-16:00`), and opening
 * hours need one (a day without hours is LON3009).
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

/** A time range as a snippet to type over (`08:00-16:00`, each time a placeholder), detailed in the reader's language `uiLang`. */
export function timeRangeItems(uiLang: Lang): CompletionItem[] {
  return [{ label: "08:00-16:00", kind: CompletionItemKind.Value, detail: say("timeRange", uiLang), insertText: "${1:08:00}-${2:16:00}", insertTextFormat: InsertTextFormat.Snippet }];
}
