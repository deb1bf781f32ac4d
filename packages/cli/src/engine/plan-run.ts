import { accessSync, constants, lstatSync, realpathSync } from "node:fs";
import path from "node:path";
import { localizeDiagnostic, workspaceLanguage } from "@lontar/dsl";
import { MAX_HORIZON_YEARS, plannedPlan, planningHorizon, planRefusal, refusalDiagnostics, spansTooManyYears, unpaidCosts, type CsvSeparator, type HorizonOverride } from "@lontar/planner";
import { fileSystemReason, type Language } from "@lontar/core";
import { visibleText } from "../format/visible-text.js";
import { cliText } from "../text/render.js";
import { pathWords } from "../text/path-words.js";
import { isPlanOutputPath, planWorkspaceInParallel, writePlanOutputs } from "@lontar/planner/node";
import { languageFromEnvironment } from "../args/message-language.js";
import { UsageError } from "../args/usage-error.js";
import { shouldUseColor } from "../color.js";
import { collectLontarFiles, foldersWithoutLontarFiles, InputError, noLontarFiles, readSources } from "../files/collect.js";
import { foreignOutputs, markWriting, OUTPUT_MANIFEST, recordOutputs } from "../files/output-manifest.js";
import { formatStylish } from "../format/stylish.js";
import { relativePath } from "../format/paths.js";
import { ExitCode, type CliIo } from "../io.js";
import { createProgressReporter, type ProgressReporter } from "../progress/reporter.js";
import { summarizePlan } from "../report/plan-summary.js";
import { shellWord } from "../commands/shell-word.js";
import { outputsLanguageNote } from "../report/outputs-language-note.js";
import { TOOL_VERSION } from "../version.js";
import { notImportedNotes } from "../check/not-imported-notes.js";
import { severalPlansNote } from "../check/several-plans.js";
import { analyzeFiles } from "./analyze.js";
import { noHorizon } from "./compliance.js";
import { letYoungGenerationGrow } from "../start/young-generation.js";

/** What to plan and where to write it. */
export interface PlanRequest {
  /** Files and folders of the workspace. */
  readonly paths: readonly string[];
  /** Output folder (absolute or relative to the working directory). */
  readonly out: string;
  /** Horizon dates overriding the workspace's. */
  readonly horizon: HorizonOverride;
  /** Seed of the search. */
  readonly seed: number;
  /** Worker threads; the planner's default when undefined. The plan is the same for any count. */
  readonly threads?: number | undefined;
  /** The workspace-wide occurrence bound; the planner's default when undefined. */
  readonly maxOccurrences?: number | undefined;
  /** Language of the outputs; the workspace's when undefined. */
  readonly lang?: "en" | "id" | undefined;
  /** Field separator of occurrences.csv; by language when undefined. */
  readonly csvSeparator?: CsvSeparator | undefined;
}

/**
 * Checks the workspace, plans it and writes plan.json, calendars, CSV and HTML into the
 * output folder, then prints a summary. A workspace with errors is not planned: its
 * diagnostics go to stderr and the exit code is 1. So is one past the occurrence bound
 * (`--max-occurrences`): the planner refuses it and nothing is written.
 */
export async function planAndWrite(request: PlanRequest, io: CliIo): Promise<ExitCode> {
  // The messages' language: --lang, else the environment's (the outputs' default is the workspace's).
  const messages = request.lang ?? languageFromEnvironment(io.env);
  const files = collectLontarFiles(io.cwd, request.paths);
  const empty = foldersWithoutLontarFiles(io.cwd, request.paths, files);
  if (empty.length > 0) throw noLontarFiles(empty);
  const sources = readSources(io.cwd, files, messages);
  // Both dates given: the horizon of a workspace that declares none, where its schedules without `from` start.
  const { from, to } = request.horizon;
  const analysis = analyzeFiles(io.cwd, request.paths, sources, from !== undefined && to !== undefined ? { from, to } : undefined);
  const workspace = analysis.result.workspace;
  if (analysis.diagnostics.length > 0) {
    const context = { cwd: io.cwd, sources, toolVersion: TOOL_VERSION, color: shouldUseColor(io.env, io.stderrIsTTY), language: messages };
    io.stderr(formatStylish(analysis.diagnostics.map((diagnostic) => localizeDiagnostic(diagnostic, messages)), context));
  }
  const severalPlans = severalPlansNote(io.cwd, request.paths, analysis, messages);
  if (severalPlans !== undefined) io.stderr(`${severalPlans.text}\n`);
  for (const note of notImportedNotes(io.cwd, request.paths, request.paths, analysis, messages)) io.stderr(`${note.text}\n`);
  if (workspace === undefined) {
    io.stderr(`lontar: ${cliText("run.workspaceHasErrors", {}, messages)}\n`);
    return ExitCode.Findings;
  }
  const outDir = path.resolve(io.cwd, request.out);
  checkOutputFolder(outDir, io.cwd, files.map((file) => path.resolve(io.cwd, file)));
  refuseForeignOutputs(outDir);
  checkParentWritable(outDir);
  const horizon = planningHorizon(workspace, request.horizon);
  if (horizon === undefined) throw noHorizon(workspace, request.horizon);
  // `--from 1900-01-01`: a mistyped year, refused as the language refuses such a horizon written in a file (LON4012).
  if (spansTooManyYears(horizon)) throw new UsageError(horizon.origin === "agreements" ? "usage.horizonTooLongAgreements" : "usage.horizonTooLong", { from: horizon.from, to: horizon.to, max: MAX_HORIZON_YEARS });
  // A plan writes outputs and may run long: the young generation sizes itself as V8 decides.
  letYoungGenerationGrow();
  const progress = phasedProgress(createProgressReporter(io.progressStream, io.stderrIsTTY), messages);
  const plan = await planWorkspaceInParallel(workspace, {
    horizon: { from: horizon.from, to: horizon.to },
    seed: request.seed,
    ...(request.threads === undefined ? {} : { threads: request.threads }),
    ...(request.maxOccurrences === undefined ? {} : { maxOccurrences: request.maxOccurrences }),
    onPrepare: (done, total) => progress.update("progress.expanding", done, total),
    onProgress: (done, total) => progress.update("progress.planning", done, total),
  });
  const refusal = planRefusal(plan);
  if (refusal !== undefined) {
    progress.stop();
    const [refused] = refusalDiagnostics(workspace, plan, horizon.origin);
    const reason = refused === undefined ? refusal.message : localizeDiagnostic(refused, messages).message;
    io.stderr(`lontar: ${visibleText(reason)}\nlontar: ${cliText("run.tooLarge", {}, messages)}\n`);
    return ExitCode.Findings;
  }
  const language = request.lang ?? workspaceLanguage(analysis.result.files);
  markWriting(outDir, isPlanOutputPath);
  const written = await writePlanOutputs(outDir, plannedPlan(plan), workspace, {
    language,
    ...(request.csvSeparator === undefined ? {} : { csvSeparator: request.csvSeparator }),
    onProgress: (done, total) => progress.update("progress.writing", done, total),
  });
  progress.stop();
  recordOutputs(outDir, written);
  io.stdout(summarizePlan(plan, { dir: displayDir(io.cwd, outDir), files: written }, messages, horizon.origin, { agreements: workspace.agreements, unpaid: unpaidCosts(workspace, plan.occurrences), programs: workspace.programs, ...(horizon.origin === "given" ? {} : { checkCommand: checkCommandOf(request.paths, request.lang) }) }));
  const note = outputsLanguageNote(messages, language, request.lang !== undefined);
  if (note !== undefined) io.stdout(`\n${note}\n`);
  return ExitCode.Ok;
}

/**
 * The output folder is replaced whole at the end of a run, so it must be a folder of its
 * own: not the working directory or one holding it, and not one holding the workspace.
 */
function checkOutputFolder(outDir: string, cwd: string, inputs: readonly string[]): void {
  const inside = (child: string): boolean => {
    const relative = path.relative(outDir, child);
    return relative === "" || (!relative.startsWith("..") && !path.isAbsolute(relative));
  };
  if (inside(cwd)) throw new UsageError("usage.outHoldsCwd", { dir: visibleText(outDir) });
  const input = inputs.find(inside);
  // `--out workspace.lontar`: the input file itself named as the folder (a walk of stop 59 read "--out …/workspace.lontar holds …/workspace.lontar").
  if (input !== undefined && path.relative(outDir, input) === "") throw new UsageError("usage.outIsInput", { dir: visibleText(outDir) });
  if (input !== undefined) throw new UsageError("usage.outHoldsInput", { dir: visibleText(outDir), input: visibleText(input) });
}

/**
 * Stops the run before planning when the output folder's parent may not be written to: the
 * new plan is written beside the folder first and swapped in whole (see writePlanOutputs),
 * so a writable folder in a read-only parent still cannot take it. The file system's error
 * would name the folder; this names the parent.
 */
function checkParentWritable(outDir: string): void {
  const target = throughLink(outDir);
  const parent = path.dirname(target);
  if (parent === target) return;
  try {
    accessSync(parent, constants.W_OK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? "";
    // A parent not there yet is made by the writer, which names what it could not make.
    if (code === "ENOENT" || code === "ENOTDIR") return;
    throw new InputError("run.outParentNotWritable", { dir: visibleText(outDir), parent: pathWords([parent]), reason: fileSystemReason(code), code: code || "?" });
  }
}

/** The folder a link at `dir` leads to (the writer replaces that one), else `dir`. */
function throughLink(dir: string): string {
  try {
    return lstatSync(dir).isSymbolicLink() ? realpathSync(dir) : dir;
  } catch {
    return dir;
  }
}

/** How many of the files lontar did not write are named; the rest are counted. */
const FOREIGN_NAMED = 5;

/**
 * Stops the run, before anything is planned or written, when the output folder holds a file
 * of an output's name (`calendars/rapat_dinas.ics`) that lontar did not write: the planner
 * would replace it. What lontar wrote is listed in the folder's manifest (see output-manifest.ts).
 */
function refuseForeignOutputs(outDir: string): void {
  const foreign = foreignOutputs(outDir, isPlanOutputPath);
  if (foreign.length === 0) return;
  const named = foreign.slice(0, FOREIGN_NAMED).map(visibleText).join(", ");
  const more = foreign.length - FOREIGN_NAMED;
  const files = more > 0 ? { en: cliText("usage.outHoldsForeign.more", { named, more }, "en"), id: cliText("usage.outHoldsForeign.more", { named, more }, "id") } : named;
  throw new UsageError("usage.outHoldsForeign", { dir: visibleText(outDir), files, manifest: OUTPUT_MANIFEST });
}

type Phase = "progress.expanding" | "progress.planning" | "progress.writing";

/** One bar at a time over the phases of a run (expanding, planning, writing): a new phase starts a new bar. */
function phasedProgress(reporter: ProgressReporter, language: Language): { update(phase: Phase, done: number, total: number): void; stop(): void } {
  let current: Phase | undefined;
  return {
    update(phase, done, total) {
      if (phase !== current) {
        reporter.stop();
        reporter.start(total, cliText(phase, {}, language));
        current = phase;
      }
      reporter.update(done);
    },
    stop: () => reporter.stop(),
  };
}

// Inside the working directory a relative path is shorter; outside it (a temporary
// folder) the absolute path is clearer.
function displayDir(cwd: string, dir: string): string {
  const relative = relativePath(cwd, dir);
  if (relative === "") return ".";
  return relative.startsWith("../") || relative === ".." ? dir : relative;
}

/**
 * `lontar check` of the paths planned, as a planner types it again (`lontar check .`,
 * `lontar check "rencana desa"`), with the `--lang` given; a path that starts with `-` is
 * written `./-x`, not read as an option. Not said of a plan whose horizon was given with
 * `--from` / `--to`, which `lontar check` does not take (a review of stop 58).
 */
function checkCommandOf(paths: readonly string[], lang: "en" | "id" | undefined): string {
  const written = paths.length === 0 ? ["."] : paths.map((p) => shellWord(visibleText(p.startsWith("-") ? `./${p}` : p)));
  return ["lontar check", ...written, ...(lang === undefined ? [] : ["--lang", lang])].join(" ");
}
