import { dayNumber, daysInMonth, DAY_MS } from "./calendar.js";
import { FREQUENCIES, WEEKDAY_CODES, type Frequency, type RecurrenceRule, type RuleParse, type RuleProblem, type RuleUntil, type RuleWeekday } from "./rule.js";

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

const INTEGER = /^[+-]?\d{1,9}$/;
const WEEKDAY = /^([+-]?\d{1,2})?(MO|TU|WE|TH|FR|SA|SU)$/;
const UNTIL = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})(Z?))?$/;

/** Ranges of the numeric BY parts: [min, max, zero allowed, negatives allowed]. */
const NUMERIC_PARTS = {
  BYSECOND: [0, 60, true, false],
  BYMINUTE: [0, 59, true, false],
  BYHOUR: [0, 23, true, false],
  BYMONTHDAY: [1, 31, false, true],
  BYYEARDAY: [1, 366, false, true],
  BYWEEKNO: [1, 53, false, true],
  BYMONTH: [1, 12, false, false],
  BYSETPOS: [1, 366, false, true],
} as const satisfies Record<string, readonly [number, number, boolean, boolean]>;
type NumericPart = keyof typeof NUMERIC_PARTS;
const FIELD: Record<NumericPart, "bySecond" | "byMinute" | "byHour" | "byMonthDay" | "byYearDay" | "byWeekNo" | "byMonth" | "bySetPos"> = {
  BYSECOND: "bySecond",
  BYMINUTE: "byMinute",
  BYHOUR: "byHour",
  BYMONTHDAY: "byMonthDay",
  BYYEARDAY: "byYearDay",
  BYWEEKNO: "byWeekNo",
  BYMONTH: "byMonth",
  BYSETPOS: "bySetPos",
};

const badValue = (part: string, value: string, en: string, id: string): RuleProblem => ({
  code: "bad-value",
  part,
  en: `${part}=${value}: ${en}`,
  id: `${part}=${value}: ${id}`,
});

function integerIn(part: NumericPart, text: string): number | RuleProblem {
  const [min, max, zero, negative] = NUMERIC_PARTS[part];
  const n = INTEGER.test(text) ? Number(text) : Number.NaN;
  const magnitude = Math.abs(n);
  const ok = Number.isInteger(n) && (n >= 0 || negative) && (magnitude >= min || (zero && n === 0)) && magnitude <= max;
  const range = negative ? `±${min}..${max}` : `${min}..${max}`;
  return ok ? n : badValue(part, text, `each value must be an integer in ${range}`, `setiap nilai harus bilangan bulat dalam ${range}`);
}

function untilOf(text: string): RuleUntil | RuleProblem {
  const m = UNTIL.exec(text);
  const problem = badValue("UNTIL", text, "write a date YYYYMMDD or a date-time YYYYMMDDTHHMMSS[Z]", "tulis tanggal YYYYMMDD atau tanggal-waktu YYYYMMDDTHHMMSS[Z]");
  if (m === null) return problem;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return problem;
  const days = dayNumber(year, month, day);
  if (m[4] === undefined) return { kind: "date", day: days };
  const [hour, minute, second] = [Number(m[4]), Number(m[5]), Number(m[6])];
  if (hour > 23 || minute > 59 || second > 60) return problem;
  const ms = days * DAY_MS + ((hour * 60 + minute) * 60 + Math.min(second, 59)) * 1000;
  return m[7] === "Z" ? { kind: "utc", ms } : { kind: "local", floatingMs: ms };
}

function weekdayOf(text: string): RuleWeekday | RuleProblem {
  const m = WEEKDAY.exec(text);
  const ordinal = m?.[1] === undefined ? undefined : Number(m[1]);
  const code = m?.[2];
  if (code === undefined || (ordinal !== undefined && (ordinal === 0 || Math.abs(ordinal) > 53))) {
    return badValue("BYDAY", text, "write a weekday MO..SU, optionally with an ordinal ±1..53 (-1FR)", "tulis hari MO..SU, boleh dengan urutan ±1..53 (-1FR)");
  }
  const weekday = WEEKDAY_CODES.indexOf(code as (typeof WEEKDAY_CODES)[number]);
  return ordinal === undefined ? { weekday } : { weekday, ordinal };
}

const isProblem = (value: unknown): value is RuleProblem => typeof value === "object" && value !== null && "code" in value;

/** The MUST NOT combinations of RFC 5545 §3.3.10 that change what a rule means. */
function conflicts(rule: RecurrenceRule): RuleProblem[] {
  const problems: RuleProblem[] = [];
  const conflict = (part: string, en: string, id: string): void => {
    problems.push({ code: "conflict", part, en, id });
  };
  if (rule.count !== undefined && rule.until !== undefined) conflict("COUNT", "a rule may not have both COUNT and UNTIL", "aturan tidak boleh memuat COUNT sekaligus UNTIL");
  if (rule.byWeekNo.length > 0 && rule.freq !== "YEARLY") conflict("BYWEEKNO", "BYWEEKNO needs FREQ=YEARLY", "BYWEEKNO hanya untuk FREQ=YEARLY");
  const ordinals = rule.byDay.some((d) => d.ordinal !== undefined);
  if (ordinals && rule.freq !== "MONTHLY" && rule.freq !== "YEARLY") {
    conflict("BYDAY", "a BYDAY ordinal (such as 1MO) needs FREQ=MONTHLY or FREQ=YEARLY", "urutan BYDAY (mis. 1MO) hanya untuk FREQ=MONTHLY atau FREQ=YEARLY");
  }
  if (ordinals && rule.freq === "YEARLY" && rule.byWeekNo.length > 0) {
    conflict("BYDAY", "a BYDAY ordinal cannot be combined with BYWEEKNO", "urutan BYDAY tidak dapat digabung dengan BYWEEKNO");
  }
  return problems;
}

/**
 * Parses an RRULE value (RFC 5545 §3.3.10, without the `RRULE:` prefix) into a typed
 * rule. Part names and values are case-insensitive; every problem is returned as data,
 * nothing throws. BYYEARDAY with DAILY/WEEKLY/MONTHLY and BYMONTHDAY with WEEKLY, which
 * RFC 5545 forbids but whose meaning is plain, are accepted as filters.
 *
 * @example parseRecurrenceRule("FREQ=MONTHLY;BYDAY=-1FR;COUNT=3") // { ok: true, rule: { freq: "MONTHLY", byDay: [{ weekday: 4, ordinal: -1 }], count: 3, … } }
 */
export function parseRecurrenceRule(text: string): RuleParse {
  const rule: Mutable<RecurrenceRule> = {
    freq: "DAILY",
    interval: 1,
    bySecond: [],
    byMinute: [],
    byHour: [],
    byDay: [],
    byMonthDay: [],
    byYearDay: [],
    byWeekNo: [],
    byMonth: [],
    bySetPos: [],
    wkst: 0,
  };
  const problems: RuleProblem[] = [];
  const seen = new Set<string>();
  let hasFreq = false;
  for (const item of text.trim().split(";")) {
    const eq = item.indexOf("=");
    const name = item.slice(0, eq).trim().toUpperCase();
    const value = item.slice(eq + 1).trim().toUpperCase();
    if (eq < 1 || value === "") {
      problems.push({ code: "syntax", en: `"${item}" is not a NAME=VALUE rule part`, id: `"${item}" bukan bagian aturan NAMA=NILAI` });
      continue;
    }
    if (seen.has(name)) {
      problems.push({ code: "duplicate-part", part: name, en: `${name} is given twice`, id: `${name} diberikan dua kali` });
      continue;
    }
    seen.add(name);
    if (name in NUMERIC_PARTS) {
      const values = value.split(",").map((v) => integerIn(name as NumericPart, v.trim()));
      const bad = values.find(isProblem);
      if (bad !== undefined) problems.push(bad);
      else rule[FIELD[name as NumericPart]] = [...new Set(values as number[])];
      continue;
    }
    switch (name) {
      case "FREQ":
        if ((FREQUENCIES as readonly string[]).includes(value)) {
          rule.freq = value as Frequency;
          hasFreq = true;
        } else problems.push(badValue(name, value, `write one of ${FREQUENCIES.join(", ")}`, `tulis salah satu dari ${FREQUENCIES.join(", ")}`));
        break;
      case "INTERVAL":
      case "COUNT": {
        const n = INTEGER.test(value) ? Number(value) : Number.NaN;
        if (Number.isInteger(n) && n >= 1) rule[name === "COUNT" ? "count" : "interval"] = n;
        else problems.push(badValue(name, value, "write a whole number of at least 1", "tulis bilangan bulat minimal 1"));
        break;
      }
      case "UNTIL": {
        const until = untilOf(value);
        if (isProblem(until)) problems.push(until);
        else rule.until = until;
        break;
      }
      case "BYDAY": {
        const days = value.split(",").map((v) => weekdayOf(v.trim()));
        const bad = days.find(isProblem);
        if (bad !== undefined) problems.push(bad);
        else rule.byDay = (days as RuleWeekday[]).filter((d, i, all) => all.findIndex((o) => o.weekday === d.weekday && o.ordinal === d.ordinal) === i);
        break;
      }
      case "WKST": {
        const wkst = WEEKDAY_CODES.indexOf(value as (typeof WEEKDAY_CODES)[number]);
        if (wkst >= 0) rule.wkst = wkst;
        else problems.push(badValue(name, value, "write a weekday MO..SU", "tulis hari MO..SU"));
        break;
      }
      default:
        problems.push({ code: "unknown-part", part: name, en: `${name} is not an RRULE part`, id: `${name} bukan bagian RRULE` });
    }
  }
  if (!hasFreq && !problems.some((p) => p.part === "FREQ")) problems.push({ code: "missing-freq", part: "FREQ", en: "the rule has no FREQ", id: "aturan tidak memiliki FREQ" });
  problems.push(...(problems.length === 0 ? conflicts(rule) : []));
  return problems.length === 0 ? { ok: true, rule } : { ok: false, problems };
}
