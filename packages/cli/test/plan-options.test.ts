import { describe, expect, it } from "vitest";
import { UsageError } from "../src/args/usage-error.js";
import { parsePlanOptions } from "../src/commands/plan-options.js";

describe("lontar plan options", () => {
  it("reads paths, --out, the horizon and the seed", () => {
    expect(parsePlanOptions(["ws", "--out", "o", "--from", "2019-01-01", "--to", "2019-12-31", "--seed", "7"])).toEqual({
      paths: ["ws"],
      out: "o",
      from: "2019-01-01",
      to: "2019-12-31",
      seed: 7,
      threads: undefined,
      maxOccurrences: undefined,
      lang: undefined,
      csvSeparator: undefined,
    });
    expect(parsePlanOptions(["ws", "-o", "o"])).toEqual({ paths: ["ws"], out: "o", from: undefined, to: undefined, seed: 1, threads: undefined, maxOccurrences: undefined, lang: undefined, csvSeparator: undefined });
    expect(parsePlanOptions(["ws", "-o", "o", "--lang", "id", "--csv-separator", "tab"])).toMatchObject({ lang: "id", csvSeparator: "\t" });
    expect(parsePlanOptions(["ws", "-o", "o", "--csv-separator", ","])).toMatchObject({ csvSeparator: "," });
    expect(parsePlanOptions(["ws", "-o", "o", "--csv-separator", "semicolon"])).toMatchObject({ csvSeparator: ";" });
    expect(parsePlanOptions(["ws", "-o", "o", "--threads", "3"])).toMatchObject({ threads: 3 });
    expect(parsePlanOptions(["ws", "-o", "o", "--max-occurrences", "5000000"])).toMatchObject({ maxOccurrences: 5_000_000 });
  });

  it("plans the current folder when no path is named, as `lontar check` checks it", () => {
    expect(parsePlanOptions(["--out", "o"])).toMatchObject({ paths: ["."], out: "o" });
  });

  it.each([
    [["ws"], "missing --out"],
    [["ws", "-o", "o", "--from", "2019-13-01"], "--from expects a date"],
    [["ws", "-o", "o", "--from", "2027-02-31"], "--from 2027-02-31 is no day on the calendar: 2027-02 has 28 days"],
    [["ws", "--out", ""], "missing --out"],
    [["ws", "--out", "  "], "missing --out"],
    [["ws", "-o", "o", "--to", "2026-02-29"], "--to 2026-02-29 is no day on the calendar: 2026-02 has 28 days"],
    [["ws", "-o", "o", "--to", "2026-02-3"], "--to expects a date YYYY-MM-DD"],
    // Day first, as letters write it (stop 43's walk): the date meant, to write.
    [["ws", "-o", "o", "--from", "15/01/2027"], "--from expects a date YYYY-MM-DD, got '15/01/2027': write --from 2027-01-15"],
    [["ws", "-o", "o", "--to", "1-3-2027"], "write --to 2027-03-01"],
    [["ws", "-o", "o", "--to", "31/02/2027"], "--to expects a date YYYY-MM-DD, got '31/02/2027'"],
    // Every way a file's date may be written, as LON1106 reads it: the year first, or of two digits.
    [["ws", "-o", "o", "--from", "2027/1/15"], "write --from 2027-01-15"],
    [["ws", "-o", "o", "--from", "15-01-27"], "write --from 2027-01-15"],
    // A walk of stop 59: a month's name, as a letter writes a date.
    [["ws", "-o", "o", "--from", "1 Juli 2027"], "--from expects a date YYYY-MM-DD, got '1 Juli 2027': write --from 2027-07-01"],
    [["ws", "-o", "o", "--to", "31 Februari 2027"], "--to expects a date YYYY-MM-DD, got '31 Februari 2027'"],
    [["ws", "-o", "o", "--from", "2019-12-01", "--to", "2019-01-01"], "is after --to"],
    [["ws", "-o", "o", "--seed", "1.5"], "--seed expects a whole number"],
    [["ws", "-o", "o", "--seed", "-1"], "--seed"],
    [["ws", "-o", "o", "--threads", "0"], "--threads expects 1 to 64"],
    [["ws", "-o", "o", "--threads", "two"], "--threads expects a whole number"],
    [["ws", "-o", "o", "--max-occurrences", "0"], "--max-occurrences expects at least 1"],
    [["ws", "-o", "o", "--max-occurrences", "2e6"], "--max-occurrences expects a whole number"],
    [["ws", "-o", "o", "--lang", "fr"], "--lang expects en or id"],
    [["ws", "-o", "o", "--csv-separator", "|"], "--csv-separator expects"],
  ])("rejects %j", (args, message) => {
    expect(() => parsePlanOptions(args)).toThrow(UsageError);
    expect(() => parsePlanOptions(args)).toThrow(message);
  });
});
