import path from "node:path";
import { diagnosticCodes, localizeDiagnostic, type Diagnostic } from "@lontar/dsl";
import type { Labels, Language } from "@lontar/core";
import { checkExitCode, tooManyWarnings, visibleDiagnostics } from "../check/exit-code.js";
import { fixedSummary, fixFiles, type FixedFile } from "../check/fix-files.js";
import { unwrittenSummary, type UnwrittenFile } from "../files/unwritten.js";
import { importerOf } from "../check/importers.js";
import { notImportedNotes } from "../check/not-imported-notes.js";
import { severalPlansNote } from "../check/several-plans.js";
import { SiblingFiles } from "../check/sibling-files.js";
import { reportedOnce } from "../check/reported-once.js";
import { shouldUseColor } from "../color.js";
import { analyzeFiles } from "../engine/analyze.js";
import { collectLontarFiles, noLontarFiles, readSourceFiles } from "../files/collect.js";
import { findDiagnosticsDocs } from "../files/find-docs.js";
import { leftOutFiles, workspaceGroups } from "../files/workspace-groups.js";
import type { AgreementSpan, RunNote } from "../format/context.js";
import { FORMATTERS } from "../format/formatters.js";
import { repositoryRootOf } from "../format/paths.js";
import { ExitCode, type CliIo } from "../io.js";
import { TOOL_VERSION } from "../version.js";
import { CHECK_USAGE, parseCheckOptions } from "./check-options.js";
import { chromeLanguage } from "../args/message-language.js";
import { visibleText } from "../format/visible-text.js";
import { cliText, counted } from "../text/render.js";
import { pathWords } from "../text/path-words.js";
import { isDirectory, isFile } from "../files/path-kind.js";

/**
 * `lontar check [paths…]` (no path: the current folder): the language's diagnostics and, unless --static, what a plan of
 * the workspace would miss (sessions that cannot take place, agreement obligations), in
 * the chosen format. With --fix, the certain fixes are written to the named files first.
 * Notes about the run (a file checked apart from its importer; a workspace whose errors kept
 * its plan and agreements from being checked) come before the report, in every format.
 */
export async function runCheck(args: readonly string[], io: CliIo): Promise<ExitCode> {
  const options = parseCheckOptions(args, io.env);
  if (options === "help") {
    io.stdout(CHECK_USAGE[chromeLanguage(args, io.env)]);
    return ExitCode.Ok;
  }
  // The planner is loaded only when compliance is checked: `--static` starts faster without it.
  const compliance = options.staticOnly ? undefined : (await import("../engine/check-compliance.js")).checkCompliance;
  const sources = new Map<string, string>();
  const diagnostics: Diagnostic[] = [];
  const agreements = new Map<string, readonly AgreementSpan[]>();
  const fixed: FixedFile[] = [];
  const unwritten: UnwrittenFile[] = [];
  // A file reached through two paths (a folder and a file in it) is analyzed twice and reported once.
  const newFindings = reportedOnce(io.cwd);
  const notes: RunNote[] = [];
  // The files beside those named on their own, read once for the run's notes and hints.
  const siblings = new SiblingFiles();
  // Files whose agreements no plan was checked against, and why (JUnit's skipped cases).
  const uncheckedAgreements = new Map<string, string>();
  // Every path's files first: a folder with no .lontar file stops the run before a report
  // (or --fix) would pass over it, as docs/ci.md says, whatever the other paths hold.
  const groups = workspaceGroups(io.cwd, options.paths, isDirectory, isFile).map((group) => ({ group, files: collectLontarFiles(io.cwd, group) }));
  const empty = groups.filter(({ files }) => files.length === 0).flatMap(({ group }) => group);
  if (empty.length > 0) throw noLontarFiles(empty);
  // Files named beside .lontar files or folders but not .lontar themselves (`mou.lontar.bak`): left out, and said so (a CI walk: passed over in silence).
  const leftOut = leftOutFiles(io.cwd, options.paths, groups.map(({ group }) => group));
  if (leftOut.length > 0) notes.push({ text: cliText("check.notLontarFiles", { paths: pathWords(leftOut.map(visibleText)) }, options.lang) });
  for (const { group, files } of groups) {
    const read = readSourceFiles(io.cwd, files);
    const findings: Diagnostic[] = [...read.refused];
    const groupSources = read.sources;
    if (groupSources.size === 0) {
      for (const d of newFindings(findings)) diagnostics.push(d);
      continue;
    }
    // With --fix, the analysis of its last pass is of the texts as now written.
    const fixing = options.fix ? fixFiles(io.cwd, group, groupSources) : undefined;
    fixed.push(...(fixing?.fixed ?? []));
    unwritten.push(...(fixing?.unwritten ?? []));
    const analysis = fixing?.analysis ?? analyzeFiles(io.cwd, group, groupSources);
    // One by one: spreading a long list as arguments overflows the stack.
    for (const d of analysis.diagnostics) findings.push(d);
    // A file named on its own that leaves out a file beside it declaring the villages it visits: said, the run passes in silence otherwise.
    // A folder of several plans, each with its horizon, checked as one: every name is declared twice; said first.
    const severalPlans = severalPlansNote(io.cwd, group, analysis, options.lang);
    if (severalPlans !== undefined) notes.push(severalPlans);
    notes.push(...notImportedNotes(io.cwd, group, options.paths, analysis, options.lang, siblings));
    const planned = compliance?.(analysis, io, options.maxOccurrences, options.lang);
    for (const d of planned?.diagnostics ?? []) findings.push(d);
    // The plan needs a workspace without errors: said, so that a red run is not read as "the agreements are kept".
    const firstError = analysis.diagnostics.find((d) => d.severity === "error");
    // Once per file with errors, as its findings are (a file reached through two paths).
    if (compliance !== undefined && analysis.result.workspace === undefined && firstError !== undefined && !notes.some((note) => note.file === firstError.location.file)) {
      notes.push({ text: cliText("check.planNotChecked", { workspace: workspaceWords(group) }, options.lang), file: firstError.location.file });
    }
    // --static passed a workspace whose agreements no plan was checked against in silence (a CI walk): said, once per workspace.
    const agreementCount = [...analysis.agreements.values()].reduce((sum, spans) => sum + spans.length, 0);
    if (compliance === undefined && agreementCount > 0 && analysis.result.workspace !== undefined) {
      notes.push({ text: cliText("check.staticNotPlanned", { agreements: counted(agreementCount, "agreement", options.lang), workspace: workspaceWords(group) }, options.lang) });
    }
    for (const d of newFindings(findings)) diagnostics.push(d);
    for (const [file, text] of groupSources) sources.set(file, text);
    for (const [file, spans] of analysis.agreements) agreements.set(file, spans);
    // A plan refused for passing the occurrence bound (LON4011) holds no session: nothing was checked against it.
    const unchecked = compliance === undefined ? "check.agreementStatic" : analysis.result.workspace === undefined ? "check.agreementNotChecked" : planned?.refused === true ? "check.agreementRefused" : undefined;
    if (unchecked !== undefined) for (const file of analysis.agreements.keys()) uncheckedAgreements.set(file, cliText(unchecked, {}, options.lang));
  }
  if (fixed.length > 0) io.stderr(`${fixedSummary(fixed, options.lang)}\n`);
  // A file given twice (`check a.lontar a.lontar`) is hinted at once (a CI walk: the notice came twice).
  const importedAlone = uniqueNotes(importedAloneHints(io.cwd, options.paths, diagnostics, options.lang, siblings));
  // In a file checked apart from its importer, a name not declared is most likely its importer's: declaring it there
  // would make a second declaration (a walk of stop 59: 18 errors, each with "declare it"); the hint says to check the folder.
  const apart = new Set(importedAlone.flatMap((hint) => (hint.file === undefined ? [] : [hint.file])));
  const shown = visibleDiagnostics(diagnostics, options.quiet)
    .map((diagnostic) => (apart.has(diagnostic.location.file) ? withoutDeclareIt(diagnostic) : diagnostic))
    .map((diagnostic) => localizeDiagnostic(diagnostic, options.lang));
  notes.unshift(...importedAlone);
  // Before the report, where a reader sees them first; on stderr, so that the report stays as its format has it.
  // The github report gives them as notices of its own, in the log.
  if (options.format !== "github") for (const note of notes) io.stderr(`${note.text}\n`);
  io.stdout(
    FORMATTERS[options.format](shown, {
      cwd: io.cwd,
      ...repositoryRoot(io),
      sources,
      toolVersion: TOOL_VERSION,
      color: options.color ?? shouldUseColor(io.env, io.stdoutIsTTY),
      language: options.lang,
      codes: diagnosticCodes(options.lang),
      ...(options.format === "sarif" ? docsFolder() : {}),
      agreements,
      uncheckedAgreements,
      notes,
    }),
  );
  // A file checked apart from its importer: its many "not declared" scroll the hint out of sight, so a reader's report ends with it too.
  if (options.format === "stylish") for (const hint of importedAlone) io.stderr(`${hint.text}\n`);
  // After the report, which is of the files as they stand: the run fails, for --fix did not do what was asked.
  if (unwritten.length > 0) {
    io.stderr(`${unwrittenSummary(unwritten, "fixes", options.lang)}\n`);
    return ExitCode.Failure;
  }
  const over = tooManyWarnings(diagnostics, options.maxWarnings);
  // Under --quiet the report showed none of them (a walk: the run failed saying nothing of why): said where they are.
  if (over !== undefined) io.stderr(`lontar: ${cliText(options.quiet ? "check.tooManyWarningsQuiet" : "check.tooManyWarnings", over, options.lang)}\n`);
  // A planner at a terminal is told that the check ran and found nothing; a pipe or a CI log gets nothing, as linters do.
  if (shown.length === 0 && options.format === "stylish" && io.stdoutIsTTY) io.stdout(`${cliText("check.clean", { files: counted(sources.size, "file", options.lang) }, options.lang)}\n`);
  return checkExitCode(diagnostics, options.maxWarnings);
}

/** The notes with each text said once (the first of a file and text kept). */
function uniqueNotes(notes: readonly RunNote[]): RunNote[] {
  const seen = new Set<string>();
  return notes.filter((note) => {
    const key = `${note.file ?? ""}\u0000${note.text}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** `d` without LON2002's advice to declare the name (`declareIt`): for a file checked apart from the file that imports it. */
function withoutDeclareIt(d: Diagnostic): Diagnostic {
  if (d.code !== "LON2002" || !d.suggestions.some((s) => s.text?.key === "LON2002.declareIt")) return d;
  return { ...d, suggestions: d.suggestions.filter((s) => s.text?.key !== "LON2002.declareIt") };
}

/**
 * For each file named on its own whose names are not declared (LON2002) and that another file
 * beside it imports: a hint to check the folder, where the importer's declarations are seen.
 */
function importedAloneHints(cwd: string, paths: readonly string[], diagnostics: readonly Diagnostic[], lang: Language, siblings: SiblingFiles): RunNote[] {
  const undeclared = new Map(diagnostics.filter((d) => d.code === "LON2002").map((d) => [path.resolve(cwd, d.location.file), d.location.file]));
  const hints: RunNote[] = [];
  for (const given of paths) {
    const file = path.resolve(cwd, given);
    if (!undeclared.has(file) || !isFile(file)) continue;
    const importer = importerOf(file, siblings);
    if (importer === undefined) continue;
    // Written as the user wrote the file's path (relative or absolute).
    const folder = path.dirname(given);
    const command = /\s/.test(folder) ? JSON.stringify(folder) : folder;
    const text = cliText("check.importedAlone", { file: visibleText(given), importer: visibleText(path.join(folder, path.basename(importer))), folder: visibleText(command) }, lang);
    hints.push({ text, file: undeclared.get(file) ?? given });
  }
  return hints;
}

/** A workspace as the note names it: its folder, or its first files (`a.lontar, b.lontar, c.lontar, …`). */
function workspaceWords(group: readonly string[]): Labels {
  const named = pathWords(group.slice(0, 3));
  return group.length > 3 ? { en: `${named.en}, …`, id: `${named.id}, …` } : named;
}

/** The checkout's root when lontar runs inside one on GitHub Actions or GitLab CI, for the paths of the github, sarif and codequality reports. */
function repositoryRoot(io: CliIo): { repositoryRoot?: string } {
  const root = repositoryRootOf(io.cwd, io.env);
  return root === undefined ? {} : { repositoryRoot: root };
}

/** The diagnostics pages shipped with lontar, when found, for SARIF rules' help. */
function docsFolder(): { docsDir?: string } {
  const docsDir = findDiagnosticsDocs();
  return docsDir === undefined ? {} : { docsDir };
}
