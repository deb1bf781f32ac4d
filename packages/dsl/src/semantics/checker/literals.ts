import { isIsoDate, isLocalDateTime, isLocalTime } from "@lontar/core";
import { DateTime } from "luxon";
import type { DateLiteral, FileNode, TimeLiteral } from "../../syntax/ast.js";
import { monthName } from "../message-words.js";
import type { FileReporter } from "../report.js";
import { walkNodes } from "../../syntax/walk.js";


/** True when a date literal (with or without a `THH:mm` part) is on the calendar. */
export function isValidDateText(text: string): boolean {
  const known = validity.get(text);
  if (known !== undefined) return known;
  // Workspaces repeat the same few hundred dates; luxon's parse is the costly part.
  if (validity.size > 50_000) validity.clear();
  const valid = text.includes("T") ? isLocalDateTime(text) : isIsoDate(text);
  validity.set(text, valid);
  return valid;
}

const validity = new Map<string, boolean>();

function reportDate(text: string, range: DateLiteral["range"], reporter: FileReporter): void {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(text);
  if (match === null) return reporter.report("LON3001.notDate", { text }, range);
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12) return reporter.report("LON3001.noMonth", { text, month }, range);
  const days = DateTime.utc(year, month, 1).daysInMonth ?? 31;
  if (day < 1 || day > days) return reporter.report("LON3001.monthDays", { text, month: monthName(month), year, days }, range);
  reporter.report("LON3001.notDateTime", { text }, range);
}

function checkDate(node: DateLiteral, reporter: FileReporter): void {
  if (!isValidDateText(node.text)) reportDate(node.text, node.range, reporter);
}

function checkTime(node: TimeLiteral, reporter: FileReporter): void {
  if (!isLocalTime(node.text)) reporter.report("LON3002.notTime", { text: node.text }, node.range);
}

/** The date part of a date literal, `YYYY-MM-DD`. */
export const datePart = (text: string): string => text.slice(0, 10);

/**
 * Checks every date and time literal of a file (LON3001, LON3002) and every date range
 * and time range whose ends are valid (LON3003 when it ends before it starts), except
 * the date ranges in `skipRanges` (an agreement's validity has its own code, LON5003).
 */
export function checkLiterals(file: FileNode, reporter: FileReporter, skipRanges: ReadonlySet<unknown> = new Set()): void {
  walkNodes(file, (node) => {
    switch (node.kind) {
      case "Date":
        return checkDate(node as unknown as DateLiteral, reporter);
      case "Time":
      case "TimeValue":
        return checkTime(node as unknown as TimeLiteral, reporter);
      case "DateRange": {
        const { from, to } = node as unknown as { from: DateLiteral; to: DateLiteral };
        if (!skipRanges.has(node) && isValidDateText(from.text) && isValidDateText(to.text) && datePart(to.text) < datePart(from.text)) {
          reporter.report("LON3003.dateRange", { to: to.text, from: from.text }, (node as unknown as DateLiteral).range);
        }
        return;
      }
      case "TimeRange": {
        const { start, end } = node as unknown as { start: TimeLiteral; end: TimeLiteral };
        if (isLocalTime(start.text) && isLocalTime(end.text) && end.text <= start.text) {
          reporter.report("LON3003.timeRange", { end: end.text, start: start.text }, (node as unknown as TimeLiteral).range);
        }
        return;
      }
      default:
        return;
    }
  });
}
