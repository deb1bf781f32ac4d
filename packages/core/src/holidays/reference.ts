/**
 * The generated part of docs/holidays.md and docs/id/holidays.md: each decreed year's
 * decrees and days, written from the holiday tables (`years/*.ts`), newest year first.
 * `pnpm docs:language` writes it; a test fails when the committed pages are not current.
 */
import { DECREED_YEARS, citeDecree } from "./decreed.js";
import { holidayKindLabels, type DecreedYear } from "./schema.js";
import { WEEKDAYS, weekdayLabels } from "../primitives/calendar.js";
import { labelOf } from "../primitives/labels.js";
import { dayNumber, weekdayOf } from "../recurrence/calendar.js";

/** A page's language. */
type PageLanguage = "en" | "id";

const WORDS = {
  en: { date: "Date", day: "Day", kind: "Kind", name: "Name", decree: "Decree", amendments: "Changed by", notes: "Notes on the sources", by: "set by" },
  id: { date: "Tanggal", day: "Hari", kind: "Jenis", name: "Nama", decree: "Keputusan", amendments: "Diubah oleh", notes: "Catatan tentang sumbernya", by: "ditetapkan oleh" },
} as const;

/** The weekday of an ISO date (`2027-08-17`: Tuesday) in the model's own words (`weekdayLabels`), whatever the host's zone. */
function weekday(date: string, lang: PageLanguage): string {
  const day = WEEKDAYS[weekdayOf(dayNumber(Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10))))];
  return day === undefined ? "" : labelOf(weekdayLabels, day, lang);
}

const cell = (text: string): string => text.replace(/\|/g, "\\|");

/** One year's section: its decree, the decrees that changed it, its days, and the notes on its sources. */
function yearSection(year: DecreedYear, lang: PageLanguage): string {
  const w = WORDS[lang];
  const cited = new Map([year.decree, ...year.amendments].map((d) => [d.id, citeDecree(d)]));
  const lines = [`## ${year.year}`, "", `${w.decree}: ${citeDecree(year.decree)}.`];
  if (year.amendments.length > 0) lines.push("", `${w.amendments}: ${year.amendments.map(citeDecree).join("; ")}.`);
  lines.push("", `| ${w.date} | ${w.day} | ${w.kind} | ${w.name} |`, "|---|---|---|---|");
  for (const h of year.holidays) {
    const by = h.by === undefined ? "" : ` (${w.by} ${cited.get(h.by) ?? h.by})`;
    lines.push(`| ${h.date} | ${weekday(h.date, lang)} | ${holidayKindLabels[h.kind][lang]} | ${cell(h.name[lang])}${cell(by)} |`);
  }
  if (year.notes.length > 0) lines.push("", `${w.notes}:`, "", ...year.notes.map((note) => `- ${note[lang]}`));
  return lines.join("\n");
}

/** The generated text of the holidays page in `lang`: every decreed year, newest first. */
export function holidayTables(lang: PageLanguage): string {
  return [...DECREED_YEARS].reverse().map((year) => yearSection(year, lang)).join("\n\n");
}

const BEGIN = "<!-- generated: holidays (pnpm docs:language writes this part from packages/core/src/holidays; do not edit it by hand) -->";
const END = "<!-- end generated: holidays -->";

/**
 * The holidays page with its generated region rewritten from the tables; undefined when the
 * region's markers are missing.
 *
 * @example regenerateHolidaysPage(readFileSync("docs/holidays.md", "utf8"), "en")
 */
export function regenerateHolidaysPage(page: string, lang: PageLanguage): string | undefined {
  const from = page.indexOf(BEGIN);
  const to = page.indexOf(END);
  if (from < 0 || to < from) return undefined;
  return `${page.slice(0, from)}${BEGIN}\n\n${holidayTables(lang)}\n\n${page.slice(to)}`;
}
