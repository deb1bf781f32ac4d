/**
 * The 2024-2027 tables against the lists their decrees published, day by day, re-checked in
 * December 2026 (2027 as public datasets report its SKB; see years/2027.ts): a hand edit
 * that drops, adds or moves a day, or turns a holiday into cuti bersama, fails here, not in
 * a library's plan. Sources are in each year's table (years/*.ts).
 */
import { describe, expect, it } from "vitest";
import { citeDecree, decreedHolidays, decreedYear } from "@lontar/core";

const datesOf = (year: number, kind: "national" | "collective_leave"): string[] =>
  (decreedHolidays(year) ?? []).filter((h) => h.kind === kind).map((h) => h.date);

const published = [
  {
    year: 2024,
    decree: "SKB 855 Tahun 2023, 3 Tahun 2023, 4 Tahun 2023 (2023-09-12)",
    amendments: ["Keppres 10 Tahun 2024 (2024-02-06)", "Keppres 33 Tahun 2024 (2024-11-21)"],
    national: [
      "2024-01-01", "2024-02-08", "2024-02-10", "2024-02-14", "2024-03-11", "2024-03-29", "2024-03-31", "2024-04-10", "2024-04-11", "2024-05-01",
      "2024-05-09", "2024-05-23", "2024-06-01", "2024-06-17", "2024-07-07", "2024-08-17", "2024-09-16", "2024-11-27", "2024-12-25",
    ],
    leave: ["2024-02-09", "2024-03-12", "2024-04-08", "2024-04-09", "2024-04-12", "2024-04-15", "2024-05-10", "2024-05-24", "2024-06-18", "2024-12-26"],
  },
  {
    year: 2025,
    decree: "SKB 1017 Tahun 2024, 2 Tahun 2024, 2 Tahun 2024 (2024-10-14)",
    amendments: ["SKB 933 Tahun 2025, 1 Tahun 2025, 3 Tahun 2025 (2025-08-07)"],
    national: [
      "2025-01-01", "2025-01-27", "2025-01-29", "2025-03-29", "2025-03-31", "2025-04-01", "2025-04-18", "2025-04-20", "2025-05-01", "2025-05-12",
      "2025-05-29", "2025-06-01", "2025-06-06", "2025-06-27", "2025-08-17", "2025-09-05", "2025-12-25",
    ],
    leave: ["2025-01-28", "2025-03-28", "2025-04-02", "2025-04-03", "2025-04-04", "2025-04-07", "2025-05-13", "2025-05-30", "2025-06-09", "2025-08-18", "2025-12-26"],
  },
  {
    year: 2026,
    decree: "SKB 1497 Tahun 2025, 2 Tahun 2025, 5 Tahun 2025 (2025-09-19)",
    amendments: [],
    national: [
      "2026-01-01", "2026-01-16", "2026-02-17", "2026-03-19", "2026-03-21", "2026-03-22", "2026-04-03", "2026-04-05", "2026-05-01", "2026-05-14",
      "2026-05-27", "2026-05-31", "2026-06-01", "2026-06-16", "2026-08-17", "2026-08-25", "2026-12-25",
    ],
    leave: ["2026-02-16", "2026-03-18", "2026-03-20", "2026-03-23", "2026-03-24", "2026-05-15", "2026-05-28", "2026-12-24"],
  },
  {
    // As reported by public datasets citing setneg.go.id and Kemenko PMK, not read from the decree (years/2027.ts).
    year: 2027,
    decree: "SKB 1205 Tahun 2026, 3 Tahun 2026, 2 Tahun 2026 (2026-09-15)",
    amendments: [],
    national: [
      "2027-01-01", "2027-01-05", "2027-02-06", "2027-03-08", "2027-03-10", "2027-03-11", "2027-03-26", "2027-03-28", "2027-05-01", "2027-05-06",
      "2027-05-17", "2027-05-20", "2027-06-01", "2027-06-06", "2027-08-15", "2027-08-17", "2027-12-25", "2027-12-26",
    ],
    leave: ["2027-02-05", "2027-03-09", "2027-03-12", "2027-03-15", "2027-03-25", "2027-05-18", "2027-05-19", "2027-12-24"],
  },
] as const;

describe.each(published.map((p) => [p.year, p] as const))("the %i table, against its published decree", (year, p) => {
  it("cites the decree and the amendments that set it", () => {
    const table = decreedYear(year);
    expect(table === undefined ? undefined : citeDecree(table.decree)).toBe(p.decree);
    expect(table?.amendments.map(citeDecree)).toEqual(p.amendments);
  });

  it("holds exactly the published national holidays and cuti bersama", () => {
    expect(datesOf(year, "national")).toEqual(p.national);
    expect(datesOf(year, "collective_leave")).toEqual(p.leave);
  });
});
