/**
 * The tree's most made nodes, as classes: what the fast reader (parser/fast-property.ts,
 * parser/fast-file.ts) builds for a property line of every file.
 *
 * Why classes and not object literals: V8 keeps an "allocation site" for each object literal
 * and, when the objects of a site mostly outlive a young-generation collection (as a tree's
 * nodes do while its file is read), may allocate that site's objects in the old generation
 * from then on ("pretenuring"), and with them, in optimized code, the children made beside
 * them. Whether it does is decided in a process's first parses and differs from process to
 * process. Where it did, a tree's nodes were old and its ranges (class instances) young, so
 * every young collection kept the ranges of dropped trees alive: lex + parse of the
 * benchmark's workspace took 105–113 ms instead of 28–30 ms in half the processes
 * (docs/benchmarks.md, "The language after stop 43"). `new` of a class has no allocation
 * site, so these nodes are never pretenured: every process parses at the fast speed.
 *
 * Each class has the fields of its interface in ast.ts, own and in the order the literals
 * wrote them (so a node prints and compares as before), and an optional field only when it
 * is given. Nodes are read-only like every node of the tree (ast.ts's NodeBase).
 */
import type { Range } from "../../diagnostics/diagnostic.js";
import type {
  DateLiteral,
  DayGroupNode,
  DayRangeNode,
  DaySetNode,
  Declaration,
  DeclarationKind,
  DurationNode,
  KeywordLanguage,
  MoneyNode,
  Name,
  NeedNode,
  NumberLiteral,
  Property,
  PropertyValue,
  Reference,
  StringLiteral,
  TimeLiteral,
  TimeRangeNode,
  WeekdayNode,
  WeeklyWindowNode,
} from "../ast.js";

/** A written reference (`dispusip_solok`). */
export class ReferenceNode implements Reference {
  declare readonly kind: "Reference";
  declare readonly range: Range;
  declare readonly name: string;
  constructor(range: Range, name: string) {
    this.kind = "Reference";
    this.range = range;
    this.name = name;
  }
}

/** A declared name. */
export class NameNode implements Name {
  declare readonly kind: "Name";
  declare readonly range: Range;
  declare readonly text: string;
  constructor(range: Range, text: string) {
    this.kind = "Name";
    this.range = range;
    this.text = text;
  }
}

/** A string literal, unescaped. */
export class StringNode implements StringLiteral {
  declare readonly kind: "String";
  declare readonly range: Range;
  declare readonly value: string;
  constructor(range: Range, value: string) {
    this.kind = "String";
    this.range = range;
    this.value = value;
  }
}

/** A whole number. */
export class NumberNode implements NumberLiteral {
  declare readonly kind: "Number";
  declare readonly range: Range;
  declare readonly value: number;
  constructor(range: Range, value: number) {
    this.kind = "Number";
    this.range = range;
    this.value = value;
  }
}

/** An amount of money in whole rupiah. */
export class MoneyValueNode implements MoneyNode {
  declare readonly kind: "Money";
  declare readonly range: Range;
  declare readonly rupiah: number;
  constructor(range: Range, rupiah: number) {
    this.kind = "Money";
    this.range = range;
    this.rupiah = rupiah;
  }
}

/** A date as written. */
export class DateNode implements DateLiteral {
  declare readonly kind: "Date";
  declare readonly range: Range;
  declare readonly text: string;
  constructor(range: Range, text: string) {
    this.kind = "Date";
    this.range = range;
    this.text = text;
  }
}

/** A time of day as written. */
export class TimeNode implements TimeLiteral {
  declare readonly kind: "Time";
  declare readonly range: Range;
  declare readonly text: string;
  constructor(range: Range, text: string) {
    this.kind = "Time";
    this.range = range;
    this.text = text;
  }
}

/** `09:00-12:00`. */
export class TimeRangeValueNode implements TimeRangeNode {
  declare readonly kind: "TimeRange";
  declare readonly range: Range;
  declare readonly start: TimeLiteral;
  declare readonly end: TimeLiteral;
  constructor(range: Range, start: TimeLiteral, end: TimeLiteral) {
    this.kind = "TimeRange";
    this.range = range;
    this.start = start;
    this.end = end;
  }
}

/** A length of time, in minutes, with its text as written. */
export class DurationValueNode implements DurationNode {
  declare readonly kind: "Duration";
  declare readonly range: Range;
  declare readonly minutes: number;
  declare readonly text: string;
  constructor(range: Range, minutes: number, text: string) {
    this.kind = "Duration";
    this.range = range;
    this.minutes = minutes;
    this.text = text;
  }
}

/** A weekday, with the word written when it is not its language's canonical spelling. */
export class WeekdayValueNode implements WeekdayNode {
  declare readonly kind: "Weekday";
  declare readonly range: Range;
  declare readonly day: WeekdayNode["day"];
  declare readonly lang: KeywordLanguage;
  declare readonly spelling?: string;
  constructor(range: Range, day: WeekdayNode["day"], lang: KeywordLanguage, spelling: string | undefined) {
    this.kind = "Weekday";
    this.range = range;
    this.day = day;
    this.lang = lang;
    if (spelling !== undefined) this.spelling = spelling;
  }
}

/** `mon..thu`. */
export class DayRangeValueNode implements DayRangeNode {
  declare readonly kind: "DayRange";
  declare readonly range: Range;
  declare readonly from: WeekdayNode;
  declare readonly to: WeekdayNode;
  constructor(range: Range, from: WeekdayNode, to: WeekdayNode) {
    this.kind = "DayRange";
    this.range = range;
    this.from = from;
    this.to = to;
  }
}

/** `weekdays` / `hari kerja`, `weekends` / `akhir pekan`. */
export class DayGroupValueNode implements DayGroupNode {
  declare readonly kind: "DayGroup";
  declare readonly range: Range;
  declare readonly group: DayGroupNode["group"];
  declare readonly lang: KeywordLanguage;
  constructor(range: Range, group: DayGroupNode["group"], lang: KeywordLanguage) {
    this.kind = "DayGroup";
    this.range = range;
    this.group = group;
    this.lang = lang;
  }
}

/** Days, ranges of days and groups of days. */
export class DaySetValueNode implements DaySetNode {
  declare readonly kind: "DaySet";
  declare readonly range: Range;
  declare readonly items: DaySetNode["items"];
  constructor(range: Range, items: DaySetNode["items"]) {
    this.kind = "DaySet";
    this.range = range;
    this.items = items;
  }
}

/** Days within a time range; `allDay` when no hours were written. */
export class WeeklyWindowValueNode implements WeeklyWindowNode {
  declare readonly kind: "WeeklyWindow";
  declare readonly range: Range;
  declare readonly days: DaySetNode;
  declare readonly time: TimeRangeNode;
  declare readonly allDay?: boolean;
  constructor(range: Range, days: DaySetNode, time: TimeRangeNode, allDay: boolean) {
    this.kind = "WeeklyWindow";
    this.range = range;
    this.days = days;
    this.time = time;
    if (allDay) this.allDay = true;
  }
}

/** `windows mon..fri 08:00-16:00, sat 09:00-12:00`: the windows of a property. */
export class WindowsValueNode {
  declare readonly kind: "Windows";
  declare readonly range: Range;
  declare readonly windows: readonly WeeklyWindowNode[];
  constructor(range: Range, windows: readonly WeeklyWindowNode[]) {
    this.kind = "Windows";
    this.range = range;
    this.windows = windows;
  }
}

/** `needs room aula, 2 staff`: the needs of a program. */
export class NeedsValueNode {
  declare readonly kind: "Needs";
  declare readonly range: Range;
  declare readonly needs: readonly NeedNode[];
  constructor(range: Range, needs: readonly NeedNode[]) {
    this.kind = "Needs";
    this.range = range;
    this.needs = needs;
  }
}

/** A need with no clause (`2 staff`, `room aula`): no features. */
export class PlainNeedNode implements NeedNode {
  declare readonly kind: "Need";
  declare readonly range: Range;
  declare readonly quantity?: NumberLiteral;
  declare readonly resourceKind: NeedNode["resourceKind"];
  declare readonly resource?: Reference;
  declare readonly features: readonly Reference[];
  constructor(range: Range, quantity: NumberLiteral | undefined, resourceKind: NeedNode["resourceKind"], resource: Reference | undefined, features: readonly Reference[]) {
    this.kind = "Need";
    this.range = range;
    if (quantity !== undefined) this.quantity = quantity;
    this.resourceKind = resourceKind;
    if (resource !== undefined) this.resource = resource;
    this.features = features;
  }
}

/** A property line: its canonical key, the language of its keyword (and of its value's words, when they differ), its value. */
export class PropertyNode implements Property {
  declare readonly kind: "Property";
  declare readonly range: Range;
  declare readonly key: string;
  declare readonly lang: KeywordLanguage;
  declare readonly valueLang?: KeywordLanguage;
  declare readonly value: PropertyValue;
  declare readonly leadingComments: readonly string[];
  constructor(range: Range, key: string, lang: KeywordLanguage, valueLang: KeywordLanguage | undefined, value: PropertyValue, leadingComments: readonly string[]) {
    this.kind = "Property";
    this.range = range;
    this.key = key;
    this.lang = lang;
    if (valueLang !== undefined) this.valueLang = valueLang;
    this.value = value;
    this.leadingComments = leadingComments;
  }
}

/** A declaration with its whole head (`room aula at dispusip { … }`), as the fast reader reads it: no doc, no comments. */
export class DeclarationNode implements Declaration {
  declare readonly kind: "Declaration";
  declare readonly range: Range;
  declare readonly declarationKind: DeclarationKind;
  declare readonly lang: KeywordLanguage;
  declare readonly name: Name;
  declare readonly at?: Reference;
  declare readonly atLang?: KeywordLanguage;
  declare readonly doc: readonly string[];
  declare readonly properties: readonly Property[];
  declare readonly leadingComments: readonly string[];
  constructor(range: Range, declarationKind: DeclarationKind, lang: KeywordLanguage, name: Name, at: Reference | undefined, atLang: KeywordLanguage | undefined, doc: readonly string[], properties: readonly Property[], leadingComments: readonly string[]) {
    this.kind = "Declaration";
    this.range = range;
    this.declarationKind = declarationKind;
    this.lang = lang;
    this.name = name;
    if (at !== undefined) this.at = at;
    if (atLang !== undefined) this.atLang = atLang;
    this.doc = doc;
    this.properties = properties;
    this.leadingComments = leadingComments;
  }
}
