import type { Options, Weekday } from "rrule";

const DAY_MS = 86_400_000;
/** 400 Gregorian years repeat the calendar exactly: scanning further finds nothing new. */
const MAX_SCAN_DAYS = 146_097;

const numbers = (value: number | number[] | null | undefined): number[] =>
  value === null || value === undefined ? [] : Array.isArray(value) ? value : [value];

function weekdays(value: Options["byweekday"] | undefined): number[] {
  if (value === null || value === undefined) return [];
  const items: (number | string | Weekday)[] = Array.isArray(value) ? value : [value];
  // rrule's weekday numbers: 0 = Monday; nth weekdays (`-1FR`) are approximated by their day.
  const codes = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"];
  return items.map((item) => (typeof item === "number" ? item : typeof item === "string" ? codes.indexOf(item.slice(-2)) : item.weekday));
}

/**
 * True when some day between two floating instants passes the rule's day filters
 * (BYMONTH, BYMONTHDAY, BYYEARDAY, BYDAY, read loosely). npm rrule walks to year 9999
 * looking for a match, taking seconds on a rule such as `BYMONTH=2;BYMONTHDAY=30`;
 * when no day in range can match there is nothing to ask rrule.
 */
export function someDayMayMatch(options: Partial<Options>, fromMs: number, toMs: number): boolean {
  const bymonth = numbers(options.bymonth);
  const bymonthday = numbers(options.bymonthday);
  const byyearday = numbers(options.byyearday);
  const byday = weekdays(options.byweekday);
  if (bymonth.length === 0 && bymonthday.length === 0 && byyearday.length === 0 && byday.length === 0) return true;
  const first = Math.floor(fromMs / DAY_MS);
  const last = Math.min(Math.floor(toMs / DAY_MS), first + MAX_SCAN_DAYS);
  for (let day = first; day <= last; day += 1) {
    const d = new Date(day * DAY_MS);
    const year = d.getUTCFullYear();
    const month = d.getUTCMonth() + 1;
    if (bymonth.length > 0 && !bymonth.includes(month)) continue;
    const dayOfMonth = d.getUTCDate();
    if (bymonthday.length > 0) {
      const monthLength = new Date(Date.UTC(year, month, 0)).getUTCDate();
      if (!bymonthday.some((n) => n === dayOfMonth || n === dayOfMonth - monthLength - 1)) continue;
    }
    if (byyearday.length > 0) {
      const yearDay = day - Math.floor(Date.UTC(year, 0, 1) / DAY_MS) + 1;
      const yearLength = Math.floor(Date.UTC(year + 1, 0, 1) / DAY_MS) - Math.floor(Date.UTC(year, 0, 1) / DAY_MS);
      if (!byyearday.some((n) => n === yearDay || n === yearDay - yearLength - 1)) continue;
    }
    if (byday.length > 0 && !byday.includes((d.getUTCDay() + 6) % 7)) continue;
    return true;
  }
  return false;
}
