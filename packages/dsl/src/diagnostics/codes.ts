import { SYNTAX_CODES } from "../syntax/syntax-codes.js";
import type { Severity } from "./diagnostic.js";

/** What a diagnostic code means: a short title, a longer description, and its severity. */
export interface DiagnosticCodeInfo {
  /** A short title, e.g. "duplicate name". */
  readonly title: string;
  /** What the code means, in a sentence or two. */
  readonly description: string;
  /** How serious it is. */
  readonly severity: Severity;
}

const error = (title: string, description: string): DiagnosticCodeInfo => ({ title, description, severity: "error" });
const warning = (title: string, description: string): DiagnosticCodeInfo => ({ title, description, severity: "warning" });

/**
 * Every diagnostic code Lontar reports, with its title, description and severity.
 * Ranges: LON1xxx syntax, LON2xxx names and imports, LON3xxx types and values,
 * LON4xxx schedules, LON5xxx agreements and compliance. Each code has a page
 * `docs/diagnostics/<CODE>.md`.
 *
 * @example DIAGNOSTIC_CODES.LON2001?.title // "duplicate name"
 */
export const DIAGNOSTIC_CODES: Readonly<Record<string, DiagnosticCodeInfo>> = {
  // ---------------------------------------------------------- LON1xxx: syntax (owned by syntax/syntax-codes.ts)
  ...Object.fromEntries(Object.values(SYNTAX_CODES).map((c) => [c.code, error(c.title, c.description)])),

  // ---------------------------------------------------------- LON2xxx: names and imports
  LON2001: error("duplicate name", "Two declarations in the workspace have the same name; names must be unique across all files."),
  LON2002: error("undefined name", "A reference names nothing declared in the workspace or its imports."),
  LON2003: error("wrong kind of declaration", "A reference names a declaration of another kind than the place needs (a room where a vehicle is needed)."),
  LON2004: error("which library runs this program?", "A program has no `library` property and the workspace declares several libraries (or none)."),
  LON2101: error("import leaves the workspace", "An import path points outside the workspace root folder."),
  LON2102: error("missing import", "An imported file does not exist."),
  LON2103: warning("cyclic import", "Files import each other in a cycle; each file is still loaded once."),
  LON2104: error("file leads outside the workspace", "A file's real path, after following symbolic links, is outside the workspace root folder; it is not read."),
  LON2105: error("not a regular file", "A file is a folder, a named pipe (FIFO), a device or a socket; only regular files are read."),
  LON2106: error("file too large", "A file is larger than the limit for one file (10 MB); it is not read."),
  LON2107: error("unreadable file", "The system refused to read a file (no permission, or an input/output error)."),

  // ---------------------------------------------------------- LON3xxx: types and values
  LON3001: error("impossible date", "A date does not exist on the calendar (2019-02-30) or is malformed."),
  LON3002: error("impossible time", "A time of day is not between 00:00 and 24:00 (25:00, 08:60)."),
  LON3003: error("ends before it starts", "A date range, time range or from/until pair ends before it starts."),
  LON3004: error("unknown value", "A word is not one of the values this property accepts (tier, category, partner kind, audience group, budget category, period)."),
  LON3005: error("unknown TPBIS stage", "A stage is not in the TPBIS stage model, by id or keyword."),
  LON3006: error("property not allowed here", "This kind of declaration does not accept this property."),
  LON3007: error("missing property", "A declaration lacks a property it needs (a library without tier or region, a program without category or schedule)."),
  LON3008: warning("property given twice", "A property that takes one value is written more than once; the last one wins."),
  LON3009: error("wrong kind of value", "A property's value has the wrong shape (a string where a number is needed)."),
  LON3010: error("unknown time zone", "A time zone is not an IANA zone this runtime knows, and none can be inferred from the province."),
  LON3011: error("value the model does not allow", "A value passes the language's checks but not the planning model's (a number too large or too small, an empty text, a list too long); the message says which field and why."),
  LON3101: error("unknown fact", "A condition names a fact that does not exist."),
  LON3102: error("type mismatch in comparison", "A condition compares values of different types (a weekday with a number)."),
  LON3103: error("`=~` needs a string", "A regular-expression match is applied to a fact that is not a string."),
  LON3104: error("wrong function call", "A condition calls an unknown function, or passes arguments of the wrong number or type."),
  LON3105: error("stage compared with a non-stage", "A TPBIS stage fact is compared with something that is not a stage name."),
  LON3106: error("fact not known here", "An agreement condition or a program gate uses a fact that exists only for occurrences."),
  LON3107: error("invalid regular expression", "The pattern after `=~` is not a valid regular expression."),
  LON3201: error("no resource can meet this need", "No declared resource has the capacity this need asks for."),
  LON3202: error("no one has this role or skill", "No declared staff member or volunteer has the role or skill this need asks for."),
  LON3999: error("internal fault", "The compiled model fails @lontar/core's validation in a way no input should cause: a bug in Lontar. Please report it with the files that caused it."),

  // ---------------------------------------------------------- LON4xxx: schedules
  LON4001: error("schedule never occurs", "The schedule has no occurrence in its window (every year on 30 feb, or until before from)."),
  LON4002: error("invalid RRULE", "A raw `rrule` string is not a valid RFC 5545 recurrence rule."),
  LON4003: error("flexible count cannot fit", "A flexible schedule asks for more sessions per period than its windows can hold."),
  LON4004: error("too many occurrences", "A schedule produces more occurrences than the safe bound."),
  LON4005: error("cyclic precedence", "Programs must each run before one another in a cycle, which no plan can satisfy."),
  LON4006: error("schedule has no start", "A recurring schedule has no `from` date and the workspace declares no horizon."),
  LON4007: error("both until and count", "A recurring schedule gives both `until` and `for N times`; RFC 5545 allows only one."),
  LON4008: error("schedule part given twice", "A raw `rrule` schedule says the same thing twice: COUNT or UNTIL in the rule and `for N times` or `until` after it, a time in `starting` and `at`, `starting` and `from`, or `at` with a rule that sets its times."),
  LON4009: error("schedule part has no effect", "A part written after a schedule does not apply to its form (`for N times`, `from`, `until`, `except` or `also` after `once`)."),
  LON4010: error("seconds in a schedule", "A date-time in a schedule has seconds other than :00; Lontar plans to the minute, so they would be lost."),
  LON4011: error("workspace too large", "The workspace's schedules give more occurrences in the horizon than the workspace-wide bound (default 2,000,000), so it is not planned; reported by `lontar check` and `lontar plan`."),

  // ---------------------------------------------------------- LON5xxx: agreements and compliance
  LON5001: error("wrong agreement parties", "An agreement is not between a library and a partner (or another library)."),
  LON5002: error("obligation refers to the wrong kind", "An obligation names a declaration of the wrong kind (a room where a program is needed)."),
  LON5003: error("validity ends before it starts", "An agreement's validity ends before it starts."),
  LON5004: warning("agreement outside the horizon", "An agreement's validity does not overlap the planning horizon, so the plan cannot meet it."),
  LON5101: error("agreement obligation not met by the plan", "The plan does not meet one of the agreement's obligations (too few sessions, a program not hosted)."),
  LON5102: warning("obligation at risk", "The plan meets an obligation only narrowly or depends on unallocated occurrences."),
  LON5103: error("session cannot take place", "The plan leaves sessions of a program unassigned: a need cannot be met then (no free room big enough, no free person with the role, the pool used up)."),
};

/** The code table entry of `code`, or undefined for an unknown code. */
export function diagnosticCodeInfo(code: string): DiagnosticCodeInfo | undefined {
  return DIAGNOSTIC_CODES[code];
}
