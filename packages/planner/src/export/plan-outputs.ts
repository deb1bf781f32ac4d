import { type Language, type Workspace, expectKnownOptions, expectLanguage } from "@lontar/core";
import type { Plan } from "../plan/plan.js";
import { expectCsvSeparator, type CsvSeparator } from "./csv/csv-separator.js";
import { exportCsvChunks } from "./csv/export-csv.js";
import { exportHtml } from "./html/export-html.js";
import { calendarFiles } from "./ics/export-calendars.js";
import { joinChunks } from "./ics/export-ics.js";
import { validatedJsonChunks } from "./json/export-json.js";
import { planRows, type PlanRows } from "./occurrence-facts.js";
import { indexWorkspace } from "./plan-view.js";
import { compareCodeUnits } from "./text.js";
import { validPlan, type ValidPlan } from "./valid-plan.js";
import { expectWorkspace } from "../plan/workspace-shape.js";
import { expectPlanOfWorkspace } from "./plan-of-workspace.js";

/** What the outputs of a plan look like. */
export interface OutputOptions {
  /** Language of the report, calendars and spreadsheets (default English). */
  readonly language?: Language | undefined;
  /** Field separator of occurrences.csv (default `;` in Bahasa Indonesia, where Excel expects it, `,` otherwise). */
  readonly csvSeparator?: CsvSeparator | undefined;
}

/** The keys of {@link OutputOptions}: any other is a caller's mistake (`lang` for `language` gave English files without a word). */
export const OUTPUT_OPTION_KEYS: readonly string[] = ["language", "csvSeparator"];

/** The text files of a plan, by relative path in sorted order, each as a function giving its text in pieces. */
export function textPieces(value: ValidPlan, workspace: Workspace, options: OutputOptions): Map<string, () => Iterable<string | Uint8Array>> {
  const language = options.language ?? "en";
  // The occurrences in time order with their facts, worked out once for the calendars and the CSV.
  let rows: PlanRows | undefined;
  const rowsOf = (): PlanRows => (rows ??= planRows(value.occurrences, indexWorkspace(workspace), language));
  const files = new Map<string, () => Iterable<string | Uint8Array>>([
    ["plan.json", () => validatedJsonChunks(value)],
    ["occurrences.csv", () => exportCsvChunks(value, workspace, { language, ...(options.csvSeparator === undefined ? {} : { separator: options.csvSeparator }) }, rowsOf())],
    ["index.html", () => [exportHtml(value, workspace, { language })]],
    ...calendarFiles(value, workspace, { language }, rowsOf()),
  ]);
  return new Map([...files.entries()].sort(([a], [b]) => compareCodeUnits(a, b)));
}

/**
 * The text output files of a plan (all but plan.xlsx, see exportXlsx), by path relative
 * to the output folder, in sorted order. The plan is validated first unless it is a
 * {@link ValidPlan}.
 *
 * @throws TypeError when `workspace` is plainly not a validated one (left out, or raw JSON).
 */
export function planOutputs(plan: Plan | ValidPlan, workspace: Workspace, options: OutputOptions = {}): Map<string, string> {
  expectKnownOptions(options, OUTPUT_OPTION_KEYS, "planOutputs");
  if (options.language !== undefined) expectLanguage(options.language, "planOutputs");
  if (options.csvSeparator !== undefined) expectCsvSeparator(options.csvSeparator, "planOutputs");
  expectWorkspace(workspace, "planOutputs");
  expectPlanOfWorkspace(plan, workspace, "planOutputs");
  return new Map([...textPieces(validPlan(plan), workspace, options)].map(([file, pieces]) => [file, joinChunks(pieces())]));
}
