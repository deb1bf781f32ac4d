import { readInstant } from "./instant.js";

/**
 * A session's times as its library's clock reads them, the end's date written only when
 * it is not the start's (a session past midnight): "09:00–15:00", "09:00–2027-02-03 15:00".
 * Instants that do not read are written as they are.
 *
 * @example timeSpan("2027-02-02T09:00:00+08:00", "2027-02-03T15:00:00+08:00") // "09:00–2027-02-03 15:00"
 */
export function timeSpan(start: string, end: string): string {
  const from = readInstant(start);
  const to = readInstant(end);
  if (from === undefined || to === undefined) return `${start}–${end}`;
  return `${from.time}–${to.date === from.date ? to.time : `${to.date} ${to.time}`}`;
}

/**
 * A session's date and times as its library's clock reads them (see {@link timeSpan}):
 * "2027-02-02 09:00–15:00", "2027-02-02 09:00–2027-02-03 15:00".
 *
 * @example sessionSpan(occurrence.start, occurrence.end) // "2027-02-02 09:00–2027-02-03 15:00"
 */
export function sessionSpan(start: string, end: string): string {
  const from = readInstant(start);
  return from === undefined ? `${start}–${end}` : `${from.date} ${timeSpan(start, end)}`;
}
