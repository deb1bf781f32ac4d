import type { Diagnostic } from "@lontar/dsl";
import { planWorkspace } from "@lontar/planner";
import { checkExitCode, visibleDiagnostics } from "../check/exit-code.js";
import { rebaseDiagnostic } from "../check/rebase.js";
import { shouldUseColor } from "../color.js";
import { analyzeFiles, type Analysis } from "../engine/analyze.js";
import { complianceDiagnostics, planningHorizon } from "../engine/compliance.js";
import { collectLontarFiles, InputError, readSources } from "../files/collect.js";
import { FORMATTERS } from "../format/formatters.js";
import { ExitCode, type CliIo } from "../io.js";
import { createProgressReporter } from "../progress/reporter.js";
import { TOOL_VERSION } from "../version.js";
import { CHECK_USAGE, parseCheckOptions } from "./check-options.js";

/**
 * `lontar check <paths…>`: the language's diagnostics and, unless --static, the agreement
 * obligations a plan of the workspace would miss, in the chosen format.
 */
export function runCheck(args: readonly string[], io: CliIo): ExitCode {
  const options = parseCheckOptions(args);
  if (options === "help") {
    io.stdout(CHECK_USAGE);
    return ExitCode.Ok;
  }
  const files = collectLontarFiles(io.cwd, options.paths);
  // A mistyped folder in CI must not pass silently.
  if (files.length === 0) throw new InputError(`no .lontar files in ${options.paths.join(", ")}`);
  const sources = readSources(io.cwd, files);
  const analysis = analyzeFiles(io.cwd, options.paths, sources);
  const diagnostics = options.staticOnly ? analysis.diagnostics : [...analysis.diagnostics, ...compliance(analysis, io)];
  const shown = visibleDiagnostics(diagnostics, options.quiet);
  io.stdout(
    FORMATTERS[options.format](shown, {
      cwd: io.cwd,
      sources,
      toolVersion: TOOL_VERSION,
      color: options.color ?? shouldUseColor(io.env, io.stdoutIsTTY),
      codes: analysis.codes,
      agreements: analysis.agreements,
    }),
  );
  return checkExitCode(diagnostics, options.maxWarnings);
}

// Compliance needs an error-free workspace (to plan it) and a horizon to plan over.
function compliance(analysis: Analysis, io: CliIo): Diagnostic[] {
  const workspace = analysis.result.workspace;
  if (workspace === undefined || workspace.agreements.length === 0) return [];
  const horizon = planningHorizon(workspace);
  if (horizon === undefined) return [];
  const progress = createProgressReporter(io.progressStream, io.stderrIsTTY);
  let started = false;
  const plan = planWorkspace(workspace, {
    horizon,
    seed: 1,
    onProgress: (done, total) => {
      if (!started) progress.start(total, "checking agreements");
      started = true;
      progress.update(done);
    },
  });
  progress.stop();
  return complianceDiagnostics(workspace, plan, horizon).map((diagnostic) => rebaseDiagnostic(diagnostic, analysis.toCwd));
}
