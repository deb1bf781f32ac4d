import { fillTemplate, MONTH_NAMES, shortName, type Labels, type Language, type Period } from "@lontar/core";
import { dateOfDay, dayNumber, type DateSpan } from "../calendar/periods.js";

/** Short month names, January first, as calendars abbreviate them in each language (`Agu`, `Okt`, `Des`): core's names, shortened. */
const MONTHS: Readonly<Record<Language, readonly string[]>> = { en: MONTH_NAMES.en.map(shortName), id: MONTH_NAMES.id.map(shortName) };

/** The periods an obligation is counted per, as a count names them: `9 months`, `9 bulan`. */
export const PERIODS_PLURAL: Readonly<Record<Period, Labels>> = {
  day: { en: "days", id: "hari" },
  week: { en: "weeks", id: "minggu" },
  month: { en: "months", id: "bulan" },
  quarter: { en: "quarters", id: "triwulan" },
  semester: { en: "semesters", id: "semester" },
  year: { en: "years", id: "tahun" },
};

/** At most this many runs of periods are named; the rest are counted. */
const MAX_RUNS = 6;

const MORE: Labels = { en: "and {count} more", id: "dan {count} lainnya" };

/** Consecutive periods (each starting the day after the one before ends) as one span each, in order. */
function runsOf(periods: readonly DateSpan[]): DateSpan[] {
  const sorted = [...periods].sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
  const runs: DateSpan[] = [];
  for (const period of sorted) {
    const last = runs[runs.length - 1];
    if (last !== undefined && dateOfDay(dayNumber(last.to) + 1) === period.from) runs[runs.length - 1] = { from: last.from, to: period.to };
    else runs.push({ ...period });
  }
  return runs;
}

/**
 * The short name of the month of an ISO date (`YYYY-MM…`) in `language`, as calendars
 * abbreviate it; the month's number when the date has none.
 *
 * @example monthOf("2027-08-17", "id") // "Agu"
 */
export const monthOf = (date: string, language: Language): string => MONTHS[language][Number(date.slice(5, 7)) - 1] ?? date.slice(5, 7);

/** One run of periods in `language`: `Mar–Nov 2019`, `Nov 2019–Feb 2020`, `2019–2020`, or its dates. */
function runName(run: DateSpan, per: Period, language: Language): string {
  const [fromYear, toYear] = [run.from.slice(0, 4), run.to.slice(0, 4)];
  if (per === "year") return fromYear === toYear ? fromYear : `${fromYear}–${toYear}`;
  if (per !== "month") return run.from === run.to ? run.from : `${run.from}..${run.to}`;
  const [from, to] = [monthOf(run.from, language), monthOf(run.to, language)];
  if (fromYear !== toYear) return `${from} ${fromYear}–${to} ${toYear}`;
  return from === to ? `${from} ${fromYear}` : `${from}–${to} ${fromYear}`;
}

/**
 * The periods, named in both languages with consecutive ones joined into runs — months by
 * name (`Jan–Dec 2025`, `Jan–Des 2025`), years by number, other periods by their dates —
 * and at most six runs named, the rest counted (`and 3 more`).
 *
 * @example periodNames([{ from: "2025-01-01", to: "2025-01-31" }, { from: "2025-02-01", to: "2025-02-28" }], "month").id // "Jan–Feb 2025"
 */
export function periodNames(periods: readonly DateSpan[], per: Period): Labels {
  const runs = runsOf(periods);
  const named = runs.slice(0, MAX_RUNS);
  const more = runs.length - named.length;
  const name = (language: Language): string => {
    const list = named.map((run) => runName(run, per, language));
    if (more > 0) list.push(fillTemplate(MORE[language], { count: more }, language));
    return list.join(", ");
  };
  return { en: name("en"), id: name("id") };
}
