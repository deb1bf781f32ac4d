import { isIsoDate, isLocalDateTime, isLocalTime, suggestion } from "@lontar/core";
import { DateTime } from "luxon";
import type { DateLiteral, FileNode, ScheduleTail, TimeLiteral } from "../../syntax/ast.js";
import { monthName } from "../message-words.js";
import type { FileReporter } from "../report.js";
import type { Range } from "../../diagnostics/diagnostic.js";
import type { SyntaxNode } from "../../syntax/ast.js";
import { CHILD_KEYS } from "../../syntax/walk.js";
import { mayBeAfternoon, twelveHoursOn } from "../../language/clock-reading.js";


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
  if (!isLocalTime(node.text)) reportTime(node, reporter);
}

/**
 * LON3002 at a time that is not HH:mm from 00:00 to 24:00; a time written with one digit
 * for the hour (`9:00`, as many write it) gets its two-digit spelling as the fix. An hour
 * from 1 to 6 (`1:30`) may be meant on a 12-hour clock: both readings offered, neither applied.
 */
function reportTime(node: { readonly text: string; readonly range: Range }, reporter: FileReporter): void {
  const fixed = /^\d:\d\d$/.test(node.text) ? `0${node.text}` : undefined;
  if (fixed !== undefined && isLocalTime(fixed) && mayBeAfternoon(Number(node.text.slice(0, 1)))) {
    const afternoon = twelveHoursOn(node.text);
    const offers = [fixed, afternoon].map((text) => suggestion("LON3002.writeAs", { fixed: text }, [{ location: { file: reporter.file, range: node.range }, text }], false));
    reporter.report("LON3002.oneDigitHourAmbiguous", { text: node.text, early: fixed, afternoon }, node.range, { suggestions: offers });
    return;
  }
  if (fixed !== undefined && isLocalTime(fixed)) {
    // A time it is, its hour in one digit: the fix is certain (`lontar check --fix`, an editor's fix-all).
    const fix = suggestion("LON3002.writeAs", { fixed }, [{ location: { file: reporter.file, range: node.range }, text: fixed }], true);
    reporter.report("LON3002.oneDigitHour", { text: node.text, fixed }, node.range, { suggestions: [fix] });
    return;
  }
  reporter.report("LON3002.notTime", { text: node.text }, node.range);
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
 * Checks the date and time literals of a file, node by node: LON3001, LON3002, and LON3003
 * for a range whose ends are valid, except the one range {@link skip} (an agreement's
 * validity, which has its own code).
 */
class LiteralCheck {
  /** A date range whose order is not checked here. */
  skip: SyntaxNode | undefined;

  constructor(private readonly reporter: FileReporter) {}

  /** The checks of one node itself (not its children). */
  readonly visit = (node: SyntaxNode): void => {
    const reporter = this.reporter;
    switch (node.kind) {
      case "Date":
        return checkDate(node, reporter);
      case "Time":
        return checkTime(node, reporter);
      case "TimeValue":
        if (!isLocalTime(node.text)) reportTime(node, reporter);
        return;
      case "DateRange": {
        const { from, to } = node;
        if (node !== this.skip && isValidDateText(from.text) && isValidDateText(to.text) && datePart(to.text) < datePart(from.text)) {
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
}

/**
 * Walks the values of a file that may hold a date or time literal by their kinds (the
 * walker's child keys, in their order, parents first), giving `visit` each literal and range
 * (the containers spelled out here hold none themselves, so they are not given); a kind it
 * does not spell out goes to {@link visitLiteralNodes}, which gives every node it meets. No list or closure per node:
 * a file's values are many. Recursion is bounded by the schedules' fixed depth (conditions,
 * which nest without bound, go to the explicit stack of visitLiteralNodes).
 */
class LiteralWalk {
  constructor(private readonly visit: (node: SyntaxNode) => void) {}

  /** A node that may be missing (a partial tree). */
  private child(node: SyntaxNode | undefined): void {
    if (node !== undefined) this.node(node);
  }

  private each(nodes: readonly SyntaxNode[] | undefined): void {
    if (nodes !== undefined) for (let i = 0; i < nodes.length; i++) this.node(nodes[i] as SyntaxNode);
  }

  /** A schedule tail's keys that may hold literals, in order: at, from, until, except, also. */
  private tail(node: ScheduleTail): void {
    this.child(node.at);
    this.child(node.from);
    this.child(node.until);
    this.each(node.except);
    this.each(node.also);
  }

  /** Visits the literals at or below `node` (the kinds spelled out here hold none themselves; others go to the generic walk). */
  node(node: SyntaxNode): void {
    switch (node.kind) {
      case "Date":
      case "Time":
      case "TimeValue":
        return this.visit(node);
      case "DateRange":
        this.visit(node);
        this.child(node.from);
        return this.child(node.to);
      case "TimeRange":
        this.visit(node);
        this.child(node.start);
        return this.child(node.end);
      case "WeeklyWindow":
        return this.child(node.time);
      case "Windows":
        return this.each(node.windows);
      case "Closed":
        return this.child(node.dates);
      case "Horizon":
        return this.child(node.dates);
      case "EverySchedule":
        return this.tail(node);
      case "OnceSchedule":
        this.child(node.date);
        return this.tail(node);
      case "RRuleSchedule":
        this.child(node.starting);
        return this.tail(node);
      case "RangeSchedule":
        this.child(node.dates);
        return this.child(node.daily);
      case "FlexibleSchedule":
        this.each(node.windows);
        this.child(node.from);
        return this.child(node.until);
      default:
        if (!NO_LITERAL_BELOW.has(node.kind)) visitLiteralNodes(node, this.visit);
    }
  }
}

/**
 * Visits, in a file, every node that is or may hold a date or time literal (see
 * {@link LiteralWalk}). The literal check's walk, exported for the test that holds it to the walker.
 */
export function visitFileLiterals(file: FileNode, visit: (node: SyntaxNode) => void): void {
  const walk = new LiteralWalk(visit);
  for (const item of file.items) walkItem(walk, item, undefined);
}

/** Walks one item of a file: a declaration's properties' values (its name, `at` and broken part hold no literal), any other item whole. */
function walkItem(walk: LiteralWalk, item: FileNode["items"][number], check: LiteralCheck | undefined): void {
  if (item.kind !== "Declaration") return walk.node(item);
  const agreement = item.declarationKind === "agreement";
  for (const property of item.properties) {
    const value = property.value;
    if (check !== undefined) check.skip = agreement && property.key === "valid" && value.kind === "DateRange" ? value : undefined;
    walk.node(value);
  }
}

/**
 * Checks the date and time literals of a file item by item (see {@link checkLiterals}), so
 * that the other checks of an item can follow while its nodes are at hand.
 */
export class LiteralChecker {
  private readonly check: LiteralCheck;
  private readonly walk: LiteralWalk;

  /** Reports to `reporter`. */
  constructor(reporter: FileReporter) {
    this.check = new LiteralCheck(reporter);
    this.walk = new LiteralWalk(this.check.visit);
  }

  /** Checks the literals of one item of the file. */
  item(item: FileNode["items"][number]): void {
    walkItem(this.walk, item, this.check);
  }
}

/**
 * Checks every date and time literal of a file (LON3001, LON3002) and every date range
 * and time range whose ends are valid (LON3003 when it ends before it starts), except
 * an agreement's `valid` dates (its validity has its own code, LON5003).
 */
export function checkLiterals(file: FileNode, reporter: FileReporter): void {
  const checker = new LiteralChecker(reporter);
  for (const item of file.items) checker.item(item);
}
