import { COMMAND_USAGE } from "../args/help-texts.js";
import { parseCommandLine } from "../args/usage-error.js";
import { ExitCode, type CliIo } from "../io.js";

/**
 * Commands whose engine (@lontar/dsl's analyzer and formatter, @lontar/planner) is not
 * wired yet: they answer --help and reject bad flags like the finished ones, then say so.
 */
export function runPending(command: "plan" | "demo", args: readonly string[], io: CliIo): ExitCode {
  const { values } = parseCommandLine(args, {
    options: {
      help: { type: "boolean", short: "h" },
      out: { type: "string", short: "o" },
      from: { type: "string" },
      to: { type: "string" },
      seed: { type: "string" },
    },
  });
  if (values.help === true) {
    io.stdout(COMMAND_USAGE[command]);
    return ExitCode.Ok;
  }
  io.stderr(`lontar: '${command}' is not available in this build yet\n`);
  return ExitCode.Failure;
}
