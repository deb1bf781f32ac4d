/**
 * The abstract syntax tree of a `.lontar` file. Every node has a source `range`.
 * English and Bahasa Indonesia spellings produce the same tree except for `lang`
 * fields (which keyword spelling was written, so the formatter can keep it); compare
 * trees with {@link stripSyntaxDetails} from `ast-equality.ts` to ignore ranges and spellings.
 *
 * This file is the contract between the parser (syntax/) and the binder, checker and
 * compiler (semantics/). Add node kinds or optional fields; do not rename.
 */
import type { Range } from "../diagnostics/diagnostic.js";

/** Which language a keyword was written in. */
export type KeywordLanguage = "en" | "id";

/**
 * Fields every node has.
 *
 * A tree is read-only, and the parser shares what is equal between nodes: a file's repeated
 * names and literal texts, and one frozen empty list for nodes with nothing in a list
 * (comments, features, exceptions). Never mutate a node, a range or a list of a tree; copy it.
 *
 * Read `range` as a value. Most nodes (those of the fast readers, ast-builder/node-classes.ts)
 * keep their tokens' places and build their range when it is read (spanned-node.ts): `range`
 * is then an accessor, not an own field, and each read gives an equal range, not the same
 * object. So copy a node with `nodeFields` (`{ ...nodeFields(node), name }`): a spread, a rest
 * destructuring or `Object.entries` alone misses the range. The other nodes' ranges are packed
 * (`PackedRange` of ast-builder/packed-range.ts: six numbers, each position built when read).
 * `JSON.stringify` writes every node with its plain range; a structured clone (`postMessage`)
 * does not (it drops accessors): send a tree to a worker as JSON. What the analysis hands out
 * (diagnostics, the session's symbols and references) is plain data, copied from the tree's
 * ranges (core's `plainRange`).
 */
export interface NodeBase {
  /** Where the node is in its file (read-only; on most nodes an accessor that builds it: see above). */
  readonly range: Range;
}

/** A name as written: `dispusip_solok`. */
export interface Name extends NodeBase {
  readonly kind: "Name";
  /** The name as written. */
  readonly text: string;
}

/** A string literal, unescaped. */
export interface StringLiteral extends NodeBase {
  readonly kind: "String";
  /** The text between the quotes, escapes resolved. */
  readonly value: string;
}

/** A whole number (`20`, `150.000.000` after `Rp` — dots are thousands separators there). */
export interface NumberLiteral extends NodeBase {
  readonly kind: "Number";
  /** The number's value. */
  readonly value: number;
}

/** A date `YYYY-MM-DD` as written; validity is the checker's job (LON3xxx). */
export interface DateLiteral extends NodeBase {
  readonly kind: "Date";
  /** The date as written (`2019-10-16`, or with a time `2019-10-16T09:00` where one may follow). */
  readonly text: string;
}

/** A time `HH:mm` as written; validity is the checker's job. */
export interface TimeLiteral extends NodeBase {
  readonly kind: "Time";
  /** The time as written (`08:00`). */
  readonly text: string;
}

/** A date range `2019-10-16..2019-10-18`, both ends inclusive. */
export interface DateRangeNode extends NodeBase {
  readonly kind: "DateRange";
  /** The first day. */
  readonly from: DateLiteral;
  /** The last day (inclusive). */
  readonly to: DateLiteral;
}

/** A time range `08:00-16:00`. */
export interface TimeRangeNode extends NodeBase {
  readonly kind: "TimeRange";
  /** The start (inclusive). */
  readonly start: TimeLiteral;
  /** The end (exclusive). */
  readonly end: TimeLiteral;
}

/** A duration: `2h`, `90m`, `1h30m`, `2 hours`, `2 jam`, `30 menit`, in minutes. */
export interface DurationNode extends NodeBase {
  readonly kind: "Duration";
  /** The length in minutes. */
  readonly minutes: number;
  /** The text as written, so the formatter can keep `2 jam` vs `2h`. */
  readonly text: string;
}

/** Money `Rp 150.000.000`, in whole rupiah. */
export interface MoneyNode extends NodeBase {
  readonly kind: "Money";
  /** The amount in whole rupiah. */
  readonly rupiah: number;
}

/** A weekday name (canonical `mon`..`sun`) with the spelling written (`selasa`, `tue`). */
export interface WeekdayNode extends NodeBase {
  readonly kind: "Weekday";
  /** The day, as its canonical code. */
  readonly day: "mon" | "tue" | "wed" | "thu" | "fri" | "sat" | "sun";
  /** The language the day was written in. */
  readonly lang: KeywordLanguage;
  /** The word as written, when it is not the canonical spelling in `lang` (`ahad`, `sen`, `saturday`). */
  readonly spelling?: string;
}

/**
 * Days of the week: a list and ranges (`mon..thu, sat`), or the sets `weekdays`/`hari kerja`
 * and `weekends`/`akhir pekan`.
 */
export interface DaySetNode extends NodeBase {
  readonly kind: "DaySet";
  /** Single days, ranges of days (`mon..thu`) and groups (`weekdays`), in the order written. */
  readonly items: readonly (WeekdayNode | { readonly kind: "DayRange"; readonly range: Range; readonly from: WeekdayNode; readonly to: WeekdayNode } | { readonly kind: "DayGroup"; readonly range: Range; readonly group: "weekdays" | "weekends"; readonly lang: KeywordLanguage })[];
}

/** Days within a time range: `mon..thu 08:00-16:00`. */
export interface WeeklyWindowNode extends NodeBase {
  readonly kind: "WeeklyWindow";
  /** The days of the week. */
  readonly days: DaySetNode;
  /** The hours on each of those days. */
  readonly time: TimeRangeNode;
  /** Written without hours (`available sat, sun`): `time` is then 00:00-24:00. */
  readonly allDay?: boolean;
}

/** A reference to a declared name; the binder resolves it. */
export interface Reference extends NodeBase {
  readonly kind: "Reference";
  /** The name referred to, as written. */
  readonly name: string;
}

/** A calendar period keyword: week, month, quarter, semester, year (per …). */
export type PeriodName = "day" | "week" | "month" | "quarter" | "semester" | "year";

/**
 * How a node's Indonesian week was written, when it was `pekan` (absent for `minggu` and
 * for English): the formatter keeps the word, as it keeps every other spelling.
 */
export interface WeekSpelling {
  /** Present only when the week was written `pekan`. */
  readonly weekWord?: "pekan";
}

// ---------------------------------------------------------------- schedules

/** Ordinal of a weekday in a month: 1..5, or -1 for "last". */
export type Ordinal = 1 | 2 | 3 | 4 | 5 | -1;

/** What `on …` says inside `every …`. */
export type RecurrenceDays =
  | { readonly kind: "Days"; readonly days: DaySetNode }
  | {
      readonly kind: "NthWeekday";
      /** The first ordinal written (`kamis kedua`: 2). */
      readonly ordinal: Ordinal;
      /** The further ordinals of the same weekday, in the order written (`kamis kedua dan keempat`: [4]); absent when there is one. */
      readonly moreOrdinals?: readonly Ordinal[];
      readonly weekday: WeekdayNode;
      readonly range: Range;
    }
  | { readonly kind: "MonthDay"; readonly day: NumberLiteral }
  | { readonly kind: "YearDate"; readonly day: NumberLiteral; readonly month: number; readonly monthLang: KeywordLanguage; readonly range: Range };

/** Common tail of schedules: `at`, `for`, `from`, `until`, `for N times`, `except`, `also`, closures. */
export interface ScheduleTail {
  /** `at 09:00` / `pukul 09:00`: the start time. */
  readonly at?: TimeLiteral;
  /** `for 2h` / `selama 2 jam`: the length of each session. */
  readonly duration?: DurationNode;
  /** `from 2026-01-06` / `mulai …`: the first day (else the horizon's first day). */
  readonly from?: DateLiteral;
  /** `until 2026-06-30` / `sampai …`: the last day, inclusive. */
  readonly until?: DateLiteral;
  /** `for 10 times` / `selama 10 kali`: the number of sessions (RRULE COUNT). */
  readonly count?: NumberLiteral;
  /** `except 2019-09-13, 2019-12-24..2019-12-31, 2019-10-01T09:00`: whole days, ranges of days, or one instance. */
  readonly except: readonly (DateLiteral | DateRangeNode)[];
  /** `also 2019-05-02T10:00` (RDATE) — for raw rrules and recurrences. */
  readonly also: readonly DateLiteral[];
  /** `including holidays` / `termasuk libur`: do not drop occurrences on closures. */
  readonly includeClosures: boolean;
}

/** `every [N] day|week|month|year [on …] …` — compiled to an RRULE. */
export interface EverySchedule extends NodeBase, ScheduleTail, WeekSpelling {
  readonly kind: "EverySchedule";
  /** Every how many units (`every 2 weeks`: 2); 1 when not written. */
  readonly interval: number;
  /** The unit of the recurrence (RRULE FREQ). */
  readonly unit: "day" | "week" | "month" | "year";
  /** `on …` / `pada …`: the days, the nth weekday, the day of the month or the date of the year. */
  readonly on?: RecurrenceDays;
  /** Written with the days right after `every` (`every sat`, `setiap hari kerja`), no unit. */
  readonly daysFirst?: true;
}

// `every weekday` / `setiap hari kerja` is an EverySchedule with unit week and a DayGroup.

/** `once 2019-04-20 at 08:00 for 6h`. */
export interface OnceScheduleNode extends NodeBase, ScheduleTail {
  readonly kind: "OnceSchedule";
  /** The day of the one session. */
  readonly date: DateLiteral;
}

/** A multi-day event: `2019-10-16..2019-10-18 daily 08:00-16:00`. */
export interface RangeScheduleNode extends NodeBase {
  readonly kind: "RangeSchedule";
  /** The days of the event, both inclusive. */
  readonly dates: DateRangeNode;
  /** `daily 08:00-16:00` / `harian 08:00-16:00`: the hours on each day; the whole days when absent. */
  readonly daily?: TimeRangeNode;
  /** `including holidays` / `termasuk libur`: days on closures are kept. */
  readonly includeClosures: boolean;
}

/** Raw RFC 5545: `rrule "FREQ=MONTHLY;BYDAY=FR;BYMONTHDAY=13" starting 2019-01-01T10:00 for 1h`. */
export interface RRuleScheduleNode extends NodeBase, ScheduleTail {
  readonly kind: "RRuleSchedule";
  /** The rule as written (`"FREQ=MONTHLY;BYDAY=FR"`). */
  readonly rule: StringLiteral;
  /** DTSTART, `YYYY-MM-DDTHH:mm` kept as a DateLiteral whose text includes the time. */
  readonly starting: DateLiteral;
}

/** Flexible: `4 times per semester on weekdays between 08:00-12:00 for 2h`. */
export interface FlexibleScheduleNode extends NodeBase, WeekSpelling {
  readonly kind: "FlexibleSchedule";
  /** How many sessions per period. */
  readonly count: NumberLiteral;
  /** The period the count is per. */
  readonly per: PeriodName;
  /** `on … between …` / `pada … antara …`: where in the week the sessions may be placed. */
  readonly windows: readonly WeeklyWindowNode[];
  /** The length of each session. */
  readonly duration?: DurationNode;
  /** The first day sessions may take (else the horizon's first day). */
  readonly from?: DateLiteral;
  /** The last day sessions may take, inclusive. */
  readonly until?: DateLiteral;
  /** `including holidays` / `termasuk libur`: slots on closures may be taken. */
  readonly includeClosures: boolean;
}

/** Any schedule form. */
export type ScheduleNode = EverySchedule | OnceScheduleNode | RangeScheduleNode | RRuleScheduleNode | FlexibleScheduleNode;

// ---------------------------------------------------------------- conditions

/** A condition in VS Code when-clause syntax. */
export type ExprNode =
  | (NodeBase & { readonly kind: "Literal"; readonly value: string | number | boolean })
  | (NodeBase & { readonly kind: "TimeValue"; readonly text: string })
  | (NodeBase & { readonly kind: "Fact"; readonly path: string; /** Language the fact was written in; `path` is always the canonical (English) name, or a weekday code. */ readonly lang?: KeywordLanguage })
  | (NodeBase & { readonly kind: "Not"; readonly operand: ExprNode })
  | (NodeBase & { readonly kind: "Binary"; readonly op: "&&" | "||"; readonly left: ExprNode; readonly right: ExprNode })
  | (NodeBase & { readonly kind: "Compare"; readonly op: "==" | "!=" | "<" | "<=" | ">" | ">="; readonly left: ExprNode; readonly right: ExprNode })
  | (NodeBase & { readonly kind: "Match"; readonly subject: ExprNode; readonly pattern: string; readonly flags: string })
  | (NodeBase & { readonly kind: "In"; readonly subject: ExprNode; readonly collection: ExprNode; readonly negated: boolean })
  /** A list `[a, b]` in a condition (`ListExpr`, told apart from a property's list of names). */
  | (NodeBase & { readonly kind: "ListExpr"; readonly items: readonly ExprNode[] })
  | (NodeBase & { readonly kind: "Call"; readonly callee: string; readonly args: readonly ExprNode[]; /** Language of the function name; `callee` is canonical. */ readonly lang?: KeywordLanguage })
  | (NodeBase & { readonly kind: "Paren"; readonly inner: ExprNode });

// ---------------------------------------------------------------- properties

/**
 * One line inside a declaration's braces: a property keyword (canonical English name in
 * `key`, e.g. `capacity` for `kapasitas`) and its value. The checker knows which keys
 * each declaration kind accepts (LON3xxx for a key in the wrong place).
 */
export interface Property extends NodeBase {
  readonly kind: "Property";
  /** Canonical English key, e.g. `schedule`, `needs`, `open`. */
  readonly key: string;
  /** Spelling written. */
  readonly lang: KeywordLanguage;
  /** Language of the keywords inside the value (`setiap`, `pukul`…), when it differs from `lang`; the formatter writes them in it. */
  readonly valueLang?: KeywordLanguage;
  /** The value, of the shape the property's keyword takes (the language table's). */
  readonly value: PropertyValue;
  /** Comments on the same line after the value, kept by the formatter. */
  readonly trailingComment?: string;
  /** Comments on their own lines just above this property. */
  readonly leadingComments: readonly string[];
}

/** A need: `2 staff with role kelurahan_officer`, `room aula`, `room with capacity >= 50`, `vehicle mobil_keliling`. */
export interface NeedNode extends NodeBase {
  readonly kind: "Need";
  /** How many (`2 staff`); one when absent. */
  readonly quantity?: NumberLiteral;
  /** The kind of resource needed. */
  readonly resourceKind: "room" | "vehicle" | "staff" | "volunteer" | "collection" | "equipment";
  /** The very resource needed (`room aula`), when one is named. */
  readonly resource?: Reference;
  /** `with role …` / `dengan peran …`: the role a person must have. */
  readonly role?: Reference;
  /** `with skill …` / `dengan keahlian …`: the skill a person must have. */
  readonly skill?: Reference;
  /** Features the resource must have (`room with projector`). */
  readonly features: readonly Reference[];
  /** `with capacity >= 50` / `dengan kapasitas >= 50`: the least a room must hold. */
  readonly minCapacity?: NumberLiteral;
  /** `prefer …` / `utamakan …`: the resource to take first when it is free. */
  readonly preferred?: Reference;
}

/** A cost: `Rp 50.000 per session from apbd_2019`. */
export interface CostNode extends NodeBase {
  readonly kind: "Cost";
  /** The amount. */
  readonly amount: MoneyNode;
  /** What the amount is charged for: each session, each participant, or the program once. */
  readonly per: "session" | "participant" | "program";
  /** `from <budget>` / `dari <anggaran>`: the budget that pays it. */
  readonly budget?: Reference;
}

/** Agreement obligations as written. */
export type ObligationNode =
  | (NodeBase & WeekSpelling & { readonly kind: "Provides"; readonly party: "library" | "partner"; readonly resource: Reference; readonly quantity?: NumberLiteral; readonly per: PeriodName; readonly to?: StringLiteral; readonly recipient?: Reference })
  | (NodeBase & { readonly kind: "Hosts"; readonly party: "library" | "partner"; readonly program: Reference })
  | (NodeBase & WeekSpelling & {
      readonly kind: "Sessions";
      readonly bound: "at_least" | "at_most";
      readonly count: NumberLiteral;
      readonly program: Reference;
      /** `at tanah_garam, ix_korong` / `di …` before the period: only the program's sessions held at these sites count. */
      readonly sites?: readonly Reference[];
      readonly per: PeriodName;
    })
  | (NodeBase & { readonly kind: "BudgetShare"; readonly party: "library" | "partner"; readonly amount: MoneyNode; readonly program?: Reference; readonly budget?: Reference });

/** A KPI indicator: `indicator visits weight 25 target 300 per month [threshold]`. */
export interface IndicatorNode extends NodeBase, WeekSpelling {
  readonly kind: "Indicator";
  /** The indicator's id. */
  readonly name: Name;
  /** The metric as written after `metric` / `metrik` (either language); the name's when absent. */
  readonly metric?: string;
  /** Where the metric's word is, when written (`peserta` of `metrik peserta`). */
  readonly metricRange?: Range;
  /** The indicator's weight in the KPI's score. */
  readonly weight: NumberLiteral;
  /** The target per period. */
  readonly target: NumberLiteral;
  /** The period of the target. */
  readonly per: PeriodName;
  /** `threshold` / `ambang`: all or nothing at the target; else proportional to it. */
  readonly scoring: "proportional" | "threshold";
}

/** The value of a property. */
export type PropertyValue =
  | StringLiteral
  | NumberLiteral
  | MoneyNode
  | DateLiteral
  | DateRangeNode
  | Reference
  | (NodeBase & { readonly kind: "List"; readonly items: readonly (Reference | StringLiteral | NumberLiteral)[] })
  | (NodeBase & { readonly kind: "RegionPath"; readonly parts: readonly StringLiteral[] })
  | (NodeBase & { readonly kind: "Windows"; readonly windows: readonly WeeklyWindowNode[] })
  /**
   * `closed on public holidays` or `closed 2019-06-03..2019-06-07 "reason"`; `dates` holds the
   * dates (a single date is a one-day range), `range` is only the source range.
   */
  | (NodeBase & {
      readonly kind: "Closed";
      readonly publicHolidays: boolean;
      readonly dates?: DateRangeNode;
      readonly reason?: StringLiteral;
      /** The words after `on` / `pada` as written, when not the canonical `public holidays` / `libur nasional` (`hari libur dan cuti bersama`). */
      readonly holidayWords?: string;
    })
  /** `open on collective leave` / `buka pada cuti bersama`: the library stays open on cuti bersama days. */
  | (NodeBase & { readonly kind: "OpenOnCollectiveLeave" })
  | (NodeBase & { readonly kind: "Capacity"; readonly amount: NumberLiteral; readonly unit?: "people" | "books" })
  | (NodeBase & { readonly kind: "Audience"; readonly group: Reference; readonly level?: StringLiteral })
  | (NodeBase & { readonly kind: "Route"; readonly rotating: boolean; readonly sites: readonly Reference[] })
  | (NodeBase & { readonly kind: "Needs"; readonly needs: readonly NeedNode[] })
  | CostNode
  | (NodeBase & { readonly kind: "Precedence"; readonly relation: "before" | "after"; readonly program: Reference; readonly gap?: NumberLiteral })
  | (NodeBase & { readonly kind: "Between"; readonly library: Reference; readonly partner: Reference })
  | (NodeBase & { readonly kind: "Effect"; readonly effect: "forbid" | "require" | "warn"; readonly message: StringLiteral })
  | (NodeBase & WeekSpelling & { readonly kind: "HoursCap"; readonly hours: NumberLiteral; readonly per: PeriodName })
  | (NodeBase & WeekSpelling & { readonly kind: "BudgetCap"; readonly amount: MoneyNode; readonly per: PeriodName })
  | (NodeBase & { readonly kind: "Expr"; readonly expr: ExprNode })
  | ScheduleNode
  | ObligationNode
  | IndicatorNode;

// ---------------------------------------------------------------- declarations

/** The kinds of declaration (canonical English keywords). */
export type DeclarationKind =
  | "library"
  | "partner"
  | "room"
  | "vehicle"
  | "staff"
  | "volunteer"
  | "collection"
  | "budget"
  | "equipment"
  | "program"
  | "agreement"
  | "rule"
  | "kpi";

/** `library dispusip_solok { … }`, `room aula at dispusip_solok { … }`. */
export interface Declaration extends NodeBase {
  readonly kind: "Declaration";
  /** The kind of thing declared (canonical English keyword). */
  readonly declarationKind: DeclarationKind;
  /** Spelling of the declaration keyword. */
  readonly lang: KeywordLanguage;
  /** The declared name (its id). */
  readonly name: Name;
  /** `at <library>` / `di <library>` for resources. */
  readonly at?: Reference;
  /** The language of the `at` / `di` keyword as written, when its spelling tells (the formatter keeps it). */
  readonly atLang?: KeywordLanguage;
  /** `///` doc comment lines, without the slashes, attached to this declaration. */
  readonly doc: readonly string[];
  /** The properties in the order written. */
  readonly properties: readonly Property[];
  /** Ordinary comments on their own lines above the declaration (after its doc). */
  readonly leadingComments: readonly string[];
  /** Comments after the last property, before `}`. */
  readonly innerTrailingComments?: readonly string[];
  /** A comment after the closing `}`, on its line (`} // selesai`). */
  readonly closingComment?: string;
  /**
   * The parts the parser could not read, when the declaration has a syntax error (a
   * broken property, a missing `}`, a misspelt keyword). Its name is still declared, but
   * the checker skips its properties: the syntax error is the one error reported.
   */
  readonly broken?: readonly BrokenNode[];
}

/** A keyword as written, kept where the rest of its construct could not be read. */
export interface KeywordNode extends NodeBase {
  readonly kind: "Keyword";
  /** The spelling written. */
  readonly text: string;
  /** Its language; undefined when both languages spell it so. */
  readonly lang?: KeywordLanguage;
}

/**
 * A piece of a declaration the parser could not read, after a syntax error. When it starts
 * with a property keyword, it is a partial property: its `keyword` and `key` are kept (the
 * editor's completion and hover stand on them) even though its value is broken.
 */
export interface BrokenNode extends NodeBase {
  readonly kind: "Broken";
  /** The property's key when its keyword was read (or is the one suggested for a misspelt keyword). */
  readonly key?: string;
  /** The property keyword as written, when the piece starts with one. */
  readonly keyword?: KeywordNode;
  /**
   * The keyword starts a property the declaration's kind does not take (`jumlah 2` in a
   * staff member): the checker reports that (LON3006) instead of a syntax error about its value.
   */
  readonly notInKind?: true;
}

/** `import "./partners.lontar"` / `impor "…"`. */
export interface ImportNode extends NodeBase {
  readonly kind: "Import";
  /** The language of the `import` / `impor` keyword as written. */
  readonly lang: KeywordLanguage;
  /** The imported file's path, relative to the importing file. */
  readonly path: StringLiteral;
  /** Comments on their own lines just above the import. */
  readonly leadingComments: readonly string[];
  /** A `//` comment after the import on its line (`impor "./mitra.lontar" // para mitra`). */
  readonly trailingComment?: string;
}

/** `horizon 2019-01-01..2019-12-31` / `cakrawala …`: the planning horizon the workspace declares. */
export interface HorizonNode extends NodeBase {
  readonly kind: "Horizon";
  /** The language of the `horizon` / `cakrawala` keyword as written. */
  readonly lang: KeywordLanguage;
  readonly range: Range;
  /** The first and last day of the horizon, both inclusive. */
  readonly dates: DateRangeNode;
  /** Comments on their own lines just above the horizon. */
  readonly leadingComments: readonly string[];
  /** A `//` comment after the horizon on its line (`cakrawala 2027-01-01..2027-12-31 // tahun anggaran`). */
  readonly trailingComment?: string;
}

/** One `.lontar` file. */
export interface FileNode extends NodeBase {
  readonly kind: "File";
  /** The path the file was read from. */
  readonly path: string;
  /** The imports, horizon and declarations, in the order written. */
  readonly items: readonly (ImportNode | HorizonNode | Declaration)[];
  /** Comments after the last item. */
  readonly trailingComments: readonly string[];
  /**
   * A `horizon` is written here whose dates could not be read (its syntax error is reported):
   * schedules then have no start of the workspace's to miss (no LON4006 besides).
   */
  readonly unreadHorizon?: true;
}

// ---------------------------------------------------------------- every node

/** The day-set items that are nodes of their own. */
export type DayRangeNode = Extract<DaySetNode["items"][number], { readonly kind: "DayRange" }>;
/** `weekdays` / `hari kerja`, `weekends` / `akhir pekan` in a day set. */
export type DayGroupNode = Extract<DaySetNode["items"][number], { readonly kind: "DayGroup" }>;

/** Every node of the tree, told apart by `kind` (each kind names one node shape). */
export type SyntaxNode =
  | FileNode | ImportNode | HorizonNode | Declaration | BrokenNode | KeywordNode | Property
  | Name | StringLiteral | NumberLiteral | DateLiteral | TimeLiteral | DateRangeNode | TimeRangeNode | DurationNode | MoneyNode
  | WeekdayNode | DaySetNode | DayRangeNode | DayGroupNode | WeeklyWindowNode | Reference
  | ScheduleNode | RecurrenceDays | ExprNode | PropertyValue | NeedNode;

/** The kind of a node: `"Declaration"`, `"Property"`, `"EverySchedule"`… */
export type NodeKind = SyntaxNode["kind"];

/** The node of one kind. */
export type NodeOfKind<K extends NodeKind> = Extract<SyntaxNode, { readonly kind: K }>;
