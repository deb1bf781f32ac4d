import type { Slot } from "./occurrence.js";
import { floatingDate, floatingDateTime, floatingTime, formatOffset } from "./local-format.js";
import type { ZoneClock } from "./zone-clock.js";

/** Builds a {@link Slot} from two instants, formatting local fields in the clock's zone. */
export function makeSlot(clock: ZoneClock, startMs: number, endMs: number): Slot {
  const startOffset = clock.offsetAt(startMs);
  const endOffset = clock.offsetAt(endMs);
  const startLocal = startMs + startOffset * 60_000;
  const endLocal = endMs + endOffset * 60_000;
  return {
    start: floatingDateTime(startLocal) + formatOffset(startOffset),
    end: floatingDateTime(endLocal) + formatOffset(endOffset),
    startMs,
    endMs,
    localDate: floatingDate(startLocal),
    localStart: floatingTime(startLocal),
    localEnd: floatingTime(endLocal),
  };
}

/** The local `YYYY-MM-DDTHH:mm` of an instant, used in occurrence ids. */
export function localIdStamp(clock: ZoneClock, ms: number): string {
  return floatingDateTime(ms + clock.offsetAt(ms) * 60_000).slice(0, 16);
}
