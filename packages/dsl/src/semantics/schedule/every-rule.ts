import type { DaySetNode, EverySchedule, Ordinal, WeekdayNode } from "../../syntax/ast.js";

type Day = WeekdayNode["day"];
const ORDER: readonly Day[] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];
const ICAL: Readonly<Record<Day, string>> = { mon: "MO", tue: "TU", wed: "WE", thu: "TH", fri: "FR", sat: "SA", sun: "SU" };
const FREQ = { day: "DAILY", week: "WEEKLY", month: "MONTHLY", year: "YEARLY" } as const;

const INDEX: Readonly<Record<Day, number>> = { mon: 0, tue: 1, wed: 2, thu: 3, fri: 4, sat: 5, sun: 6 };
/** The days of `weekdays` and `weekends` as bits (Monday the lowest). */
const GROUP_BITS = { weekdays: 0b0011111, weekends: 0b1100000 } as const;

/** The weekdays a day set means, in week order without repeats; `fri..mon` wraps over the weekend. */
export function expandDaySet(set: DaySetNode): Day[] {
  const bits = daySetBits(set);
  return (DAYS_BY_BITS[bits] ??= ORDER.filter((_, i) => (bits & (1 << i)) !== 0)).slice();
}

/** How many weekdays a day set means (the length of {@link expandDaySet}, without the list). */
export function daySetSize(set: DaySetNode): number {
  let bits = daySetBits(set);
  let count = 0;
  for (; bits !== 0; bits &= bits - 1) count++;
  return count;
}

/**
 * The weekdays of a day set as bits (Monday the lowest). A set with no days is the window
 * `between 08:00-12:00` makes in a flexible schedule written without `on` (the parser's
 * applyBetween): any day, all seven.
 */
function daySetBits(set: DaySetNode): number {
  if (set.items.length === 0) return 0b1111111;
  let bits = 0;
  for (const item of set.items) {
    if (item.kind === "Weekday") bits |= 1 << INDEX[item.day];
    else if (item.kind === "DayGroup") bits |= GROUP_BITS[item.group];
    else {
      const from = INDEX[item.from.day];
      const to = INDEX[item.to.day];
      for (let i = 0; i < 7; i++) {
        bits |= 1 << ((from + i) % 7);
        if ((from + i) % 7 === to) break;
      }
    }
  }
  return bits;
}

// Each set of days written once (the compiled model keeps thousands of them): a copy of it
// is at its exact length, where one grown by push keeps spare room.
const DAYS_BY_BITS: Day[][] = [];

/**
 * The UNTIL part of an `until DATE` tail: a floating local date-time at the end of that
 * day, so the until day is inclusive whatever the start time.
 *
 * @example untilPart("2019-12-20") // "UNTIL=20191220T235959"
 */
export function untilPart(date: string): string {
  return `UNTIL=${date.slice(0, 10).replace(/-/g, "")}T235959`;
}

/**
 * The RRULE value of an `every …` schedule, without DTSTART: FREQ, INTERVAL (when not 1),
 * BYDAY (with ordinals: `BYDAY=-1FR`), BYMONTHDAY, BYMONTH, COUNT, and UNTIL as a floating
 * local date-time at the end of the until day (`UNTIL=20191220T235959`): the library's
 * zone is applied by the planner, and the until day is inclusive whatever the start time.
 *
 * @example everyToRRule(every week on tue, fri until 2019-12-20) // "FREQ=WEEKLY;BYDAY=TU,FR;UNTIL=20191220T235959"
 */
export function everyToRRule(node: EverySchedule): string {
  const known = ruleByNode.get(node);
  if (known !== undefined) return known;
  const rule = writeRule(node);
  ruleByNode.set(node, rule);
  return rule;
}

// The checker (twice) and the compiler ask for each node's rule: it is written once per
// node (a tree never changes after its parse) and dies with the tree.
const ruleByNode = new WeakMap<EverySchedule, string>();

function writeRule(node: EverySchedule): string {
  const parts = [`FREQ=${FREQ[node.unit]}`];
  if (node.interval !== 1) parts.push(`INTERVAL=${node.interval}`);
  const on = node.on;
  if (on?.kind === "Days") parts.push(`BYDAY=${expandDaySet(on.days).map((d) => ICAL[d]).join(",")}`);
  if (on?.kind === "NthWeekday") parts.push(`BYDAY=${monthOrder(on.ordinal, on.moreOrdinals).map((n) => `${n}${ICAL[on.weekday.day]}`).join(",")}`);
  if (on?.kind === "MonthDay") parts.push(`BYMONTHDAY=${on.day.value}`);
  if (on?.kind === "YearDate") parts.push(`BYMONTH=${on.month}`, `BYMONTHDAY=${on.day.value}`);
  if (node.count !== undefined) parts.push(`COUNT=${node.count.value}`);
  if (node.until !== undefined) parts.push(untilPart(node.until.text));
  return parts.join(";");
}

/**
 * The ordinals of an nth weekday in the month's order, each once: the first weeks, then the
 * last (`keempat dan kedua` and `kedua, keempat, kedua` are both `2, 4`).
 */
function monthOrder(ordinal: Ordinal, more: readonly Ordinal[] = []): Ordinal[] {
  const key = (n: Ordinal): number => (n === -1 ? 6 : n);
  return [...new Set([ordinal, ...more])].sort((a, b) => key(a) - key(b));
}

/** The default start time of a recurrence with no `at`: 08:00, when libraries open. */
export const DEFAULT_START_TIME = "08:00";
/** The default length of an occurrence with no `for`: one hour. */
export const DEFAULT_DURATION_MINUTES = 60;
