import { describe, expect, it } from "vitest";
import { localStarts } from "./support/starts.js";

// More RFC 5545 §3.8.5.3 examples (all DTSTART;TZID=America/New_York at 09:00 unless
// given); each expected list is the RFC's, as local dates (and times where they vary).
const zone = "America/New_York";

interface Example {
  readonly title: string;
  readonly dtstart: string;
  readonly rrule: string;
  readonly until?: string;
  readonly expected: readonly string[];
}

const days = (prefix: string, list: readonly number[]): string[] => list.map((d) => `${prefix}-${String(d).padStart(2, "0")}`);

const examples: readonly Example[] = [
  { title: "daily for 10 occurrences", dtstart: "1997-09-02T09:00", rrule: "FREQ=DAILY;COUNT=10", expected: days("1997-09", [2, 3, 4, 5, 6, 7, 8, 9, 10, 11]) },
  { title: "every 10 days, 5 occurrences", dtstart: "1997-09-02T09:00", rrule: "FREQ=DAILY;INTERVAL=10;COUNT=5", expected: [...days("1997-09", [2, 12, 22]), ...days("1997-10", [2, 12])] },
  {
    title: "every day in January, for 3 years (YEARLY form)",
    dtstart: "1998-01-01T09:00",
    rrule: "FREQ=YEARLY;UNTIL=20000131T140000Z;BYMONTH=1;BYDAY=SU,MO,TU,WE,TH,FR,SA",
    expected: [1998, 1999, 2000].flatMap((y) => days(`${y}-01`, Array.from({ length: 31 }, (_, i) => i + 1))),
  },
  { title: "weekly for 10 occurrences", dtstart: "1997-09-02T09:00", rrule: "FREQ=WEEKLY;COUNT=10", expected: [...days("1997-09", [2, 9, 16, 23, 30]), ...days("1997-10", [7, 14, 21, 28]), "1997-11-04"] },
  {
    title: "monthly on the first Friday for 10 occurrences",
    dtstart: "1997-09-05T09:00",
    rrule: "FREQ=MONTHLY;COUNT=10;BYDAY=1FR",
    expected: ["1997-09-05", "1997-10-03", "1997-11-07", "1997-12-05", "1998-01-02", "1998-02-06", "1998-03-06", "1998-04-03", "1998-05-01", "1998-06-05"],
  },
  {
    title: "every other month on the first and last Sunday, 10 occurrences",
    dtstart: "1997-09-07T09:00",
    rrule: "FREQ=MONTHLY;INTERVAL=2;COUNT=10;BYDAY=1SU,-1SU",
    expected: ["1997-09-07", "1997-09-28", "1997-11-02", "1997-11-30", "1998-01-04", "1998-01-25", "1998-03-01", "1998-03-29", "1998-05-03", "1998-05-31"],
  },
  { title: "monthly on the second-to-last Monday for 6 months", dtstart: "1997-09-22T09:00", rrule: "FREQ=MONTHLY;COUNT=6;BYDAY=-2MO", expected: ["1997-09-22", "1997-10-20", "1997-11-17", "1997-12-22", "1998-01-19", "1998-02-16"] },
  { title: "monthly on the third-to-the-last day", dtstart: "1997-09-28T09:00", rrule: "FREQ=MONTHLY;BYMONTHDAY=-3", until: "1998-02-28", expected: ["1997-09-28", "1997-10-29", "1997-11-28", "1997-12-29", "1998-01-29", "1998-02-26"] },
  {
    title: "monthly on the 2nd and 15th for 10 occurrences",
    dtstart: "1997-09-02T09:00",
    rrule: "FREQ=MONTHLY;COUNT=10;BYMONTHDAY=2,15",
    expected: ["1997-09-02", "1997-09-15", "1997-10-02", "1997-10-15", "1997-11-02", "1997-11-15", "1997-12-02", "1997-12-15", "1998-01-02", "1998-01-15"],
  },
  {
    title: "monthly on the first and last day for 10 occurrences",
    dtstart: "1997-09-30T09:00",
    rrule: "FREQ=MONTHLY;COUNT=10;BYMONTHDAY=1,-1",
    expected: ["1997-09-30", "1997-10-01", "1997-10-31", "1997-11-01", "1997-11-30", "1997-12-01", "1997-12-31", "1998-01-01", "1998-01-31", "1998-02-01"],
  },
  { title: "yearly in June and July for 10 occurrences", dtstart: "1997-06-10T09:00", rrule: "FREQ=YEARLY;COUNT=10;BYMONTH=6,7", expected: [1997, 1998, 1999, 2000, 2001].flatMap((y) => [`${y}-06-10`, `${y}-07-10`]) },
  {
    title: "every third year on the 1st, 100th and 200th day for 10 occurrences",
    dtstart: "1997-01-01T09:00",
    rrule: "FREQ=YEARLY;INTERVAL=3;COUNT=10;BYYEARDAY=1,100,200",
    expected: ["1997-01-01", "1997-04-10", "1997-07-19", "2000-01-01", "2000-04-09", "2000-07-18", "2003-01-01", "2003-04-10", "2003-07-19", "2006-01-01"],
  },
  { title: "every 20th Monday of the year", dtstart: "1997-05-19T09:00", rrule: "FREQ=YEARLY;BYDAY=20MO", until: "1999-12-31", expected: ["1997-05-19", "1998-05-18", "1999-05-17"] },
  { title: "Monday of week number 20", dtstart: "1997-05-12T09:00", rrule: "FREQ=YEARLY;BYWEEKNO=20;BYDAY=MO", until: "1999-12-31", expected: ["1997-05-12", "1998-05-11", "1999-05-17"] },
  {
    title: "every Thursday in March",
    dtstart: "1997-03-13T09:00",
    rrule: "FREQ=YEARLY;BYMONTH=3;BYDAY=TH",
    until: "1999-12-31",
    expected: [...days("1997-03", [13, 20, 27]), ...days("1998-03", [5, 12, 19, 26]), ...days("1999-03", [4, 11, 18, 25])],
  },
  {
    title: "the first Saturday that follows the first Sunday of the month",
    dtstart: "1997-09-13T09:00",
    rrule: "FREQ=MONTHLY;BYDAY=SA;BYMONTHDAY=7,8,9,10,11,12,13",
    until: "1998-06-30",
    expected: ["1997-09-13", "1997-10-11", "1997-11-08", "1997-12-13", "1998-01-10", "1998-02-07", "1998-03-07", "1998-04-11", "1998-05-09", "1998-06-13"],
  },
  { title: "the third instance of Tuesday, Wednesday or Thursday, for 3 months", dtstart: "1997-09-04T09:00", rrule: "FREQ=MONTHLY;COUNT=3;BYDAY=TU,WE,TH;BYSETPOS=3", expected: ["1997-09-04", "1997-10-07", "1997-11-06"] },
  {
    title: "the second-to-last weekday of the month",
    dtstart: "1997-09-29T09:00",
    rrule: "FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-2",
    until: "1998-03-31",
    expected: ["1997-09-29", "1997-10-30", "1997-11-27", "1997-12-30", "1998-01-29", "1998-02-26", "1998-03-30"],
  },
  { title: "WKST=MO: every other week on Tuesday and Sunday, 4 occurrences", dtstart: "1997-08-05T09:00", rrule: "FREQ=WEEKLY;INTERVAL=2;COUNT=4;BYDAY=TU,SU;WKST=MO", expected: days("1997-08", [5, 10, 19, 24]) },
  { title: "WKST=SU changes the weeks", dtstart: "1997-08-05T09:00", rrule: "FREQ=WEEKLY;INTERVAL=2;COUNT=4;BYDAY=TU,SU;WKST=SU", expected: days("1997-08", [5, 17, 19, 31]) },
  {
    title: "every other day, through 1997",
    dtstart: "1997-09-02T09:00",
    rrule: "FREQ=DAILY;INTERVAL=2",
    until: "1997-12-31",
    expected: [...days("1997-09", [2, 4, 6, 8, 10, 12, 14, 16, 18, 20, 22, 24, 26, 28, 30]), ...days("1997-10", [2, 4, 6, 8, 10, 12, 14, 16, 18, 20, 22, 24, 26, 28, 30]), ...days("1997-11", [1, 3, 5, 7, 9, 11, 13, 15, 17, 19, 21, 23, 25, 27, 29]), ...days("1997-12", [1, 3, 5, 7, 9, 11, 13, 15, 17, 19, 21, 23, 25, 27, 29, 31])],
  },
  {
    title: "every day in January, for 3 years (DAILY form)",
    dtstart: "1998-01-01T09:00",
    rrule: "FREQ=DAILY;UNTIL=20000131T140000Z;BYMONTH=1",
    expected: [1998, 1999, 2000].flatMap((y) => days(`${y}-01`, Array.from({ length: 31 }, (_, i) => i + 1))),
  },
  { title: "weekly until December 24, 1997", dtstart: "1997-09-02T09:00", rrule: "FREQ=WEEKLY;UNTIL=19971224T000000Z", expected: [...days("1997-09", [2, 9, 16, 23, 30]), ...days("1997-10", [7, 14, 21, 28]), ...days("1997-11", [4, 11, 18, 25]), ...days("1997-12", [2, 9, 16, 23])] },
  {
    title: "every other week, through February 1998",
    dtstart: "1997-09-02T09:00",
    rrule: "FREQ=WEEKLY;INTERVAL=2;WKST=SU",
    until: "1998-02-28",
    expected: [...days("1997-09", [2, 16, 30]), ...days("1997-10", [14, 28]), ...days("1997-11", [11, 25]), ...days("1997-12", [9, 23]), ...days("1998-01", [6, 20]), ...days("1998-02", [3, 17])],
  },
  { title: "weekly on Tuesday and Thursday for five weeks (UNTIL form)", dtstart: "1997-09-02T09:00", rrule: "FREQ=WEEKLY;UNTIL=19971007T000000Z;WKST=SU;BYDAY=TU,TH", expected: [...days("1997-09", [2, 4, 9, 11, 16, 18, 23, 25, 30]), "1997-10-02"] },
  { title: "weekly on Tuesday and Thursday for five weeks (COUNT form)", dtstart: "1997-09-02T09:00", rrule: "FREQ=WEEKLY;COUNT=10;WKST=SU;BYDAY=TU,TH", expected: [...days("1997-09", [2, 4, 9, 11, 16, 18, 23, 25, 30]), "1997-10-02"] },
  {
    title: "every other week on Monday, Wednesday and Friday until December 24, 1997",
    dtstart: "1997-09-01T09:00",
    rrule: "FREQ=WEEKLY;INTERVAL=2;UNTIL=19971224T000000Z;WKST=SU;BYDAY=MO,WE,FR",
    expected: [...days("1997-09", [1, 3, 5, 15, 17, 19, 29]), ...days("1997-10", [1, 3, 13, 15, 17, 27, 29, 31]), ...days("1997-11", [10, 12, 14, 24, 26, 28]), ...days("1997-12", [8, 10, 12, 22])],
  },
  {
    title: "every 18 months on the 10th to the 15th, 10 occurrences",
    dtstart: "1997-09-10T09:00",
    rrule: "FREQ=MONTHLY;INTERVAL=18;COUNT=10;BYMONTHDAY=10,11,12,13,14,15",
    expected: [...days("1997-09", [10, 11, 12, 13, 14, 15]), ...days("1999-03", [10, 11, 12, 13])],
  },
  {
    title: "every Tuesday, every other month",
    dtstart: "1997-09-02T09:00",
    rrule: "FREQ=MONTHLY;INTERVAL=2;BYDAY=TU",
    until: "1998-03-31",
    expected: [...days("1997-09", [2, 9, 16, 23, 30]), ...days("1997-11", [4, 11, 18, 25]), ...days("1998-01", [6, 13, 20, 27]), ...days("1998-03", [3, 10, 17, 24, 31])],
  },
  {
    title: "every other year in January, February and March, 10 occurrences",
    dtstart: "1997-03-10T09:00",
    rrule: "FREQ=YEARLY;INTERVAL=2;COUNT=10;BYMONTH=1,2,3",
    expected: ["1997-03-10", ...[1999, 2001, 2003].flatMap((y) => [`${y}-01-10`, `${y}-02-10`, `${y}-03-10`])],
  },
  {
    title: "every Thursday, but only in June, July and August",
    dtstart: "1997-06-05T09:00",
    rrule: "FREQ=YEARLY;BYDAY=TH;BYMONTH=6,7,8",
    until: "1998-12-31",
    expected: [...days("1997-06", [5, 12, 19, 26]), ...days("1997-07", [3, 10, 17, 24, 31]), ...days("1997-08", [7, 14, 21, 28]), ...days("1998-06", [4, 11, 18, 25]), ...days("1998-07", [2, 9, 16, 23, 30]), ...days("1998-08", [6, 13, 20, 27])],
  },
  { title: "an invalid date (30 February) is ignored and not counted", dtstart: "2007-01-15T09:00", rrule: "FREQ=MONTHLY;BYMONTHDAY=15,30;COUNT=5", expected: ["2007-01-15", "2007-01-30", "2007-02-15", "2007-03-15", "2007-03-30"] },
];

describe("RFC 5545 §3.8.5.3 examples, dates", () => {
  for (const example of examples) {
    it(example.title, () => {
      const starts = localStarts({ dtstart: example.dtstart, rrule: example.rrule, zone, ...(example.until === undefined ? {} : { until: example.until }) });
      expect(starts.map((s) => s.slice(0, 10))).toEqual(example.expected);
      expect(new Set(starts.map((s) => s.slice(11)))).toEqual(new Set(["09:00"]));
    });
  }
});

describe("RFC 5545 §3.8.5.3 examples, times", () => {
  it("every 15 minutes for 6 occurrences", () => {
    expect(localStarts({ dtstart: "1997-09-02T09:00", rrule: "FREQ=MINUTELY;INTERVAL=15;COUNT=6", zone }).map((s) => s.slice(11))).toEqual(["09:00", "09:15", "09:30", "09:45", "10:00", "10:15"]);
  });

  it("every hour and a half for 4 occurrences", () => {
    expect(localStarts({ dtstart: "1997-09-02T09:00", rrule: "FREQ=MINUTELY;INTERVAL=90;COUNT=4", zone }).map((s) => s.slice(11))).toEqual(["09:00", "10:30", "12:00", "13:30"]);
  });

  it("every 3 hours from 09:00: the RFC's UNTIL=19970902T170000Z is 13:00 EDT, so 15:00 (which the RFC lists) is past it", () => {
    expect(localStarts({ dtstart: "1997-09-02T09:00", rrule: "FREQ=HOURLY;INTERVAL=3;UNTIL=19970902T170000Z", zone })).toEqual(["1997-09-02T09:00", "1997-09-02T12:00"]);
    expect(localStarts({ dtstart: "1997-09-02T09:00", rrule: "FREQ=HOURLY;INTERVAL=3;UNTIL=19970902T190000Z", zone })).toEqual(["1997-09-02T09:00", "1997-09-02T12:00", "1997-09-02T15:00"]);
  });

  it("every 20 minutes from 09:00 to 16:40 every day (MINUTELY form)", () => {
    const starts = localStarts({ dtstart: "1997-09-02T09:00", rrule: "FREQ=MINUTELY;INTERVAL=20;BYHOUR=9,10,11,12,13,14,15,16", zone, until: "1997-09-03" });
    const perDay = [9, 10, 11, 12, 13, 14, 15, 16].flatMap((h) => ["00", "20", "40"].map((m) => `${String(h).padStart(2, "0")}:${m}`));
    expect(starts).toEqual(["1997-09-02", "1997-09-03"].flatMap((d) => perDay.map((t) => `${d}T${t}`)));
  });

  it("every 20 minutes from 09:00 to 16:40 every day", () => {
    const starts = localStarts({ dtstart: "1997-09-02T09:00", rrule: "FREQ=DAILY;BYHOUR=9,10,11,12,13,14,15,16;BYMINUTE=0,20,40", zone, until: "1997-09-03" });
    const perDay = [9, 10, 11, 12, 13, 14, 15, 16].flatMap((h) => ["00", "20", "40"].map((m) => `${String(h).padStart(2, "0")}:${m}`));
    expect(starts).toEqual(["1997-09-02", "1997-09-03"].flatMap((d) => perDay.map((t) => `${d}T${t}`)));
  });
});
