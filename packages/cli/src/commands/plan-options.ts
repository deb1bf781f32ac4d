import { daysInMonth, isIsoDate } from "@lontar/core";
import type { CsvSeparator } from "@lontar/planner";
import { writtenDateMeant } from "@lontar/dsl";
import { COMMAND_USAGE } from "../args/help-texts.js";
import { parseLanguageOption } from "../args/message-language.js";
import { parseCommandLine, parseCount, pathArguments, UsageError } from "../args/usage-error.js";
import { CURRENT_FOLDER } from "../files/collect.js";

/** The options of `lontar plan`, validated. */
export interface PlanOptions {
  /** The files and folders of the workspace: `.` (the current folder) when none is named. */
  readonly paths: readonly string[];
  /** Where to write the results. */
  readonly out: string;
  /** First day of the horizon, when given (YYYY-MM-DD). */
  readonly from: string | undefined;
  /** Last day of the horizon, when given (YYYY-MM-DD). */
  readonly to: string | undefined;
  /** Seed of the search. */
  readonly seed: number;
  /** Worker threads, when given (otherwise the planner's default for the machine). */
  readonly threads: number | undefined;
  /** The workspace-wide occurrence bound, when given (otherwise the planner's default, 2,000,000). */
  readonly maxOccurrences: number | undefined;
  /** Language of the outputs, when given (otherwise the workspace's). */
  readonly lang: "en" | "id" | undefined;
  /** Field separator of occurrences.csv, when given (otherwise `;` for an Indonesian workspace, `,` else). */
  readonly csvSeparator: CsvSeparator | undefined;
}


const SEPARATORS: Readonly<Record<string, CsvSeparator>> = { ",": ",", comma: ",", ";": ";", semicolon: ";", tab: "\t", "\\t": "\t", "\t": "\t" };


/** Parses `lontar plan` arguments; `"help"` when --help was asked for. */
export function parsePlanOptions(args: readonly string[]): PlanOptions | "help" {
  const { values, positionals } = parseCommandLine(args, {
    options: {
      help: { type: "boolean", short: "h" },
      out: { type: "string", short: "o" },
      from: { type: "string" },
      to: { type: "string" },
      seed: { type: "string" },
      threads: { type: "string" },
      "max-occurrences": { type: "string" },
      lang: { type: "string", short: "l" },
      "csv-separator": { type: "string" },
    },
  });
  if (values.help === true) return "help";
  // `--out ""` (an unset variable in a script) is as missing as no --out at all.
  if (values.out === undefined || values.out.trim() === "") throw new UsageError("usage.missingOut", {});
  const from = date("from", values.from);
  const to = date("to", values.to);
  if (from !== undefined && to !== undefined && from > to) throw new UsageError("usage.fromAfterTo", { from, to });
  const threads = parseCount("threads", values.threads);
  if (threads !== undefined && (threads < 1 || threads > 64)) throw new UsageError("usage.threads", { value: threads });
  const maxOccurrences = parseCount("max-occurrences", values["max-occurrences"]);
  if (maxOccurrences === 0) throw new UsageError("usage.atLeastOne", { name: "max-occurrences" });
  const lang = values.lang === undefined ? undefined : parseLanguageOption(values.lang);
  const separatorText = values["csv-separator"];
  const csvSeparator = separatorText === undefined ? undefined : SEPARATORS[separatorText];
  if (separatorText !== undefined && csvSeparator === undefined) throw new UsageError("usage.csvSeparator", { value: separatorText });
  // No path plans the current folder, the workspace `lontar check` checks with no path.
  return { paths: positionals.length > 0 ? pathArguments(positionals) : [CURRENT_FOLDER], out: values.out, from, to, seed: parseCount("seed", values.seed) ?? 1, threads, maxOccurrences, lang, csvSeparator };
}

function date(name: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  // A day of the calendar: 2027-02-31 is refused as 2027-13-45 is, and says how long its month is.
  if (isIsoDate(value)) return value;
  const [, year = 0, month = 0] = (/^(\d{4})-(\d{2})-\d{2}$/.exec(value) ?? []).map(Number);
  if (month >= 1 && month <= 12) throw new UsageError("usage.noSuchDay", { name, value, month: value.slice(0, 7), days: daysInMonth(year, month) });
  // `15/01/2027`: day first, as Indonesian letters write a date, read as a `.lontar` file's would be.
  const meant = writtenDateMeant(value);
  if (meant !== undefined) throw new UsageError("usage.dateDayFirst", { name, value, date: meant });
  throw new UsageError("usage.date", { name, value });
}

/** The usage text of `lontar plan`, in English and Bahasa Indonesia. */
export const PLAN_USAGE = COMMAND_USAGE.plan;
