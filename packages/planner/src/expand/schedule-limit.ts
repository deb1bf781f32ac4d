/**
 * The words of `EXPAND_LIMIT`: a schedule that would give more occurrences than the
 * per-schedule bound (100,000 by default) is certainly a mistake (`FREQ=MINUTELY` for a
 * year), so none of its occurrences is planned and its one hard finding says how many it
 * would have given and what the bound is.
 */
import { parseFloating, parseRecurrenceRule, type RecurrenceStart } from "@lontar/core";
import type { DateSpan } from "../calendar/periods.js";

const DAY_MS = 86_400_000;

/** A count in English with thousands separators, as the workspace bound's message writes them. */
const counted = (n: number): string => n.toLocaleString("en");

/** Floating ms (UTC fields are the wall clock) of a local date-time; NaN when it does not read (then no pace is told). */
const floatingOf = (local: string): number => parseFloating(local) ?? Number.NaN;

/**
 * About how many instances a rule gives up to the end of the horizon, from the pace of the
 * first `starts` (the set up to the bound, in order): the first and the last of them
 * extrapolated to the horizon's end, or the rule's UNTIL or COUNT when those come first;
 * three significant figures. Undefined when the starts tell no pace.
 */
function aboutInAll(rrule: string, starts: readonly RecurrenceStart[], horizon: DateSpan): number | undefined {
  const first = starts[0];
  const last = starts[starts.length - 1];
  if (first === undefined || last === undefined || starts.length < 2) return undefined;
  const from = floatingOf(first.local);
  const reached = floatingOf(last.local);
  const parsed = parseRecurrenceRule(rrule);
  const rule = parsed.ok ? parsed.rule : undefined;
  let end = Date.parse(`${horizon.to}T00:00:00Z`) + DAY_MS - 1;
  if (rule?.until?.kind === "date") end = Math.min(end, (rule.until.day + 1) * DAY_MS - 1);
  else if (rule?.until?.kind === "local") end = Math.min(end, rule.until.floatingMs);
  else if (rule?.until?.kind === "utc") end = Math.min(end, rule.until.ms);
  if (!(reached > from) || !(end >= reached)) return undefined;
  const paced = 1 + ((starts.length - 1) * (end - from)) / (reached - from);
  const about = Math.min(paced, rule?.count ?? Infinity);
  return Number(about.toPrecision(3));
}

/**
 * The message of the `EXPAND_LIMIT` of an `rrule` schedule whose set passes `max` up to the
 * horizon's end: the bound, the day the set reaches it, about how
 * many there would be in all, and that none is planned.
 *
 * @example recurrenceLimitMessage("FREQ=MINUTELY;INTERVAL=5", starts, { from: "2026-01-01", to: "2026-12-31" }, 100_000)
 * // "more than 100,000 sessions up to 2026-12-31 (the bound is reached on 2026-12-18; about 104,000 in all); …"
 */
export function recurrenceLimitMessage(rrule: string, starts: readonly RecurrenceStart[], horizon: DateSpan, max: number): string {
  const reached = starts[starts.length - 1]?.local.slice(0, 10);
  const about = aboutInAll(rrule, starts, horizon);
  const detail = [reached === undefined ? undefined : `the bound is reached on ${reached}`, about === undefined || about <= max ? undefined : `about ${counted(about)} in all`].filter((d) => d !== undefined);
  return (
    `more than ${counted(max)} sessions up to ${horizon.to}${detail.length === 0 ? "" : ` (${detail.join("; ")})`}; ` +
    `a schedule may give at most ${counted(max)}, so none of this schedule's is planned. Space the rule out (FREQ, INTERVAL) or narrow its window (UNTIL, COUNT)`
  );
}

/**
 * The message of the `EXPAND_LIMIT` of a `range` schedule of more days in the horizon than
 * `max`: the days, the bound, and that none is planned.
 *
 * @example rangeLimitMessage(120_000, 100_000) // "120,000 days of sessions in the horizon; a schedule may give at most 100,000, …"
 */
export function rangeLimitMessage(days: number, max: number): string {
  return `${counted(days)} days of sessions in the horizon; a schedule may give at most ${counted(max)}, so none of this schedule's is planned. Narrow its range`;
}
