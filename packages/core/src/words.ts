/**
 * @lontar/core/words — the month and weekday names of both languages, alone: what a browser
 * bundle (the report's calendar) needs of core without its schemas. See calendar-words.ts.
 */
export { MONTH_NAMES, shortName, WEEKDAY_NAMES, weekdayWord } from "./primitives/calendar-words.js";
