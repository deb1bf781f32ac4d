/**
 * Grammar, layer 2: schedules (`every …`, `once …`, date ranges, `rrule …`, flexible counts)
 * and their common tail (`at`, `for`, `from`, `until`, `for N times`, `except` dates, ranges
 * and date-times, `also`, `including holidays`).
 */
import type { IToken } from "chevrotain";
import type { Range } from "../../diagnostics/diagnostic.js";
import { keywordLanguage } from "../keyword-language.js";
import type {
  DateLiteral, DateRangeNode, DurationNode, EverySchedule, FlexibleScheduleNode, NumberLiteral, OnceScheduleNode, Ordinal,
  PeriodName, RangeScheduleNode, RecurrenceDays, RRuleScheduleNode, ScheduleNode, ScheduleTail, StringLiteral, TimeLiteral,
  TimeRangeNode, WeekdayNode, WeeklyWindowNode,
} from "../ast.js";
import { WORDS } from "../keywords.js";
import * as T from "../lexer/tokens.js";
import { weekWordOf } from "../ast-builder/week-word.js";
import { isReal, tokenRange } from "../ast-builder/ranges.js";
import { nodeFields } from "../ast-builder/spanned-node.js";
import { LiteralParser } from "./literal-parser.js";

const k = T.keyword;

/** An ordinal token's value (`kedua`: 2, `last`: -1); undefined for a token the parser inserted. */
function ordinalOf(token: IToken): Ordinal | undefined {
  const value = WORDS.get(token.image)?.value;
  return isReal(token) && typeof value === "number" ? (value as Ordinal) : undefined;
}

/** A tail being collected. */
export interface MutableTail {
  at?: TimeLiteral;
  duration?: DurationNode;
  from?: DateLiteral;
  until?: DateLiteral;
  count?: NumberLiteral;
  except: (DateLiteral | DateRangeNode)[];
  also: DateLiteral[];
  includeClosures: boolean;
}

type Unit = EverySchedule["unit"];

/** Schedule rules. */
export class ScheduleParser extends LiteralParser {
  schedule = this.RULE("schedule", (): ScheduleNode | undefined =>
    this.OR([
      { ALT: () => this.SUBRULE(this.everySchedule) },
      { ALT: () => this.SUBRULE(this.onceSchedule) },
      { ALT: () => this.SUBRULE(this.flexibleSchedule) },
      { ALT: () => this.SUBRULE(this.rangeSchedule) },
      { ALT: () => this.SUBRULE(this.rruleSchedule) },
    ]),
  );

  everySchedule = this.RULE("everySchedule", (): EverySchedule | undefined => {
    const first = this.CONSUME(k("Every"));
    let interval: NumberLiteral | undefined;
    this.OPTION(() => (interval = this.SUBRULE(this.number)));
    let on: RecurrenceDays | undefined;
    let word: string | undefined;
    let daysFirst = false;
    const unit = this.OR([
      {
        // `every weekday`, `setiap hari kerja`, `every weekend`, `setiap senin, rabu`: weekly on those days.
        ALT: () => {
          const days = this.SUBRULE(this.daySet);
          this.ACTION(() => {
            if (days !== undefined) on = { kind: "Days", days };
            daysFirst = true;
          });
          return "week" as Unit;
        },
        GATE: () => this.startsDayGroup() || this.LA(1).tokenType === T.WeekdayName,
        IGNORE_AMBIGUITIES: true,
      },
      { ALT: () => (this.CONSUME(k("DayUnit")), "day" as Unit) },
      { ALT: () => ((word = this.CONSUME(T.AnyWeekUnit).image), "week" as Unit) },
      { ALT: () => (this.CONSUME(k("MonthUnit")), "month" as Unit) },
      { ALT: () => (this.CONSUME(k("YearUnit")), "year" as Unit) },
    ]);
    this.OPTION2({ GATE: () => on === undefined, DEF: () => {
      this.CONSUME(k("On"));
      on = this.SUBRULE(this.recurrenceDays);
    } });
    const tail = this.SUBRULE(this.scheduleTail);
    return this.ACTION(() => {
      const range = this.rangeFrom(first);
      if (range === undefined || tail === undefined) return undefined;
      return { kind: "EverySchedule", range, interval: interval?.value ?? 1, unit, ...(on ? { on } : {}), ...finishTail(tail), ...weekWordOf(word), ...(daysFirst ? { daysFirst: true as const } : {}) };
    });
  });

  /** True when the next tokens are `weekdays`, `weekends`, `hari kerja` or `akhir pekan`. */
  private startsDayGroup(): boolean {
    const a = this.LA(1).tokenType;
    if (a === k("Weekdays") || a === k("Weekends") || a === k("Akhir")) return true;
    return a === k("DayUnit") && this.LA(2).tokenType === k("Kerja");
  }

  recurrenceDays = this.RULE("recurrenceDays", (): RecurrenceDays | undefined => {
    const first = this.LA(1);
    return this.OR([
      {
        // `the last fri [of the month]`
        ALT: () => {
          this.OPTION(() => this.CONSUME(k("The")));
          const ord = this.CONSUME(T.Ordinal);
          const more = this.SUBRULE(this.moreOrdinals);
          const weekday = this.SUBRULE(this.weekday);
          this.OPTION2(() => {
            this.CONSUME(k("Of"));
            this.OPTION3(() => this.CONSUME2(k("The")));
            this.CONSUME(k("MonthUnit"));
          });
          return this.nth(first, ord, weekday, more);
        },
      },
      {
        // `selasa pertama`
        ALT: () => {
          const weekday = this.SUBRULE2(this.weekday);
          const ord = this.CONSUME2(T.Ordinal);
          const more = this.SUBRULE2(this.moreOrdinals);
          return this.nth(first, ord, weekday, more);
        },
        GATE: () => this.LA(2).tokenType === T.Ordinal,
      },
      {
        // `day 15`, `tanggal 15`
        ALT: () => {
          this.OR2([{ ALT: () => this.CONSUME2(k("DayUnit")) }, { ALT: () => this.CONSUME(k("DateKw")) }]);
          const day = this.SUBRULE(this.number);
          return this.ACTION(() => (day ? { kind: "MonthDay" as const, day } : undefined));
        },
        GATE: () => this.LA(2).tokenType === T.NumberLiteral,
      },
      {
        // `17 may`, `17 agustus`
        ALT: () => {
          const day = this.SUBRULE2(this.number);
          const month = this.CONSUME(T.MonthName);
          return this.ACTION(() => {
            const meaning = WORDS.get(month.image);
            const range = this.rangeFrom(first);
            if (!day || !range || !isReal(month) || typeof meaning?.value !== "number") return undefined;
            return { kind: "YearDate" as const, day, month: meaning.value, monthLang: keywordLanguage(month), range };
          });
        },
      },
      {
        ALT: () => {
          const days = this.SUBRULE(this.daySet);
          return this.ACTION(() => (days ? { kind: "Days" as const, days } : undefined));
        },
      },
    ]);
  });

  /** The further ordinals of one weekday: `dan keempat`, `, fourth` (`kamis kedua dan keempat`, `the second and fourth thu`). */
  moreOrdinals = this.RULE("moreOrdinals", (): IToken[] => {
    const more: IToken[] = [];
    this.MANY({
      GATE: () => this.LA(2).tokenType === T.Ordinal,
      DEF: () => {
        this.OR([{ ALT: () => this.CONSUME(k("And")) }, { ALT: () => this.CONSUME(T.Comma) }]);
        more.push(this.CONSUME(T.Ordinal));
      },
    });
    return more;
  }, { recoveryValueFunc: (): IToken[] => [] });

  private nth(first: IToken, ord: IToken, weekday: WeekdayNode | undefined, more: readonly IToken[]): RecurrenceDays | undefined {
    return this.ACTION(() => {
      const value = ordinalOf(ord);
      const range = this.rangeFrom(first);
      const moreOrdinals = more.map(ordinalOf);
      if (!weekday || !range || value === undefined || moreOrdinals.some((o) => o === undefined)) return undefined;
      return { kind: "NthWeekday" as const, ordinal: value, ...(more.length > 0 ? { moreOrdinals: moreOrdinals as Ordinal[] } : {}), weekday, range };
    });
  }

  scheduleTail = this.RULE("scheduleTail", (): MutableTail => {
    const tail: MutableTail = { except: [], also: [], includeClosures: false };
    this.MANY(() => {
      this.OR([
        // Each part once: a second `at` (`pukul 09:00 … pukul 10:00`, or `also 2027-03-18 at 10:00`
        // meant for that date) is an error at it, not a time that replaces the first in silence.
        // (`di p` after a time, a place where a time goes, is still read as `at` and fails at `p`, which says where places go.)
        { GATE: () => tail.at === undefined || this.LA(2).tokenType !== T.TimeLiteral, ALT: () => { this.CONSUME(k("At")); const t = this.SUBRULE(this.time); if (t) tail.at = t; } },
        {
          // `for 3 times` or `for 2 hours`, chosen on `for` alone: a misspelt unit (`for 2 hourz`)
          // is then an error at the unit, not a tail that stops before `for`.
          GATE: () => (this.LA(3).tokenType === k("Times") ? tail.count === undefined : tail.duration === undefined),
          ALT: () => {
            this.CONSUME(k("For"));
            this.OR2({
              MAX_LOOKAHEAD: 1,
              IGNORE_AMBIGUITIES: true,
              DEF: [
                {
                  GATE: () => this.LA(2).tokenType === k("Times"),
                  ALT: () => { const n = this.SUBRULE(this.number); this.CONSUME(k("Times")); if (n) tail.count = n; },
                },
                { ALT: () => { const d = this.SUBRULE(this.duration); if (d) tail.duration = d; } },
              ],
            });
          },
        },
        { GATE: () => tail.from === undefined, ALT: () => { this.CONSUME(k("From")); const d = this.SUBRULE(this.date); if (d) tail.from = d; } },
        { GATE: () => tail.until === undefined, ALT: () => { this.CONSUME(k("Until")); const d = this.SUBRULE2(this.date); if (d) tail.until = d; } },
        {
          ALT: () => {
            this.CONSUME(k("Except"));
            this.AT_LEAST_ONE_SEP({ SEP: T.Comma, DEF: () => { const d = this.SUBRULE(this.exceptItem); if (d) tail.except.push(d); } });
          },
        },
        {
          ALT: () => {
            this.CONSUME(k("Also"));
            this.AT_LEAST_ONE_SEP2({ SEP: T.Comma, DEF: () => { const d = this.SUBRULE(this.dateTime); if (d) tail.also.push(d); } });
          },
        },
        { ALT: () => { this.SUBRULE(this.includingHolidays); tail.includeClosures = true; } },
      ]);
    });
    return tail;
  }, { recoveryValueFunc: (): MutableTail => ({ except: [], also: [], includeClosures: false }) });

  /** What `except` takes: a date (the whole day), a date range, or a date-time (one instance). */
  exceptItem = this.RULE("exceptItem", (): DateLiteral | DateRangeNode | undefined =>
    this.OR([
      { ALT: () => this.SUBRULE(this.dateOrRange) },
      {
        ALT: () => {
          const t = this.CONSUME(T.DateTimeLiteral);
          return this.ACTION(() => (isReal(t) ? { kind: "Date" as const, range: tokenRange(t), text: t.image } : undefined));
        },
      },
    ]),
  );

  /** `including holidays` / `termasuk libur`. */
  includingHolidays = this.RULE("includingHolidays", (): void => {
    this.CONSUME(k("Including"));
    this.CONSUME(k("Holidays"));
  });

  onceSchedule = this.RULE("onceSchedule", (): OnceScheduleNode | undefined => {
    const first = this.CONSUME(k("Once"));
    this.OPTION(() => this.CONSUME(k("On")));
    const date = this.SUBRULE(this.date);
    const tail = this.SUBRULE(this.scheduleTail);
    return this.ACTION(() => {
      const range = this.rangeFrom(first);
      return range && date ? { kind: "OnceSchedule", range, date, ...finishTail(tail) } : undefined;
    });
  });

  rangeSchedule = this.RULE("rangeSchedule", (): RangeScheduleNode | undefined => {
    const first = this.LA(1);
    const dates = this.SUBRULE(this.dateRange);
    let daily: TimeRangeNode | undefined;
    let includeClosures = false;
    this.OPTION(() => {
      this.CONSUME(k("Daily"));
      daily = this.SUBRULE(this.timeRange);
    });
    this.OPTION2(() => {
      this.SUBRULE(this.includingHolidays);
      includeClosures = true;
    });
    return this.ACTION(() => {
      const range = this.rangeFrom(first);
      return range && dates ? { kind: "RangeSchedule", range, dates, ...(daily ? { daily } : {}), includeClosures } : undefined;
    });
  });

  rruleSchedule = this.RULE("rruleSchedule", (): RRuleScheduleNode | undefined => {
    const first = this.CONSUME(k("RRule"));
    const rule: StringLiteral | undefined = this.SUBRULE(this.string);
    this.OR([{ ALT: () => this.CONSUME(k("Starting")) }, { ALT: () => this.CONSUME(k("From")) }]);
    const starting = this.SUBRULE(this.dateTime);
    const tail = this.SUBRULE(this.scheduleTail);
    return this.ACTION(() => {
      const range = this.rangeFrom(first);
      return range && rule && starting ? { kind: "RRuleSchedule", range, rule, starting, ...finishTail(tail) } : undefined;
    });
  });

  /** `4 times per semester on weekdays between 08:00-12:00 for 2h` (the days also after the hours). */
  flexibleSchedule = this.RULE("flexibleSchedule", (): FlexibleScheduleNode | undefined => {
    const first = this.LA(1);
    const count = this.SUBRULE(this.number);
    this.CONSUME(k("Times"));
    this.CONSUME(k("Per"));
    const per: PeriodName | undefined = this.SUBRULE(this.period);
    const word = this.LA(0).image;
    let windows: WeeklyWindowNode[] = [];
    let between: TimeRangeNode | undefined;
    this.OPTION(() => {
      this.CONSUME(k("On"));
      windows = this.SUBRULE(this.windows);
    });
    this.OPTION2(() => {
      this.CONSUME(k("Between"));
      between = this.SUBRULE(this.timeRange);
      // `antara 13:00-16:00 pada hari kerja`: the days after the hours, as planners also write them.
      this.OPTION3({
        GATE: () => windows.length === 0,
        DEF: () => {
          this.CONSUME2(k("On"));
          windows = this.SUBRULE2(this.windows);
        },
      });
    });
    const tail: { duration?: DurationNode; from?: DateLiteral; until?: DateLiteral; includeClosures: boolean } = { includeClosures: false };
    this.MANY(() => {
      this.OR([
        // Each part once, as in every other schedule's tail (a second is an error at it, with the first named).
        { GATE: () => tail.duration === undefined, ALT: () => { this.CONSUME(k("For")); const d = this.SUBRULE(this.duration); if (d) tail.duration = d; } },
        { GATE: () => tail.from === undefined, ALT: () => { this.CONSUME(k("From")); const d = this.SUBRULE(this.date); if (d) tail.from = d; } },
        { GATE: () => tail.until === undefined, ALT: () => { this.CONSUME(k("Until")); const d = this.SUBRULE2(this.date); if (d) tail.until = d; } },
        { ALT: () => { this.SUBRULE(this.includingHolidays); tail.includeClosures = true; } },
      ]);
    });
    return this.ACTION(() => {
      const range = this.rangeFrom(first);
      if (!range || !count || !per) return undefined;
      return { kind: "FlexibleSchedule", range, count, per, windows: applyBetween(windows, between, () => (isReal(first) ? tokenRange(first) : undefined)), ...tail, ...weekWordOf(word) };
    });
  });
}

/** `between 08:00-12:00` sets the hours of all-day windows (or makes one window for any day). */
export function applyBetween(windows: WeeklyWindowNode[], between: TimeRangeNode | undefined, first: () => Range | undefined): WeeklyWindowNode[] {
  if (between === undefined) return windows;
  if (windows.length === 0) {
    const r = first() ?? between.range;
    return [{ kind: "WeeklyWindow", range: between.range, days: { kind: "DaySet", range: r, items: [] }, time: between }];
  }
  return windows.map((w) => {
    if (w.allDay !== true) return w;
    const { allDay: _allDay, ...rest } = nodeFields(w);
    return { ...rest, time: between };
  });
}

/** A tail as gathered, its lists read-only (the fast reader shares one empty list among them). */
export type GatheredTail = Omit<MutableTail, "except" | "also"> & { readonly except: ScheduleTail["except"]; readonly also: ScheduleTail["also"] };

/** The collected tail as the schedule node's fields. */
export function finishTail(tail: GatheredTail): ScheduleTail {
  // Built field by field (not by spreads, which cost more on every schedule); the fields in this order.
  const out: { -readonly [K in keyof ScheduleTail]: ScheduleTail[K] } = {} as ScheduleTail;
  if (tail.at) out.at = tail.at;
  if (tail.duration) out.duration = tail.duration;
  if (tail.from) out.from = tail.from;
  if (tail.until) out.until = tail.until;
  if (tail.count) out.count = tail.count;
  out.except = tail.except;
  out.also = tail.also;
  out.includeClosures = tail.includeClosures;
  return out;
}
