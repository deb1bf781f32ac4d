/**
 * Grammar, layer 1: literals, names, days and conditions. The schedule and declaration
 * layers extend this class; one shared instance is created in `parser.ts`.
 * Every rule returns `undefined` when error recovery left it incomplete.
 */
import { EmbeddedActionsParser, type IParserConfig, type IToken, type TokenType } from "chevrotain";
import { findFact, findFunction } from "@lontar/core";
import type { Range } from "../../diagnostics/diagnostic.js";
import type {
  DateLiteral, DateRangeNode, DaySetNode, DurationNode, ExprNode, KeywordLanguage, MoneyNode, Name as NameNode,
  NumberLiteral, PeriodName, Reference, StringLiteral, TimeLiteral, TimeRangeNode, WeekdayNode, WeeklyWindowNode,
} from "../ast.js";
import { WORDS, type WeekdayCode } from "../keywords.js";
import * as T from "../lexer/tokens.js";
import { isReal, join, spanTokens, tokenRange } from "../ast-builder/ranges.js";
import { keywordLanguage } from "../keyword-language.js";
import { parseRupiah, parseWholeNumber, unescapeString } from "../ast-builder/values.js";
import { weekdayNode } from "../ast-builder/weekday.js";

const k = T.keyword;
type DayItem = DaySetNode["items"][number];
type CompareOp = "==" | "!=" | "<" | "<=" | ">" | ">=";

/**
 * Rule options for rules that return a list: when error recovery re-synchronises inside
 * such a rule, Chevrotain returns the rule's recovery value (by default `undefined`), so
 * a list rule must give an empty list or its callers would read `undefined` as a list.
 */
export const NO_ITEMS = { recoveryValueFunc: (): never[] => [] };

/** Language of a keyword token; one spelled alike in both languages takes its context's (see keyword-language.ts). */
export function langOf(token: IToken): KeywordLanguage {
  return keywordLanguage(token);
}

/** The period each period keyword token names. */
export const PERIOD_BY_TOKEN: Readonly<Record<string, PeriodName>> = {
  DayUnit: "day", WeekUnit: "week", Minggu: "week", MonthUnit: "month", Quarter: "quarter", Semester: "semester", YearUnit: "year",
};

/** Literal and condition rules. */
export class LiteralParser extends EmbeddedActionsParser {
  constructor(tokens: TokenType[], config: IParserConfig) {
    super(tokens, config);
  }

  /** Range from a start token to the last consumed token. */
  protected rangeFrom(start: IToken): Range | undefined {
    return spanTokens(start, this.LA(0));
  }

  string = this.RULE("string", (): StringLiteral | undefined => {
    const t = this.CONSUME(T.StringLiteral);
    return this.ACTION(() => (isReal(t) ? { kind: "String", range: tokenRange(t), value: unescapeString(t.image) } : undefined));
  });

  number = this.RULE("number", (): NumberLiteral | undefined => {
    const t = this.CONSUME(T.NumberLiteral);
    return this.ACTION(() => (isReal(t) ? { kind: "Number", range: tokenRange(t), value: parseWholeNumber(t.image) } : undefined));
  });

  money = this.RULE("money", (): MoneyNode | undefined => {
    const t = this.CONSUME(T.Money);
    return this.ACTION(() => (isReal(t) ? { kind: "Money", range: tokenRange(t), rupiah: parseRupiah(t.image) } : undefined));
  });

  name = this.RULE("name", (): NameNode | undefined => {
    const t = this.CONSUME(T.Name);
    return this.ACTION(() => (isReal(t) ? { kind: "Name", range: tokenRange(t), text: t.image } : undefined));
  });

  ref = this.RULE("ref", (): Reference | undefined => {
    const t = this.CONSUME(T.Name);
    return this.ACTION(() => (isReal(t) ? { kind: "Reference", range: tokenRange(t), name: t.image } : undefined));
  });

  /** `a, b, c` */
  refList = this.RULE("refList", (): Reference[] => {
    const refs: (Reference | undefined)[] = [];
    this.AT_LEAST_ONE_SEP({ SEP: T.Comma, DEF: () => refs.push(this.SUBRULE(this.ref)) });
    return refs.filter((r): r is Reference => r !== undefined);
  }, NO_ITEMS);

  date = this.RULE("date", (): DateLiteral | undefined => {
    const t = this.CONSUME(T.DateLiteral);
    return this.ACTION(() => (isReal(t) ? { kind: "Date", range: tokenRange(t), text: t.image } : undefined));
  });

  /** A date or a local date-time (`2019-01-01T10:00`), kept as a DateLiteral. */
  dateTime = this.RULE("dateTime", (): DateLiteral | undefined => {
    const t = this.OR([{ ALT: () => this.CONSUME(T.DateTimeLiteral) }, { ALT: () => this.CONSUME(T.DateLiteral) }]);
    return this.ACTION(() => (isReal(t) ? { kind: "Date", range: tokenRange(t), text: t.image } : undefined));
  });

  dateOrRange = this.RULE("dateOrRange", (): DateLiteral | DateRangeNode | undefined => {
    const from = this.SUBRULE(this.date);
    let to: DateLiteral | undefined;
    this.OPTION(() => {
      this.CONSUME(T.DotDot);
      to = this.SUBRULE2(this.date);
    });
    return this.ACTION(() => {
      if (from === undefined) return undefined;
      if (to === undefined) return from;
      return { kind: "DateRange", range: join(from.range, to.range), from, to };
    });
  });

  dateRange = this.RULE("dateRange", (): DateRangeNode | undefined => {
    const from = this.SUBRULE(this.date);
    this.CONSUME(T.DotDot);
    const to = this.SUBRULE2(this.date);
    return this.ACTION(() => (from && to ? { kind: "DateRange", range: join(from.range, to.range), from, to } : undefined));
  });

  time = this.RULE("time", (): TimeLiteral | undefined => {
    const t = this.CONSUME(T.TimeLiteral);
    return this.ACTION(() => (isReal(t) ? { kind: "Time", range: tokenRange(t), text: t.image } : undefined));
  });

  timeRange = this.RULE("timeRange", (): TimeRangeNode | undefined => {
    const start = this.SUBRULE(this.time);
    this.CONSUME(T.Minus);
    const end = this.SUBRULE2(this.time);
    return this.ACTION(() => (start && end ? { kind: "TimeRange", range: join(start.range, end.range), start, end } : undefined));
  });

  /** `2h`, `90m`, `1h30m`, `2 hours`, `2 jam 30 menit`, `45 menit`. */
  duration = this.RULE("duration", (): DurationNode | undefined => {
    const first = this.LA(1);
    return this.OR([
      {
        ALT: () => {
          const t = this.CONSUME(T.CompactDuration);
          return this.ACTION(() => {
            if (!isReal(t)) return undefined;
            const m = /^(?:(\d+)h)?(?:(\d+)m)?$/.exec(t.image);
            const minutes = Number(m?.[1] ?? 0) * 60 + Number(m?.[2] ?? 0);
            return { kind: "Duration" as const, range: tokenRange(t), minutes, text: t.image };
          });
        },
      },
      {
        ALT: () => {
          const n = this.SUBRULE(this.number);
          const unit = this.OR2([{ ALT: () => this.CONSUME(k("Hours")) }, { ALT: () => this.CONSUME(k("Minutes")) }]);
          let extra: NumberLiteral | undefined;
          let extraUnit: IToken | undefined;
          this.OPTION({
            GATE: () => unit.tokenType === k("Hours"),
            DEF: () => {
              extra = this.SUBRULE2(this.number);
              extraUnit = this.CONSUME2(k("Minutes"));
            },
          });
          return this.ACTION(() => {
            const range = this.rangeFrom(first);
            if (n === undefined || range === undefined || !isReal(unit)) return undefined;
            const hours = unit.tokenType === k("Hours");
            let minutes = hours ? n.value * 60 : n.value;
            let text = `${n.value} ${unit.image}`;
            if (extra !== undefined && isReal(extraUnit)) {
              minutes += extra.value;
              text += ` ${extra.value} ${extraUnit.image}`;
            }
            return { kind: "Duration" as const, range, minutes, text };
          });
        },
      },
    ]);
  });

  period = this.RULE("period", (): PeriodName | undefined => {
    const t = this.CONSUME(T.AnyPeriod);
    return this.ACTION(() => (isReal(t) ? PERIOD_BY_TOKEN[t.tokenType.name] : undefined));
  });

  weekday = this.RULE("weekday", (): WeekdayNode | undefined => {
    const t = this.CONSUME(T.AnyWeekday);
    return this.ACTION(() => {
      const meaning = WORDS.get(t.image);
      if (!isReal(t) || meaning === undefined) return undefined;
      return weekdayNode(tokenRange(t), -1, meaning.value as WeekdayCode, keywordLanguage(t), t.image);
    });
  });

  /** `mon..thu`, `fri`, `weekdays`, `hari kerja`, `akhir pekan`. */
  dayItem = this.RULE("dayItem", (): DayItem | undefined => {
    const first = this.LA(1);
    return this.OR([
      {
        ALT: () => {
          const from = this.SUBRULE(this.weekday);
          let to: WeekdayNode | undefined;
          this.OPTION(() => {
            this.CONSUME(T.DotDot);
            to = this.SUBRULE2(this.weekday);
          });
          return this.ACTION(() => {
            if (from === undefined) return undefined;
            if (to === undefined) return from;
            return { kind: "DayRange" as const, range: join(from.range, to.range), from, to };
          });
        },
      },
      { ALT: () => this.dayGroup(this.CONSUME(k("Weekdays")), "weekdays", first) },
      { ALT: () => this.dayGroup(this.CONSUME(k("Weekends")), "weekends", first) },
      {
        ALT: () => {
          this.CONSUME(k("DayUnit"));
          this.CONSUME(k("Kerja"));
          return this.dayGroup(undefined, "weekdays", first);
        },
      },
      {
        ALT: () => {
          this.CONSUME(k("Akhir"));
          this.CONSUME(T.AnyWeekUnit);
          return this.dayGroup(undefined, "weekends", first);
        },
      },
    ]);
  });

  private dayGroup(token: IToken | undefined, group: "weekdays" | "weekends", first: IToken): DayItem | undefined {
    return this.ACTION(() => {
      const range = this.rangeFrom(first);
      if (range === undefined) return undefined;
      const lang: KeywordLanguage = token === undefined ? "id" : langOf(token);
      return { kind: "DayGroup" as const, range, group, lang };
    });
  }

  daySet = this.RULE("daySet", (): DaySetNode | undefined => {
    const items: (DayItem | undefined)[] = [];
    const first = this.LA(1);
    this.AT_LEAST_ONE_SEP({ SEP: T.Comma, DEF: () => items.push(this.SUBRULE(this.dayItem)) });
    return this.ACTION(() => {
      const range = this.rangeFrom(first);
      const real = items.filter((i): i is DayItem => i !== undefined);
      return range && real.length > 0 ? { kind: "DaySet", range, items: real } : undefined;
    });
  });

  /**
   * `mon..thu 08:00-16:00, fri 08:00-11:30, sat`: days gather until a time range closes a
   * window; days left without a time are an all-day window (`allDay`).
   */
  windows = this.RULE("windows", (): WeeklyWindowNode[] => {
    const parts: { day: DayItem | undefined; time: TimeRangeNode | undefined }[] = [];
    this.AT_LEAST_ONE_SEP({
      SEP: T.Comma,
      DEF: () => {
        const day = this.SUBRULE(this.dayItem);
        let time: TimeRangeNode | undefined;
        this.OPTION(() => (time = this.SUBRULE(this.timeRange)));
        parts.push({ day, time });
      },
    });
    return this.ACTION(() => groupWindows(parts));
  }, NO_ITEMS);

  // ------------------------------------------------------------ conditions

  expr = this.RULE("expr", (): ExprNode | undefined => {
    const operands = [this.SUBRULE(this.andExpr)];
    this.MANY(() => {
      this.CONSUME(T.OrOr);
      operands.push(this.SUBRULE2(this.andExpr));
    });
    return this.ACTION(() => chain("||", operands));
  });

  andExpr = this.RULE("andExpr", (): ExprNode | undefined => {
    const operands = [this.SUBRULE(this.unary)];
    this.MANY(() => {
      this.CONSUME(T.AndAnd);
      operands.push(this.SUBRULE2(this.unary));
    });
    return this.ACTION(() => chain("&&", operands));
  });

  /** `!` is a loop, not recursion, so a long run of `!` cannot overflow the stack. */
  unary = this.RULE("unary", (): ExprNode | undefined => {
    const bangs: IToken[] = [];
    this.MANY(() => bangs.push(this.CONSUME(T.Bang)));
    const operand = this.SUBRULE(this.comparison);
    return this.ACTION(() => {
      let node = operand;
      for (let i = bangs.length - 1; i >= 0 && node !== undefined; i--) {
        const b = bangs[i];
        node = isReal(b) ? { kind: "Not", operand: node, range: join(tokenRange(b), node.range) } : undefined;
      }
      return node;
    });
  });

  comparison = this.RULE("comparison", (): ExprNode | undefined => {
    const left = this.SUBRULE(this.primary);
    let result = left;
    this.OPTION(() => {
      this.OR([
        {
          ALT: () => {
            const op = this.OR2([
              { ALT: () => this.CONSUME(T.EqEq) }, { ALT: () => this.CONSUME(T.NotEq) }, { ALT: () => this.CONSUME(T.LtEq) },
              { ALT: () => this.CONSUME(T.GtEq) }, { ALT: () => this.CONSUME(T.Lt) }, { ALT: () => this.CONSUME(T.Gt) },
            ]);
            const right = this.SUBRULE2(this.primary);
            result = this.ACTION(() => (left && right ? { kind: "Compare", op: op.image as CompareOp, left, right, range: join(left.range, right.range) } : undefined));
          },
        },
        {
          ALT: () => {
            this.CONSUME(T.MatchOp);
            const re = this.CONSUME(T.RegexLiteral);
            result = this.ACTION(() => {
              if (left === undefined || !isReal(re)) return undefined;
              const cut = re.image.lastIndexOf("/");
              return { kind: "Match", subject: left, pattern: re.image.slice(1, cut), flags: re.image.slice(cut + 1), range: join(left.range, tokenRange(re)) };
            });
          },
        },
        {
          ALT: () => {
            let negated = false;
            this.OPTION2(() => {
              this.CONSUME(k("Not"));
              negated = true;
            });
            this.CONSUME(k("In"));
            const right = this.SUBRULE3(this.primary);
            result = this.ACTION(() => (left && right ? { kind: "In", subject: left, collection: right, negated, range: join(left.range, right.range) } : undefined));
          },
        },
      ]);
    });
    return result;
  });

  primary = this.RULE("primary", (): ExprNode | undefined => {
    const first = this.LA(1);
    return this.OR([
      {
        ALT: () => {
          this.CONSUME(T.LParen);
          const inner = this.SUBRULE(this.expr);
          this.CONSUME(T.RParen);
          return this.ACTION(() => {
            const range = this.rangeFrom(first);
            return inner && range ? { kind: "Paren" as const, inner, range } : undefined;
          });
        },
      },
      {
        ALT: () => {
          this.CONSUME(T.LBracket);
          const items: (ExprNode | undefined)[] = [];
          this.MANY_SEP({ SEP: T.Comma, DEF: () => items.push(this.SUBRULE2(this.expr)) });
          this.CONSUME(T.RBracket);
          return this.ACTION(() => {
            const range = this.rangeFrom(first);
            return range ? { kind: "ListExpr" as const, items: items.filter((i): i is ExprNode => i !== undefined), range } : undefined;
          });
        },
      },
      { ALT: () => this.literal(this.CONSUME(T.StringLiteral), (t) => unescapeString(t.image)) },
      { ALT: () => this.literal(this.CONSUME(T.NumberLiteral), (t) => parseWholeNumber(t.image)) },
      { ALT: () => this.literal(this.CONSUME(k("True")), () => true), IGNORE_AMBIGUITIES: true },
      { ALT: () => this.literal(this.CONSUME(k("False")), () => false), IGNORE_AMBIGUITIES: true },
      {
        ALT: () => {
          const t = this.CONSUME(T.TimeLiteral);
          return this.ACTION(() => (isReal(t) ? { kind: "TimeValue" as const, text: t.image, range: tokenRange(t) } : undefined));
        },
      },
      { ALT: () => this.SUBRULE(this.factOrCall), IGNORE_AMBIGUITIES: true },
    ]);
  });

  private literal(t: IToken, value: (t: IToken) => string | number | boolean): ExprNode | undefined {
    return this.ACTION(() => (isReal(t) ? { kind: "Literal" as const, value: value(t), range: tokenRange(t) } : undefined));
  }

  /** `library.stage`, `fri`, `overlaps(11:30, 13:00)`. Indonesian fact and function names become the canonical ones, with `lang: "id"`. */
  factOrCall = this.RULE("factOrCall", (): ExprNode | undefined => {
    const first = this.LA(1);
    const parts: IToken[] = [this.CONSUME(T.Name)];
    this.MANY(() => {
      this.CONSUME(T.Dot);
      parts.push(this.CONSUME2(T.Name));
    });
    let args: (ExprNode | undefined)[] | undefined;
    this.OPTION(() => {
      this.CONSUME(T.LParen);
      args = [];
      this.MANY_SEP({ SEP: T.Comma, DEF: () => args?.push(this.SUBRULE(this.expr)) });
      this.CONSUME(T.RParen);
    });
    return this.ACTION(() => {
      const range = this.rangeFrom(first);
      if (range === undefined || !parts.every(isReal)) return undefined;
      const written = parts.map((p) => p.image).join(".");
      if (args !== undefined) {
        const fn = findFunction(written);
        const lang: KeywordLanguage = fn !== undefined && fn.name !== written ? "id" : "en";
        return { kind: "Call" as const, callee: fn?.name ?? written, args: args.filter((a): a is ExprNode => a !== undefined), range, lang };
      }
      return { ...canonicalFact(parts.length === 1 ? parts[0] : undefined, written), range };
    });
  });
}

/** Chains up to this many operands nest to the left as written; longer ones are balanced. */
export const LEFT_NESTED_CHAIN = 8;

/**
 * `a && b && c` as Binary nodes. A short chain nests to the left (`(a && b) && c`); a long
 * one is a balanced tree of the same operands in the same order (`&&` and `||` are
 * associative, so it means the same), so a chain of 100,000 operands is 17 levels deep and
 * no later stage (checker, compiler, formatter, core's validation) recurses 100,000 times.
 */
export function chain(op: "&&" | "||", operands: readonly (ExprNode | undefined)[]): ExprNode | undefined {
  // Most conditions have one operand: no node to build.
  if (operands.length === 1) return operands[0];
  for (const o of operands) if (o === undefined) return undefined;
  return operands.length === 0 ? undefined : chainOf(op, operands as readonly ExprNode[], 0, operands.length);
}

/** The operands `from` to `to` (exclusive) joined by `op`: left-nested in short runs, halved above. */
function chainOf(op: "&&" | "||", all: readonly ExprNode[], from: number, to: number): ExprNode {
  if (to - from <= LEFT_NESTED_CHAIN) {
    let node = all[from] as ExprNode;
    for (let i = from + 1; i < to; i++) node = pairOf(op, node, all[i] as ExprNode);
    return node;
  }
  const mid = from + Math.ceil((to - from) / 2);
  return pairOf(op, chainOf(op, all, from, mid), chainOf(op, all, mid, to));
}

function pairOf(op: "&&" | "||", left: ExprNode, right: ExprNode): ExprNode {
  return { kind: "Binary", op, left, right, range: join(left.range, right.range) };
}

/** A fact's node from its written parts: Indonesian names become the canonical ones, with `lang: "id"`. */
export function canonicalFact(only: { readonly image: string; readonly tokenType: TokenType } | undefined, written: string): { kind: "Fact"; path: string; lang: KeywordLanguage } {
  const meaning = only === undefined ? undefined : WORDS.get(only.image);
  if (only !== undefined && meaning !== undefined && (only.tokenType === T.WeekdayName || only.tokenType === T.Minggu) && typeof meaning.value === "string") {
    return { kind: "Fact", path: meaning.value, lang: meaning.lang ?? "en" };
  }
  const fact = findFact(written);
  if (fact !== undefined && fact.name !== written) return { kind: "Fact", path: fact.name, lang: "id" };
  return { kind: "Fact", path: written, lang: "en" };
}

/** Days gathered until a time range closes a window; days left without a time are an all-day window. */
export function groupWindows(parts: readonly { day: DayItem | undefined; time: TimeRangeNode | undefined }[]): WeeklyWindowNode[] {
  const windows: WeeklyWindowNode[] = [];
  let pending: DayItem[] = [];
  for (const part of parts) {
    if (part.day === undefined) continue;
    pending.push(part.day);
    if (part.time !== undefined) {
      closeWindow(windows, pending, part.time);
      pending = [];
    }
  }
  closeWindow(windows, pending, undefined);
  return windows;
}

/** The window of the days `pending` (none when empty), at `time` or all day. */
function closeWindow(windows: WeeklyWindowNode[], pending: DayItem[], time: TimeRangeNode | undefined): void {
  const first = pending[0];
  const last = pending[pending.length - 1];
  if (first === undefined || last === undefined) return;
  const days: DaySetNode = { kind: "DaySet", range: join(first.range, last.range), items: pending };
  if (time !== undefined) {
    windows.push({ kind: "WeeklyWindow", range: join(days.range, time.range), days, time });
  } else {
    // A day with no hours is open all day; the formatter prints it without times.
    const r = days.range;
    const whole: TimeRangeNode = { kind: "TimeRange", range: r, start: { kind: "Time", range: r, text: "00:00" }, end: { kind: "Time", range: r, text: "24:00" } };
    windows.push({ kind: "WeeklyWindow", range: r, days, time: whole, allDay: true });
  }
}
