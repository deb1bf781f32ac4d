import { describe, expect, it } from "vitest";
import { instants, localStarts } from "./support/starts.js";

// RFC 5545 §3.8.5.3 examples, all with TZID America/New_York; expected values are the RFC's own lists.
const zone = "America/New_York";

describe("RFC 5545 §3.8.5.3 examples in America/New_York", () => {
  it("every other week on Tuesday and Thursday, for 8 occurrences", () => {
    expect(localStarts({ dtstart: "1997-09-02T09:00", rrule: "FREQ=WEEKLY;INTERVAL=2;COUNT=8;WKST=SU;BYDAY=TU,TH", zone })).toEqual([
      "1997-09-02T09:00",
      "1997-09-04T09:00",
      "1997-09-16T09:00",
      "1997-09-18T09:00",
      "1997-09-30T09:00",
      "1997-10-02T09:00",
      "1997-10-14T09:00",
      "1997-10-16T09:00",
    ]);
  });

  it("monthly on the first Friday until December 24, 1997 (UNTIL in UTC)", () => {
    expect(localStarts({ dtstart: "1997-09-05T09:00", rrule: "FREQ=MONTHLY;UNTIL=19971224T000000Z;BYDAY=1FR", zone })).toEqual([
      "1997-09-05T09:00",
      "1997-10-03T09:00",
      "1997-11-07T09:00",
      "1997-12-05T09:00",
    ]);
  });

  it("every 4 years, the first Tuesday after a Monday in November (US presidential election)", () => {
    const rule = "FREQ=YEARLY;INTERVAL=4;BYMONTH=11;BYDAY=TU;BYMONTHDAY=2,3,4,5,6,7,8";
    expect(localStarts({ dtstart: "1996-11-05T09:00", rrule: rule, zone, until: "2008-12-31" })).toEqual([
      "1996-11-05T09:00",
      "2000-11-07T09:00",
      "2004-11-02T09:00",
      "2008-11-04T09:00",
    ]);
  });

  it("daily until December 24, 1997 keeps 09:00 local across the end of DST (EDT then EST)", () => {
    const all = instants({ dtstart: "1997-09-02T09:00", rrule: "FREQ=DAILY;UNTIL=19971224T000000Z", zone });
    expect(all).toHaveLength(113);
    expect(all[0]).toBe("1997-09-02T13:00:00.000Z");
    expect(all).toContain("1997-10-25T13:00:00.000Z");
    expect(all).toContain("1997-10-26T14:00:00.000Z");
    expect(all.at(-1)).toBe("1997-12-23T14:00:00.000Z");
  });

  it("every Friday the 13th, excluding DTSTART (which the set would otherwise include)", () => {
    const rule = "FREQ=MONTHLY;BYDAY=FR;BYMONTHDAY=13";
    const withExdate = localStarts({ dtstart: "1997-09-02T09:00", rrule: rule, zone, exdates: ["1997-09-02T09:00"], until: "2000-12-31" });
    expect(withExdate).toEqual(["1998-02-13T09:00", "1998-03-13T09:00", "1998-11-13T09:00", "1999-08-13T09:00", "2000-10-13T09:00"]);
    const without = localStarts({ dtstart: "1997-09-02T09:00", rrule: rule, zone, until: "2000-12-31" });
    expect(without[0]).toBe("1997-09-02T09:00");
  });
});

describe("DST in America/New_York", () => {
  it("skips a rule instance in the spring-forward gap and does not count it", () => {
    expect(localStarts({ dtstart: "2019-03-09T02:30", rrule: "FREQ=DAILY;COUNT=3", zone })).toEqual([
      "2019-03-09T02:30",
      "2019-03-11T02:30",
      "2019-03-12T02:30",
    ]);
  });

  it("moves a DTSTART in the gap forward with the offset from before the gap", () => {
    expect(instants({ dtstart: "2019-03-10T02:30", rrule: "FREQ=DAILY;COUNT=2", zone })).toEqual([
      "2019-03-10T07:30:00.000Z", // 03:30 EDT
      "2019-03-11T06:30:00.000Z",
    ]);
  });

  it("reads an ambiguous fall-back time as the first (EDT) of the two", () => {
    expect(instants({ dtstart: "2019-11-03T01:30", rrule: "FREQ=DAILY;COUNT=2", zone })).toEqual([
      "2019-11-03T05:30:00.000Z",
      "2019-11-04T06:30:00.000Z",
    ]);
  });

  it("Europe/London: 01:30 on the last Sunday of March does not exist", () => {
    expect(localStarts({ dtstart: "2019-03-30T01:30", rrule: "FREQ=DAILY;COUNT=2", zone: "Europe/London" })).toEqual([
      "2019-03-30T01:30",
      "2019-04-01T01:30",
    ]);
  });
});
