import { statSync } from "node:fs";
import { DIAGNOSTIC_CODES, type Diagnostic } from "@lontar/dsl";
import { planWorkspace } from "@lontar/planner";
import { checkExitCode, visibleDiagnostics } from "../check/exit-code.js";
import { rebaseDiagnostic } from "../check/rebase.js";
import { shouldUseColor } from "../color.js";
import { analyzeFiles, type Analysis } from "../engine/analyze.js";
import { complianceDiagnostics, planningHorizon, unassignedDiagnostics } from "../engine/compliance.js";
import { occurrenceBoundDiagnostics } from "../engine/occurrence-bound.js";
import { collectLontarFiles, InputError, readSourceFiles } from "../files/collect.js";
import { workspaceGroups } from "../files/workspace-groups.js";
import type { AgreementSpan } from "../format/context.js";
import { FORMATTERS } from "../format/formatters.js";
import { ExitCode, type CliIo } from "../io.js";
import { createProgressReporter } from "../progress/reporter.js";
import { TOOL_VERSION } from "../version.js";
import { CHECK_USAGE, parseCheckOptions } from "./check-options.js";

/**
 * `lontar check <paths…>`: the language's diagnostics and, unless --static, what a plan of
 * the workspace would miss (sessions that cannot take place, agreement obligations), in
 * the chosen format.
 */
export function runCheck(args: readonly string[], io: CliIo): ExitCode {
  const options = parseCheckOptions(args);
  if (options === "help") {
    io.stdout(CHECK_USAGE);
    return ExitCode.Ok;
  }
  const sources = new Map<string, string>();
  const diagnostics: Diagnostic[] = [];
  const agreements = new Map<string, readonly AgreementSpan[]>();
  let refused = 0;
  for (const group of workspaceGroups(io.cwd, options.paths, isDirectory)) {
    const read = readSourceFiles(io.cwd, collectLontarFiles(io.cwd, group));
    diagnostics.push(...read.refused);
    refused += read.refused.length;
    const groupSources = read.sources;
    if (groupSources.size === 0) continue;
    const analysis = analyzeFiles(io.cwd, group, groupSources);
    diagnostics.push(...analysis.diagnostics, ...(options.staticOnly ? [] : compliance(analysis, io, options.maxOccurrences)));
    for (const [file, text] of groupSources) sources.set(file, text);
    for (const [file, spans] of analysis.agreements) agreements.set(file, spans);
  }
  // A mistyped folder in CI must not pass silently.
  if (sources.size === 0 && refused === 0) throw new InputError(`no .lontar files in ${options.paths.join(", ")}`);
  const shown = visibleDiagnostics(diagnostics, options.quiet);
  io.stdout(
    FORMATTERS[options.format](shown, {
      cwd: io.cwd,
      sources,
      toolVersion: TOOL_VERSION,
      color: options.color ?? shouldUseColor(io.env, io.stdoutIsTTY),
      codes: DIAGNOSTIC_CODES,
      agreements,
    }),
  );
  return checkExitCode(diagnostics, options.maxWarnings);
}

// The plan's findings need an error-free workspace (to plan it) and a horizon to plan over;
// a workspace past its occurrence bound is not planned, and that is the one finding.
function compliance(analysis: Analysis, io: CliIo, maxOccurrences: number | undefined): Diagnostic[] {
  const workspace = analysis.result.workspace;
  if (workspace === undefined || workspace.programs.length === 0) return [];
  const horizon = planningHorizon(workspace);
  if (horizon === undefined) return [];
  const progress = createProgressReporter(io.progressStream, io.stderrIsTTY);
  let started = false;
  const plan = planWorkspace(workspace, {
    horizon,
    seed: 1,
    ...(maxOccurrences === undefined ? {} : { maxOccurrences }),
    onProgress: (done, total) => {
      if (!started) progress.start(total, "checking the plan");
      started = true;
      progress.update(done);
    },
  });
  progress.stop();
  const refused = occurrenceBoundDiagnostics(workspace, plan, horizon, maxOccurrences);
  const findings = refused.length > 0 ? refused : [...unassignedDiagnostics(workspace, plan), ...complianceDiagnostics(workspace, plan, horizon)];
  return findings.map((diagnostic) => rebaseDiagnostic(diagnostic, analysis.toCwd));
}

function isDirectory(absolute: string): boolean {
  try {
    return statSync(absolute).isDirectory();
  } catch {
    return false;
  }
}
