import { checkExitCode, visibleDiagnostics } from "../check/exit-code.js";
import { shouldUseColor } from "../color.js";
import { collectLontarFiles, readSources } from "../files/collect.js";
import { FORMATTERS } from "../format/formatters.js";
import { ExitCode, type CliIo } from "../io.js";
import { TOOL_VERSION } from "../version.js";
import { analyzeFiles } from "../engine/analyze.js";
import { CHECK_USAGE, parseCheckOptions } from "./check-options.js";

/** `lontar check <paths…>`: reports the problems of .lontar files in the chosen format. */
export function runCheck(args: readonly string[], io: CliIo): ExitCode {
  const options = parseCheckOptions(args);
  if (options === "help") {
    io.stdout(CHECK_USAGE);
    return ExitCode.Ok;
  }
  const files = collectLontarFiles(io.cwd, options.paths);
  const sources = readSources(io.cwd, files);
  const result = analyzeFiles(io.cwd, options.paths, sources);
  const shown = visibleDiagnostics(result.diagnostics, options.quiet);
  io.stdout(
    FORMATTERS[options.format](shown, {
      cwd: io.cwd,
      sources,
      toolVersion: TOOL_VERSION,
      color: options.color ?? shouldUseColor(io.env, io.stdoutIsTTY),
      codes: result.codes,
      agreements: result.agreements,
    }),
  );
  return checkExitCode(result.diagnostics, options.maxWarnings);
}
