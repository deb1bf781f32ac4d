import { type Language, type Workspace, expectKnownOptions, expectLanguage } from "@lontar/core";
import type { Plan, PlannedOccurrence } from "../../plan/plan.js";
import { readInstant } from "../instant.js";
import { planRows, type OccurrenceFacts, type PlanRows } from "../occurrence-facts.js";
import { indexWorkspace, occurrenceSites } from "../plan-view.js";
import { wellFormed } from "../text.js";
import { defaultCsvSeparator, expectCsvSeparator, type CsvSeparator } from "./csv-separator.js";
import { sessionNotes } from "../html/session-problems.js";
import { expectWorkspace } from "../../plan/workspace-shape.js";
import { expectPlanOfWorkspace } from "../plan-of-workspace.js";

/**
 * The columns of occurrences.csv, in order: ids for scripts, names beside them for people.
 * The header row is these fixed ids in every language, and `status` holds plan.json's
 * values (`scheduled`, `unassigned`, `cancelled`), so a script reads any workspace's file
 * alike; the words for people (category, reasons) are in the output language. The planner
 * README describes each column.
 */
export const CSV_COLUMNS = [
  "id",
  "program",
  "program_title",
  "category",
  "library",
  "library_name",
  "site",
  "place",
  "date",
  "start",
  "end",
  "status",
  "resources",
  "resource_names",
  "partners",
  "participants",
  "cost",
  "reasons",
] as const;

/** Options of {@link exportCsv}. */
export interface CsvOptions {
  /** Language of the category labels and reasons (default English). */
  readonly language?: Language | undefined;
  /** Field separator; by default `;` in Bahasa Indonesia and `,` in English ({@link defaultCsvSeparator}). */
  readonly separator?: CsvSeparator | undefined;
}

/**
 * occurrences.csv: every occurrence of the plan (all statuses), one row each, in
 * chronological order, with local date and times as the plan carries them (the
 * library's offset), names beside ids (program title, library name, place), the
 * category's label, the resources' ids and names, the partners' names, the expected
 * participants, the cost of the session in whole rupiah (a plain number a spreadsheet
 * can sum: a once-per-program cost is on the program's first scheduled session, so the
 * scheduled rows add up to what the budgets plan; empty for a cancelled session, which
 * costs nothing) and the reasons in words, without
 * occurrence ids. RFC 4180 with the chosen
 * separator: CRLF records, fields quoted when they hold the separator, a quote or a line
 * break. Lists inside a field are joined by `, ` (`; ` for reasons). A text for people that
 * starts as a formula does (`=`, `+`, `-`, `@`, tab, CR) is written after an apostrophe, so
 * that a spreadsheet shows it instead of running it; ids, dates and numbers are as they are.
 *
 * Starts with a UTF-8 byte-order mark: Excel, the spreadsheet most library offices use,
 * reads a CSV without one in the legacy code page and garbles Indonesian names and
 * emoji; LibreOffice, Google Sheets and csv parsers with a `bom` option read it fine.
 *
 * @example exportCsv(plan, workspace).split("\r\n")[0] // "\uFEFFid,program,program_title,…"
 * @throws TypeError when `workspace` is plainly not a validated one (raw JSON: validate it with `validateWorkspace` first).
 */
export function exportCsv(plan: Plan, workspace: Workspace, options: CsvOptions = {}): string {
  expectKnownOptions(options, ["language", "separator"], "exportCsv");
  if (options.language !== undefined) expectLanguage(options.language, "exportCsv");
  if (options.separator !== undefined) expectCsvSeparator(options.separator, "exportCsv", "separator");
  expectWorkspace(workspace, "exportCsv");
  expectPlanOfWorkspace(plan, workspace, "exportCsv");
  return [...exportCsvChunks(plan, workspace, options)].join("");
}

/** Rows per piece of {@link exportCsvChunks}: ~80 KB, below V8's large-object size, so a piece dies young. */
const ROWS_PER_CHUNK = 250;

/** What a spreadsheet reads as the start of a formula (or, tab and CR, hides before one): `=`, `+`, `-`, `@`, tab, CR. */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A text for people as a spreadsheet must show it: one that starts as a formula does
 * (`=HYPERLINK(…)`, `+62 812…`) after an apostrophe, so that Excel, LibreOffice and Google
 * Sheets show it as text instead of running it (OWASP's advice on CSV injection).
 */
function asText(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** A field as RFC 4180 writes it: quoted, with quotes doubled, when it holds the separator, a quote or a line break. */
function field(text: string, separator: CsvSeparator): string {
  const value = wellFormed(text);
  const needsQuotes = value.includes(separator) || value.includes('"') || value.includes("\n") || value.includes("\r");
  return needsQuotes ? `"${value.replaceAll('"', '""')}"` : value;
}

/**
 * {@link exportCsv} as pieces whose concatenation is its text, for a streaming writer.
 * `given`: the plan's rows in `options.language` when the caller has them (see planRows).
 */
export function* exportCsvChunks(plan: Plan, workspace: Workspace, options: CsvOptions = {}, given?: PlanRows): Generator<string> {
  const language = options.language ?? "en";
  const separator = options.separator ?? defaultCsvSeparator(language);
  const index = indexWorkspace(workspace);
  const rows = given ?? planRows(plan.occurrences, index, language);
  // A held session's problems (on the library's closed day…) after its reasons, as the workbook's notes.
  const notesOf = sessionNotes(plan, index, language);
  const cell = (text: string): string => field(text, separator);
  const cells = (values: readonly string[]): string => values.map(cell).join(separator);
  // Texts for people (titles, names, labels, reasons), guarded against being read as formulas; ids, dates and numbers never start so.
  const texts = (values: readonly string[]): string => values.map((value) => cell(asText(value))).join(separator);
  // The fields told by the facts (program to place, resources to cost), quoted once per
  // facts shared by many occurrences (see factsReader).
  const told = (o: PlannedOccurrence, f: OccurrenceFacts): readonly [string, string] => [
    [cell(o.programId), texts([f.title, f.category ?? ""]), cell(o.libraryId), texts([f.library]), cell(occurrenceSites(o).join(", ")), texts([f.place])].join(separator),
    [
      cell(f.resources.map((r) => r.id).join(", ")),
      texts([f.resources.map((r) => r.name).join(", "), f.partners.join(", ")]),
      f.participants === undefined ? "" : String(f.participants),
      // A cancelled session costs nothing: empty, as an undeclared `participants` is, not 0, which reads as a free session held.
      f.cost === undefined ? "" : String(f.cost),
    ].join(separator),
  ];
  const shared = new Map<OccurrenceFacts, readonly [string, string]>();
  const row = (o: PlannedOccurrence, f: OccurrenceFacts): string => {
    let parts = f.reasons.length === 0 ? shared.get(f) : undefined;
    if (parts === undefined) {
      parts = told(o, f);
      if (f.reasons.length === 0) shared.set(f, parts);
    }
    const start = readInstant(o.start);
    // Dates, times (digits, `-` and `:`) and statuses never need quotes: written as they are.
    const own = `${start?.date ?? ""}${separator}${start?.time ?? ""}${separator}${readInstant(o.end)?.time ?? ""}${separator}${o.status}`;
    const notes = notesOf(o, f.reasons);
    const reasons = notes.length === 0 ? "" : cell(asText(notes.join("; ")));
    return `${cell(o.id)}${separator}${parts[0]}${separator}${own}${separator}${parts[1]}${separator}${reasons}\r\n`;
  };
  const occurrences = rows.occurrences;
  yield `\uFEFF${cells(CSV_COLUMNS)}\r\n`;
  for (let k = 0; k < occurrences.length; k += ROWS_PER_CHUNK) {
    let chunk = "";
    const end = Math.min(occurrences.length, k + ROWS_PER_CHUNK);
    for (let i = k; i < end; i++) chunk += row(occurrences[i] as PlannedOccurrence, rows.facts[i] as OccurrenceFacts);
    yield chunk;
  }
}
