import { type FlexibleSchedule, WEEKDAYS, minutesOfDay } from "@lontar/core";
import { flexibleShortMessage } from "./findings.js";
import type { Slot } from "./occurrence.js";
import { mergeWindows } from "../calendar/merge-windows.js";
import { datesOf, intersect, periodsMeeting, type DateSpan } from "../calendar/periods.js";
import type { ScheduleContext, ScheduleSink } from "./schedule-context.js";
import { makeSlot } from "./slot.js";
import { evenly } from "../collections/group.js";
import type { ZoneClock } from "./zone-clock.js";

/** Candidate starts step through a window by this many minutes. */
export const FLEXIBLE_STEP_MINUTES = 30;
const MINUTE_MS = 60_000;

/** How many more candidate slots the schedule may generate, and whether it asked for more. */
interface Budget {
  left: number;
  exhausted: boolean;
}

/** Weekday index (0 = Monday, as {@link WEEKDAYS}) of a `YYYY-MM-DD` date. */
function weekdayIndex(date: string): number {
  return (new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7;
}

/** The candidate slots of one period, in order, skipping closed days and DST-gap times. */
function candidatesOf(schedule: FlexibleSchedule, span: DateSpan, context: ScheduleContext, clock: ZoneClock, budget: Budget): Slot[] {
  const duration = schedule.durationMinutes;
  const seen = new Set<number>();
  const slots: Slot[] = [];
  // Windows of one day that overlap or touch are one: a session may span them.
  const windows = mergeWindows(schedule.windows);
  for (const date of datesOf(span)) {
    if (schedule.skipClosures && context.closures?.closedOn(date) !== undefined) continue;
    const day = WEEKDAYS[weekdayIndex(date)];
    const dayMs = Date.parse(`${date}T00:00:00Z`);
    for (const window of windows) {
      if (day === undefined || !window.days.includes(day)) continue;
      const end = minutesOfDay(window.time.end);
      for (let start = minutesOfDay(window.time.start); start + duration <= end && !budget.exhausted; start += FLEXIBLE_STEP_MINUTES) {
        const resolved = clock.resolve(dayMs + start * MINUTE_MS);
        if (resolved.inGap || seen.has(resolved.ms)) continue;
        if (budget.left === 0) {
          budget.exhausted = true;
          break;
        }
        seen.add(resolved.ms);
        budget.left -= 1;
        slots.push(makeSlot(clock, resolved.ms, resolved.ms + duration * MINUTE_MS));
      }
    }
  }
  return slots.sort((a, b) => a.startMs - b.startMs);
}

/**
 * The slots of `candidates` (in start order, all of one length, as a period's are) that one
 * pass keeps apart: each starts at or after the end of the one kept before it. No more
 * sessions of a schedule than these can be held without two of them at once (the count the
 * language's LON4003 takes too), so they are what a period has room for.
 *
 * @example apartSlots(candidatesOfMonday0800To1200For3h).length // 1
 */
export function apartSlots(candidates: readonly Slot[]): Slot[] {
  const kept: Slot[] = [];
  let end = -Infinity;
  for (const slot of candidates) {
    if (slot.startMs < end) continue;
    kept.push(slot);
    end = slot.endMs;
  }
  return kept;
}

/**
 * Picks `count` default slots spread evenly through a period, no two of them at once: when
 * there are at least `count` candidate days, the first slot of days at evenly spaced
 * positions (two a week over Monday-Friday gives Tuesday and Thursday); else evenly spaced
 * slots of those kept apart ({@link apartSlots}), all of them when they are fewer than `count`.
 */
export function spreadSlots(candidates: readonly Slot[], count: number): Slot[] {
  const days = [...new Set(candidates.map((s) => s.localDate))];
  if (count <= days.length) return evenly(days, count).flatMap((day) => candidates.find((s) => s.localDate === day) ?? []);
  return evenly(apartSlots(candidates), count);
}

/**
 * Expands a `flexible` schedule: for each period (week, month, quarter, semester, year
 * or day) overlapping the horizon and `within`, every candidate slot (each window day,
 * from the window start in steps of {@link FLEXIBLE_STEP_MINUTES} while the session
 * fits), then `count` defaults spread through the period. For a program held at its
 * library (`context.open`), the candidates are those while the library is open, when its
 * windows leave any such time in the horizon: a period with room for fewer than `count`
 * there is short, and holds those that fit (a walk of stop 56: a window `13:00-17:00` at a
 * library closing at 16:00 placed a session at 15:00-17:00 in a week of holidays, an error,
 * where two periods more were only short); when they leave none, all of them (the window
 * and the hours disagree: LON5105 says so). Each occurrence carries its period and its
 * candidates; the allocator may move it to any of them. A period cut by the horizon still
 * gets its full count, placed in the part inside the horizon.
 */
export function expandFlexible(schedule: FlexibleSchedule, context: ScheduleContext, clock: ZoneClock, sink: ScheduleSink): void {
  const span = schedule.within === undefined ? context.horizon : intersect(schedule.within, context.horizon);
  if (span === undefined) return;
  const budget: Budget = { left: context.maxOccurrences, exhausted: false };
  const periods: { readonly period: DateSpan; readonly candidates: Slot[]; readonly open: Slot[] }[] = [];
  for (const period of periodsMeeting(span, schedule.per).map((m) => m.period)) {
    const inside = intersect(period, span);
    if (inside === undefined) continue;
    const candidates = candidatesOf(schedule, inside, context, clock, budget);
    if (budget.exhausted) {
      sink.report("EXPAND_LIMIT", "hard", `more than ${context.maxOccurrences.toLocaleString("en")} candidate slots (the bound per schedule); expansion stopped in the period ${period.from}..${period.to}, the periods before keep their sessions`);
      break;
    }
    // Held at the library: the slots while it is open.
    periods.push({ period, candidates, open: context.open === undefined ? candidates : candidates.filter(context.open) });
  }
  const keepsHours = periods.some((p) => p.open.length > 0);
  for (const { period, candidates, open } of periods) {
    const usable = keepsHours ? open : candidates;
    // Room for as many sessions as slots kept apart: two sessions of one schedule are never at once.
    const room = apartSlots(usable).length;
    if (room < schedule.count) {
      sink.report("EXPAND_FLEXIBLE_SHORT", "medium", flexibleShortMessage(period, room, schedule.count), { period, slots: room });
    }
    const flexible = { period, candidates: usable };
    for (const slot of spreadSlots(usable, schedule.count)) {
      sink.place({ startMs: slot.startMs, endMs: slot.endMs, flexible }, { skipClosures: false });
    }
  }
}
