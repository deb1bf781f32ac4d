import { formatSource, localizeDiagnostic, type Diagnostic } from "@lontar/dsl";
import { COMMAND_USAGE } from "../args/help-texts.js";
import { messageLanguage } from "../args/message-language.js";
import { parseCommandLine, pathArguments, UsageError } from "../args/usage-error.js";
import { shouldUseColor } from "../color.js";
import { tryWriteAtomic, unwrittenSummary, type UnwrittenFile } from "../files/unwritten.js";
import { collectLontarFiles, foldersWithoutLontarFiles, noLontarFiles, readSourceFiles } from "../files/collect.js";
import { formatStylish } from "../format/stylish.js";
import { visibleText } from "../format/visible-text.js";
import { ExitCode, type CliIo } from "../io.js";
import { createProgressReporter } from "../progress/reporter.js";
import { TOOL_VERSION } from "../version.js";
import { cliText } from "../text/render.js";

type FmtMode = "print" | "check" | "write";

/**
 * `lontar fmt <paths…> [--check | --write]`. Prints the formatted text; with --check lists
 * the files that would change (exit 1 if any); with --write rewrites them atomically,
 * keeping each file's mode and writing through a link to its target. A file with syntax
 * errors is left alone and its errors are reported (exit 1), as is a file that cannot be
 * read safely (a link out of the folder, a FIFO, a device, a file over the size cap). A file
 * that cannot be written (a folder the user may not write to) is reported after the rest, and
 * the run fails (exit 2).
 */
export function runFmt(args: readonly string[], io: CliIo): ExitCode {
  const { values, positionals } = parseCommandLine(args, {
    options: { help: { type: "boolean", short: "h" }, check: { type: "boolean" }, write: { type: "boolean" }, lang: { type: "string", short: "l" } },
  });
  const language = messageLanguage(values.lang, io.env);
  if (values.help === true) {
    io.stdout(COMMAND_USAGE.fmt[language]);
    return ExitCode.Ok;
  }
  if (values.check === true && values.write === true) throw new UsageError("usage.checkAndWrite", {});
  const mode: FmtMode = values.check === true ? "check" : values.write === true ? "write" : "print";
  // `--check` and `--write` take the current folder when no path is given, as `lontar check` does (a walk of stop 59);
  // printing the formatted text of a whole folder is no one's wish: a path is asked for.
  if (positionals.length === 0 && mode === "print") throw new UsageError("usage.missingFmtPath", {});
  const paths = pathArguments(positionals.length === 0 ? ["."] : positionals);
  const files = collectLontarFiles(io.cwd, paths);
  // As check and plan: a folder with no .lontar file (a mistyped one in CI) stops the run, not passes it.
  const empty = foldersWithoutLontarFiles(io.cwd, paths, files);
  if (empty.length > 0) throw noLontarFiles(empty);
  const { sources, refused } = readSourceFiles(io.cwd, files);
  const progress = createProgressReporter(io.progressStream, io.stderrIsTTY);
  const problems: Diagnostic[] = [...refused];
  let changed = 0;
  const unwritten: UnwrittenFile[] = [];
  progress.start(files.length, cliText("progress.formatting", {}, language));
  for (const [index, file] of files.entries()) {
    const source = sources.get(file);
    if (source === undefined) continue;
    const result = formatSource(source, file);
    const errors = result.diagnostics.filter((diagnostic) => diagnostic.severity === "error");
    problems.push(...errors);
    if (errors.length === 0 && result.changed) {
      changed += 1;
      if (mode === "check") io.stdout(`${visibleText(file)}\n`);
      if (mode === "write") {
        // A file not written: the other files are still formatted and the problems still reported; the run then fails, naming the folder.
        if (tryWriteAtomic(io.cwd, file, result.text, unwritten)) io.stdout(`${visibleText(file)}\n`);
      }
    }
    // Several files printed: each under a comment naming it (the output stays Lontar), one blank line between them.
    if (mode === "print" && errors.length === 0) io.stdout(files.length > 1 ? `${index > 0 ? "\n" : ""}// ==> ${visibleText(file)} <==\n${result.text}` : result.text);
    progress.update(index + 1);
  }
  progress.stop();
  if (problems.length > 0) {
    io.stderr(formatStylish(problems.map((problem) => localizeDiagnostic(problem, language)), { cwd: io.cwd, sources, toolVersion: TOOL_VERSION, color: shouldUseColor(io.env, io.stderrIsTTY), language }));
  }
  if (mode === "check" && changed > 0) io.stderr(`${cliText(changed === 1 ? "run.notFormatted.one" : "run.notFormatted.other", { count: changed }, language)}\n`);
  if (unwritten.length > 0) {
    io.stderr(`${unwrittenSummary(unwritten, "formatted", language)}\n`);
    return ExitCode.Failure;
  }
  return problems.length > 0 || (mode === "check" && changed > 0) ? ExitCode.Findings : ExitCode.Ok;
}
