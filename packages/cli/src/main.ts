import { COMMAND_USAGE, isCommandName, usageText, type CommandName } from "./args/help-texts.js";
import { chromeLanguage } from "./args/message-language.js";
import { UsageError, unknownCommand, unknownOption } from "./args/usage-error.js";
import { runInit } from "./commands/init.js";
import { fileSystemMessage, outputFailureMessage } from "./files/file-system-error.js";
import { InputError } from "./files/input-error.js";
import { ExitCode, type CliIo } from "./io.js";
import { cliText } from "./text/render.js";
import { TOOL_VERSION } from "./version.js";
import type { Language } from "@lontar/core";

/** The commands, for "did you mean" on a mistyped one. */
const COMMAND_NAMES = Object.keys(COMMAND_USAGE);
/** The options `lontar` takes before a command. */
const MAIN_OPTIONS = ["help", "version", "lang"];

type CommandRunner = (args: readonly string[], io: CliIo) => ExitCode | Promise<ExitCode>;

// Each command loads the language or the planner when it runs: `--version` and `init`
// start without either, `explain`, `check --static` and `fmt` without the planner.
const RUNNERS: Readonly<Record<Exclude<CommandName, "help">, CommandRunner>> = {
  check: async (args, io) => (await withDates(() => import("./commands/check.js"))).runCheck(args, io),
  fmt: async (args, io) => (await withDates(() => import("./commands/fmt.js"))).runFmt(args, io),
  plan: async (args, io) => (await withDates(() => import("./commands/plan.js"))).runPlan(args, io),
  demo: async (args, io) => (await withDates(() => import("./commands/demo.js"))).runDemo(args, io),
  lsp: async (args, io) => (await withDates(() => import("./commands/lsp.js"))).runLsp(args, io),
  explain: async (args, io) => (await import("./commands/explain.js")).runExplain(args, io),
  init: runInit,
};

/** Loads a command that reads dates, after giving luxon its fixed locale (see calendar-locale.ts). */
async function withDates<T>(load: () => Promise<T>): Promise<T> {
  (await import("./engine/calendar-locale.js")).fixCalendarLocale();
  return load();
}

/**
 * Runs the lontar command line (`argv` without `node` and the script) and returns the exit
 * code: 0 clean, 1 problems found, 2 bad usage, unreadable input, an output that could not be
 * written or a bug in lontar.
 * Never throws.
 */
export async function main(argv: readonly string[], io: CliIo): Promise<ExitCode> {
  const language = chromeLanguage(argv, io.env);
  return outputChecked(await run(argv, io, language), io, language);
}

/**
 * `code`, unless writing the output failed (a full disk under `> lontar.sarif`): then 2, as
 * for any I/O error, with the reason on stderr. A CI step that accepts 1 (findings) must not
 * take a truncated report for a valid one. The stream's error is waited for: it comes after
 * the write that failed.
 */
async function outputChecked(code: ExitCode, io: CliIo, language: Language): Promise<ExitCode> {
  if (io.outputFailure === undefined) return code;
  await new Promise((resolve) => setImmediate(resolve));
  const failure = io.outputFailure();
  if (failure === undefined) return code;
  io.stderr(`lontar: ${outputFailureMessage(failure, language)}\n`);
  return ExitCode.Failure;
}

async function run(argv: readonly string[], io: CliIo, language: Language): Promise<ExitCode> {
  const [first] = argv;
  const command = first !== undefined && isCommandName(first) ? first : undefined;
  try {
    return await dispatch(argv, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`lontar: ${error.render(language)}\n\n${usageReminder(command, language)}`);
      return ExitCode.Failure;
    }
    if (error instanceof InputError || isFileSystemError(error)) {
      const reason = error instanceof InputError ? error.render(language) : fileSystemMessage(error, language);
      io.stderr(`lontar: ${reason}\n`);
      // A report read by a machine says why the run stopped too, not nothing (see stopped-run.ts).
      // Loaded here only: every command starts without the report formats.
      const { stoppedRunFormat, stoppedRunReport } = await import("./format/stopped-run.js");
      const format = stoppedRunFormat(languageAfterCommand(argv));
      if (format !== undefined) io.stdout(stoppedRunReport(format, reason, TOOL_VERSION));
      return ExitCode.Failure;
    }
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    io.stderr(`lontar: ${cliText("run.internalError", { detail }, language)}\n`);
    return ExitCode.Failure;
  }
}

async function dispatch(given: readonly string[], io: CliIo): Promise<ExitCode> {
  const argv = languageAfterCommand(given);
  const [first, ...rest] = argv;
  if (first === undefined) throw new UsageError("usage.missingCommand", {});
  if (first === "--version" || first === "-v") {
    io.stdout(`${TOOL_VERSION}\n`);
    return ExitCode.Ok;
  }
  if (first === "--help" || first === "-h") {
    // `lontar --help check`, `lontar --help --lang id check`: the command's help, as `lontar help check` (a walk of stop 59
    // got the general one), an unknown topic refused as there (a review of stop 59).
    return runHelp(rest, io, chromeLanguage(argv, io.env));
  }
  if (!isCommandName(first)) {
    throw first.startsWith("-") ? unknownOption(first, MAIN_OPTIONS) : unknownCommand(first, COMMAND_NAMES);
  }
  if (first === "help") return runHelp(rest, io, chromeLanguage(argv, io.env));
  return RUNNERS[first](rest, io);
}

/**
 * `lontar --lang id check ws` reads as `lontar check ws --lang id`: the language option may
 * come before the command too, as people write it.
 */
function languageAfterCommand(argv: readonly string[]): readonly string[] {
  const [first, second] = argv;
  if (first === undefined || !first.startsWith("--lang")) return argv;
  const taken = first === "--lang" ? 2 : /^--lang=/.test(first) ? 1 : 0;
  const command = argv[taken];
  // A mistyped command moves too, so that it is the one reported (with its nearest command).
  if (taken === 0 || (taken === 2 && second === undefined) || command === undefined) return argv;
  return [command, ...argv.slice(taken + 1), ...argv.slice(0, taken)];
}

function runHelp(args: readonly string[], io: CliIo, language: Language): ExitCode {
  // `lontar help check --lang id`: the language option is not a topic.
  const [topic, ...extra] = args.filter((arg, index) => !/^--lang(?:=|$)/.test(arg) && !/^--lang$/.test(args[index - 1] ?? ""));
  if (extra.length > 0) throw new UsageError("usage.unexpectedArgument", { argument: extra[0] ?? "" });
  if (topic === "--help" || topic === "-h") {
    io.stdout(usageText("help", language));
    return ExitCode.Ok;
  }
  if (topic === undefined) {
    io.stdout(usageText(undefined, language));
    return ExitCode.Ok;
  }
  if (!isCommandName(topic)) throw unknownCommand(topic, COMMAND_NAMES);
  io.stdout(usageText(topic, language));
  return ExitCode.Ok;
}

function isFileSystemError(error: unknown): error is NodeJS.ErrnoException {
  return error instanceof Error && typeof (error as NodeJS.ErrnoException).code === "string" && "syscall" in error;
}

/**
 * What follows a usage error: the overview of commands when no command was named; else the
 * command's usage line and where its options are (the whole help pushed the error off screen).
 */
function usageReminder(command: CommandName | undefined, language: Language): string {
  const text = usageText(command, language);
  if (command === undefined) return text;
  const [line = ""] = text.split("\n", 1);
  return `${line}\n${cliText("usage.moreHelp", { command }, language)}\n`;
}
