import type { WeeklyWindow } from "@lontar/core";
import { WEEKDAYS, minutesOfDay } from "@lontar/core";
import { DateTime } from "luxon";
import type { Slot } from "../expand/occurrence.js";
import { weekdayIndex } from "../calendar/periods.js";

/** A slot seen in one zone: its local date, ISO weekday (0 = Monday), start and end minutes. */
export interface LocalSlot {
  /** Local date `YYYY-MM-DD`. */
  readonly date: string;
  /** 0 = Monday … 6 = Sunday. */
  readonly weekday: number;
  /** Minutes after local midnight of the start. */
  readonly startMin: number;
  /** `startMin` plus the duration: above 1440 when the slot runs past midnight. */
  readonly endMin: number;
}

/**
 * The slot in `zone`. When `zone` is the slot's own zone the expansion's local fields are
 * used as they are; otherwise luxon converts from epoch milliseconds (never the host zone).
 */
export function localSlot(slot: Slot, slotZone: string, zone: string): LocalSlot {
  const duration = Math.round((slot.endMs - slot.startMs) / 60_000);
  if (zone === slotZone) {
    const startMin = minutesOfDay(slot.localStart);
    return { date: slot.localDate, weekday: weekdayIndex(slot.localDate), startMin, endMin: startMin + duration };
  }
  const t = DateTime.fromMillis(slot.startMs, { zone });
  const date = t.toISODate() ?? slot.localDate;
  const startMin = t.hour * 60 + t.minute;
  return { date, weekday: t.weekday - 1, startMin, endMin: startMin + duration };
}

/** True when the slot lies wholly inside one of the windows; an empty list means always. */
export function withinWindows(local: LocalSlot, windows: readonly WeeklyWindow[]): boolean {
  if (windows.length === 0) return true;
  const day = WEEKDAYS[local.weekday];
  return windows.some(
    (w) => day !== undefined && w.days.includes(day) && local.startMin >= minutesOfDay(w.time.start) && local.endMin <= minutesOfDay(w.time.end),
  );
}

/** A weekly window in numbers: a weekday bit mask (bit 0 = Monday) and minutes of the day. */
export interface NumericWindow {
  /** Bit i set when ISO weekday i (0 = Monday) is included. */
  readonly days: number;
  /** Start minute, inclusive. */
  readonly start: number;
  /** End minute, exclusive. */
  readonly end: number;
}

/** {@link withinWindows} over precomputed numeric windows. */
export function withinSpans(local: LocalSlot, spans: readonly NumericWindow[]): boolean {
  if (spans.length === 0) return true;
  for (const w of spans) if ((w.days & (1 << local.weekday)) !== 0 && local.startMin >= w.start && local.endMin <= w.end) return true;
  return false;
}
