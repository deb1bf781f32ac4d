import type { DateTime } from "luxon";
import type { Plan, PlannedOccurrence } from "../../plan/plan.js";
import { readInstant } from "../instant.js";
import { locationOf, nameOf, programTitle, sortedOccurrences, type WorkspaceIndex } from "../plan-view.js";
import { bilingual, escapeHtml } from "./escape-html.js";
import { horizonDays } from "./horizon.js";
import { pushTo } from "../../collections/group.js";

const WEEKDAY_HEADS: readonly (readonly [string, string])[] = [
  ["Mon", "Sen"],
  ["Tue", "Sel"],
  ["Wed", "Rab"],
  ["Thu", "Kam"],
  ["Fri", "Jum"],
  ["Sat", "Sab"],
  ["Sun", "Min"],
];

const MONTHS_ID = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"];
const MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** Scheduled and unassigned occurrences by local date `YYYY-MM-DD` (cancelled ones are left out). */
function byLocalDate(occurrences: readonly PlannedOccurrence[]): Map<string, PlannedOccurrence[]> {
  const days = new Map<string, PlannedOccurrence[]>();
  for (const o of sortedOccurrences(occurrences.filter((x) => x.status !== "cancelled"))) {
    const key = readInstant(o.start)?.date;
    if (key === undefined) continue;
    pushTo(days, key, o);
  }
  return days;
}

/** The most occurrences a day cell lists; the rest are counted, so a busy day stays readable and printable. */
export const MAX_PER_DAY = 8;

function dayCell(day: DateTime, inHorizon: boolean, items: readonly PlannedOccurrence[], index: WorkspaceIndex): string {
  const more = items.length - MAX_PER_DAY;
  const entries = items
    .slice(0, MAX_PER_DAY)
    .map((o) => {
      const time = readInstant(o.start)?.time ?? "";
      const mark = o.status === "unassigned" ? "⚠ " : "";
      const [place, library] = [locationOf(index, o), nameOf(index, o.libraryId)];
      const where = place === library ? library : `${place} · ${library}`;
      return `<li class="${o.status}" title="${escapeHtml(where)}">${mark}<time>${time}</time> ${escapeHtml(programTitle(index, o))}</li>`;
    })
    .join("");
  const rest = more > 0 ? `<li class="more">${bilingual(`+${more} more`, `+${more} lagi`)}</li>` : "";
  const list = entries === "" ? "" : `<ul>${entries}${rest}</ul>`;
  return `<td class="${inHorizon ? "day" : "day outside"}"><span class="date">${day.day}</span>${list}</td>`;
}

function monthTable(month: DateTime, from: DateTime, to: DateTime, days: ReadonlyMap<string, readonly PlannedOccurrence[]>, index: WorkspaceIndex): string {
  const first = month.startOf("month");
  const last = month.endOf("month").startOf("day");
  const rows: string[] = [];
  // Weeks start on Monday (ISO), as Indonesian wall calendars do.
  for (let week = first.minus({ days: first.weekday - 1 }); week <= last; week = week.plus({ weeks: 1 })) {
    const cells: string[] = [];
    for (let i = 0; i < 7; i += 1) {
      const day = week.plus({ days: i });
      if (day.month !== month.month) cells.push(`<td class="pad"></td>`);
      else cells.push(dayCell(day, day >= from && day <= to, days.get(day.toFormat("yyyy-MM-dd")) ?? [], index));
    }
    rows.push(`<tr>${cells.join("")}</tr>`);
  }
  const heads = WEEKDAY_HEADS.map(([en, id]) => `<th>${bilingual(en, id)}</th>`).join("");
  const name = `${MONTHS_EN[month.month - 1] ?? ""} ${month.year}`;
  const nameId = `${MONTHS_ID[month.month - 1] ?? ""} ${month.year}`;
  return `<table class="month">\n<caption>${bilingual(name, nameId)}</caption>\n<thead><tr>${heads}</tr></thead>\n<tbody>\n${rows.join("\n")}\n</tbody>\n</table>`;
}

/** A month calendar for each month of the horizon, each day listing its occurrences (time and title). */
export function calendarSection(plan: Plan, index: WorkspaceIndex): string {
  const heading = `<h2>${bilingual("Calendar", "Kalender")}</h2>`;
  const horizon = horizonDays(plan);
  if (horizon === undefined) return `<section id="calendar">\n${heading}\n<p>${bilingual("The horizon is not a valid date range.", "Rentang waktu tidak sah.")}</p>\n</section>`;
  const days = byLocalDate(plan.occurrences);
  const months: string[] = [];
  for (let month = horizon.from.startOf("month"); month <= horizon.to; month = month.plus({ months: 1 })) {
    months.push(monthTable(month, horizon.from, horizon.to, days, index));
  }
  const note = horizon.truncated ? `<p>${bilingual("The horizon is cut to ten years.", "Rentang dipotong menjadi sepuluh tahun.")}</p>\n` : "";
  return `<section id="calendar">\n${heading}\n${note}${months.join("\n")}\n</section>`;
}
