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
 * wrote them, except `range`, which it builds when read from its tokens' places
 * (spanned-node.ts; `toJSON` writes it in the literals' place, so a node prints as before),
 * and an optional field only when it is given. Nodes are read-only like every node of the
 * tree (ast.ts's NodeBase).
 */
import { SpannedNode, type RangeSource } from "./spanned-node.js";
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
export class ReferenceNode extends SpannedNode implements Reference {
  declare readonly kind: "Reference";
  declare readonly name: string;
  constructor(source: RangeSource, first: number, last: number, name: string) {
    super(source, first, last);
    this.kind = "Reference";
    this.name = name;
  }
}

/** A declared name. */
export class NameNode extends SpannedNode implements Name {
  declare readonly kind: "Name";
  declare readonly text: string;
  constructor(source: RangeSource, first: number, last: number, text: string) {
    super(source, first, last);
    this.kind = "Name";
    this.text = text;
  }
}

/** A string literal, unescaped. */
export class StringNode extends SpannedNode implements StringLiteral {
  declare readonly kind: "String";
  declare readonly value: string;
  constructor(source: RangeSource, first: number, last: number, value: string) {
    super(source, first, last);
    this.kind = "String";
    this.value = value;
  }
}

/** A whole number. */
export class NumberNode extends SpannedNode implements NumberLiteral {
  declare readonly kind: "Number";
  declare readonly value: number;
  constructor(source: RangeSource, first: number, last: number, value: number) {
    super(source, first, last);
    this.kind = "Number";
    this.value = value;
  }
}

/** An amount of money in whole rupiah. */
export class MoneyValueNode extends SpannedNode implements MoneyNode {
  declare readonly kind: "Money";
  declare readonly rupiah: number;
  constructor(source: RangeSource, first: number, last: number, rupiah: number) {
    super(source, first, last);
    this.kind = "Money";
    this.rupiah = rupiah;
  }
}

/** A date as written. */
export class DateNode extends SpannedNode implements DateLiteral {
  declare readonly kind: "Date";
  declare readonly text: string;
  constructor(source: RangeSource, first: number, last: number, text: string) {
    super(source, first, last);
    this.kind = "Date";
    this.text = text;
  }
}

/** A time of day as written. */
export class TimeNode extends SpannedNode implements TimeLiteral {
  declare readonly kind: "Time";
  declare readonly text: string;
  constructor(source: RangeSource, first: number, last: number, text: string) {
    super(source, first, last);
    this.kind = "Time";
    this.text = text;
  }
}

/** `09:00-12:00`. */
export class TimeRangeValueNode extends SpannedNode implements TimeRangeNode {
  declare readonly kind: "TimeRange";
  declare readonly start: TimeLiteral;
  declare readonly end: TimeLiteral;
  constructor(source: RangeSource, first: number, last: number, start: TimeLiteral, end: TimeLiteral) {
    super(source, first, last);
    this.kind = "TimeRange";
    this.start = start;
    this.end = end;
  }
}

/** A length of time, in minutes, with its text as written. */
export class DurationValueNode extends SpannedNode implements DurationNode {
  declare readonly kind: "Duration";
  declare readonly minutes: number;
  declare readonly text: string;
  constructor(source: RangeSource, first: number, last: number, minutes: number, text: string) {
    super(source, first, last);
    this.kind = "Duration";
    this.minutes = minutes;
    this.text = text;
  }
}

/** A weekday, with the word written when it is not its language's canonical spelling. */
export class WeekdayValueNode extends SpannedNode implements WeekdayNode {
  declare readonly kind: "Weekday";
  declare readonly day: WeekdayNode["day"];
  declare readonly lang: KeywordLanguage;
  declare readonly spelling?: string;
  constructor(source: RangeSource, first: number, last: number, day: WeekdayNode["day"], lang: KeywordLanguage, spelling: string | undefined) {
    super(source, first, last);
    this.kind = "Weekday";
    this.day = day;
    this.lang = lang;
    if (spelling !== undefined) this.spelling = spelling;
  }
}

/** `mon..thu`. */
export class DayRangeValueNode extends SpannedNode implements DayRangeNode {
  declare readonly kind: "DayRange";
  declare readonly from: WeekdayNode;
  declare readonly to: WeekdayNode;
  constructor(source: RangeSource, first: number, last: number, from: WeekdayNode, to: WeekdayNode) {
    super(source, first, last);
    this.kind = "DayRange";
    this.from = from;
    this.to = to;
  }
}

/** `weekdays` / `hari kerja`, `weekends` / `akhir pekan`. */
export class DayGroupValueNode extends SpannedNode implements DayGroupNode {
  declare readonly kind: "DayGroup";
  declare readonly group: DayGroupNode["group"];
  declare readonly lang: KeywordLanguage;
  constructor(source: RangeSource, first: number, last: number, group: DayGroupNode["group"], lang: KeywordLanguage) {
    super(source, first, last);
    this.kind = "DayGroup";
    this.group = group;
    this.lang = lang;
  }
}

/** Days, ranges of days and groups of days. */
export class DaySetValueNode extends SpannedNode implements DaySetNode {
  declare readonly kind: "DaySet";
  declare readonly items: DaySetNode["items"];
  constructor(source: RangeSource, first: number, last: number, items: DaySetNode["items"]) {
    super(source, first, last);
    this.kind = "DaySet";
    this.items = items;
  }
}

/** Days within a time range; `allDay` when no hours were written. */
export class WeeklyWindowValueNode extends SpannedNode implements WeeklyWindowNode {
  declare readonly kind: "WeeklyWindow";
  declare readonly days: DaySetNode;
  declare readonly time: TimeRangeNode;
  declare readonly allDay?: boolean;
  constructor(source: RangeSource, first: number, last: number, days: DaySetNode, time: TimeRangeNode, allDay: boolean) {
    super(source, first, last);
    this.kind = "WeeklyWindow";
    this.days = days;
    this.time = time;
    if (allDay) this.allDay = true;
  }
}

/** `windows mon..fri 08:00-16:00, sat 09:00-12:00`: the windows of a property. */
export class WindowsValueNode extends SpannedNode {
  declare readonly kind: "Windows";
  declare readonly windows: readonly WeeklyWindowNode[];
  constructor(source: RangeSource, first: number, last: number, windows: readonly WeeklyWindowNode[]) {
    super(source, first, last);
    this.kind = "Windows";
    this.windows = windows;
  }
}

/** `needs room aula, 2 staff`: the needs of a program. */
export class NeedsValueNode extends SpannedNode {
  declare readonly kind: "Needs";
  declare readonly needs: readonly NeedNode[];
  constructor(source: RangeSource, first: number, last: number, needs: readonly NeedNode[]) {
    super(source, first, last);
    this.kind = "Needs";
    this.needs = needs;
  }
}

/** A need with no clause (`2 staff`, `room aula`): no features. */
export class PlainNeedNode extends SpannedNode implements NeedNode {
  declare readonly kind: "Need";
  declare readonly quantity?: NumberLiteral;
  declare readonly resourceKind: NeedNode["resourceKind"];
  declare readonly resource?: Reference;
  declare readonly features: readonly Reference[];
  constructor(source: RangeSource, first: number, last: number, quantity: NumberLiteral | undefined, resourceKind: NeedNode["resourceKind"], resource: Reference | undefined, features: readonly Reference[]) {
    super(source, first, last);
    this.kind = "Need";
    if (quantity !== undefined) this.quantity = quantity;
    this.resourceKind = resourceKind;
    if (resource !== undefined) this.resource = resource;
    this.features = features;
  }
}

/** A property line: its canonical key, the language of its keyword (and of its value's words, when they differ), its value. */
export class PropertyNode extends SpannedNode implements Property {
  declare readonly kind: "Property";
  declare readonly key: string;
  declare readonly lang: KeywordLanguage;
  declare readonly valueLang?: KeywordLanguage;
  declare readonly value: PropertyValue;
  declare readonly leadingComments: readonly string[];
  constructor(source: RangeSource, first: number, last: number, key: string, lang: KeywordLanguage, valueLang: KeywordLanguage | undefined, value: PropertyValue, leadingComments: readonly string[]) {
    super(source, first, last);
    this.kind = "Property";
    this.key = key;
    this.lang = lang;
    if (valueLang !== undefined) this.valueLang = valueLang;
    this.value = value;
    this.leadingComments = leadingComments;
  }
}

/** A declaration with its whole head (`room aula at dispusip { … }`), as the fast reader reads it: no doc, no comments. */
export class DeclarationNode extends SpannedNode implements Declaration {
  declare readonly kind: "Declaration";
  declare readonly declarationKind: DeclarationKind;
  declare readonly lang: KeywordLanguage;
  declare readonly name: Name;
  declare readonly at?: Reference;
  declare readonly atLang?: KeywordLanguage;
  declare readonly doc: readonly string[];
  declare readonly properties: readonly Property[];
  declare readonly leadingComments: readonly string[];
  constructor(source: RangeSource, first: number, last: number, declarationKind: DeclarationKind, lang: KeywordLanguage, name: Name, at: Reference | undefined, atLang: KeywordLanguage | undefined, doc: readonly string[], properties: readonly Property[], leadingComments: readonly string[]) {
    super(source, first, last);
    this.kind = "Declaration";
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
