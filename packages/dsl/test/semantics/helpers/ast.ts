/**
 * Hand-built ASTs for semantic tests, so the binder, checker and compiler can be tested
 * without the parser. Every builder takes an optional range; `at(line, column, length)`
 * makes one on a single line.
 */
import type { Range } from "../../../src/diagnostics/diagnostic.js";
import type {
  DateLiteral,
  DaySetNode,
  Declaration,
  DeclarationKind,
  DurationNode,
  EverySchedule,
  ExprNode,
  FileNode,
  ImportNode,
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
} from "../../../src/syntax/ast.js";

let line = 1000;

/** A range on one line: 1-based line and column, `length` characters. */
export function at(lineNumber: number, column: number, length = 1): Range {
  const offset = lineNumber * 100 + column - 1;
  return { start: { line: lineNumber, column, offset }, end: { line: lineNumber, column: column + length, offset: offset + length } };
}

/** A fresh range on its own line, for nodes whose position a test does not check. */
export function anywhere(): Range {
  line++;
  return at(line, 1, 1);
}

export const ref = (name: string, range = anywhere()): Reference => ({ kind: "Reference", name, range });
export const str = (value: string, range = anywhere()): StringLiteral => ({ kind: "String", value, range });
export const num = (value: number, range = anywhere()): NumberLiteral => ({ kind: "Number", value, range });
export const date = (text: string, range = anywhere()): DateLiteral => ({ kind: "Date", text, range });
export const time = (text: string, range = anywhere()): TimeLiteral => ({ kind: "Time", text, range });
export const timeRange = (start: string, end: string, range = anywhere()): TimeRangeNode => ({ kind: "TimeRange", start: time(start), end: time(end), range });
export const duration = (minutes: number): DurationNode => ({ kind: "Duration", minutes, text: `${minutes}m`, range: anywhere() });
export const weekday = (day: WeekdayNode["day"]): WeekdayNode => ({ kind: "Weekday", day, lang: "en", range: anywhere() });
export const days = (...list: WeekdayNode["day"][]): DaySetNode => ({ kind: "DaySet", items: list.map(weekday), range: anywhere() });
export const weekdaysGroup = (): DaySetNode => ({ kind: "DaySet", items: [{ kind: "DayGroup", group: "weekdays", lang: "en", range: anywhere() }], range: anywhere() });
export const window = (set: DaySetNode, start: string, end: string): WeeklyWindowNode => ({ kind: "WeeklyWindow", days: set, time: timeRange(start, end), range: anywhere() });

export function prop(key: string, value: PropertyValue, range = anywhere()): Property {
  return { kind: "Property", key, lang: "en", value, leadingComments: [], range };
}

export function decl(declarationKind: DeclarationKind, name: string, properties: readonly Property[] = [], options: { at?: Reference; nameRange?: Range } = {}): Declaration {
  return {
    kind: "Declaration",
    declarationKind,
    lang: "en",
    name: { kind: "Name", text: name, range: options.nameRange ?? anywhere() },
    ...(options.at === undefined ? {} : { at: options.at }),
    doc: [],
    properties,
    leadingComments: [],
    range: anywhere(),
  };
}

export function importNode(path: string, range = anywhere()): ImportNode {
  return { kind: "Import", lang: "en", path: str(path, range), leadingComments: [], range };
}

export function file(path: string, items: FileNode["items"]): FileNode {
  return { kind: "File", path, items, trailingComments: [], range: anywhere() };
}

export function need(resourceKind: NeedNode["resourceKind"], options: Partial<Omit<NeedNode, "kind" | "range" | "resourceKind">> = {}): NeedNode {
  return { kind: "Need", resourceKind, features: [], ...options, range: anywhere() };
}

export function every(options: Partial<Omit<EverySchedule, "kind" | "range">> = {}): EverySchedule {
  return { kind: "EverySchedule", interval: 1, unit: "week", except: [], also: [], includeClosures: false, ...options, range: anywhere() };
}

export const fact = (path: string, range = anywhere()): ExprNode => ({ kind: "Fact", path, range });
export const lit = (value: string | number | boolean, range = anywhere()): ExprNode => ({ kind: "Literal", value, range });
export const cmp = (op: "==" | "!=" | "<" | "<=" | ">" | ">=", left: ExprNode, right: ExprNode): ExprNode => ({ kind: "Compare", op, left, right, range: anywhere() });
export const and = (left: ExprNode, right: ExprNode): ExprNode => ({ kind: "Binary", op: "&&", left, right, range: anywhere() });
export const expr = (e: ExprNode): PropertyValue => ({ kind: "Expr", expr: e, range: e.range });

/** A small valid workspace: one library, a room, a staff member, a budget and a weekly program. */
export function solok(): FileNode {
  return file("main.lontar", [
    decl("library", "dispusip_solok", [
      prop("name", str("Dinas Perpustakaan dan Kearsipan Kota Solok")),
      prop("tier", ref("city")),
      prop("region", { kind: "RegionPath", parts: [str("Sumatera Barat"), str("Kota Solok")], range: anywhere() }),
      prop("stage", ref("implementation")),
      prop("open", { kind: "Windows", windows: [window(days("mon", "tue", "wed", "thu"), "08:00", "16:00")], range: anywhere() }),
    ]),
    decl("room", "aula", [prop("capacity", { kind: "Capacity", amount: num(60), range: anywhere() })], { at: ref("dispusip_solok") }),
    decl("staff", "petugas", [prop("role", ref("kelurahan_officer"))], { at: ref("dispusip_solok") }),
    decl("budget", "apbd_2019", [prop("amount", { kind: "Money", rupiah: 150_000_000, range: anywhere() }), prop("period", num(2019))]),
    decl("program", "buku_bergilir", [
      prop("title", str("Layanan Buku Bergilir")),
      prop("category", ref("book_rotation")),
      prop("schedule", every({ on: { kind: "Days", days: days("tue", "fri") }, at: time("09:00"), duration: duration(120), from: date("2019-02-11"), until: date("2019-12-20") })),
      prop("needs", { kind: "Needs", needs: [need("staff", { quantity: num(1), role: ref("kelurahan_officer") }), need("room", { resource: ref("aula") })], range: anywhere() }),
      prop("costs", { kind: "Cost", amount: { kind: "Money", rupiah: 50_000, range: anywhere() }, per: "session", budget: ref("apbd_2019"), range: anywhere() }),
    ]),
  ]);
}
