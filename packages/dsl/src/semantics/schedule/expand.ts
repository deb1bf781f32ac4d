import { expandRecurrence, floatingDateTime, parseFloating, parseRecurrenceRule, walkRule, type Labels, type RecurrenceRule } from "@lontar/core";

const DAY_MS = 86_400_000;

/** The outcome of a bounded expansion: the first instances (as floating `YYYY-MM-DDTHH:mm`), and whether the bound was hit. */
export interface Expansion {
  /** Instances in order, at most the limit. */
  readonly starts: readonly string[];
  /** True when there were more instances than the limit. */
  readonly limitReached: boolean;
}

/**
 * The zone a schedule is checked in when no library is known for it: UTC+14, the
 * latest wall clock any instant has, with no DST. A UTC UNTIL then reaches as far as it
 * can anywhere and no instance falls in a gap, so the checker never refuses a schedule
 * the planner, which knows the zone, can plan.
 */
export const CHECK_ZONE = "Etc/GMT-14";

/** Parses an RRULE value with the core engine; the problems in both languages when it is not a rule. */
export function parseRRule(rule: string): { ok: true; rule: RecurrenceRule } | { ok: false; error: Labels } {
  const parsed = parseRecurrenceRule(rule);
  if (parsed.ok) return { ok: true, rule: parsed.rule };
  return { ok: false, error: { en: parsed.problems.map((p) => p.en).join("; "), id: parsed.problems.map((p) => p.id).join("; ") } };
}

/** The last floating ms of a `YYYY-MM-DD` day, undefined when it is not a date. */
function endOfDay(day: string): number | undefined {
  const ms = parseFloating(day.slice(0, 10));
  return ms === undefined ? undefined : ms + DAY_MS - 1;
}

/**
 * Walks the recurrence set of `rule` from `dtstart` (DTSTART + RRULE, RFC 5545, in
 * {@link CHECK_ZONE} unless a zone is given) to the end of `lastDay` (inclusive), calling
 * `visit` with each instance as `YYYY-MM-DDTHH:mm` until it returns false, at most
 * `limit` of them. Returns whether the rule reads and, if so, whether it has no instance
 * besides DTSTART at all (`neverOccurs`); undefined when it does not parse.
 */
export function iterateRule(rule: string, dtstart: string, lastDay: string, limit: number, visit: (local: string) => boolean, zone?: string): { readonly neverOccurs: boolean } | undefined {
  const result = expandRecurrence({ dtstart, rrule: rule, zone: zone ?? CHECK_ZONE, until: lastDay.slice(0, 10), limit });
  if (!result.ok) return undefined;
  for (const start of result.starts) if (!visit(start.local.slice(0, 16))) break;
  return { neverOccurs: result.neverOccurs !== undefined };
}

/** Where a walk of the rule alone may stop: the end of `lastDay`, and the rule's UNTIL read as late as any zone reads it. */
function ruleStop(rule: RecurrenceRule, lastDay: number): number {
  const until = rule.until;
  if (until === undefined) return lastDay;
  const stop = until.kind === "date" ? (until.day + 1) * DAY_MS - 1 : until.kind === "local" ? until.floatingMs : until.ms + 14 * 3_600_000;
  return Math.min(stop, lastDay);
}

/**
 * The rule's own instances from `dtstart` (inclusive only when it matches the rule) to the
 * end of `lastDay`, as floating `YYYY-MM-DDTHH:mm`, at most `limit` and COUNT of them: how
 * an `every` schedule finds its first instance, which becomes its DTSTART. Undefined when
 * the rule or the dates do not parse.
 */
export function expandRule(rule: string, dtstart: string, lastDay: string, limit: number): Expansion | undefined {
  const parsed = parseRecurrenceRule(rule);
  const start = parseFloating(dtstart);
  const last = endOfDay(lastDay);
  if (!parsed.ok || start === undefined || last === undefined) return undefined;
  const max = Math.min(limit, parsed.rule.count ?? Infinity);
  const starts: string[] = [];
  let limitReached = false;
  walkRule(parsed.rule, start, ruleStop(parsed.rule, last), (ms) => {
    if (starts.length >= max) {
      limitReached = starts.length >= limit;
      return false;
    }
    starts.push(floatingDateTime(ms).slice(0, 16));
    return true;
  });
  return { starts, limitReached };
}
