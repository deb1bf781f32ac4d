import { isIsoDate, isLocalDateTime, isLocalTime } from "@lontar/core";
import { DateTime } from "luxon";
import type { DateLiteral, FileNode, TimeLiteral } from "../../syntax/ast.js";
import { monthName } from "../message-words.js";
import type { FileReporter } from "../report.js";
import type { SyntaxNode } from "../../syntax/ast.js";
import { CHILD_KEYS } from "../../syntax/walk.js";


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

/** Each node kind's child keys (the walker's table), as lists. */
const CHILD_KEY_LISTS: Readonly<Record<string, readonly string[]>> = Object.fromEntries(
  Object.entries(CHILD_KEYS).map(([kind, keys]) => [kind, Object.entries(keys as Record<string, number>).sort((a, b) => a[1] - b[1]).map(([key]) => key)]),
);

/**
 * The kinds of node with no date, time, date range or time range at or below them (see
 * ast.ts: needs, costs, obligations, audiences, names, strings, numbers, lists of them…).
 * The walk does not go into them; a test holds it to the walker (`walkNodes`) on the examples and
 * on generated sources.
 */
const NO_LITERAL_BELOW: ReadonlySet<string> = new Set([
  "Name", "String", "Number", "Duration", "Money", "Weekday", "Reference", "DayGroup", "DayRange", "DaySet", "Keyword", "Broken",
  "List", "RegionPath", "Capacity", "Audience", "Route", "Needs", "Need", "Cost", "Precedence", "Between", "Effect", "HoursCap", "BudgetCap",
  "Provides", "Hosts", "Sessions", "BudgetShare", "Indicator", "OpenOnCollectiveLeave", "Days", "NthWeekday", "MonthDay", "YearDate",
  "Literal", "Fact",
]);

/**
 * Visits every node below `root` that is or may hold a date or time literal (the walker's
 * child keys; an explicit stack, so deep conditions cannot overflow the call stack), parents
 * first, children in their keys' order, without building a list of each node's children (a
 * schedule's tail written out of order is visited in its keys' order, not the source's: no
 * literal check depends on it).
 */
export function visitLiteralNodes(root: SyntaxNode, visit: (node: SyntaxNode) => void): void {
  const stack: SyntaxNode[] = [root];
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    visit(node);
    const keys = CHILD_KEY_LISTS[node.kind];
    if (keys === undefined || keys.length === 0) continue;
    const fields = node as unknown as Readonly<Record<string, SyntaxNode | readonly SyntaxNode[] | undefined>>;
    // Pushed last child first, so that children are visited in their keys' order.
    for (let k = keys.length - 1; k >= 0; k--) {
      const value = fields[keys[k] as string];
      if (value === undefined) continue;
      if (!Array.isArray(value)) {
        if (!NO_LITERAL_BELOW.has((value as SyntaxNode).kind)) stack.push(value as SyntaxNode);
      } else {
        for (let i = value.length - 1; i >= 0; i--) {
          const child = (value as readonly SyntaxNode[])[i] as SyntaxNode;
          if (!NO_LITERAL_BELOW.has(child.kind)) stack.push(child);
        }
      }
    }
  }
}

/**
 * Checks every date and time literal of a file (LON3001, LON3002) and every date range
 * and time range whose ends are valid (LON3003 when it ends before it starts), except
 * the date ranges in `skipRanges` (an agreement's validity has its own code, LON5003).
 */
export function checkLiterals(file: FileNode, reporter: FileReporter, skipRanges: ReadonlySet<unknown> = new Set()): void {
  const visit = (node: SyntaxNode): void => {
    switch (node.kind) {
      case "Date":
        return checkDate(node, reporter);
      case "Time":
        return checkTime(node, reporter);
      case "TimeValue":
        if (!isLocalTime(node.text)) reporter.report("LON3002.notTime", { text: node.text }, node.range);
        return;
      case "DateRange": {
        const { from, to } = node;
        if (!skipRanges.has(node) && isValidDateText(from.text) && isValidDateText(to.text) && datePart(to.text) < datePart(from.text)) {
          reporter.report("LON3003.dateRange", { to: to.text, from: from.text }, node.range);
        }
        return;
      }
      case "TimeRange": {
        const { start, end } = node;
        if (isLocalTime(start.text) && isLocalTime(end.text) && end.text <= start.text) {
          reporter.report("LON3003.timeRange", { end: end.text, start: start.text }, node.range);
        }
        return;
      }
      default:
        return;
    }
  };
  // The walk's first levels, in its order: a declaration's name, `at` and broken part hold no
  // literal, so only its properties' values are walked (most of them hold none either).
  for (const item of file.items) {
    if (item.kind !== "Declaration") {
      if (!NO_LITERAL_BELOW.has(item.kind)) visitLiteralNodes(item, visit);
      continue;
    }
    for (const property of item.properties) if (!NO_LITERAL_BELOW.has(property.value.kind)) visitLiteralNodes(property.value, visit);
  }
}
