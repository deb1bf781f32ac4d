/**
 * docs/holidays.md and docs/id/holidays.md list each decreed year's days from the holiday
 * tables (a planner's walk could not check 2027's holidays against anything the docs show).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DECREED_YEARS } from "../../src/holidays/decreed.js";
import { holidayTables, regenerateHolidaysPage } from "../../src/holidays/reference.js";

const root = join(import.meta.dirname, "../../../..");

describe.each([["docs/holidays.md", "en"], ["docs/id/holidays.md", "id"]] as const)("%s", (file, lang) => {
  const page = readFileSync(join(root, file), "utf8");

  it("has the tables generated from the holiday tables (run pnpm docs:language when this fails)", () => {
    expect(regenerateHolidaysPage(page, lang)).toBe(page);
  });

  it("lists every decreed day once, newest year first, with its weekday", () => {
    const rows = [...page.matchAll(/^\| (\d{4}-\d\d-\d\d) \| (\S+) \|/gm)];
    expect(rows.length).toBe(DECREED_YEARS.reduce((sum, year) => sum + year.holidays.length, 0));
    const years = [...page.matchAll(/^## (\d{4})$/gm)].map((m) => Number(m[1]));
    expect(years).toEqual(DECREED_YEARS.map((y) => y.year).reverse());
    const independence = rows.find((row) => row[1] === "2027-08-17");
    expect(independence?.[2]).toBe(lang === "id" ? "Selasa" : "Tuesday");
  });
});

describe("holidayTables", () => {
  it("writes the same text whatever the host's zone (weekdays are of the date, not of a clock)", () => {
    const before = process.env["TZ"];
    try {
      process.env["TZ"] = "Pacific/Kiritimati";
      const east = holidayTables("id");
      process.env["TZ"] = "America/Los_Angeles";
      expect(holidayTables("id")).toBe(east);
    } finally {
      if (before === undefined) delete process.env["TZ"];
      else process.env["TZ"] = before;
    }
  });
});
