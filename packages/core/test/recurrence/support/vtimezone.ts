import { IANAZone } from "luxon";

const HOUR_MS = 3_600_000;
const MINUTE_MS = 60_000;

/** One change of a zone's UTC offset. */
interface Transition {
  readonly ms: number;
  readonly from: number;
  readonly to: number;
}

const pad = (n: number, width = 2): string => String(n).padStart(width, "0");

/** `+1030` / `-0500` for an offset in minutes. */
function offsetText(minutes: number): string {
  const abs = Math.abs(minutes);
  return `${minutes < 0 ? "-" : "+"}${pad(Math.floor(abs / 60))}${pad(abs % 60)}`;
}

/** `YYYYMMDDTHHMMSS` of the wall clock at an instant under an offset. */
function localText(ms: number, offsetMinutes: number): string {
  const d = new Date(ms + offsetMinutes * MINUTE_MS);
  return `${pad(d.getUTCFullYear(), 4)}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}T${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}`;
}

/** The offset changes of a zone between two years, to the minute: a 6-hour scan, then bisection. */
function transitions(zone: IANAZone, fromYear: number, toYear: number): Transition[] {
  const found: Transition[] = [];
  const end = Date.UTC(toYear + 1, 0, 1);
  for (let t = Date.UTC(fromYear, 0, 1); t < end; t += 6 * HOUR_MS) {
    const from = zone.offset(t);
    const to = zone.offset(t + 6 * HOUR_MS);
    if (from === to) continue;
    let lo = t;
    let hi = t + 6 * HOUR_MS;
    while (hi - lo > MINUTE_MS) {
      const mid = lo + Math.floor((hi - lo) / 2 / MINUTE_MS) * MINUTE_MS;
      if (zone.offset(mid) === from) lo = mid;
      else hi = mid;
    }
    found.push({ ms: hi, from, to });
  }
  return found;
}

/**
 * A VTIMEZONE component (RFC 5545 §3.6.5) for an IANA zone, built from the zone's offset
 * changes between two years as read through Intl (luxon): one STANDARD or DAYLIGHT
 * sub-component per change, each at the wall-clock time the change happens in the old
 * offset, plus one for the offset in force at the start.
 *
 * @example vtimezoneText("Europe/London", 2010, 2030) // "BEGIN:VTIMEZONE\r\nTZID:Europe/London\r\n…"
 */
export function vtimezoneText(zoneName: string, fromYear: number, toYear: number): string {
  const zone = IANAZone.create(zoneName);
  const start = Date.UTC(fromYear, 0, 1);
  const initial = zone.offset(start);
  const lines = ["BEGIN:VTIMEZONE", `TZID:${zoneName}`];
  const part = (kind: "STANDARD" | "DAYLIGHT", at: string, from: number, to: number): void => {
    lines.push(`BEGIN:${kind}`, `DTSTART:${at}`, `TZOFFSETFROM:${offsetText(from)}`, `TZOFFSETTO:${offsetText(to)}`, `END:${kind}`);
  };
  part("STANDARD", localText(start - 366 * 24 * HOUR_MS, initial), initial, initial);
  for (const t of transitions(zone, fromYear, toYear)) part(t.to > t.from ? "DAYLIGHT" : "STANDARD", localText(t.ms, t.from), t.from, t.to);
  lines.push("END:VTIMEZONE");
  return lines.join("\r\n");
}
