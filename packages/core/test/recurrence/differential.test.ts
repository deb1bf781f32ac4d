import { describe, expect, it } from "vitest";
import { runCase, type CaseOutcome, type Exclusion } from "./support/compare.js";
import { CASE_ZONES, randomCase, Seeded } from "./support/random-case.js";

/**
 * Differential test of the recurrence engine against ical.js (Mozilla's RFC 5545
 * implementation), on seeded random recurrence sets: every FREQ, INTERVAL, COUNT or a UTC
 * UNTIL, BYDAY with ordinals, BYMONTHDAY with negatives, BYMONTH, BYYEARDAY, BYWEEKNO,
 * BYSETPOS, BYHOUR, BYMINUTE, BYSECOND, WKST, EXDATE and RDATE, in four zones, with starts
 * in DST gaps, in repeated hours and on 29 February.
 *
 * Every case is compared exactly after one modelled oracle deviation that applies to all:
 * ical.js reads a local time at a DST change (gap or repeated hour) with the offset after
 * the change, where RFC 5545 §3.3.5 takes the first of two repeated times and the offset
 * before a gap. A second follows from it: ical.js bounds its rule instances by a UTC UNTIL at
 * that reading, and gives nothing, not even DTSTART, when UNTIL precedes DTSTART, where
 * §3.8.5.3 makes DTSTART the first instance of the set (we keep it; RDATEs stay either way).
 * Cases in the classes below are left out of the exact comparison; each is
 * an oracle deviation or a set RFC 5545 leaves undefined, with the section that decides it:
 */
const EXCLUSIONS: Readonly<Record<Exclusion, string>> = {
  "oracle-gave-up":
    "ical.js steps period by period and never ends on some rules with no next instance, or throws on a MONTHLY BYDAY whose DTSTART month has no matching day or after four years of a BYDAY+BYMONTHDAY walk without a match (§3.3.10 bounds nothing; we stop after one calendar cycle)",
  "bysetpos-unsupported": "ical.js applies BYSETPOS only to MONTHLY BYDAY and counts days, not instances (§3.3.10 BYSETPOS: positions in the set of the interval's instances)",
  "yearly-time-lists": "ical.js's YEARLY step keeps one value of BYHOUR/BYMINUTE/BYSECOND (§3.3.10: they expand)",
  "yearly-byweekno": "ical.js tests BYWEEKNO with `indexOf` as a boolean and keeps nearly every week (§3.3.10 BYWEEKNO)",
  "monthly-bymonth-interval": "ical.js's MONTHLY step with BYMONTH jumps to a listed month, past INTERVAL (§3.3.10: INTERVAL counts months, BYMONTH limits)",
  "yearly-negative-monthday": "ical.js's YEARLY step resolves a negative BYMONTHDAY against 31 days (§3.3.10 BYMONTHDAY: -1 is the last day of the month)",
  "yearly-large-ordinal": "ical.js counts a YEARLY BYDAY ordinal beyond 5 wrongly (§3.3.10 BYDAY: +20MO is the 20th Monday of the year)",
  "monthly-day-and-weekday-interval": "ical.js's MONTHLY step with BYMONTHDAY and BYDAY ignores INTERVAL (§3.3.10 INTERVAL)",
  "subdaily-interval-with-own-list": "ical.js's HOURLY/MINUTELY/SECONDLY step jumps to the next listed BYHOUR/BYMINUTE/BYSECOND, past INTERVAL (§3.3.10: INTERVAL counts periods, the BY parts limit)",
  "missing-start-day-rolls-over": "ical.js moves DTSTART's day (29th–31st) into the next month where it is missing (§3.3.10: invalid dates are ignored and not counted)",
  "several-times-a-day": "with several times a day, ical.js's last COUNTed instance, its EXDATE pointer and a MONTHLY/YEARLY period's first day slip by one time of the day (§3.3.10 COUNT, §3.8.5.1 EXDATE)",
  "rule-instance-in-gap": "ical.js keeps and counts a rule instance whose local time a DST gap skips (§3.3.10: it must be ignored and not counted)",
  "contracting-negative-monthday":
    "ical.js limits DAILY, HOURLY, MINUTELY and SECONDLY by BYMONTHDAY comparing the day with each value as written, so a negative value never matches (§3.3.10 BYMONTHDAY: -10 is the tenth-to-last day of the month)",
  "yearly-monthday-rolls-over": "ical.js's YEARLY step with BYMONTH and BYMONTHDAY turns 31 April into 1 May (§3.3.10: invalid dates are ignored and not counted)",
  "yearly-monthday-without-month":
    "YEARLY with BYMONTHDAY as its only day part: §3.3.10 says BYMONTHDAY expands YEARLY but not into which months; ical.js (like libical) takes DTSTART's month only, we (like python-dateutil, PLANNER.md's reference) every month",
  "dtstart-unsynchronised":
    "DTSTART does not match the rule (also when an RDATE repeats it): §3.8.5.3 leaves that set undefined; we keep DTSTART as the first instance (PLANNER.md), ical.js drops it or moves it to the BY parts and may then miss the first period's instances; only ical.js's other instances are checked to be ours",
};

/** Cases run; `LONTAR_DIFFERENTIAL_CASES=10000` runs the full set (several minutes on a busy 2-core machine). */
const DEFAULT_CASES = 300;
const CASES = Number(process.env.LONTAR_DIFFERENTIAL_CASES ?? DEFAULT_CASES);
const SEED = 20_261_202;

/** Per class, the number of cases of the default run with seed {@link SEED}: any change in the engine or the generator shows here. */
const EXPECTED_AT_DEFAULT: Readonly<Record<Exclusion | "compared", number>> = {
  compared: 92,
  "oracle-gave-up": 1,
  "bysetpos-unsupported": 35,
  "yearly-time-lists": 17,
  "yearly-byweekno": 4,
  "monthly-bymonth-interval": 7,
  "yearly-negative-monthday": 4,
  "yearly-large-ordinal": 1,
  "monthly-day-and-weekday-interval": 4,
  "subdaily-interval-with-own-list": 9,
  "missing-start-day-rolls-over": 3,
  "several-times-a-day": 27,
  "rule-instance-in-gap": 11,
  "contracting-negative-monthday": 2,
  "yearly-monthday-rolls-over": 0,
  "yearly-monthday-without-month": 0,
  "dtstart-unsynchronised": 83,
};

const describeCase = (o: CaseOutcome): string => `${o.case.zone} ${o.case.dtstart} ${o.case.rrule} rdates=${o.case.rdates.join(",")} exdates=${o.case.withExdates}`;

describe(`the engine against ical.js on ${CASES} seeded recurrence sets`, () => {
  const outcomes: CaseOutcome[] = [];
  const random = new Seeded(SEED);
  for (let i = 0; i < CASES; i++) outcomes.push(runCase(randomCase(random)));

  it("agrees exactly on every case outside the listed deviations", () => {
    const disagreements = outcomes.filter((o) => o.exclusion === undefined && JSON.stringify(o.expected) !== JSON.stringify(o.oracle)).map(describeCase);
    expect(disagreements).toEqual([]);
  });

  it("with an unsynchronised DTSTART, ical.js's other instances are all ours", () => {
    expect(outcomes.filter((o) => o.exclusion === "dtstart-unsynchronised" && !o.tailAgrees).map(describeCase)).toEqual([]);
  });

  it("leaves out only the listed classes, as often as the seeded run says", () => {
    const counts: Record<string, number> = Object.fromEntries(Object.keys(EXPECTED_AT_DEFAULT).map((k) => [k, 0]));
    for (const o of outcomes) counts[o.exclusion ?? "compared"] = (counts[o.exclusion ?? "compared"] ?? 0) + 1;
    expect(Object.keys(counts).every((k) => k === "compared" || k in EXCLUSIONS)).toBe(true);
    if (CASES === DEFAULT_CASES) expect(counts).toEqual(EXPECTED_AT_DEFAULT);
    else console.log(JSON.stringify(counts));
  });

  it("compares cases of every FREQ, every zone and every kind of start", () => {
    const compared = outcomes.filter((o) => o.exclusion === undefined);
    expect(new Set(compared.map((o) => o.case.freq)).size).toBe(7);
    expect(new Set(compared.map((o) => o.case.zone))).toEqual(new Set(CASE_ZONES));
    // Starts in a DST gap rarely match their rule (a rule at 02:10 mostly falls in no gap): they are checked through the DTSTART-unsynchronised tail.
    const checked = outcomes.filter((o) => o.exclusion === undefined || o.exclusion === "dtstart-unsynchronised");
    expect(new Set(checked.map((o) => o.case.start))).toEqual(new Set(["plain", "gap", "repeated", "leap-day"]));
    expect(compared.some((o) => o.readAfterChange)).toBe(true);
    expect(compared.some((o) => o.case.withExdates) && compared.some((o) => o.case.rdates.length > 0)).toBe(true);
  });
});
