import { describe, expect, it } from "vitest";
import { DECREED_YEARS, DecreedYear, FIRST_DECREED_YEAR, LAST_DECREED_YEAR, citeDecree, isIsoDate } from "@lontar/core";

const weekday = (date: string): number => new Date(`${date}T00:00:00Z`).getUTCDay();
const FIXED_NATIONAL = ["01-01", "05-01", "06-01", "08-17", "12-25"];

describe("the decreed holiday tables", () => {
  it("cover every year from 2019 to the last decreed one, in order", () => {
    expect(FIRST_DECREED_YEAR).toBe(2019);
    expect(DECREED_YEARS.map((y) => y.year)).toEqual(Array.from({ length: LAST_DECREED_YEAR - 2018 }, (_, i) => 2019 + i));
  });

  describe.each(DECREED_YEARS.map((y) => [y.year, y] as const))("%i", (year, table) => {
    it("match the schema", () => {
      expect(DecreedYear.safeParse(table).error?.issues ?? []).toEqual([]);
    });

    it("hold real dates of the year, sorted, with no day listed twice", () => {
      const dates = table.holidays.map((h) => h.date);
      expect(dates.filter((d) => !isIsoDate(d) || !d.startsWith(`${year}-`))).toEqual([]);
      expect(dates).toEqual([...dates].sort());
      const keys = table.holidays.map((h) => `${h.date} ${h.kind} ${h.name.id}`);
      expect(keys.length - new Set(keys).size).toBe(0);
    });

    it("never put cuti bersama on a national holiday", () => {
      const national = new Set(table.holidays.filter((h) => h.kind === "national").map((h) => h.date));
      expect(table.holidays.filter((h) => h.kind === "collective_leave" && national.has(h.date))).toEqual([]);
    });

    it("put cuti bersama on working days only", () => {
      const leave = table.holidays.filter((h) => h.kind === "collective_leave");
      expect(leave.filter((h) => weekday(h.date) === 0 || weekday(h.date) === 6)).toEqual([]);
    });

    it("hold the fixed-date national holidays and two days of Idul Fitri", () => {
      const national = table.holidays.filter((h) => h.kind === "national");
      expect(FIXED_NATIONAL.filter((md) => !national.some((h) => h.date === `${year}-${md}`))).toEqual([]);
      expect(national.filter((h) => h.name.id.includes("Idul Fitri")).length).toBe(2);
    });

    it("cite a decree signed before the year, and amendments signed in order before the year ends", () => {
      expect(table.decree.date < `${year}-01-01`).toBe(true);
      const dates = table.amendments.map((a) => a.date);
      expect(dates).toEqual([...dates].sort());
      expect(dates.filter((d) => d <= table.decree.date || d > `${year}-12-31`)).toEqual([]);
      expect(citeDecree(table.decree)).toMatch(/^SKB \d+ Tahun \d{4}, \d+ Tahun \d{4}, \d+ Tahun \d{4} \(\d{4}-\d{2}-\d{2}\)$/);
    });

    it("cite, for every day an amendment set, an amendment of that year", () => {
      const ids = new Set(table.amendments.map((a) => a.id));
      expect(table.holidays.filter((h) => h.by !== undefined && !ids.has(h.by))).toEqual([]);
      expect(new Set([table.decree.id, ...ids]).size).toBe(table.amendments.length + 1);
    });
  });
});
