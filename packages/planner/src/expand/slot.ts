import type { Slot } from "./occurrence.js";
import { formatOffset } from "./local-format.js";
import type { ZoneClock } from "./zone-clock.js";

const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));

/** `YYYY-MM-DD` and `HH:mm` and `:ss` of a floating time, from one `Date` (expansion makes millions). */
function localParts(floatingMs: number): { date: string; time: string; seconds: string } {
  const d = new Date(floatingMs);
  const year = d.getUTCFullYear();
  const date = `${year < 1000 ? String(year).padStart(4, "0") : year}-${pad2(d.getUTCMonth() + 1)}-${pad2(d.getUTCDate())}`;
  return { date, time: `${pad2(d.getUTCHours())}:${pad2(d.getUTCMinutes())}`, seconds: pad2(d.getUTCSeconds()) };
}

/** Builds a {@link Slot} from two instants, formatting local fields in the clock's zone. */
export function makeSlot(clock: ZoneClock, startMs: number, endMs: number): Slot {
  const startOffset = clock.offsetAt(startMs);
  const endOffset = startMs === endMs ? startOffset : clock.offsetAt(endMs);
  const start = localParts(startMs + startOffset * 60_000);
  const end = localParts(endMs + endOffset * 60_000);
  return {
    start: `${start.date}T${start.time}:${start.seconds}${formatOffset(startOffset)}`,
    end: `${end.date}T${end.time}:${end.seconds}${formatOffset(endOffset)}`,
    startMs,
    endMs,
    localDate: start.date,
    localStart: start.time,
    localEnd: end.time,
  };
}

/** The local `YYYY-MM-DDTHH:mm` of a slot's start, used in occurrence ids. */
export function localIdStamp(slot: Slot): string {
  return `${slot.localDate}T${slot.localStart}`;
}
