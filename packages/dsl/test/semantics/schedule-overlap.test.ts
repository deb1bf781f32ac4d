import { checkSource, localizeDiagnostic } from "@lontar/dsl";
import { describe, expect, it } from "vitest";
import { LIBRARY_AND_HALL } from "./helpers/prelude.js";

const source = (schedule: string): string => `horizon 2026-01-01..2026-01-31\n${LIBRARY_AND_HALL}program p at lib {\n  category storytelling\n  schedule ${schedule}\n  needs room aula\n}\n`;
const codes = (text: string): string[] => checkSource(text, "main.lontar").diagnostics.map((d) => d.code);

// Found by an SDK walk: 20 programs of `rrule "FREQ=SECONDLY;COUNT=99000" … for 1h` (3.1 KB)
// passed checkSource with no diagnostic, in 12.5 s, and the plan of such sessions ran the
// process out of memory. Sessions of one schedule that overlap one another are an error.
describe("LON4016: sessions of a schedule that overlap one another", () => {
  it("is an error at the schedule naming the first two sessions that meet, in both languages", () => {
    const text = source("every day at 08:00 for 30h from 2026-01-05");
    const [only, ...rest] = checkSource(text, "main.lontar").diagnostics;
    expect(rest).toEqual([]);
    expect(only).toMatchObject({ code: "LON4016", severity: "error", location: { range: { start: { line: 11, column: 12 } } } });
    expect(only?.message).toBe(
      "the sessions of this schedule overlap: the one at 2026-01-05 08:00 lasts 30 hours and has not ended when the next starts at 2026-01-06 08:00; shorten the sessions or space them out (parallel groups need a schedule each)",
    );
    expect(only === undefined ? "" : localizeDiagnostic(only, "id").message).toContain("sesi pada 2026-01-05 08:00 berlangsung 30 jam dan belum selesai ketika sesi berikutnya dimulai pada 2026-01-06 08:00");
  });

  it("is told for a raw rule stepping in seconds, at once and without LON4004", () => {
    const programs = Array.from({ length: 20 }, (_, i) => `program p${i} at lib { category storytelling schedule rrule "FREQ=SECONDLY;COUNT=99000" starting 2026-01-05T09:00 for 1h needs room aula }`);
    const result = checkSource(`horizon 2026-01-01..2026-01-31\n${LIBRARY_AND_HALL}${programs.join("\n")}\n`, "main.lontar");
    expect(result.diagnostics.map((d) => d.code)).toEqual(Array.from({ length: 20 }, () => "LON4016"));
    expect(result.diagnostics[0]?.message).toContain("the one at 2026-01-05 09:00 lasts 1 hour and has not ended when the next starts at 2026-01-05 09:00:01");
    expect(result.workspace).toBeUndefined();
  });

  it("is told where only some sessions meet: an added date, two times a day", () => {
    expect(codes(source("every week on mon at 09:00 for 90 minutes from 2026-01-05 also 2026-01-12T10:00"))).toEqual(["LON4016"]);
    expect(codes(source(`rrule "FREQ=DAILY;BYHOUR=9,10" starting 2026-01-05T09:00 for 2h`))).toEqual(["LON4016"]);
    expect(codes(source(`rrule "FREQ=WEEKLY;BYDAY=MO,TU" starting 2026-01-05T09:00 for 25h`))).toEqual(["LON4016"]);
  });

  it("is not told where each session ends before the next starts", () => {
    expect(codes(source("every week on tue, thu at 09:00 for 2h"))).toEqual([]);
    expect(codes(source("every day at 08:00 for 24h from 2026-01-05"))).toEqual([]);
    // Told from its form, with no expansion: one start a day at one time, an added day at that time.
    expect(codes(source("every day at 23:00 for 22h from 2026-01-05 also 2026-01-20"))).toEqual([]);
    expect(codes(source("every day at 08:00 for 23h from 2026-01-05"))).toEqual([]);
    expect(codes(source(`rrule "FREQ=HOURLY;BYHOUR=9,10,11" starting 2026-01-05T09:00 for 60 minutes`))).toEqual([]);
    expect(codes(source(`rrule "FREQ=DAILY;BYHOUR=9,15" starting 2026-01-05T09:00 for 6h`))).toEqual([]);
    expect(codes(source(`rrule "FREQ=SECONDLY;COUNT=1" starting 2026-01-05T09:00 for 1h`))).toEqual([]);
  });
});
