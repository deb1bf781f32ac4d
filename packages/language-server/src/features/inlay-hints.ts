import type { Range as DslRange } from "@lontar/dsl";
import { InlayHintKind, type InlayHint, type Range } from "vscode-languageserver";
import { rangesOverlap, toPosition, toRange } from "../analysis/positions.js";
import type { Snapshot } from "../analysis/snapshot.js";
import { fileLanguage } from "../language/language.js";
import { WEEKDAY_SPELLINGS, WEEKDAYS } from "../language/table-adapter.js";

/** The weekday code of a `YYYY-MM-DD` date (calendar arithmetic, no clock or zone). */
export function weekdayOf(date: string): (typeof WEEKDAYS)[number] | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(date);
  if (m === null) return undefined;
  const day = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))).getUTCDay();
  return Number.isNaN(day) ? undefined : WEEKDAYS[(day + 6) % 7];
}

/** `09:00` plus 180 minutes → `12:00` (past midnight: `+1`). */
export function endTime(start: string, minutes: number): string | undefined {
  const m = /^(\d{1,2}):(\d{2})$/.exec(start);
  if (m === null) return undefined;
  const total = Number(m[1]) * 60 + Number(m[2]) + minutes;
  const days = Math.floor(total / 1440);
  const rest = total % 1440;
  const hhmm = `${String(Math.floor(rest / 60)).padStart(2, "0")}:${String(rest % 60).padStart(2, "0")}`;
  return days > 0 ? `${hhmm} +${days}` : hhmm;
}

/** `word` with its first letter in capitals (`sabtu` → `Sabtu`). */
export const capitalize = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1);

/** Inlay hints in a range: the weekday after each date, the end time after a start and duration. */
export function inlayHints(snapshot: Snapshot, path: string, range: Range): InlayHint[] {
  const lang = fileLanguage(snapshot.texts.get(path) ?? "");
  const hints: InlayHint[] = [];
  for (const node of snapshot.nodes(path)) {
    if (!rangesOverlap(toRange(node.range), range)) continue;
    if (node.kind === "Date") {
      const text = node.node["text"];
      const day = typeof text === "string" ? weekdayOf(text) : undefined;
      if (day !== undefined) hints.push({ position: toPosition(node.range.end), label: capitalize(WEEKDAY_SPELLINGS[day][lang][0] ?? day), kind: InlayHintKind.Type, paddingLeft: true });
    }
    const at = node.node["at"];
    const duration = node.node["duration"];
    if (node.kind.endsWith("Schedule") && isTime(at) && isDuration(duration)) {
      const end = endTime(at.text, duration.minutes);
      if (end !== undefined) hints.push({ position: toPosition(duration.range.end), label: `→ ${end}`, kind: InlayHintKind.Parameter, paddingLeft: true });
    }
  }
  return hints.sort((a, b) => a.position.line - b.position.line || a.position.character - b.position.character);
}

function isTime(value: unknown): value is { text: string } {
  return typeof value === "object" && value !== null && (value as { kind?: unknown }).kind === "Time";
}

function isDuration(value: unknown): value is { minutes: number; range: DslRange } {
  return typeof value === "object" && value !== null && (value as { kind?: unknown }).kind === "Duration";
}
