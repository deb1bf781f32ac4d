import { codeFrameColumns } from "@babel/code-frame";
import type { Diagnostic, Severity } from "@lontar/dsl";
import { palette, type Palette } from "../color.js";
import type { FormatContext, Formatter } from "./context.js";
import { countBySeverity, sortDiagnostics } from "./group.js";
import { relativePath } from "./paths.js";
import { visibleSource, visibleText } from "./visible-text.js";

/**
 * The default, compiler-like report: `file:line:col  error  message  CODE`, a code frame
 * with a caret under the range, `help:` lines for suggestions, and a summary. File names,
 * messages and source lines are printed with control characters made visible: no raw control
 * character reaches the terminal or the CI log.
 *
 * @example
 * ```
 * agreements.lontar:3:9  error  unknown partner `disdk`  LON2001
 * > 3 |   between dispusip_solok and disdk
 *     |                              ^^^^^
 *   help: did you mean `disdik`?
 *
 * ✖ 1 problem (1 error, 0 warnings)
 * ```
 */
export const formatStylish: Formatter = (diagnostics, context) => {
  const colors = palette(context.color ?? false);
  const blocks = sortDiagnostics(diagnostics).map((diagnostic) => formatOne(diagnostic, context, colors));
  if (blocks.length === 0) return "";
  return `${blocks.join("\n")}\n${summary(diagnostics, colors)}\n`;
};

function formatOne(diagnostic: Diagnostic, context: FormatContext, colors: Palette): string {
  const { file, range } = diagnostic.location;
  const where = `${visibleText(relativePath(context.cwd, file))}:${range.start.line}:${range.start.column}`;
  const lines = [
    `${colors.bold(where)}  ${severityLabel(diagnostic.severity, colors)}  ${visibleText(diagnostic.message)}  ${colors.dim(visibleText(diagnostic.code))}`,
  ];
  const source = context.sources.get(file);
  if (source !== undefined) lines.push(frame(source, diagnostic, context.color ?? false));
  for (const related of diagnostic.related) {
    const at = related.location;
    lines.push(
      `  ${colors.cyan("note:")} ${visibleText(related.message)} (${visibleText(relativePath(context.cwd, at.file))}:${at.range.start.line}:${at.range.start.column})`,
    );
  }
  for (const suggestion of diagnostic.suggestions) lines.push(`  ${colors.green("help:")} ${visibleText(suggestion.message)}`);
  return `${lines.join("\n")}\n`;
}

function frame(source: string, diagnostic: Diagnostic, color: boolean): string {
  const { start, end } = diagnostic.location.range;
  // An empty range still deserves one caret.
  const endColumn = end.line === start.line && end.column <= start.column ? start.column + 1 : end.column;
  return codeFrameColumns(
    visibleSource(source),
    { start: { line: start.line, column: start.column }, end: { line: end.line, column: endColumn } },
    { highlightCode: color, forceColor: color, linesAbove: 1, linesBelow: 1 },
  );
}

function severityLabel(severity: Severity, colors: Palette): string {
  if (severity === "error") return colors.red("error");
  if (severity === "warning") return colors.yellow("warning");
  return colors.blue("info");
}

function summary(diagnostics: readonly Diagnostic[], colors: Palette): string {
  const counts = countBySeverity(diagnostics);
  const problems = counts.error + counts.warning;
  const infos = counts.info > 0 ? `, ${counts.info} ${plural(counts.info, "note")}` : "";
  const text = `✖ ${problems} ${plural(problems, "problem")} (${counts.error} ${plural(counts.error, "error")}, ${counts.warning} ${plural(counts.warning, "warning")}${infos})`;
  return counts.error > 0 ? colors.red(colors.bold(text)) : colors.yellow(colors.bold(text));
}

function plural(count: number, word: string): string {
  return count === 1 ? word : `${word}s`;
}
