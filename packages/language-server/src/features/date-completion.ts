/**
 * Completion of the date a one-off session takes (`jadwal sekali …`, `schedule once …`):
 * the horizon's first day as a snippet, alone and with a time and a duration, since a date
 * is all the grammar takes there and nothing was offered.
 */
import { CompletionItemKind, InsertTextFormat, type CompletionItem } from "vscode-languageserver";
import type { PlanDates } from "../analysis/planning.js";
import type { Snapshot } from "../analysis/snapshot.js";
import { spelling, type Lang } from "../language/language.js";
import { say } from "../words.js";

/**
 * The first day of the horizon, as a date a schedule may start from: the workspace's `horizon` /
 * `cakrawala` as written (the first in the files, read from the syntax: the workspace may not check
 * while it is being typed), else the settings' horizon, else today.
 *
 * @example horizonStart(snapshot, { today: "2026-12-06" }) // "2019-01-01" under `cakrawala 2019-01-01..2019-12-31`
 */
export function horizonStart(snapshot: Snapshot, dates: PlanDates): string {
  for (const file of snapshot.files.values()) {
    for (const item of file.items) if (item.kind === "Horizon") return item.dates.from.text;
  }
  return dates.horizon?.from ?? dates.today;
}

/**
 * The items after `sekali` / `once` (and its `pada` / `on`): the date `first` (`YYYY-MM-DD`) as a
 * snippet to type over, then a whole session on it (`2019-01-01 pukul 09:00 selama 2 jam`) in
 * the line's language `lang`; details in `uiLang`.
 */
export function onceDateItems(first: string, lang: Lang, uiLang: Lang): CompletionItem[] {
  const session = (date: string, time: string, hours: string): string => `${date} ${spelling("At", lang)} ${time} ${spelling("For", lang)} ${hours} ${spelling("Hours", lang)}`;
  return [
    { label: first, kind: CompletionItemKind.Value, detail: say("date", uiLang), insertText: `\${1:${first}}`, insertTextFormat: InsertTextFormat.Snippet, sortText: "0" },
    {
      label: session(first, "09:00", "2"),
      kind: CompletionItemKind.Snippet,
      detail: say("dateSession", uiLang),
      insertText: session(`\${1:${first}}`, "${2:09:00}", "${3:2}"),
      insertTextFormat: InsertTextFormat.Snippet,
      sortText: "1",
    },
  ];
}
