import type { Language } from "@lontar/core";
import { COMMAND_USAGE } from "../args/help-texts.js";
import { messageLanguage } from "../args/message-language.js";
import { parseCommandLine, parseCount, pathArguments, unknownFormat, UsageError } from "../args/usage-error.js";
import { CURRENT_FOLDER } from "../files/collect.js";
import { FORMAT_NAMES, isFormatName, type FormatName } from "../format/formatters.js";

/** The options of `lontar check`, validated. */
export interface CheckOptions {
  /** The files and folders to check: `.` (the current folder) when none is named. */
  readonly paths: readonly string[];
  /** The output format. */
  readonly format: FormatName;
  /** Report errors only. */
  readonly quiet: boolean;
  /** Exit 1 when there are more warnings than this. */
  readonly maxWarnings: number | undefined;
  /** Language checks only, without planning compliance. */
  readonly staticOnly: boolean;
  /** Apply each certain fix to the named files before reporting what is left. */
  readonly fix: boolean;
  /** `true`/`false` when forced with --color/--no-color, otherwise decided from the terminal. */
  readonly color: boolean | undefined;
  /** The workspace-wide occurrence bound of the compliance plan, when given. */
  readonly maxOccurrences: number | undefined;
  /** The language of the messages: --lang, else the environment's (LC_ALL, LC_MESSAGES, LANG). */
  readonly lang: Language;
}

/** Parses `lontar check` arguments; `"help"` when --help was asked for. */
export function parseCheckOptions(args: readonly string[], env: Readonly<Record<string, string | undefined>> = {}): CheckOptions | "help" {
  const { values, positionals } = parseCommandLine(args, {
    options: {
      help: { type: "boolean", short: "h" },
      format: { type: "string", short: "f", default: "stylish" },
      quiet: { type: "boolean", short: "q", default: false },
      "max-warnings": { type: "string" },
      static: { type: "boolean", default: false },
      fix: { type: "boolean", default: false },
      color: { type: "boolean" },
      "no-color": { type: "boolean" },
      "max-occurrences": { type: "string" },
      lang: { type: "string", short: "l" },
    },
  });
  if (values.help === true) return "help";
  if (!isFormatName(values.format)) {
    throw unknownFormat(values.format, FORMAT_NAMES);
  }
  // The options' values first: `--max-warnings examples/x` took the path as its value, and "missing path" hid why.
  // ESLint reads `--max-warnings -1` as no limit; here leaving the option out says that.
  if (/^-\d+$/.test(values["max-warnings"] ?? "")) throw new UsageError("usage.negativeMaxWarnings", { value: values["max-warnings"] ?? "" });
  const maxWarnings = parseCount("max-warnings", values["max-warnings"]);
  const maxOccurrences = parseCount("max-occurrences", values["max-occurrences"]);
  if (maxOccurrences === 0) throw new UsageError("usage.atLeastOne", { name: "max-occurrences" });
  return {
    // No path checks the current folder, as `lontar check .` does (as eslint, ruff and cargo do).
    paths: positionals.length > 0 ? pathArguments(positionals) : [CURRENT_FOLDER],
    format: values.format,
    quiet: values.quiet,
    maxWarnings,
    staticOnly: values.static,
    fix: values.fix,
    color: values["no-color"] === true ? false : values.color === true ? true : undefined,
    maxOccurrences,
    lang: messageLanguage(values.lang, env),
  };
}

/** The usage text of `lontar check`, in English and Bahasa Indonesia. */
export const CHECK_USAGE = COMMAND_USAGE.check;
