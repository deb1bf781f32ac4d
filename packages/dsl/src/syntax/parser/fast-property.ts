/**
 * A hand-written reader of one property, for the common case: it reads what the Chevrotain
 * grammar (declaration-parser.ts and the layers below) reads, builds the same nodes, and
 * gives up ("declines") at anything it is not sure of — a syntax error, a construct it does
 * not cover, a decision that needs more lookahead than it takes. The caller then runs the
 * grammar, which stays the reference and reports every error; a test checks that both give
 * the same node and end on every token of the examples, of generated sources and of mutants.
 *
 * Chevrotain's per-rule machinery costs far more than the work itself on the property lines
 * that make up nearly all of a file; this reader is a plain loop over the tokens. It never
 * throws to its caller and recurses only through parentheses and lists in conditions, which
 * the depth guard has already bounded (see depth-guard.ts).
 */
import type { TokenType } from "chevrotain";
import type { Range } from "../../diagnostics/diagnostic.js";
import { findFunction } from "@lontar/core";
import type {
  DateLiteral, DateRangeNode, DaySetNode, DurationNode, ExprNode, KeywordLanguage, NeedNode, NumberLiteral, Ordinal, PeriodName,
  Property, PropertyValue, RecurrenceDays, Reference, ScheduleNode, StringLiteral, TimeLiteral, TimeRangeNode, WeekdayNode,
  WeeklyWindowNode, WeekSpelling,
} from "../ast.js";
import { PROPERTY_SYNTAX, type PropertySyntax } from "../../language/table.js";
import { parseRupiah, parseWholeNumber, unescapeString } from "../ast-builder/values.js";
import { holidayWordsOf, weekWordOf } from "../ast-builder/week-word.js";
import { weekdayNode } from "../ast-builder/weekday.js";
import type { WeekdayCode } from "../keywords.js";
import * as T from "../lexer/tokens.js";
import { definiteLangAt, imageOf, langAt, meaningAt, rangeAt, spanAt, type TokenTable } from "../lexer/token-table.js";
import { canonicalFact, chain, PERIOD_BY_TOKEN } from "./literal-parser.js";
import { applyBetween, finishTail, type GatheredTail } from "./schedule-parser.js";
import { DateNode, DayGroupValueNode, NeedsValueNode, WindowsValueNode, DayRangeValueNode, DaySetValueNode, DurationValueNode, MoneyValueNode, NumberNode, PlainNeedNode, PropertyNode, ReferenceNode, StringNode, TimeNode, TimeRangeValueNode, WeeklyWindowValueNode } from "../ast-builder/node-classes.js";
import { namesNeedResource } from "./need-resource-name.js";

type DayItem = DaySetNode["items"][number];
type CompareOp = "==" | "!=" | "<" | "<=" | ">" | ">=";

/** What {@link readPropertyFast} read: the property and the index of the first token after it. */
export interface FastRead {
  /** The property, as the grammar's `property` rule builds it. */
  readonly value: Property;
  /** The index of the first token not read. */
  readonly next: number;
}

/**
 * The comments of a node that has none: one shared, frozen empty list (the tree is read-only;
 * comment attachment builds a new list for a node that receives comments).
 */
export const NO_COMMENTS: readonly string[] = Object.freeze([]);

/** The one empty list of every node with an empty list (`features`, `except`, `also`): frozen, like {@link NO_COMMENTS}. */
const NO_ITEMS: readonly never[] = Object.freeze([]);

/** Thrown inside the reader when it declines; caught at its entry. */
class Decline {}
const DECLINE = new Decline();

const k = T.keyword;
const KW = {
  At: k("At"), Least: k("Least"), Most: k("Most"), Minimal: k("Minimal"), Maximal: k("Maximal"), Session: k("Session"), Of: k("Of"),
  Per: k("Per"), Library: k("Library"), Partner: k("Partner"), Provides: k("Provides"), Hosts: k("Hosts"), Pays: k("Pays"),
  For: k("For"), From: k("From"), Until: k("Until"), Except: k("Except"), Also: k("Also"), Including: k("Including"), Holidays: k("Holidays"),
  Every: k("Every"), Once: k("Once"), On: k("On"), Times: k("Times"), Between: k("Between"), Daily: k("Daily"), RRule: k("RRule"),
  Starting: k("Starting"), DayUnit: k("DayUnit"), MonthUnit: k("MonthUnit"), YearUnit: k("YearUnit"), Weekdays: k("Weekdays"),
  Weekends: k("Weekends"), Kerja: k("Kerja"), Akhir: k("Akhir"), The: k("The"), DateKw: k("DateKw"), Hours: k("Hours"),
  Minutes: k("Minutes"), Public: k("Public"), National: k("National"), Collective: k("Collective"), Leave: k("Leave"), Cuti: k("Cuti"),
  Bersama: k("Bersama"), Books: k("Books"), People: k("People"), Stage: k("Stage"), Rotating: k("Rotating"), With: k("With"),
  And: k("And"), Prefer: k("Prefer"), Role: k("Role"), Skills: k("Skills"), Capacity: k("Capacity"), Participants: k("Participants"),
  Program: k("Program"), Forbid: k("Forbid"), Require: k("Require"), Warn: k("Warn"), By: k("By"), To: k("To"), Metric: k("Metric"),
  Weight: k("Weight"), Target: k("Target"), Threshold: k("Threshold"), True: k("True"), False: k("False"), Not: k("Not"), In: k("In"),
};

/** Token types in a category (Chevrotain's `categories`), as sets. */
function category(cat: TokenType): ReadonlySet<TokenType> {
  return new Set([...T.ALL_TOKENS].filter((t) => t === cat || (t.CATEGORIES ?? []).includes(cat) || (cat === T.Name && t === T.Identifier)));
}
const NAME = category(T.Name);
const ANY_PERIOD = category(T.AnyPeriod);
const ANY_WEEKDAY = category(T.AnyWeekday);
const ANY_WEEK_UNIT = category(T.AnyWeekUnit);
const ANY_RESOURCE_KIND = category(T.AnyResourceKind);
const RESOURCE_KIND: ReadonlyMap<TokenType, NeedNode["resourceKind"]> = new Map(
  (["Room", "Vehicle", "Staff", "Volunteer", "Collection", "Equipment"] as const).map((n) => [k(n), n.toLowerCase() as NeedNode["resourceKind"]]),
);
const COMPARE_OPS: ReadonlySet<TokenType> = new Set([T.EqEq, T.NotEq, T.LtEq, T.GtEq, T.Lt, T.Gt]);
/** The table property each keyword token starts (its keyword tokens are unique). */
const SYNTAX_BY_TOKEN: ReadonlyMap<TokenType, PropertySyntax> = new Map(PROPERTY_SYNTAX.map((s) => [k(s.keyword.token), s]));

/**
 * Reads the property starting at token `at` of `table`, or declines (undefined) when the
 * grammar must decide: on any error and on the few constructs this reader leaves to it.
 */
export function readPropertyFast(table: TokenTable, at: number): FastRead | undefined {
  try {
    return new FastReader(table, at).property();
  } catch (error) {
    if (error instanceof Decline) return undefined;
    // A fault here is never the user's: the grammar reads the property instead.
    return undefined;
  }
}

/** The reader of properties over a token table; fast-file.ts extends it to whole files. */
export class FastReader {
  protected start: number;
  /** The last range of several tokens built, from token `spanFirst` to `spanLast`: an enclosing node of the same tokens shares it. */
  private spanFirst = -1;
  private spanLast = -1;
  private lastSpan: Range | undefined;
  /**
   * Items of the lists being read, innermost last: each list is copied out at its exact
   * length ({@link collect}), where an array grown by `push` keeps room for 17 items.
   */
  private readonly pending: unknown[] = [];
  private top = 0;
  /** Images of dates and times read, and strings' values by their images: one string per distinct text, since the tree keeps them. */
  private readonly images = new Map<string, string>();
  private readonly strings = new Map<string, string>();

  constructor(protected readonly t: TokenTable, protected p: number) {
    this.start = p;
  }

  /** Holds one item of the list being read. */
  protected hold(item: unknown): void {
    this.pending[this.top++] = item;
  }

  /** The items held since `mark` (the value of {@link top} when the list began), as a new array of their exact length. */
  protected collect<T>(mark: number): T[] {
    const items = this.pending.slice(mark, this.top) as T[];
    this.top = mark;
    return items;
  }

  /** Where the next list's items begin (see {@link collect}). */
  protected mark(): number {
    return this.top;
  }

  // ------------------------------------------------------------ tokens

  protected typeAt(i: number): TokenType {
    return this.t.types[i] as TokenType;
  }

  protected image(i: number): string {
    return imageOf(this.t, i);
  }

  /** Token `i`'s image, one string per distinct image (for the literals the tree keeps as written). */
  private shared(i: number): string {
    const image = imageOf(this.t, i);
    const known = this.images.get(image);
    if (known !== undefined) return known;
    this.images.set(image, image);
    return image;
  }

  protected range(i: number): Range {
    return rangeAt(this.t, i);
  }

  /** A keyword's language: its own, else its context's, else English. */
  protected langOf(i: number): KeywordLanguage {
    return langAt(this.t, i) ?? "en";
  }

  protected type(offset = 0): TokenType | undefined {
    return this.t.types[this.p + offset];
  }

  protected is(type: TokenType, offset = 0): boolean {
    return this.t.types[this.p + offset] === type;
  }

  protected isIn(set: ReadonlySet<TokenType>, offset = 0): boolean {
    const t = this.type(offset);
    return t !== undefined && set.has(t);
  }

  /** The next token's index, which must be of `type`. */
  protected take(type: TokenType): number {
    if (this.t.types[this.p] !== type) throw DECLINE;
    return this.p++;
  }

  /** The next token's index, whose type must be in `set`. */
  protected takeIn(set: ReadonlySet<TokenType>): number {
    const type = this.t.types[this.p];
    if (type === undefined || !set.has(type)) throw DECLINE;
    return this.p++;
  }

  /** From token `first` to the last token read (just `first` when none was). */
  protected rangeFrom(first: number): Range {
    return this.span(first, this.p - 1);
  }

  /** From token `first` to token `last` (just `first` when `last` is not after it); the last such range built is shared. */
  protected span(first: number, last: number): Range {
    if (last <= first) return rangeAt(this.t, first);
    if (first === this.spanFirst && last === this.spanLast && this.lastSpan !== undefined) return this.lastSpan;
    const range = spanAt(this.t, first, last);
    this.spanFirst = first;
    this.spanLast = last;
    this.lastSpan = range;
    return range;
  }

  // ------------------------------------------------------------ properties

  property(): FastRead | undefined {
    const kw = this.p;
    const a = this.t.types[kw];
    if (a === undefined) return undefined;
    const b = this.type(1);
    if ((a === KW.Library || a === KW.Partner) && (b === KW.Provides || b === KW.Hosts || b === KW.Pays)) return this.finish(kw, this.partyObligation());
    if (a === KW.At || a === KW.Minimal || a === KW.Maximal) return this.finish(kw, this.sessionsObligation());
    const syntax = SYNTAX_BY_TOKEN.get(a);
    if (syntax === undefined) return undefined;
    this.p++;
    const value = this.shapeValue(syntax);
    // `category` left without its value, then `audience children` on the next line: declined, so that
    // items.ts reports the missing value at `category` (see its swallowedProperty) on every path.
    if (this.p === kw + 2 && (this.t.places.lines[kw + 1] ?? 0) > (this.t.places.lines[kw] ?? 0) && SYNTAX_BY_TOKEN.has(this.t.types[kw + 1] as TokenType)) return undefined;
    const key = syntax.shape === "validity" && value.kind !== "DateRange" ? "appliesTo" : syntax.key;
    return this.finish(kw, this.makeProperty(kw, key, value));
  }

  private finish(kw: number, value: Property): FastRead {
    void kw;
    return { value, next: this.p };
  }

  private makeProperty(kw: number, key: string, value: PropertyValue): Property {
    const inner = this.valueLang(kw);
    const lang = definiteLangAt(this.t, kw) ?? inner ?? this.langOf(kw);
    return new PropertyNode(this.t.places, kw, this.p - 1, key, lang, inner !== undefined && inner !== lang ? inner : undefined, value, NO_COMMENTS);
  }

  /** The language of the first keyword with a definite language after the property's keyword. */
  private valueLang(kw: number): KeywordLanguage | undefined {
    void kw;
    for (let i = this.start + 1; i < this.p; i++) {
      if (this.t.types[i] === T.Identifier) continue;
      const lang = definiteLangAt(this.t, i);
      if (lang !== undefined) return lang;
    }
    return undefined;
  }

  private shapeValue(syntax: PropertySyntax): PropertyValue {
    switch (syntax.shape) {
      case "text": return this.string();
      case "word": return this.ref();
      case "names": return this.listValue();
      case "count": return this.number();
      case "region": return this.regionPath();
      case "windows": return this.windowsValue();
      case "openWindows": return this.is(KW.On) ? this.collectiveLeave() : this.windowsValue();
      case "closed": return this.closedValue();
      case "capacity": return this.capacityValue();
      case "money": return this.money();
      case "budgetPeriod": return this.is(T.NumberLiteral) ? this.number() : this.dateRange();
      case "budgetCap": return this.budgetCap();
      case "hoursCap": return this.hoursCap();
      case "stageRequirement": return (this.take(KW.Stage), this.ref());
      case "audience": return this.audienceValue();
      case "schedule": return this.schedule();
      case "route": return this.routeValue();
      case "needs": return this.needsValue();
      case "cost": return this.costValue();
      case "precedence": return this.precedenceValue(syntax.key === "after" ? "after" : "before");
      case "condition": return this.exprValue();
      case "effect": return this.effectValue();
      case "parties": return this.betweenValue();
      case "validity": return this.is(KW.To) || this.is(KW.For) ? this.appliesValue() : this.dateRange();
      case "appliesTo": return this.appliesValue();
      case "indicator": throw DECLINE;
    }
  }

  private partyObligation(): Property {
    const party = this.take(this.is(KW.Library) ? KW.Library : KW.Partner);
    const which = this.typeAt(party) === KW.Library ? "library" : "partner";
    if (this.is(KW.Hosts)) {
      this.p++;
      const program = this.ref();
      return this.makeProperty(party, "hosts", { kind: "Hosts", range: this.rangeFrom(party), party: which, program });
    }
    if (this.is(KW.Pays)) {
      this.p++;
      const amount = this.money();
      let program: Reference | undefined;
      let budget: Reference | undefined;
      if (this.is(KW.For)) {
        this.p++;
        program = this.ref();
      }
      if (this.is(KW.From)) {
        this.p++;
        budget = this.ref();
      }
      const range = this.rangeFrom(party);
      return this.makeProperty(party, "pays", { kind: "BudgetShare", range, party: which, amount, ...(program ? { program } : {}), ...(budget ? { budget } : {}) });
    }
    // `provides` takes an optional resource kind before a name: a decision of more lookahead, left to the grammar.
    throw DECLINE;
  }

  private sessionsObligation(): Property {
    const first = this.p;
    let bound: "at_least" | "at_most";
    if (this.is(KW.At)) {
      this.p++;
      if (this.is(KW.Least)) bound = "at_least";
      else if (this.is(KW.Most)) bound = "at_most";
      else throw DECLINE;
      this.p++;
    } else {
      bound = this.is(KW.Minimal) ? "at_least" : "at_most";
      this.p++;
    }
    const count = this.number();
    this.take(KW.Session);
    // `of` is also a name: `sessions of per …` and `sessions of at …` would need deeper lookahead.
    if (this.is(KW.Of)) {
      if (this.is(KW.Per, 1) || this.is(KW.At, 1)) throw DECLINE;
      this.p++;
    }
    const program = this.ref();
    // `at tanah_garam, ix_korong` / `di …`: only the sessions held at these sites count.
    let sites: Reference[] | undefined;
    if (this.is(KW.At)) {
      this.p++;
      sites = this.refList();
    }
    this.take(KW.Per);
    const per = this.period();
    const word = weekWordOf(this.image(this.p - 1));
    const range = this.rangeFrom(first);
    return this.makeProperty(first, "sessions", { kind: "Sessions", range, bound, count, program, ...(sites === undefined ? {} : { sites }), per, ...word });
  }

  // ------------------------------------------------------------ values

  protected string(): StringLiteral {
    const t = this.take(T.StringLiteral);
    const image = this.image(t);
    let value = this.strings.get(image);
    if (value === undefined) {
      value = unescapeString(image);
      this.strings.set(image, value);
    }
    return new StringNode(this.t.places, t, t, value);
  }

  private number(): NumberLiteral {
    const t = this.take(T.NumberLiteral);
    return new NumberNode(this.t.places, t, t, parseWholeNumber(this.image(t)));
  }

  private money(): PropertyValue & { kind: "Money" } {
    const t = this.take(T.Money);
    return new MoneyValueNode(this.t.places, t, t, parseRupiah(this.image(t)));
  }

  protected ref(): Reference {
    const t = this.takeIn(NAME);
    return new ReferenceNode(this.t.places, t, t, this.image(t));
  }

  private refList(): Reference[] {
    return this.commaList(this.ref(), this.ref);
  }

  /** `first` and each item after a comma, read by `read`, at their exact length ({@link collect}). */
  private commaList<I>(first: I, read: (this: this) => I): I[] {
    if (!this.is(T.Comma)) return [first];
    const mark = this.mark();
    this.hold(first);
    while (this.is(T.Comma)) {
      this.p++;
      this.hold(read.call(this));
    }
    return this.collect<I>(mark);
  }

  private listValue(): PropertyValue {
    const first = this.p;
    const only = this.ref();
    if (!this.is(T.Comma)) return only;
    const items = this.commaList(only, this.ref);
    return { kind: "List", range: this.rangeFrom(first), items };
  }

  private period(): PeriodName {
    const t = this.takeIn(ANY_PERIOD);
    const per = PERIOD_BY_TOKEN[this.typeAt(t).name];
    if (per === undefined) throw DECLINE;
    return per;
  }

  protected date(): DateLiteral {
    const t = this.take(T.DateLiteral);
    return new DateNode(this.t.places, t, t, this.shared(t));
  }

  private dateTime(): DateLiteral {
    const t = this.is(T.DateTimeLiteral) ? this.take(T.DateTimeLiteral) : this.take(T.DateLiteral);
    return new DateNode(this.t.places, t, t, this.shared(t));
  }

  private dateOrRange(): DateLiteral | DateRangeNode {
    const first = this.p;
    const from = this.date();
    if (!this.is(T.DotDot)) return from;
    this.p++;
    const to = this.date();
    return { kind: "DateRange", range: this.rangeFrom(first), from, to };
  }

  protected dateRange(): DateRangeNode {
    const first = this.p;
    const from = this.date();
    this.take(T.DotDot);
    const to = this.date();
    return { kind: "DateRange", range: this.rangeFrom(first), from, to };
  }

  private time(): TimeLiteral {
    const t = this.take(T.TimeLiteral);
    return new TimeNode(this.t.places, t, t, this.shared(t));
  }

  private timeRange(): TimeRangeNode {
    const first = this.p;
    const start = this.time();
    this.take(T.Minus);
    const end = this.time();
    return new TimeRangeValueNode(this.t.places, first, this.p - 1, start, end);
  }

  private duration(): DurationNode {
    const first = this.p;
    if (this.is(T.CompactDuration)) {
      const t = this.take(T.CompactDuration);
      const m = /^(?:(\d+)h)?(?:(\d+)m)?$/.exec(this.image(t));
      const minutes = Number(m?.[1] ?? 0) * 60 + Number(m?.[2] ?? 0);
      return new DurationValueNode(this.t.places, t, t, minutes, this.shared(t));
    }
    const n = this.number();
    const unit = this.is(KW.Hours) ? this.take(KW.Hours) : this.take(KW.Minutes);
    const hours = this.typeAt(unit) === KW.Hours;
    let minutes = hours ? n.value * 60 : n.value;
    let text = `${n.value} ${this.image(unit)}`;
    if (hours && this.is(T.NumberLiteral)) {
      const extra = this.number();
      const extraUnit = this.take(KW.Minutes);
      minutes += extra.value;
      text += ` ${extra.value} ${this.image(extraUnit)}`;
    }
    return new DurationValueNode(this.t.places, first, this.p - 1, minutes, text);
  }

  private weekday(): WeekdayNode {
    const t = this.takeIn(ANY_WEEKDAY);
    const meaning = meaningAt(this.t, t);
    if (meaning === undefined) throw DECLINE;
    return weekdayNode(this.t.places, t, meaning.value as WeekdayCode, this.langOf(t), this.image(t));
  }

  private dayItem(): DayItem {
    const first = this.p;
    if (this.isIn(ANY_WEEKDAY)) {
      const from = this.weekday();
      if (!this.is(T.DotDot)) return from;
      this.p++;
      const to = this.weekday();
      return new DayRangeValueNode(this.t.places, first, this.p - 1, from, to);
    }
    if (this.is(KW.Weekdays) || this.is(KW.Weekends)) {
      const t = this.p++;
      return new DayGroupValueNode(this.t.places, first, this.p - 1, this.typeAt(t) === KW.Weekdays ? "weekdays" : "weekends", this.langOf(t));
    }
    if (this.is(KW.DayUnit)) {
      this.p++;
      this.take(KW.Kerja);
      return new DayGroupValueNode(this.t.places, first, this.p - 1, "weekdays", "id");
    }
    this.take(KW.Akhir);
    this.takeIn(ANY_WEEK_UNIT);
    return new DayGroupValueNode(this.t.places, first, this.p - 1, "weekends", "id");
  }

  private daySet(): DaySetNode {
    const first = this.p;
    const items = this.commaList(this.dayItem(), this.dayItem);
    return new DaySetValueNode(this.t.places, first, this.p - 1, items);
  }

  /**
   * Days, each list closed by a time range into a window; days left without one make an
   * all-day window (literal-parser.ts's `groupWindows`, without its list of parts).
   */
  private windows(): WeeklyWindowNode[] {
    const windows = this.mark();
    let days = windows;
    let firstDay = this.p;
    let closed = false;
    for (;;) {
      if (closed) {
        firstDay = this.p;
        closed = false;
      }
      this.hold(this.dayItem());
      if (this.is(T.TimeLiteral)) {
        // The days' range ends before the time's.
        const lastDay = this.p - 1;
        const time = this.timeRange();
        const set = new DaySetValueNode(this.t.places, firstDay, lastDay, this.collect(days));
        this.hold(new WeeklyWindowValueNode(this.t.places, firstDay, this.p - 1, set, time, false));
        days = this.mark();
        closed = true;
      }
      if (!this.is(T.Comma)) break;
      this.p++;
    }
    if (!closed) {
      // A day with no hours is open all day; the formatter prints it without times.
      const at = this.t.places;
      const last = this.p - 1;
      const set = new DaySetValueNode(at, firstDay, last, this.collect(days));
      const whole = new TimeRangeValueNode(at, firstDay, last, new TimeNode(at, firstDay, last, "00:00"), new TimeNode(at, firstDay, last, "24:00"));
      this.hold(new WeeklyWindowValueNode(at, firstDay, last, set, whole, true));
    }
    return this.collect(windows);
  }

  private regionPath(): PropertyValue {
    const first = this.p;
    const mark = this.mark();
    this.hold(this.string());
    while (this.is(T.Slash)) {
      this.p++;
      this.hold(this.string());
    }
    return { kind: "RegionPath", range: this.rangeFrom(first), parts: this.collect(mark) };
  }

  private windowsValue(): PropertyValue {
    const first = this.p;
    const windows = this.windows();
    if (windows.length === 0) throw DECLINE;
    return new WindowsValueNode(this.t.places, first, this.p - 1, windows);
  }

  private closedValue(): PropertyValue {
    const first = this.p;
    if (this.is(KW.On)) {
      // As the grammar's closedValue: `on [public] holidays`, `pada [hari] libur [nasional]`, and `and collective leave` / `dan cuti bersama` after it.
      this.p++;
      if (this.is(KW.Public) || this.is(KW.DayUnit)) this.p++;
      this.take(KW.Holidays);
      if (this.is(KW.National)) this.p++;
      // After `and`/`dan` the grammar wants `collective leave`/`cuti bersama`: anything else is declined, so its error is the grammar's.
      if (this.is(KW.And)) {
        this.p++;
        this.collectiveLeaveWords();
      }
      const words: string[] = [];
      for (let i = first + 1; i < this.p; i++) words.push(this.image(i));
      return { kind: "Closed", range: this.rangeFrom(first), publicHolidays: true, ...holidayWordsOf(words) };
    }
    const dates = this.dateOrRange();
    const reason = this.is(T.StringLiteral) ? this.string() : undefined;
    const range = this.rangeFrom(first);
    const dr = dates.kind === "DateRange" ? dates : { kind: "DateRange" as const, range: dates.range, from: dates, to: dates };
    return { kind: "Closed", publicHolidays: false, dates: dr, range, ...(reason ? { reason } : {}) };
  }

  private collectiveLeave(): PropertyValue {
    const first = this.take(KW.On);
    this.collectiveLeaveWords();
    return { kind: "OpenOnCollectiveLeave", range: this.rangeFrom(first) };
  }

  /** `collective leave` / `cuti bersama` (declines anything else). */
  private collectiveLeaveWords(): void {
    if (this.is(KW.Collective)) {
      this.p++;
      this.take(KW.Leave);
    } else {
      this.take(KW.Cuti);
      this.take(KW.Bersama);
    }
  }

  private capacityValue(): PropertyValue {
    const first = this.p;
    const amount = this.number();
    let unit: "people" | "books" | undefined;
    if (this.is(KW.Books)) unit = "books";
    else if (this.is(KW.People)) unit = "people";
    if (unit !== undefined) this.p++;
    return { kind: "Capacity", range: this.rangeFrom(first), amount, ...(unit ? { unit } : {}) };
  }

  private hoursCap(): PropertyValue {
    const first = this.p;
    const hours = this.number();
    this.take(KW.Hours);
    this.take(KW.Per);
    const per = this.period();
    return { kind: "HoursCap", range: this.rangeFrom(first), hours, per, ...weekWordOf(this.image(this.p - 1)) };
  }

  private budgetCap(): PropertyValue {
    const first = this.p;
    const amount = this.money();
    this.take(KW.Per);
    const per = this.period();
    return { kind: "BudgetCap", range: this.rangeFrom(first), amount, per, ...weekWordOf(this.image(this.p - 1)) };
  }

  private audienceValue(): PropertyValue {
    const first = this.p;
    const group = this.ref();
    const level = this.is(T.StringLiteral) ? this.string() : undefined;
    return { kind: "Audience", range: this.rangeFrom(first), group, ...(level ? { level } : {}) };
  }

  private routeValue(): PropertyValue {
    const first = this.p;
    let rotating = false;
    if (this.is(KW.Rotating)) {
      // `rotating` is also a name: only a plain name after it settles that it is the keyword.
      if (!this.is(T.Identifier, 1)) throw DECLINE;
      this.p++;
      rotating = true;
    }
    const sites = this.refList();
    return { kind: "Route", range: this.rangeFrom(first), rotating, sites };
  }

  private needsValue(): PropertyValue {
    const first = this.p;
    const needs = this.commaList(this.need(), this.need);
    return new NeedsValueNode(this.t.places, first, this.p - 1, needs);
  }

  private need(): NeedNode {
    const first = this.p;
    const quantity = this.is(T.NumberLiteral) ? this.number() : undefined;
    const kindTok = this.takeIn(ANY_RESOURCE_KIND);
    let resource: Reference | undefined;
    if (this.p < this.t.count && namesNeedResource(this.typeAt(this.p), this.t.places.lines[this.p] ?? 0, this.t.places.lines[kindTok] ?? 0, this.t.types[this.p + 1], this.p + 1 < this.t.count ? this.t.places.lines[this.p + 1] : undefined)) {
      const t = this.p++;
      resource = new ReferenceNode(this.t.places, t, t, this.image(t));
    }
    const resourceKind = RESOURCE_KIND.get(this.typeAt(kindTok));
    if (resourceKind === undefined) throw DECLINE;
    if (!this.is(KW.With) && !this.is(KW.Prefer)) {
      // The common need: no clause, no features.
      return new PlainNeedNode(this.t.places, first, this.p - 1, quantity, resourceKind, resource, NO_ITEMS);
    }
    const need: { role?: Reference; skill?: Reference; minCapacity?: NumberLiteral; preferred?: Reference; features: Reference[] } = { features: [] };
    if (this.is(KW.With)) {
      this.p++;
      for (;;) {
        this.needClause(need);
        if (!this.is(KW.And)) break;
        this.p++;
      }
    }
    if (this.is(KW.Prefer)) {
      this.p++;
      need.preferred = this.ref();
    }
    // `features` keeps its place (first of the clauses' fields) when given again: the shared empty list when there is none.
    const features = need.features.length === 0 ? NO_ITEMS : need.features;
    return { kind: "Need", range: this.rangeFrom(first), ...(quantity ? { quantity } : {}), resourceKind, ...(resource ? { resource } : {}), ...need, features };
  }

  private needClause(need: { role?: Reference; skill?: Reference; minCapacity?: NumberLiteral; features: Reference[] }): void {
    if (this.is(KW.Role)) {
      this.p++;
      need.role = this.ref();
    } else if (this.is(KW.Skills)) {
      this.p++;
      need.skill = this.ref();
    } else if (this.is(KW.Capacity)) {
      this.p++;
      if (this.is(T.GtEq)) this.p++;
      need.minCapacity = this.number();
    } else {
      const t = this.take(T.Identifier);
      need.features.push(new ReferenceNode(this.t.places, t, t, this.image(t)));
    }
  }

  private costValue(): PropertyValue {
    const first = this.p;
    const amount = this.money();
    this.take(KW.Per);
    let per: "session" | "participant" | "program";
    if (this.is(KW.Session)) per = "session";
    else if (this.is(KW.Participants)) per = "participant";
    else if (this.is(KW.Program)) per = "program";
    else throw DECLINE;
    this.p++;
    let budget: Reference | undefined;
    if (this.is(KW.From)) {
      this.p++;
      budget = this.ref();
    }
    return { kind: "Cost", range: this.rangeFrom(first), amount, per, ...(budget ? { budget } : {}) };
  }

  private exprValue(): PropertyValue {
    const first = this.p;
    const expr = this.expr();
    return { kind: "Expr", range: this.rangeFrom(first), expr };
  }

  private effectValue(): PropertyValue {
    const first = this.p;
    let effect: "forbid" | "require" | "warn";
    if (this.is(KW.Forbid)) effect = "forbid";
    else if (this.is(KW.Require)) effect = "require";
    else if (this.is(KW.Warn)) effect = "warn";
    else throw DECLINE;
    this.p++;
    const message = this.string();
    return { kind: "Effect", range: this.rangeFrom(first), effect, message };
  }

  private precedenceValue(relation: "before" | "after"): PropertyValue {
    const first = this.p;
    const program = this.ref();
    let gap: NumberLiteral | undefined;
    if (this.is(KW.By)) {
      this.p++;
      gap = this.number();
      this.take(KW.DayUnit);
    }
    return { kind: "Precedence", range: this.rangeFrom(first), relation, program, ...(gap ? { gap } : {}) };
  }

  private betweenValue(): PropertyValue {
    const first = this.p;
    const library = this.ref();
    this.take(KW.And);
    const partner = this.ref();
    return { kind: "Between", range: this.rangeFrom(first), library, partner };
  }

  private appliesValue(): PropertyValue {
    this.p++;
    return this.listValue();
  }

  // ------------------------------------------------------------ schedules

  private schedule(): ScheduleNode {
    if (this.is(KW.Every)) return this.everySchedule();
    if (this.is(KW.Once)) return this.onceSchedule();
    if (this.is(T.NumberLiteral)) return this.flexibleSchedule();
    if (this.is(T.DateLiteral)) return this.rangeSchedule();
    throw DECLINE;
  }

  private everySchedule(): ScheduleNode {
    const first = this.take(KW.Every);
    const interval = this.is(T.NumberLiteral) ? this.number() : undefined;
    let on: RecurrenceDays | undefined;
    let unit: "day" | "week" | "month" | "year";
    let daysFirst = false;
    const a = this.type();
    if (a === KW.Weekdays || a === KW.Weekends || a === KW.Akhir || (a === KW.DayUnit && this.is(KW.Kerja, 1)) || a === T.WeekdayName) {
      on = { kind: "Days", days: this.daySet() };
      unit = "week";
      daysFirst = true;
    } else if (a === KW.DayUnit) unit = "day";
    else if (a !== undefined && ANY_WEEK_UNIT.has(a)) unit = "week";
    else if (a === KW.MonthUnit) unit = "month";
    else if (a === KW.YearUnit) unit = "year";
    else throw DECLINE;
    let word: WeekSpelling | undefined;
    if (on === undefined) {
      if (this.image(this.p) === "pekan") word = weekWordOf("pekan");
      this.p++;
      if (this.is(KW.On)) {
        this.p++;
        on = this.recurrenceDays();
      }
    }
    const tail = this.scheduleTail();
    const range = this.rangeFrom(first);
    const every = interval?.value ?? 1;
    const { at, duration, from, until } = tail;
    // The usual weekly rule, every field written but a count: one literal, no spread.
    if (on !== undefined && at !== undefined && duration !== undefined && from !== undefined && until !== undefined && tail.count === undefined && word === undefined && !daysFirst) {
      return { kind: "EverySchedule", range, interval: every, unit, on, at, duration, from, until, except: tail.except, also: tail.also, includeClosures: tail.includeClosures };
    }
    return { kind: "EverySchedule", range, interval: every, unit, ...(on ? { on } : {}), ...finishTail(tail), ...word, ...(daysFirst ? { daysFirst: true } : {}) };
  }

  private recurrenceDays(): RecurrenceDays {
    const first = this.p;
    if (this.is(KW.The) || this.is(T.Ordinal)) {
      if (this.is(KW.The)) this.p++;
      const ord = this.take(T.Ordinal);
      const more = this.moreOrdinals();
      const weekday = this.weekday();
      if (this.is(KW.Of)) {
        this.p++;
        if (this.is(KW.The)) this.p++;
        this.take(KW.MonthUnit);
      }
      return this.nth(first, ord, weekday, more);
    }
    if (this.isIn(ANY_WEEKDAY) && this.is(T.Ordinal, 1)) {
      const weekday = this.weekday();
      const ord = this.take(T.Ordinal);
      return this.nth(first, ord, weekday, this.moreOrdinals());
    }
    if ((this.is(KW.DayUnit) || this.is(KW.DateKw)) && this.is(T.NumberLiteral, 1)) {
      this.p++;
      return { kind: "MonthDay", day: this.number() };
    }
    if (this.is(T.NumberLiteral)) {
      const day = this.number();
      const month = this.take(T.MonthName);
      const meaning = meaningAt(this.t, month);
      if (typeof meaning?.value !== "number") throw DECLINE;
      return { kind: "YearDate", day, month: meaning.value, monthLang: this.langOf(month), range: this.rangeFrom(first) };
    }
    return { kind: "Days", days: this.daySet() };
  }

  /** The further ordinals of one weekday (`dan keempat`, `, fourth`): their tokens. */
  private moreOrdinals(): number[] {
    const more: number[] = [];
    while ((this.is(KW.And) || this.is(T.Comma)) && this.is(T.Ordinal, 1)) {
      more.push(this.p + 1);
      this.p += 2;
    }
    return more;
  }

  private nth(first: number, ord: number, weekday: WeekdayNode, more: readonly number[]): RecurrenceDays {
    const value = this.ordinal(ord);
    const range = this.rangeFrom(first);
    if (more.length === 0) return { kind: "NthWeekday", ordinal: value, weekday, range };
    return { kind: "NthWeekday", ordinal: value, moreOrdinals: more.map((t) => this.ordinal(t)), weekday, range };
  }

  /** The value of the ordinal at token `t`. */
  private ordinal(t: number): Ordinal {
    const value = meaningAt(this.t, t)?.value;
    if (typeof value !== "number") throw DECLINE;
    return value as Ordinal;
  }

  private scheduleTail(): GatheredTail {
    const tail: { -readonly [K in keyof GatheredTail]: GatheredTail[K] } = { except: NO_ITEMS, also: NO_ITEMS, includeClosures: false };
    for (;;) {
      const a = this.type();
      if (a === KW.At) {
        // The grammar takes any `at` here as the schedule's (and fails on `at least`), and a second one is its error: left to it.
        if (!this.is(T.TimeLiteral, 1) || tail.at !== undefined) throw DECLINE;
        this.p++;
        tail.at = this.time();
      } else if (a === KW.For) {
        this.p++;
        if (this.is(T.NumberLiteral) && this.is(KW.Times, 1)) {
          if (tail.count !== undefined) throw DECLINE;
          tail.count = this.number();
          this.p++;
        } else {
          if (tail.duration !== undefined) throw DECLINE;
          tail.duration = this.duration();
        }
      } else if (a === KW.From) {
        if (tail.from !== undefined) throw DECLINE;
        this.p++;
        tail.from = this.date();
      } else if (a === KW.Until) {
        if (tail.until !== undefined) throw DECLINE;
        this.p++;
        tail.until = this.date();
      } else if (a === KW.Except) {
        this.p++;
        const mark = this.mark();
        for (;;) {
          this.hold(this.is(T.DateTimeLiteral) ? this.dateTime() : this.dateOrRange());
          if (!this.is(T.Comma)) break;
          this.p++;
        }
        const read = this.collect<DateLiteral | DateRangeNode>(mark);
        tail.except = tail.except.length === 0 ? read : tail.except.concat(read);
      } else if (a === KW.Also) {
        this.p++;
        const mark = this.mark();
        for (;;) {
          this.hold(this.dateTime());
          if (!this.is(T.Comma)) break;
          this.p++;
        }
        const read = this.collect<DateLiteral>(mark);
        tail.also = tail.also.length === 0 ? read : tail.also.concat(read);
      } else if (a === KW.Including) {
        this.p++;
        this.take(KW.Holidays);
        tail.includeClosures = true;
      } else return tail;
    }
  }

  private onceSchedule(): ScheduleNode {
    const first = this.take(KW.Once);
    if (this.is(KW.On)) this.p++;
    const date = this.date();
    const tail = this.scheduleTail();
    return { kind: "OnceSchedule", range: this.rangeFrom(first), date, ...finishTail(tail) };
  }

  private rangeSchedule(): ScheduleNode {
    const first = this.p;
    const dates = this.dateRange();
    let daily: TimeRangeNode | undefined;
    let includeClosures = false;
    if (this.is(KW.Daily)) {
      this.p++;
      daily = this.timeRange();
    }
    if (this.is(KW.Including)) {
      this.p++;
      this.take(KW.Holidays);
      includeClosures = true;
    }
    return { kind: "RangeSchedule", range: this.rangeFrom(first), dates, ...(daily ? { daily } : {}), includeClosures };
  }

  private flexibleSchedule(): ScheduleNode {
    const first = this.p;
    const count = this.number();
    this.take(KW.Times);
    this.take(KW.Per);
    const per = this.period();
    const word = weekWordOf(this.image(this.p - 1));
    let windows: WeeklyWindowNode[] = [];
    let between: TimeRangeNode | undefined;
    if (this.is(KW.On)) {
      this.p++;
      windows = this.windows();
    }
    if (this.is(KW.Between)) {
      this.p++;
      between = this.timeRange();
      if (windows.length === 0 && this.is(KW.On)) {
        this.p++;
        windows = this.windows();
      }
    }
    const tail: { duration?: DurationNode; from?: DateLiteral; until?: DateLiteral; includeClosures: boolean } = { includeClosures: false };
    for (;;) {
      // A part written a second time is the grammar's error (and its fix's): left to it.
      if (this.is(KW.For)) {
        if (tail.duration !== undefined) throw DECLINE;
        this.p++;
        tail.duration = this.duration();
      } else if (this.is(KW.From)) {
        if (tail.from !== undefined) throw DECLINE;
        this.p++;
        tail.from = this.date();
      } else if (this.is(KW.Until)) {
        if (tail.until !== undefined) throw DECLINE;
        this.p++;
        tail.until = this.date();
      } else if (this.is(KW.Including)) {
        this.p++;
        this.take(KW.Holidays);
        tail.includeClosures = true;
      } else break;
    }
    return { kind: "FlexibleSchedule", range: this.rangeFrom(first), count, per, windows: applyBetween(windows, between, () => this.range(first)), ...tail, ...word };
  }

  // ------------------------------------------------------------ conditions

  private expr(): ExprNode {
    const operands = [this.andExpr()];
    while (this.is(T.OrOr)) {
      this.p++;
      operands.push(this.andExpr());
    }
    return chain("||", operands) ?? decline();
  }

  private andExpr(): ExprNode {
    const operands = [this.unary()];
    while (this.is(T.AndAnd)) {
      this.p++;
      operands.push(this.unary());
    }
    return chain("&&", operands) ?? decline();
  }

  private unary(): ExprNode {
    // `!` tokens are consecutive: the innermost is the last of them, its range from it to the operand's end.
    const firstBang = this.p;
    while (this.is(T.Bang)) this.p++;
    const afterBangs = this.p;
    let node = this.comparison();
    for (let b = afterBangs - 1; b >= firstBang; b--) node = { kind: "Not", operand: node, range: this.rangeFrom(b) };
    return node;
  }

  private comparison(): ExprNode {
    const first = this.p;
    const left = this.primary();
    const a = this.type();
    if (a !== undefined && COMPARE_OPS.has(a)) {
      const op = this.p++;
      const right = this.primary();
      return { kind: "Compare", op: this.image(op) as CompareOp, left, right, range: this.rangeFrom(first) };
    }
    if (a === T.MatchOp) {
      this.p++;
      const re = this.take(T.RegexLiteral);
      const image = this.image(re);
      const cut = image.lastIndexOf("/");
      return { kind: "Match", subject: left, pattern: image.slice(1, cut), flags: image.slice(cut + 1), range: this.rangeFrom(first) };
    }
    if (a === KW.Not || a === KW.In) {
      const negated = a === KW.Not;
      if (negated) this.p++;
      this.take(KW.In);
      const right = this.primary();
      return { kind: "In", subject: left, collection: right, negated, range: this.rangeFrom(first) };
    }
    return left;
  }

  private primary(): ExprNode {
    const first = this.p;
    const a = this.t.types[first];
    if (a === undefined) throw DECLINE;
    if (a === T.LParen) {
      this.p++;
      const inner = this.expr();
      this.take(T.RParen);
      return { kind: "Paren", inner, range: this.rangeFrom(first) };
    }
    if (a === T.LBracket) {
      this.p++;
      const items: ExprNode[] = [];
      if (!this.is(T.RBracket)) {
        items.push(this.expr());
        while (this.is(T.Comma)) {
          this.p++;
          items.push(this.expr());
        }
      }
      this.take(T.RBracket);
      return { kind: "ListExpr", items, range: this.rangeFrom(first) };
    }
    if (a === T.StringLiteral) return this.literal(unescapeString(this.image(first)));
    if (a === T.NumberLiteral) return this.literal(parseWholeNumber(this.image(first)));
    if (a === KW.True) return this.literal(true);
    if (a === KW.False) return this.literal(false);
    if (a === T.TimeLiteral) {
      this.p++;
      return { kind: "TimeValue", text: this.image(first), range: this.range(first) };
    }
    return this.factOrCall();
  }

  private literal(value: string | number | boolean): ExprNode {
    const t = this.p++;
    return { kind: "Literal", value, range: this.range(t) };
  }

  private factOrCall(): ExprNode {
    const first = this.p;
    const head = this.takeIn(NAME);
    let written = this.image(head);
    while (this.is(T.Dot)) {
      this.p++;
      written += `.${this.image(this.takeIn(NAME))}`;
    }
    const single = this.p - 1 === head;
    if (this.is(T.LParen)) {
      this.p++;
      const args: ExprNode[] = [];
      if (!this.is(T.RParen)) {
        args.push(this.expr());
        while (this.is(T.Comma)) {
          this.p++;
          args.push(this.expr());
        }
      }
      this.take(T.RParen);
      const fn = findFunction(written);
      const lang: KeywordLanguage = fn !== undefined && fn.name !== written ? "id" : "en";
      return { kind: "Call", callee: fn?.name ?? written, args, range: this.rangeFrom(first), lang };
    }
    const fact = canonicalFact(single ? { image: written, tokenType: this.typeAt(head) } : undefined, written);
    return { kind: "Fact", path: fact.path, lang: fact.lang, range: this.rangeFrom(first) };
  }
}

function decline(): never {
  throw DECLINE;
}
