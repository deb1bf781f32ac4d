import { checkSource } from "@lontar/dsl";
import { describe, expect, it } from "vitest";

// The checker expands schedules with the planner's engine (@lontar/core): the cases the
// old checker refused with LON4001 while the planner could plan them are accepted, and a
// rule that never occurs is reported.
const source = (schedule: string, zone = ""): string => `library lib {
  name "Perpustakaan Kota"
  tier city
  region "Sumatera Barat" / "Kota Solok"
  stage implementation${zone === "" ? "" : `\n  timezone "${zone}"`}
}
program p at lib {
  category storytelling
  ${schedule}
}
`;

// A zone unlike the province's (Sumatera Barat keeps WIB) is also LON3015, a warning: not what these cases are about.
const codes = (schedule: string, zone = ""): string[] => checkSource(source(schedule, zone), "main.lontar").diagnostics.map((d) => d.code).filter((code) => code !== "LON3015");

describe("the checker reads rules as the planner does", () => {
  it("UNTIL in UTC is an instant: 03:00Z on 8 January is 10:00 in Jakarta, after the 09:00 instance", () => {
    expect(codes(`schedule rrule "FREQ=DAILY;UNTIL=20190108T030000Z" starting 2019-01-07T09:00 except 2019-01-07`)).toEqual([]);
  });

  it("BYSETPOS=1,-1 keeps every day's instance, so excepting two days leaves the third", () => {
    expect(codes(`schedule rrule "FREQ=DAILY;BYSETPOS=1,-1;COUNT=3" starting 2019-01-07T09:00 except 2019-01-07, 2019-01-08`)).toEqual([]);
  });

  it("excepting every instance is still LON4001", () => {
    expect(codes(`schedule rrule "FREQ=DAILY;COUNT=2" starting 2019-01-07T09:00 except 2019-01-07, 2019-01-08`)).toContain("LON4001");
  });

  it("a daily rule on 31 February never occurs (LON4001)", () => {
    expect(codes(`schedule rrule "FREQ=DAILY;BYMONTH=2;BYMONTHDAY=31" starting 2019-01-01T09:00`)).toContain("LON4001");
  });

  it("expands in the library's zone: 02:30 on the second Sunday of March falls in New York's DST gap every year, so only DTSTART remains", () => {
    const rule = `schedule rrule "FREQ=YEARLY;BYMONTH=3;BYDAY=2SU;BYHOUR=2;BYMINUTE=30;COUNT=3" starting 2018-03-01T02:30 except 2018-03-01`;
    expect(codes(rule, "America/New_York")).toContain("LON4001");
    // In Jakarta (no DST) the rule occurs every year.
    expect(codes(rule, "Asia/Jakarta")).toEqual([]);
  });

  it("a UTC UNTIL is read in the library's zone: 10:00 Jakarta time is 03:00Z, after an UNTIL of 02:00Z", () => {
    const rule = `schedule rrule "FREQ=DAILY;UNTIL=20190108T020000Z" starting 2019-01-07T10:00 except 2019-01-07`;
    expect(codes(rule)).toContain("LON4001");
    expect(codes(rule, "Pacific/Kiritimati")).toEqual([]);
  });

  it("an RRULE part the engine cannot read is LON4002", () => {
    expect(codes(`schedule rrule "FREQ=WEEKLY;BYDAY=1MO" starting 2019-01-07T09:00`)).toContain("LON4002");
  });
});
