import { COMMAND_USAGE, isCommandName, MAIN_USAGE, type CommandName } from "./args/help-texts.js";
import { UsageError } from "./args/usage-error.js";
import { runInit } from "./commands/init.js";
import { InputError } from "./files/input-error.js";
import { ExitCode, type CliIo } from "./io.js";
import { TOOL_VERSION } from "./version.js";

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
 * code: 0 clean, 1 problems found, 2 bad usage, unreadable input or a bug in lontar.
 * Never throws.
 */
export async function main(argv: readonly string[], io: CliIo): Promise<ExitCode> {
  const [first] = argv;
  const command = first !== undefined && isCommandName(first) ? first : undefined;
  try {
    return await dispatch(argv, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`lontar: ${error.message}\n\n${command ? COMMAND_USAGE[command] : MAIN_USAGE}`);
      return ExitCode.Failure;
    }
    if (error instanceof InputError || isFileSystemError(error)) {
      io.stderr(`lontar: ${error.message}\n`);
      return ExitCode.Failure;
    }
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    io.stderr(`lontar: internal error (please report it): ${detail}\n`);
    return ExitCode.Failure;
  }
}

async function dispatch(argv: readonly string[], io: CliIo): Promise<ExitCode> {
  const [first, ...rest] = argv;
  if (first === undefined) throw new UsageError("missing command");
  if (first === "--version" || first === "-v") {
    io.stdout(`${TOOL_VERSION}\n`);
    return ExitCode.Ok;
  }
  if (first === "--help" || first === "-h") {
    io.stdout(MAIN_USAGE);
    return ExitCode.Ok;
  }
  if (!isCommandName(first)) {
    throw new UsageError(first.startsWith("-") ? `unknown option '${first}'` : `unknown command '${first}'`);
  }
  if (first === "help") return runHelp(rest, io);
  return RUNNERS[first](rest, io);
}

function runHelp(args: readonly string[], io: CliIo): ExitCode {
  const [topic, ...extra] = args;
  if (extra.length > 0) throw new UsageError(`unexpected argument '${extra[0] ?? ""}'`);
  if (topic === "--help" || topic === "-h") {
    io.stdout(COMMAND_USAGE.help);
    return ExitCode.Ok;
  }
  if (topic === undefined) {
    io.stdout(MAIN_USAGE);
    return ExitCode.Ok;
  }
  if (!isCommandName(topic)) throw new UsageError(`unknown command '${topic}'`);
  io.stdout(COMMAND_USAGE[topic]);
  return ExitCode.Ok;
}

function isFileSystemError(error: unknown): error is NodeJS.ErrnoException {
  return error instanceof Error && typeof (error as NodeJS.ErrnoException).code === "string" && "syscall" in error;
}
