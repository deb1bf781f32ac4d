import type { Occurrence } from "../src/expand/occurrence.js";

const HOUR = 3_600_000;
const pad = (n: number): string => String(n).padStart(2, "0");

/** Local date and time in Asia/Jakarta (UTC+7 all year) of an instant. */
function jakartaLocal(ms: number): { date: string; time: string } {
  const t = new Date(ms + 7 * HOUR);
  return { date: `${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`, time: `${pad(t.getUTCHours())}:${pad(t.getUTCMinutes())}` };
}

/** What a bench's generated occurrence is: its id, program, library, instants and site. */
export interface BenchOccurrence {
  readonly id: string;
  readonly programId: string;
  readonly libraryId: string;
  readonly startMs: number;
  readonly endMs: number;
  readonly site?: string | undefined;
}

/** An occurrence in Asia/Jakarta as expansion would make it, for benches that generate their own. */
export function jakartaOccurrence(o: BenchOccurrence): Occurrence {
  const s = jakartaLocal(o.startMs);
  const e = jakartaLocal(o.endMs);
  return {
    id: o.id,
    programId: o.programId,
    libraryId: o.libraryId,
    zone: "Asia/Jakarta",
    scheduleIndex: 0,
    start: `${s.date}T${s.time}:00+07:00`,
    end: `${e.date}T${e.time}:00+07:00`,
    startMs: o.startMs,
    endMs: o.endMs,
    localDate: s.date,
    localStart: s.time,
    localEnd: e.time,
    ...(o.site === undefined ? {} : { site: o.site }),
  };
}
