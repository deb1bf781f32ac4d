import { minutesOfDay } from "@lontar/core";
import { DateTime } from "luxon";
import type { Slot } from "../expand/occurrence.js";
import { weekdayIndex } from "./periods.js";
import type { DaySpan } from "./weekly-windows.js";

/** A slot seen in one zone: its local date, ISO weekday (0 = Monday), start and end minutes. */
export interface LocalSlot extends DaySpan {
  /** Local date `YYYY-MM-DD`. */
  readonly date: string;
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
