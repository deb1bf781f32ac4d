import type { Diagnostic } from "@lontar/dsl";
import type { FormatContext, Formatter, RunNote } from "./context.js";
import { sortDiagnostics } from "./group.js";
import { repositoryPath } from "./paths.js";
import { visibleLines } from "./visible-text.js";

/**
 * GitHub Actions workflow commands, one line per diagnostic, which GitHub turns into
 * annotations on the pull request.
 *
 * @example
 * ```
 * ::error file=agreements.lontar,line=3,endLine=3,col=9,endColumn=14,title=LON2001::unknown partner `disdk`
 * ```
 */
export const formatGithub: Formatter = (diagnostics, context) =>
  [...(context.notes ?? []).map((note) => formatNote(note, context)), ...sortDiagnostics(diagnostics).map((diagnostic) => formatOne(diagnostic, context))]
    .map((line) => `${line}\n`)
    .join("");

/** A note about the run, first: a notice on its file when it has one (shown beside the annotations), else in the job's summary. */
function formatNote(note: RunNote, context: FormatContext): string {
  const file = note.file === undefined ? "" : ` file=${escapeProperty(repositoryPath(context, note.file))}`;
  return `::notice${file}::${escapeData(note.text)}`;
}

function formatOne(diagnostic: Diagnostic, context: FormatContext): string {
  const { file, range } = diagnostic.location;
  const command = diagnostic.severity === "error" ? "error" : diagnostic.severity === "warning" ? "warning" : "notice";
  const properties: Array<[string, string]> = [
    // Relative to the repository's root, where GitHub looks for it (lontar may run in a subfolder).
    ["file", repositoryPath(context, file)],
    ["line", String(range.start.line)],
    ["endLine", String(range.end.line)],
    // Columns only for a range on one line: GitHub takes none for a range over several (the
    // runner drops them, the checks API refuses them).
    ...(range.start.line === range.end.line
      ? ([
          ["col", String(range.start.column)],
          ["endColumn", String(range.end.column)],
        ] as Array<[string, string]>)
      : []),
    ["title", diagnostic.code],
  ];
  const props = properties.map(([key, value]) => `${key}=${escapeProperty(value)}`).join(",");
  return `::${command} ${props}::${escapeData(diagnostic.message)}`;
}

/**
 * Escapes a workflow command's message as @actions/core does (`%`, `\r`, `\n`: `%25`, `%0D`,
 * `%0A`, which GitHub unescapes), with every other control character shown as its picture
 * (ESC `␛`, a tab `␉`; C1 controls, U+2028, U+2029 and bidi overrides `�`: see
 * `visibleLines`): GitHub unescapes no other, and raw in the log one could recolour it,
 * reorder what is shown, or break the line for a reader of it.
 *
 * @example escapeData("50%\u001b[31m\nnext") // "50%25␛[31m%0Anext"
 */
export function escapeData(text: string): string {
  return visibleLines(text).replaceAll("%", "%25").replaceAll("\r", "%0D").replaceAll("\n", "%0A");
}

/** Escapes a workflow command's property value as @actions/core does (also `:` and `,`: `%3A`, `%2C`), every other control character as {@link escapeData} does. */
export function escapeProperty(text: string): string {
  return escapeData(text).replaceAll(":", "%3A").replaceAll(",", "%2C");
}
