/**
 * How Lontar reads an hour written without a part of the day: letters write times on a
 * 24-hour clock (`pukul 15.00`, `01.30` with its 0), while speech and spreadsheets write the
 * afternoon's hours from 1 to 6 alone (`pukul 3`, `1.30`, `1:30`). Such an hour may be either:
 * the parser and the checker offer both readings, the afternoon's twelve hours on.
 */

/** Whether an hour written alone, with one digit and no part of the day, may be the afternoon's (1 to 6). */
export function mayBeAfternoon(hour: number): boolean {
  return hour >= 1 && hour <= 6;
}

/**
 * The time twelve hours on, `HH:mm` (`01:30`, `1:30` → `13:30`; `00:15` → `12:15`): the
 * afternoon's reading of an hour before 12.
 *
 * @example twelveHoursOn("1:30") // "13:30"
 */
export function twelveHoursOn(time: string): string {
  const colon = time.indexOf(":");
  return `${String(Number(time.slice(0, colon)) + 12).padStart(2, "0")}${time.slice(colon)}`;
}
