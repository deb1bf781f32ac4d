import ICAL from "ical.js";
import { vtimezoneText } from "./vtimezone.js";

/** The years the oracle's VTIMEZONE data covers; test cases stay inside them. */
export const ORACLE_YEARS = { from: 2010, to: 2036 } as const;

/** Period steps ical.js may take for one case before the oracle gives up (it steps period by period and loops forever on some never-occurring rules). */
const MAX_STEPS_PER_CASE = 60_000;

/** Thrown when ical.js exceeds {@link MAX_STEPS_PER_CASE}: the oracle has no answer for the case. */
export class OracleGaveUp extends Error {}

let steps = 0;
const iterator = ICAL.RecurIterator.prototype as unknown as Record<string, (this: unknown, ...args: unknown[]) => unknown>;
for (const name of ["next_second", "next_minute", "next_hour", "next_day", "next_week", "next_month", "next_year"]) {
  const step = iterator[name];
  if (step === undefined) continue;
  iterator[name] = function guarded(this: unknown, ...args: unknown[]): unknown {
    steps += 1;
    if (steps > MAX_STEPS_PER_CASE) throw new OracleGaveUp("ical.js walked too far");
    return step.apply(this, args);
  };
}

const registered = new Set<string>();

function register(zone: string): void {
  if (registered.has(zone)) return;
  const component = new ICAL.Component(ICAL.parse(vtimezoneText(zone, ORACLE_YEARS.from - 1, ORACLE_YEARS.to + 1)));
  const timezone = new ICAL.Timezone(component);
  // ical.js extends its table of offset changes year by year on demand; cover every tested year once.
  timezone.utcOffset(ICAL.Time.fromData({ year: ORACLE_YEARS.to, month: 12, day: 31, hour: 12 }));
  ICAL.TimezoneService.register(timezone, zone);
  registered.add(zone);
}

/**
 * Runs one step of ical.js. Its MONTHLY step with BYDAY throws "Malformed values in BYDAY…"
 * when DTSTART's month has no matching day (a fifth Monday) or after four years of a
 * BYDAY+BYMONTHDAY walk without a match, where the rule may still have instances later or
 * none at all: the oracle then has no answer.
 */
function oracleStep<T>(step: () => T): T {
  try {
    return step();
  } catch (error) {
    if (error instanceof Error && error.message.startsWith("Malformed values in BYDAY")) throw new OracleGaveUp(error.message);
    throw error;
  }
}

/** `2019-01-07T09:00:00` → `20190107T090000`. */
const compact = (local: string): string => local.replace(/[-:]/g, "");

/** A recurrence set as the oracle is given it. */
export interface OracleCase {
  readonly zone: string;
  /** Local `YYYY-MM-DDTHH:mm:ss`. */
  readonly dtstart: string;
  readonly rrule: string;
  readonly exdates: readonly string[];
  readonly rdates: readonly string[];
  /** The last local date (inclusive) whose instances are compared. */
  readonly lastDate: string;
  /** At most this many instances are compared. */
  readonly limit: number;
}

/**
 * The instants (epoch ms) ical.js gives for a recurrence set, built as a VEVENT with
 * DTSTART;TZID, RRULE, RDATE;TZID and EXDATE;TZID against a VTIMEZONE made from the
 * zone's transitions; in ical.js's order, up to `limit` or past `lastDate`.
 */
export function oracleInstants(c: OracleCase): number[] {
  register(c.zone);
  const lines = ["BEGIN:VEVENT", "UID:case", `DTSTART;TZID=${c.zone}:${compact(c.dtstart)}`, `RRULE:${c.rrule}`];
  for (const r of c.rdates) lines.push(`RDATE;TZID=${c.zone}:${compact(r)}`);
  for (const x of c.exdates) lines.push(`EXDATE;TZID=${c.zone}:${compact(x)}`);
  lines.push("END:VEVENT");
  const event = new ICAL.Event(new ICAL.Component(ICAL.parse(lines.join("\r\n"))));
  steps = 0;
  const iterator = oracleStep(() => event.iterator());
  const out: number[] = [];
  const lastDay = compact(c.lastDate);
  while (out.length < c.limit) {
    const next = oracleStep(() => iterator.next());
    if (next === null || next === undefined) break;
    if (next.toICALString().slice(0, 8) > lastDay) break;
    out.push(next.toUnixTime() * 1000);
  }
  return out;
}
