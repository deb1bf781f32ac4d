import { checkSource, formatSource, type Diagnostic } from "@lontar/dsl";
import type { Schedule } from "@lontar/core";
import { describe, expect, it } from "vitest";

const PRELUDE = `library lib {
  tier city
  region "Sumatera Barat" / "Kota Solok"
}
`;

const show = (ds: readonly Diagnostic[]): string => ds.map((d) => `${d.code} ${d.location.range.start.line}:${d.location.range.start.column} ${d.message}`).join("\n");

/** The one schedule of `schedule` compiled, with the diagnostics. */
function compile(schedule: string, lang: "en" | "id" = "en"): { schedule: Schedule | undefined; diagnostics: readonly Diagnostic[] } {
  const body = lang === "en" ? `program p at lib {\n  category class\n  schedule ${schedule}\n}\n` : `program p di lib {\n  kategori kelas\n  jadwal ${schedule}\n}\n`;
  const result = checkSource(`${PRELUDE}${body}`, "main.lontar");
  return { schedule: result.workspace?.programs[0]?.schedules[0], diagnostics: result.diagnostics };
}

/** The codes reported and the text each starts at. */
function codesAt(schedule: string): string[] {
  const text = `${PRELUDE}program p at lib {\n  category class\n  schedule ${schedule}\n}\n`;
  const lines = text.split("\n");
  return checkSource(text, "main.lontar").diagnostics.map((d) => {
    const line = lines[d.location.range.start.line - 1] ?? "";
    return `${d.code} ${line.slice(d.location.range.start.column - 1, d.location.range.end.column - 1)}`;
  });
}

describe("tails after rrule map onto the rule", () => {
  it("`at` gives a date-only `starting` its time", () => {
    const { schedule, diagnostics } = compile(`rrule "FREQ=WEEKLY;BYDAY=MO" starting 2019-01-07 at 10:30`);
    expect(show(diagnostics)).toBe("");
    expect(schedule).toMatchObject({ kind: "rrule", dtstart: "2019-01-07T10:30", rrule: "FREQ=WEEKLY;BYDAY=MO" });
  });

  it("`until` becomes UNTIL at the end of its day and `for N times` COUNT", () => {
    expect(compile(`rrule "FREQ=WEEKLY;BYDAY=MO" starting 2019-01-07T09:00 until 2019-03-04`).schedule).toMatchObject({
      dtstart: "2019-01-07T09:00",
      rrule: "FREQ=WEEKLY;BYDAY=MO;UNTIL=20190304T235959",
    });
    expect(compile(`rrule "RRULE:FREQ=DAILY;" starting 2019-01-07T09:00 for 5 times`).schedule).toMatchObject({ rrule: "FREQ=DAILY;COUNT=5" });
  });

  it("the Indonesian spellings map the same way", () => {
    const { schedule, diagnostics } = compile(`rrule "FREQ=WEEKLY;BYDAY=MO" dimulai 2019-01-07 pukul 10:30 untuk 5 kali`, "id");
    expect(show(diagnostics)).toBe("");
    expect(schedule).toMatchObject({ dtstart: "2019-01-07T10:30", rrule: "FREQ=WEEKLY;BYDAY=MO;COUNT=5" });
    expect(compile(`rrule "FREQ=WEEKLY;BYDAY=MO" dimulai 2019-01-07 sampai 2019-02-04`, "id").schedule).toMatchObject({ rrule: "FREQ=WEEKLY;BYDAY=MO;UNTIL=20190204T235959" });
  });

  it("`also` dates take DTSTART's time, `at` included", () => {
    expect(compile(`rrule "FREQ=WEEKLY;BYDAY=MO" starting 2019-01-07 at 10:30 for 3 times also 2019-01-09`).schedule).toMatchObject({ rdates: ["2019-01-09T10:30"] });
  });

  it("a tail saying what the rule or `starting` already says is an error at the tail", () => {
    expect(codesAt(`rrule "FREQ=WEEKLY;COUNT=3" starting 2019-01-07 for 5 times`)).toEqual(["LON4008 5"]);
    expect(codesAt(`rrule "FREQ=WEEKLY;UNTIL=20190301" starting 2019-01-07 until 2019-02-01`)).toEqual(["LON4008 2019-02-01"]);
    expect(codesAt(`rrule "FREQ=WEEKLY" starting 2019-01-07T10:00 at 09:00 for 3 times`)).toEqual(["LON4008 09:00"]);
    expect(codesAt(`rrule "FREQ=DAILY;BYHOUR=9,14;COUNT=4" starting 2019-01-07 at 09:00`)).toEqual(["LON4008 09:00"]);
    expect(codesAt(`rrule "FREQ=WEEKLY;COUNT=3" starting 2019-01-07 from 2019-02-01`)).toEqual(["LON4008 2019-02-01"]);
  });

  it("COUNT and UNTIL together, in any mix of rule and tails, is LON4007 at the tail", () => {
    expect(codesAt(`rrule "FREQ=WEEKLY;UNTIL=20190301" starting 2019-01-07 for 5 times`)).toEqual(["LON4007 5"]);
    expect(codesAt(`rrule "FREQ=WEEKLY;COUNT=3" starting 2019-01-07 until 2019-03-01`)).toEqual(["LON4007 2019-03-01"]);
    expect(codesAt(`rrule "FREQ=WEEKLY" starting 2019-01-07 until 2019-03-01 for 5 times`)).toEqual(["LON4007 5"]);
  });

  it("an `until` before `starting` and `for 0 times` are refused", () => {
    expect(codesAt(`rrule "FREQ=WEEKLY" starting 2019-03-04 until 2019-01-01`)).toEqual(["LON3003 2019-01-01"]);
    expect(codesAt(`rrule "FREQ=WEEKLY" starting 2019-03-04 for 0 times`)).toEqual(["LON3009 0"]);
  });
});

describe("seconds are never dropped silently", () => {
  it("`:00` seconds lose nothing and compile to the minute", () => {
    const { schedule, diagnostics } = compile(`rrule "FREQ=DAILY;COUNT=3" starting 2019-01-01T10:00:00`);
    expect(show(diagnostics)).toBe("");
    expect(schedule).toMatchObject({ dtstart: "2019-01-01T10:00" });
  });

  it("other seconds are LON4010 at the date-time, in `starting`, `also` and `except`", () => {
    expect(codesAt(`rrule "FREQ=DAILY;COUNT=3" starting 2019-01-01T10:00:30`)).toEqual(["LON4010 2019-01-01T10:00:30"]);
    expect(codesAt(`every day from 2019-01-01 for 3 times also 2019-02-01T10:00:05`)).toEqual(["LON4010 2019-02-01T10:00:05"]);
    expect(codesAt(`every day from 2019-01-01 for 3 times except 2019-01-02T08:00:59`)).toEqual(["LON4010 2019-01-02T08:00:59"]);
  });
});

describe("`once` takes no recurrence tails", () => {
  it("`for N times`, `until`, `from`, `except` and `also` after `once` are LON4009", () => {
    expect(codesAt(`once 2019-04-20 at 09:00 for 3 times`)).toEqual(["LON4009 3"]);
    expect(codesAt(`once 2019-04-20 at 09:00 until 2019-05-01 except 2019-04-20 also 2019-04-27`)).toEqual(["LON4009 2019-05-01", "LON4009 2019-04-20", "LON4009 2019-04-27"]);
  });
});

describe("`except DATE` cancels the whole day, `except DATETIME` one instance", () => {
  it("compiles a date to a one-day excepted range and a date-time to an EXDATE", () => {
    const { schedule, diagnostics } = compile(`rrule "FREQ=HOURLY;COUNT=30" starting 2019-01-07T09:00 except 2019-01-07, 2019-01-08T10:00`);
    expect(show(diagnostics)).toBe("");
    expect(schedule).toMatchObject({ exdates: ["2019-01-08T10:00"], exceptRanges: [{ from: "2019-01-07", to: "2019-01-07" }] });
    expect(compile(`every week on mon from 2019-01-07 at 09:00 for 4 times except 2019-01-14`).schedule).toMatchObject({ exdates: [], exceptRanges: [{ from: "2019-01-14", to: "2019-01-14" }] });
  });

  it("the checker reads them the same way: a date-time cancels only its instance", () => {
    expect(codesAt(`rrule "FREQ=HOURLY;COUNT=3" starting 2019-01-07T09:00 except 2019-01-07`)).toEqual(["LON4001 rrule \"FREQ=HOURLY;COUNT=3\" starting 2019-01-07T09:00 except 2019-01-07"]);
    expect(codesAt(`rrule "FREQ=DAILY;COUNT=1" starting 2019-01-07T09:00 except 2019-01-07T09:00`)).toHaveLength(1);
    expect(codesAt(`rrule "FREQ=DAILY;COUNT=1" starting 2019-01-07T09:00 except 2019-01-07T10:00`)).toEqual([]);
  });
});

describe("the printer keeps every tail (round trip)", () => {
  const sources = [
    `rrule "FREQ=WEEKLY;BYDAY=MO" starting 2019-01-07 at 10:30 for 2h until 2019-03-04 except 2019-01-14, 2019-01-21T10:30, 2019-02-01..2019-02-10 also 2019-01-09`,
    `rrule "FREQ=WEEKLY;BYDAY=MO" starting 2019-01-07T10:30 for 5 times`,
  ];
  for (const source of sources) {
    it(source, () => {
      const text = `${PRELUDE}program p at lib {\n  category class\n  schedule ${source}\n}\n`;
      const formatted = formatSource(text, "main.lontar").text;
      expect(formatted).toContain(source);
      const before = checkSource(text, "main.lontar").workspace?.programs[0]?.schedules;
      expect(before).toHaveLength(1);
      expect(checkSource(formatted, "main.lontar").workspace?.programs[0]?.schedules).toEqual(before);
    });
  }
});

describe("a schedule with `until` and no `from`, under a horizon that starts after it", () => {
  it("is LON3003 at its `until`: it starts with the horizon and never runs (it compiled to nothing, with no word)", () => {
    const source = 'cakrawala 2026-01-01..2026-12-31\nperpustakaan p { jenjang desa  wilayah "Jawa Tengah" / "Kabupaten Klaten" }\nprogram d di p {\n  kategori mendongeng\n  jadwal setiap minggu pada sabtu pukul 09:00 selama 2 jam sampai 2025-01-01\n}\n';
    const found = checkSource(source, "a.lontar").diagnostics;
    expect(found.map((d) => [d.code, source.slice(d.location.range.start.offset, d.location.range.end.offset)])).toEqual([["LON3003", "2025-01-01"]]);
    expect(found[0]?.message).toBe("the schedule ends (until 2025-01-01) before it starts: with no `from`, it starts with the horizon, on 2026-01-01; it never runs");
  });
});
