import { describe, expect, it } from "vitest";
import { expandRecurrence } from "../../src/recurrence/expand-recurrence.js";
import { parseRecurrenceRule } from "../../src/recurrence/parse-rule.js";
import { instants, localStarts } from "./support/starts.js";

describe("BYSETPOS (RFC 5545 §3.3.10)", () => {
  it("counts a repeated position once: daily BYSETPOS=1,-1 keeps each day's only instance", () => {
    expect(localStarts({ dtstart: "2019-01-07T09:00", rrule: "FREQ=DAILY;BYSETPOS=1,-1;COUNT=3", zone: "Asia/Jakarta" })).toEqual(["2019-01-07T09:00", "2019-01-08T09:00", "2019-01-09T09:00"]);
  });

  it("selects nothing for a position beyond the period's candidates (the first Monday alone has no -2nd)", () => {
    const result = expandRecurrence({ dtstart: "2019-01-07T09:00", rrule: "FREQ=MONTHLY;BYDAY=MO;BYMONTHDAY=1,2,3,4,5,6,7;BYSETPOS=-2;COUNT=3", zone: "Asia/Jakarta", limit: 100 });
    expect(result.ok && result.starts.map((s) => s.local)).toEqual(["2019-01-07T09:00:00"]);
    expect(result.ok && result.neverOccurs).toMatch(/no date or time matches/);
  });

  it("the same rule with -1 gives the first Monday of each month", () => {
    expect(localStarts({ dtstart: "2019-01-07T09:00", rrule: "FREQ=MONTHLY;BYDAY=MO;BYMONTHDAY=1,2,3,4,5,6,7;BYSETPOS=-1;COUNT=3", zone: "Asia/Jakarta" })).toEqual([
      "2019-01-07T09:00",
      "2019-02-04T09:00",
      "2019-03-04T09:00",
    ]);
  });
});

describe("UNTIL in UTC is compared as an instant", () => {
  it("keeps 27 October 2002 01:30 EDT (05:30 UTC), before UNTIL 06:15 UTC", () => {
    expect(instants({ dtstart: "2002-10-26T01:30", rrule: "FREQ=DAILY;UNTIL=20021027T061500Z", zone: "America/New_York" })).toEqual(["2002-10-26T05:30:00.000Z", "2002-10-27T05:30:00.000Z"]);
  });

  it("drops an instance whose instant is after UNTIL although its wall clock reads earlier", () => {
    expect(instants({ dtstart: "2019-01-07T09:00", rrule: "FREQ=DAILY;UNTIL=20190108T015959Z", zone: "Asia/Jakarta" })).toEqual(["2019-01-07T02:00:00.000Z"]);
  });
});

describe("never-occurring rules are recognised, not walked to year 9999", () => {
  const never = (rrule: string, dtstart = "2019-01-01T09:00"): string | undefined => {
    const result = expandRecurrence({ dtstart, rrule, zone: "Asia/Jakarta", limit: 1000 });
    return result.ok ? result.neverOccurs : result.error;
  };

  it("daily on 31 February", () => {
    expect(never("FREQ=DAILY;BYMONTH=2;BYMONTHDAY=31")).toMatch(/no date or time matches/);
  });

  it("an even HOURLY interval with only odd BYHOUR", () => {
    expect(never("FREQ=HOURLY;INTERVAL=2;BYHOUR=1,3", "2019-01-01T00:00")).toMatch(/no date or time matches/);
  });

  it("a BYSETPOS beyond every period", () => {
    expect(never("FREQ=MONTHLY;BYDAY=MO;BYSETPOS=6")).toMatch(/no date or time matches/);
    expect(never("FREQ=WEEKLY;BYDAY=MO,TU;BYSETPOS=-3")).toMatch(/no date or time matches/);
  });

  it("a rule that does occur is not flagged, even when the horizon holds none of it", () => {
    const result = expandRecurrence({ dtstart: "2019-01-01T09:00", rrule: "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29", zone: "Asia/Jakarta", until: "2019-12-31", limit: 10 });
    expect(result.ok && result.neverOccurs).toBeUndefined();
  });
});

describe("RRULE text is parsed into a typed rule, problems as data", () => {
  it("reads every part", () => {
    const parsed = parseRecurrenceRule("FREQ=YEARLY;INTERVAL=2;COUNT=5;BYSECOND=0,30;BYMINUTE=15;BYHOUR=9;BYDAY=-1FR,MO;BYMONTHDAY=-1;BYYEARDAY=100;BYMONTH=3;BYSETPOS=-1;WKST=SU");
    expect(parsed).toEqual({
      ok: true,
      rule: {
        freq: "YEARLY",
        interval: 2,
        count: 5,
        bySecond: [0, 30],
        byMinute: [15],
        byHour: [9],
        byDay: [{ weekday: 4, ordinal: -1 }, { weekday: 0 }],
        byMonthDay: [-1],
        byYearDay: [100],
        byWeekNo: [],
        byMonth: [3],
        bySetPos: [-1],
        wkst: 6,
      },
    });
  });

  it("reads UNTIL as a date, a local date-time or a UTC instant", () => {
    const until = (text: string): unknown => {
      const parsed = parseRecurrenceRule(`FREQ=DAILY;UNTIL=${text}`);
      return parsed.ok ? parsed.rule.until : parsed.problems;
    };
    expect(until("19970902")).toEqual({ kind: "date", day: Date.UTC(1997, 8, 2) / 86_400_000 });
    expect(until("19970902T090000")).toEqual({ kind: "local", floatingMs: Date.UTC(1997, 8, 2, 9) });
    expect(until("19970902T090000Z")).toEqual({ kind: "utc", ms: Date.UTC(1997, 8, 2, 9) });
  });

  it("reports each problem with a code, in English and Indonesian", () => {
    const parsed = parseRecurrenceRule("FREQ=FORTNIGHTLY;BYMONTHDAY=0;BYDAY=1XX;FOO=1;COUNT=2;COUNT=3");
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.problems.map((p) => [p.code, p.part])).toEqual([
      ["bad-value", "FREQ"],
      ["bad-value", "BYMONTHDAY"],
      ["bad-value", "BYDAY"],
      ["unknown-part", "FOO"],
      ["duplicate-part", "COUNT"],
    ]);
    expect(parsed.problems.every((p) => p.en.length > 0 && p.id.length > 0 && p.en !== p.id)).toBe(true);
  });

  it("refuses the combinations RFC 5545 forbids that would change the meaning", () => {
    const codes = (text: string): unknown => {
      const parsed = parseRecurrenceRule(text);
      return parsed.ok ? [] : parsed.problems.map((p) => `${p.code}:${p.part ?? ""}`);
    };
    expect(codes("FREQ=DAILY;COUNT=2;UNTIL=20190101")).toEqual(["conflict:COUNT"]);
    expect(codes("FREQ=MONTHLY;BYWEEKNO=3")).toEqual(["conflict:BYWEEKNO"]);
    expect(codes("FREQ=WEEKLY;BYDAY=1MO")).toEqual(["conflict:BYDAY"]);
    expect(codes("FREQ=YEARLY;BYWEEKNO=3;BYDAY=1MO")).toEqual(["conflict:BYDAY"]);
    expect(codes("BYDAY=MO")).toEqual(["missing-freq:FREQ"]);
  });
});

describe("DTSTART and the recurrence set", () => {
  it("DTSTART is the first instance even when it does not match, and counts for COUNT", () => {
    expect(localStarts({ dtstart: "2019-02-11T09:00", rrule: "FREQ=WEEKLY;BYDAY=TU;COUNT=3", zone: "Asia/Jakarta" })).toEqual(["2019-02-11T09:00", "2019-02-12T09:00", "2019-02-19T09:00"]);
  });

  it("EXDATE wins over the rule and RDATEs; an RDATE equal to an instance counts once", () => {
    const starts = localStarts({
      dtstart: "2019-02-12T09:00",
      rrule: "FREQ=WEEKLY;COUNT=3",
      zone: "Asia/Jakarta",
      rdates: ["2019-02-19T09:00", "2019-03-01T10:00"],
      exdates: ["2019-02-26T09:00", "2019-03-01T10:00"],
    });
    expect(starts).toEqual(["2019-02-12T09:00", "2019-02-19T09:00"]);
  });

  it("a UTC UNTIL before DTSTART leaves DTSTART alone (§3.8.5.3: DTSTART is the first instance); RDATEs past UNTIL stay", () => {
    // 18:00 EDT is 22:00 UTC, after UNTIL 21:42:28 UTC.
    expect(instants({ dtstart: "2018-07-23T18:00", rrule: "FREQ=SECONDLY;UNTIL=20180723T214228Z", zone: "America/New_York" })).toEqual(["2018-07-23T22:00:00.000Z"]);
    expect(
      instants({ dtstart: "2019-11-03T01:10", rrule: "FREQ=SECONDLY;INTERVAL=47;UNTIL=20191103T021644Z", zone: "America/New_York", rdates: ["2019-11-03T01:54:57"] }),
    ).toEqual(["2019-11-03T05:10:00.000Z", "2019-11-03T05:54:57.000Z"]);
  });

  it("a DTSTART in a DST gap moves forward onto a rule instance's instant and counts once with it", () => {
    // 02:10 EST (before the gap) is 07:10 UTC, the instant of the rule's 03:10 EDT.
    const starts = instants({ dtstart: "2018-03-11T02:10", rrule: "FREQ=MINUTELY;INTERVAL=5;BYHOUR=3;UNTIL=20180311T071500Z", zone: "America/New_York" });
    expect(starts).toEqual(["2018-03-11T07:00:00.000Z", "2018-03-11T07:05:00.000Z", "2018-03-11T07:10:00.000Z", "2018-03-11T07:15:00.000Z"]);
  });

  it("a limit cuts the set and says so", () => {
    const result = expandRecurrence({ dtstart: "2019-01-01T09:00", rrule: "FREQ=DAILY", zone: "Asia/Jakarta", limit: 5 });
    expect(result.ok && [result.starts.length, result.limitReached]).toEqual([5, true]);
  });

  it("a malformed rule or DTSTART is an error, not an exception", () => {
    expect(expandRecurrence({ dtstart: "2019-02-30T09:00", rrule: "FREQ=DAILY", zone: "Asia/Jakarta", limit: 5 })).toMatchObject({ ok: false });
    expect(expandRecurrence({ dtstart: "2019-02-01T09:00", rrule: "FREQ=DAILY;BYHOUR=24", zone: "Asia/Jakarta", limit: 5 })).toMatchObject({ ok: false });
  });
});
