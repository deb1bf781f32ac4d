import { describe, expect, it } from "vitest";
import { runCase } from "./support/compare.js";
import type { RandomCase } from "./support/random-case.js";

/** A case of the differential test, fixed: its window is the random generator's for the frequency. */
function fixedCase(zone: string, dtstart: string, rrule: string, rdates: readonly string[], withExdates = false): RandomCase {
  const freq = /FREQ=(SECONDLY|MINUTELY|HOURLY)/.exec(rrule)?.[1] as "SECONDLY" | "MINUTELY" | "HOURLY";
  const windowDays = { SECONDLY: 1, MINUTELY: 3, HOURLY: 40 }[freq];
  const lastDate = new Date(Date.parse(`${dtstart}Z`) + windowDays * 86_400_000).toISOString().slice(0, 10);
  return { zone, dtstart, rrule, freq, rdates, withExdates, lastDate, start: "plain" };
}

/**
 * Cases the 10,000-rule differential run once reported as disagreements, each a flaw of the
 * comparison, not of the engine: they must be compared and agree, or fall in their class.
 */
describe("the differential comparison on the cases a 10,000-rule run once failed", () => {
  it("a UTC UNTIL before DTSTART: ical.js gives no rule instance, not even DTSTART; RDATEs stay (and an EXDATE of DTSTART does not hold ical.js's EXDATE pointer back)", () => {
    const cases = [
      fixedCase("America/New_York", "2019-11-03T01:10:00", "FREQ=SECONDLY;INTERVAL=47;UNTIL=20191103T021644Z", ["2019-11-03T01:54:57"]),
      fixedCase("America/New_York", "2019-11-03T01:10:00", "FREQ=SECONDLY;INTERVAL=47;UNTIL=20191103T021644Z", ["2019-11-03T01:54:57"], true),
      fixedCase("America/New_York", "2018-07-23T18:00:00", "FREQ=SECONDLY;UNTIL=20180723T214228Z", []),
      fixedCase("America/New_York", "2019-11-03T01:10:00", "FREQ=SECONDLY;UNTIL=20191103T021726Z", []),
      fixedCase("America/New_York", "2019-01-16T03:45:00", "FREQ=SECONDLY;UNTIL=20190116T043701Z;WKST=FR", []),
      fixedCase("America/New_York", "2019-04-14T07:15:00", "FREQ=SECONDLY;UNTIL=20190414T092405Z", []),
      fixedCase("America/New_York", "2015-04-07T13:30:00", "FREQ=SECONDLY;INTERVAL=11;UNTIL=20150407T171658Z", []),
      fixedCase("America/New_York", "2016-12-12T11:00:00", "FREQ=SECONDLY;UNTIL=20161212T150022Z;BYDAY=TU,MO,WE", ["2022-03-13T02:10:00", "2019-03-10T02:10:00"]),
      fixedCase("America/New_York", "2019-12-22T23:15:00", "FREQ=SECONDLY;UNTIL=20191223T023415Z;BYDAY=SU", []),
    ];
    const outcomes = cases.map(runCase);
    expect(outcomes.map((o) => o.exclusion)).toEqual(cases.map(() => undefined));
    expect(outcomes.map((o) => o.expected)).toEqual(outcomes.map((o) => o.oracle));
    // The RDATE alone is left of the first case.
    expect(outcomes[0]?.oracle.map((ms) => new Date(ms).toISOString())).toEqual(["2019-11-03T06:54:57.000Z"]);
  });

  it("an unsynchronised DTSTART that an RDATE repeats is still unsynchronised: ical.js moves it to the BY parts", () => {
    const outcome = runCase(fixedCase("Australia/Lord_Howe", "2024-10-06T02:10:00", "FREQ=HOURLY;BYHOUR=4,17,23;BYSECOND=17,52;WKST=SU", ["2024-11-09T05:12:12", "2024-10-06T02:10:00"]));
    expect([outcome.exclusion, outcome.tailAgrees]).toEqual(["dtstart-unsynchronised", true]);
  });

  it("an unsynchronised DTSTART in a DST gap is left out, but not the rule instance on its instant", () => {
    const outcome = runCase(fixedCase("America/New_York", "2018-03-11T02:10:00", "FREQ=MINUTELY;BYHOUR=12,3", ["2016-03-13T02:10:00", "2024-03-10T02:10:00"]));
    expect([outcome.exclusion, outcome.tailAgrees]).toEqual(["dtstart-unsynchronised", true]);
    // 03:10 EDT, the rule's instance at the gap-shifted DTSTART's instant.
    expect(outcome.expected).toContain(Date.parse("2018-03-11T07:10:00Z"));
  });
});
