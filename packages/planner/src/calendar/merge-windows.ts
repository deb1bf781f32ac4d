import { minutesOfDay, WEEKDAYS, type Weekday, type WeeklyWindow } from "@lontar/core";

/** One day's open interval in minutes, with the `HH:mm` texts it was written with. */
interface Interval {
  start: number;
  end: number;
  startText: string;
  endText: string;
}

/**
 * Weekly windows (opening hours, availability, a flexible schedule's windows) as the
 * times they cover: windows of one day that overlap or touch become one. A library
 * `open mon..fri 08:00-12:00, mon 10:00-14:00` is open on Monday from 08:00 to 14:00,
 * and `mon 08:00-12:00, mon 12:00-16:00` from 08:00 to 16:00, so a session from 11:00
 * to 13:00 lies inside its hours though inside neither window alone. Windows that
 * neither overlap nor touch another of their days are returned as they are, in the same
 * list (the same array when none does); a window whose end is not after its start is
 * kept as written.
 *
 * @example mergeWindows([{ days: ["mon"], time: { start: "08:00", end: "12:00" } }, { days: ["mon"], time: { start: "12:00", end: "16:00" } }]) // [{ days: ["mon"], time: { start: "08:00", end: "16:00" } }]
 */
export function mergeWindows(windows: readonly WeeklyWindow[]): readonly WeeklyWindow[] {
  if (windows.length < 2 || !anyJoin(windows)) return windows;
  const byDay = new Map<Weekday, Interval[]>();
  const odd: WeeklyWindow[] = [];
  for (const w of windows) {
    const start = minutesOfDay(w.time.start);
    const end = minutesOfDay(w.time.end);
    if (end <= start) {
      odd.push(w);
      continue;
    }
    for (const day of w.days) {
      const list = byDay.get(day) ?? [];
      list.push({ start, end, startText: w.time.start, endText: w.time.end });
      byDay.set(day, list);
    }
  }
  // Merged intervals keyed by their times, so days with the same hours share one window.
  const shared = new Map<string, WeeklyWindow & { days: Weekday[] }>();
  for (const day of WEEKDAYS) {
    const list = (byDay.get(day) ?? []).sort((a, b) => a.start - b.start || a.end - b.end);
    const merged: Interval[] = [];
    for (const interval of list) {
      const last = merged[merged.length - 1];
      if (last !== undefined && interval.start <= last.end) {
        if (interval.end > last.end) {
          last.end = interval.end;
          last.endText = interval.endText;
        }
      } else merged.push({ ...interval });
    }
    for (const m of merged) {
      const key = `${m.start}-${m.end}`;
      const window = shared.get(key);
      if (window === undefined) shared.set(key, { days: [day], time: { start: m.startText, end: m.endText } });
      else window.days.push(day);
    }
  }
  return [...shared.values(), ...odd];
}

/** True when two windows of one day overlap or touch (one ends when the other starts). */
function anyJoin(windows: readonly WeeklyWindow[]): boolean {
  for (let i = 0; i < windows.length; i++) {
    const a = windows[i];
    if (a === undefined) continue;
    const aStart = minutesOfDay(a.time.start);
    const aEnd = minutesOfDay(a.time.end);
    if (aEnd <= aStart) continue;
    for (let j = i + 1; j < windows.length; j++) {
      const b = windows[j];
      if (b === undefined || !b.days.some((d) => a.days.includes(d))) continue;
      const bStart = minutesOfDay(b.time.start);
      const bEnd = minutesOfDay(b.time.end);
      if (bEnd > bStart && bStart <= aEnd && aStart <= bEnd) return true;
    }
  }
  return false;
}
