import { codeFrameColumns, type BabelCodeFrameOptions } from "@babel/code-frame";
import type { Diagnostic, Severity } from "@lontar/dsl";
import type { Language } from "@lontar/core";
import { palette, type Palette } from "../color.js";
import { cliText, counted } from "../text/render.js";
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
  const language = context.language ?? "en";
  const lines = sourceLines(context.sources);
  const blocks = sortDiagnostics(diagnostics).map((diagnostic) => formatOne(diagnostic, context, lines, colors, language));
  if (blocks.length === 0) return "";
  return `${blocks.join("\n")}\n${summary(diagnostics, colors, language)}\n`;
};

/** Each file's lines, made visible once (not once per finding: a file may have a thousand). */
type SourceLines = (file: string) => readonly string[] | undefined;

function sourceLines(sources: FormatContext["sources"]): SourceLines {
  const cache = new Map<string, readonly string[]>();
  return (file) => {
    const cached = cache.get(file);
    if (cached !== undefined) return cached;
    const source = sources.get(file);
    if (source === undefined) return undefined;
    // Split at `\n` only: a `\r` before it stays at the line's end, as in the text.
    const lines = visibleSource(source).split("\n");
    cache.set(file, lines);
    return lines;
  };
}

function formatOne(diagnostic: Diagnostic, context: FormatContext, sourceLinesOf: SourceLines, colors: Palette, language: Language): string {
  const { file, range } = diagnostic.location;
  const where = `${visibleText(relativePath(context.cwd, file))}:${range.start.line}:${range.start.column}`;
  const lines = [
    `${colors.bold(where)}  ${severityLabel(diagnostic.severity, colors, language)}  ${visibleText(diagnostic.message)}  ${colors.dim(visibleText(diagnostic.code))}`,
  ];
  const source = sourceLinesOf(file);
  if (source !== undefined) lines.push(frame(source, diagnostic, context.color ?? false));
  for (const related of diagnostic.related) {
    const at = related.location;
    lines.push(
      `  ${colors.cyan(cliText("report.note", {}, language))} ${visibleText(related.message)} (${visibleText(relativePath(context.cwd, at.file))}:${at.range.start.line}:${at.range.start.column})`,
    );
  }
  for (const suggestion of diagnostic.suggestions) lines.push(`  ${colors.green(cliText("report.help", {}, language))} ${visibleText(suggestion.message)}`);
  return `${lines.join("\n")}\n`;
}

/** A range over more lines than this is framed by its first line alone (a whole declaration would fill the screen with carets). */
const MOST_FRAMED_LINES = 3;
/**
 * Framed lines wider than this show a window of this many columns around the range, marked
 * with `…` where cut: a file written on one line would otherwise be printed whole for each of
 * its findings (a thousand copies of a megabyte).
 */
const MOST_FRAMED_COLUMNS = 400;
/** How much of a cut line is shown before the range. */
const COLUMNS_BEFORE = 80;
const CUT = "…";

function frame(lines: readonly string[], diagnostic: Diagnostic, color: boolean): string {
  const { start } = diagnostic.location.range;
  let end = diagnostic.location.range.end;
  if (end.line - start.line >= MOST_FRAMED_LINES) {
    const line = lines[start.line - 1] ?? "";
    end = { ...end, line: start.line, column: Math.max(start.column + 1, line.replace(/\r$/, "").length + 1) };
  }
  // An empty range still deserves one caret.
  const endColumn = end.line === start.line && end.column <= start.column ? start.column + 1 : end.column;
  // Only the framed lines (one above, one below) are given to the frame, the others left empty.
  const first = Math.max(1, start.line - 1);
  const last = Math.min(lines.length, end.line + 1);
  const framed = lines.slice(first - 1, last);
  const wide = framed.some((line) => line.length > MOST_FRAMED_COLUMNS);
  const from = wide ? Math.max(0, start.column - 1 - COLUMNS_BEFORE) : 0;
  const shown = wide ? framed.map((line) => cut(line, from)) : framed;
  // A column in a cut line: moved left by what was cut, and right by the `…` put there.
  const shift = from > 0 ? from - CUT.length : 0;
  const right = from + MOST_FRAMED_COLUMNS + 1 - shift + CUT.length;
  const column = (value: number): number => (wide ? Math.min(Math.max(1, value - shift), right) : value);
  // The framed lines alone, numbered from `first` (code-frame's `startLine`, which its types leave out): no padding of the lines above them.
  const options: BabelCodeFrameOptions & { readonly startLine: number } = { highlightCode: color, forceColor: color, linesAbove: 1, linesBelow: 1, startLine: first };
  return codeFrameColumns(shown.join("\n"), { start: { line: start.line, column: column(start.column) }, end: { line: end.line, column: column(endColumn) } }, options);
}

/** The `MOST_FRAMED_COLUMNS` columns of `line` from `from` on, with `…` where it was cut. */
function cut(line: string, from: number): string {
  const body = line.replace(/\r$/, "");
  // An empty line stays empty: nothing of it was cut.
  const head = from > 0 && body.length > 0 ? CUT : "";
  const tail = body.length > from + MOST_FRAMED_COLUMNS ? CUT : "";
  return `${head}${body.slice(from, from + MOST_FRAMED_COLUMNS)}${tail}`;
}

function severityLabel(severity: Severity, colors: Palette, language: Language): string {
  if (severity === "error") return colors.red(cliText("report.error", {}, language));
  if (severity === "warning") return colors.yellow(cliText("report.warning", {}, language));
  return colors.blue(cliText("report.info", {}, language));
}

function summary(diagnostics: readonly Diagnostic[], colors: Palette, language: Language): string {
  const counts = countBySeverity(diagnostics);
  // Notes alone are not problems: "ℹ 1 note", not "✖ 0 problems (…, 1 note)".
  if (counts.error + counts.warning === 0) return colors.blue(colors.bold(cliText("report.notesOnly", { notes: counted(counts.info, "note", language) }, language)));
  const text = cliText(
    "report.summary",
    {
      problems: counted(counts.error + counts.warning, "problem", language),
      errors: counted(counts.error, "error", language),
      warnings: counted(counts.warning, "warning", language),
      // Notes are no problems: beside the count, not in it ("4 problems (3 errors, 1 warning, 1 note)" added up to 5).
      notes: counts.info > 0 ? cliText("report.summaryNotes", { notes: counted(counts.info, "note", language) }, language) : "",
    },
    language,
  );
  return counts.error > 0 ? colors.red(colors.bold(text)) : colors.yellow(colors.bold(text));
}
