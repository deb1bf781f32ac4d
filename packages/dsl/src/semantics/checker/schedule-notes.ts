/**
 * Warnings on schedules that plan something other than what they seem to say: a weekly
 * schedule that names no day (its sessions fall on the weekday of its start, which the file
 * never names), a monthly one on a day some months lack (they have no session), and sessions
 * that start in the small hours (`pukul 1:30`, meant in the afternoon on a 12-hour clock).
 */
import { DateTime } from "luxon";
import { messageLabels, suggestion, weekdayLabels, WEEKDAYS, type Labels } from "@lontar/core";
import type { EverySchedule, OnceScheduleNode, TimeLiteral } from "../../syntax/ast.js";
import type { FileReporter } from "../report.js";
import { monthName } from "../message-words.js";
import { joinAll } from "../../text/join-labels.js";
import { twelveHoursOn } from "../../language/clock-reading.js";

/** The months of a common year: day 29 is missing from February only in such a year. */
const MONTHS = Array.from({ length: 12 }, (_, i) => ({ month: i + 1, days: DateTime.utc(2025, i + 1, 1).daysInMonth ?? 31 }));

/** `every week` with no day, starting on `start` (`YYYY-MM-DD`): LON4014, naming the weekday its sessions fall on. */
export function noteUnstatedDay(node: EverySchedule, start: string, reporter: FileReporter): void {
  if (node.unit !== "week" || node.on !== undefined || node.daysFirst === true) return;
  // Core's weekdays are in ISO order, as luxon's `weekday` (1 to 7) counts them.
  const weekday = WEEKDAYS[DateTime.fromISO(start, { zone: "UTC" }).weekday - 1];
  if (weekday === undefined) return;
  const day: Labels = weekdayLabels[weekday];
  reporter.report("LON4014.weekWithoutDay", { day, date: start }, node.range);
}

/** `every month on day 29`–`31`: LON4015, naming the months that have no such day (February only in common years for the 29th). */
export function noteShortMonths(node: EverySchedule, reporter: FileReporter): void {
  const on = node.on;
  if (node.unit !== "month" || on?.kind !== "MonthDay" || on.day.value < 29 || on.day.value > 31) return;
  const day = on.day.value;
  const months = MONTHS.filter((m) => m.days < day).map((m) => monthName(m.month));
  const leap: Labels = day === 29 ? { en: " in years that are not leap years", id: " pada tahun yang bukan kabisat" } : { en: "", id: "" };
  reporter.report("LON4015.shortMonths", { day, months: joinAll(months), leap }, on.day.range);
}

/** Sessions starting before this hour are in the small hours of the night. */
const NIGHT_ENDS_HOUR = 5;

/**
 * A start from 00:00 to 04:59 (`pukul 1:30`): LON4017, offering the same time twelve hours on
 * (`13:30`), not applied on its own, as the night may be meant. `at` is a valid `HH:mm`.
 */
export function noteSmallHours(at: TimeLiteral | undefined, reporter: FileReporter): void {
  const hour = at === undefined ? NaN : Number(at.text.slice(0, 2));
  if (at === undefined || !(hour < NIGHT_ENDS_HOUR)) return;
  const afternoon = twelveHoursOn(at.text);
  const offer = suggestion("note.replaceWith", { text: afternoon }, [{ location: { file: reporter.file, range: at.range }, text: afternoon }], false);
  reporter.report("LON4017.smallHours", { time: at.text, afternoon }, at.range, { suggestions: [offer] });
}

/**
 * `every sat`, `once 2027-03-06` with no `at`: LON4018, saying the 08:00 its sessions start at
 * (and the hour they last, with no `for`). A walk: `jadwal setiap sabtu` in a
 * library open from 09:00 on Saturdays was told its sessions were outside the opening hours,
 * and to widen them, by a time the file never wrote.
 */
export function noteNoTime(node: EverySchedule | OnceScheduleNode, reporter: FileReporter): void {
  if (node.at !== undefined) return;
  const length: Labels = node.duration === undefined ? messageLabels({ key: "LON4018.oneHour", args: {} }) : { en: "", id: "" };
  reporter.report("LON4018.noTime", { length }, node.range);
}

/**
 * `setiap kamis selama 2 jam juga 2027-03-18 pukul 10:00` with no time before `juga`: the time
 * right after an extra date is the schedule's, every session's, though it reads as that
 * date's (the review of stop 55; with a time before it the second is an error, LON1106). A
 * warning, LON4018, with the date's own time offered (not applied: the schedule then has
 * none, and may have meant it).
 */
export function noteTimeAfterAlso(node: EverySchedule, reporter: FileReporter): void {
  const at = node.at;
  if (at === undefined || node.also.length === 0) return;
  const before = node.also.filter((d) => d.range.end.offset <= at.range.start.offset);
  const date = before[before.length - 1];
  if (date === undefined || date.text.includes("T")) return;
  // Nothing of the tail between the date and the time: `pukul` alone stands there.
  const between = [node.duration, node.from, node.until, node.count, ...node.except].some((n) => n !== undefined && n.range.start.offset > date.range.end.offset && n.range.end.offset <= at.range.start.offset);
  if (between) return;
  const joined = `${date.text}T${at.text}`;
  const offer = suggestion("note.replaceWith", { text: joined }, [{ location: { file: reporter.file, range: { start: date.range.start, end: at.range.end } }, text: joined }], false);
  reporter.report("LON4018.timeAfterAlso", { time: at.text, date: date.text, joined }, { start: date.range.start, end: at.range.end }, { suggestions: [offer] });
}
