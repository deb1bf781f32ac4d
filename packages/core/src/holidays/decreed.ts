import type { Decree, DecreedHoliday, DecreedYear } from "./schema.js";
import { YEAR_2019 } from "./years/2019.js";
import { YEAR_2020 } from "./years/2020.js";
import { YEAR_2021 } from "./years/2021.js";
import { YEAR_2022 } from "./years/2022.js";
import { YEAR_2023 } from "./years/2023.js";
import { YEAR_2024 } from "./years/2024.js";
import { YEAR_2025 } from "./years/2025.js";
import { YEAR_2026 } from "./years/2026.js";
import { YEAR_2027 } from "./years/2027.js";

/** Every year with a published decree, oldest first, one table per year (`years/*.ts`). */
export const DECREED_YEARS: readonly DecreedYear[] = [YEAR_2019, YEAR_2020, YEAR_2021, YEAR_2022, YEAR_2023, YEAR_2024, YEAR_2025, YEAR_2026, YEAR_2027];

const byYear: ReadonlyMap<number, DecreedYear> = new Map(DECREED_YEARS.map((y) => [y.year, y]));

/** The first year the data covers (2019). */
export const FIRST_DECREED_YEAR: number = DECREED_YEARS[0]?.year ?? 0;
/** The last year whose decree the data holds; later years are estimated. */
export const LAST_DECREED_YEAR: number = DECREED_YEARS[DECREED_YEARS.length - 1]?.year ?? 0;

/** A year's decree, amendments and days, or undefined when the data has no decree for it. */
export function decreedYear(year: number): DecreedYear | undefined {
  return byYear.get(year);
}

/**
 * The decreed national holidays and cuti bersama of `year` in their final state, sorted by
 * date, or undefined when the data has no decree for that year.
 *
 * @example decreedHolidays(2025)?.filter((h) => h.kind === "collective_leave").length // 11
 */
export function decreedHolidays(year: number): readonly DecreedHoliday[] | undefined {
  return byYear.get(year)?.holidays;
}

/**
 * A decree as it is cited: `SKB 617 Tahun 2018, 262 Tahun 2018, 16 Tahun 2018 (2018-11-02)`
 * (the numbers of the Ministers of Religious Affairs, Manpower and PANRB) or
 * `Keppres 10 Tahun 2019 (2019-04-08)`.
 */
export function citeDecree(decree: Decree): string {
  if (decree.kind === "keppres") return `Keppres ${decree.number} (${decree.date})`;
  const { religiousAffairs, manpower, panrb } = decree.numbers;
  return `SKB ${religiousAffairs}, ${manpower}, ${panrb} (${decree.date})`;
}
