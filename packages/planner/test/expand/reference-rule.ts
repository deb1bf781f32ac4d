import { DateTime } from "luxon";

/** The subset of RRULEs the property tests generate, in a form the reference reads directly. */
export interface SimpleRule {
  readonly freq: "DAILY" | "WEEKLY" | "MONTHLY" | "YEARLY";
  readonly interval: number;
  /** Weekdays 1 (Monday) .. 7 (Sunday), as luxon numbers them. */
  readonly byday: readonly number[];
  readonly bymonthday: readonly number[];
  /** Only with YEARLY. */
  readonly bymonth: readonly number[];
  readonly count?: number;
  /** Local date-time `YYYY-MM-DDTHH:mm`. */
  readonly until?: string;
}

const DAY_CODES = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"];

/** The RRULE text of a {@link SimpleRule} (floating UNTIL). */
export function ruleText(rule: SimpleRule): string {
  const parts = [`FREQ=${rule.freq}`, `INTERVAL=${rule.interval}`];
  if (rule.byday.length > 0) parts.push(`BYDAY=${rule.byday.map((d) => DAY_CODES[d - 1]).join(",")}`);
  if (rule.bymonthday.length > 0) parts.push(`BYMONTHDAY=${rule.bymonthday.join(",")}`);
  if (rule.bymonth.length > 0) parts.push(`BYMONTH=${rule.bymonth.join(",")}`);
  if (rule.count !== undefined) parts.push(`COUNT=${rule.count}`);
  if (rule.until !== undefined) parts.push(`UNTIL=${rule.until.replace(/[-:]/g, "")}00`);
  return parts.join(";");
}

/** Whether a calendar day belongs to the rule, by the rule's meaning (RFC 5545 expand/limit table). */
function dayMatches(rule: SimpleRule, day: DateTime, start: DateTime): boolean {
  const weekdayOk = rule.byday.length === 0 || rule.byday.includes(day.weekday);
  const monthdayOk = rule.bymonthday.length === 0 || rule.bymonthday.includes(day.day);
  switch (rule.freq) {
    case "DAILY":
      return Math.round(day.diff(start.startOf("day"), "days").days) % rule.interval === 0 && weekdayOk && monthdayOk;
    case "WEEKLY": {
      // WKST=MO: weeks are counted from the Monday of DTSTART's week.
      const weeks = Math.round(day.startOf("week").diff(start.startOf("week"), "weeks").weeks);
      const days = rule.byday.length > 0 ? rule.byday : [start.weekday];
      return weeks % rule.interval === 0 && days.includes(day.weekday);
    }
    case "MONTHLY": {
      const months = (day.year - start.year) * 12 + day.month - start.month;
      if (months % rule.interval !== 0) return false;
      if (rule.byday.length === 0 && rule.bymonthday.length === 0) return day.day === start.day;
      return weekdayOk && monthdayOk;
    }
    case "YEARLY": {
      if ((day.year - start.year) % rule.interval !== 0) return false;
      const monthOk = rule.bymonth.length === 0 ? rule.byday.length > 0 || rule.bymonthday.length > 0 || day.month === start.month : rule.bymonth.includes(day.month);
      if (!monthOk) return false;
      if (rule.byday.length === 0 && rule.bymonthday.length === 0) return day.day === start.day;
      return weekdayOk && monthdayOk;
    }
  }
}

/** A wall-clock time read in a zone: the earlier instant when ambiguous; undefined-gap flag when skipped. */
export function readLocal(local: string, zone: string): { ms: number; inGap: boolean } {
  const dt = DateTime.fromISO(local, { zone });
  const inGap = dt.toFormat("yyyy-MM-dd'T'HH:mm") !== local.slice(0, 16);
  // luxon picks the later of two ambiguous instants; an hour earlier may show the same wall clock.
  const earlier = dt.minus({ hours: 1 });
  const ambiguousEarlier = !inGap && earlier.toFormat("yyyy-MM-dd'T'HH:mm") === local.slice(0, 16);
  return { ms: (ambiguousEarlier ? earlier : dt).toMillis(), inGap };
}

/**
 * Brute force: walk day by day from DTSTART to `end` (a local date), keep the days the
 * rule means, at DTSTART's time; drop wall-clock times a DST gap skips; DTSTART first;
 * COUNT then UNTIL. Returns local `YYYY-MM-DDTHH:mm` values in order.
 */
export function referenceExpansion(rule: SimpleRule, dtstart: string, zone: string, end: string): string[] {
  const start = DateTime.fromISO(dtstart.slice(0, 10), { zone: "utc" });
  const time = dtstart.slice(11, 16);
  const last = DateTime.fromISO(end, { zone: "utc" });
  const result = [dtstart.slice(0, 16)];
  for (let day = start.plus({ days: 1 }); day <= last; day = day.plus({ days: 1 })) {
    if (rule.count !== undefined && result.length >= rule.count) break;
    if (!dayMatches(rule, day, start)) continue;
    const local = `${day.toISODate()}T${time}`;
    if (rule.until !== undefined && local > rule.until) break;
    if (readLocal(local, zone).inGap) continue;
    result.push(local);
  }
  return result;
}
