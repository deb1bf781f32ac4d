/**
 * `2 kali per bulan antara 13:00-16:00 pada hari kerja` (a walk through seed 000): the days
 * after the hours, as planners also write them, were "unexpected `pada` after `16:00`; did you
 * mean `pukul`?", whose fix made no sense. Both orders read as one schedule, in both readers,
 * and the formatter writes the days first.
 */
import { describe, expect, it } from "vitest";
import { checkSource, formatSource } from "@lontar/dsl";
import { parseFileFast, parseFileWith } from "../../src/syntax/parse.js";

const head = 'perpustakaan perpus { nama "P" jenjang kota wilayah "Aceh" / "Kota Langsa" buka senin..jumat 08:00-16:00 }\nruang aula di perpus { kapasitas 20 }\n';
const program = (schedule: string): string => `${head}program a di perpus {\n  kategori literasi_digital\n  jadwal ${schedule}\n  butuh ruang aula\n}\n`;
const daysFirst = program("2 kali per bulan pada hari kerja antara 13:00-16:00 selama 2 jam");
const hoursFirst = program("2 kali per bulan antara 13:00-16:00 pada hari kerja selama 2 jam");

/** A program's schedules as data, without their places in the file. */
function schedules(source: string): string {
  const result = checkSource(source, "a.lontar");
  expect(result.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  return JSON.stringify(result.workspace?.programs.map((p) => p.schedules), (key, value: unknown) => (key === "source" ? undefined : value));
}

describe("a flexible schedule's days after its hours", () => {
  it("is the same schedule as with the days first", () => {
    expect(schedules(daysFirst)).toContain("13:00");
    expect(schedules(hoursFirst)).toBe(schedules(daysFirst));
  });

  it("reads alike in the grammar, the property reader and the whole-file reader", () => {
    const grammar = JSON.stringify(parseFileWith(hoursFirst, "a.lontar", "grammar"));
    expect(JSON.stringify(parseFileWith(hoursFirst, "a.lontar", "fast"))).toBe(grammar);
    const whole = parseFileFast(hoursFirst, "a.lontar");
    if (whole !== undefined) expect(JSON.stringify(whole)).toBe(grammar);
    expect(parseFileWith(hoursFirst, "a.lontar", "grammar").diagnostics).toEqual([]);
  });

  it("is written with the days first by the formatter", () => {
    expect(formatSource(hoursFirst, "a.lontar").text).toBe(formatSource(daysFirst, "a.lontar").text);
    expect(formatSource(hoursFirst, "a.lontar").text).toContain("pada hari kerja antara 13:00-16:00");
  });

  it("with days on both sides stays an error, with no fix to `pukul` (a day follows, not a time)", () => {
    const { diagnostics } = checkSource(program("2 kali per bulan pada senin antara 13:00-16:00 pada selasa"), "a.lontar");
    expect(diagnostics.some((d) => d.severity === "error")).toBe(true);
    expect(diagnostics.flatMap((d) => d.suggestions.flatMap((s) => s.edits.map((e) => e.text)))).not.toContain("pukul");
  });

  it("keeps `pukul` as the fix of `pada` before a time", () => {
    const { diagnostics } = checkSource(program("setiap minggu pada sabtu pada 09:00"), "a.lontar");
    expect(diagnostics[0]?.suggestions[0]?.edits[0]?.text).toBe("pukul");
  });
});
