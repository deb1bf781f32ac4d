import { certainFix, type Diagnostic, type Suggestion } from "@lontar/dsl";
import type { Formatter } from "./context.js";
import { countBySeverity, groupByFile } from "./group.js";
import { absolutePath } from "./paths.js";

/** A suggestion in ESLint's shape; `fix` only when it is one edit in the same file. */
export interface EslintSuggestion {
  /** What the suggestion does. */
  readonly desc: string;
  /** The replacement: UTF-16 offsets `[start, end)` and the new text. */
  readonly fix?: { readonly range: readonly [number, number]; readonly text: string };
}

/** One finding in ESLint's json shape. */
export interface EslintMessage {
  /** The diagnostic code. */
  readonly ruleId: string;
  /** 2 for errors, 1 for warnings and notes. */
  readonly severity: 1 | 2;
  /** The message. */
  readonly message: string;
  /** 1-based start line. */
  readonly line: number;
  /** 1-based start column. */
  readonly column: number;
  /** 1-based end line. */
  readonly endLine: number;
  /** 1-based end column (exclusive). */
  readonly endColumn: number;
  /** The certain fix `lontar check --fix` writes, as ESLint gives a rule's fix: when it is one edit in the same file. */
  readonly fix?: { readonly range: readonly [number, number]; readonly text: string };
  /** Suggested fixes. */
  readonly suggestions: readonly EslintSuggestion[];
}

/** One file in ESLint's json shape. */
export interface EslintFileResult {
  /** Absolute path of the file. */
  readonly filePath: string;
  /** Its findings, in reading order. */
  readonly messages: readonly EslintMessage[];
  /** How many errors. */
  readonly errorCount: number;
  /** How many warnings (notes count as warnings). */
  readonly warningCount: number;
  /** Always 0: lontar reports parse errors as ordinary errors. */
  readonly fatalErrorCount: number;
  /** How many errors have a certain fix, which `lontar check --fix` writes. */
  readonly fixableErrorCount: number;
  /** How many warnings and notes have a certain fix. */
  readonly fixableWarningCount: number;
}

/**
 * ESLint's `json` formatter shape, so dashboards and reporters that read ESLint output
 * read lontar's too: an array of files with their messages and counts.
 */
export const formatJson: Formatter = (diagnostics, context) => {
  const results: EslintFileResult[] = groupByFile(diagnostics, context.sources).map(({ file, diagnostics: list }) => {
    const counts = countBySeverity(list);
    return {
      filePath: absolutePath(context.cwd, file),
      messages: list.map(toMessage),
      errorCount: counts.error,
      warningCount: counts.warning + counts.info,
      fatalErrorCount: 0,
      fixableErrorCount: list.filter((d) => d.severity === "error" && certainFix(d) !== undefined).length,
      fixableWarningCount: list.filter((d) => d.severity !== "error" && certainFix(d) !== undefined).length,
    };
  });
  return `${JSON.stringify(results, null, 2)}\n`;
};

function toMessage(diagnostic: Diagnostic): EslintMessage {
  const { start, end } = diagnostic.location.range;
  return {
    ruleId: diagnostic.code,
    severity: diagnostic.severity === "error" ? 2 : 1,
    message: diagnostic.message,
    line: start.line,
    column: start.column,
    endLine: end.line,
    endColumn: end.column,
    ...eslintFix(diagnostic),
    suggestions: diagnostic.suggestions.map((suggestion) => toSuggestion(suggestion, diagnostic.location.file)),
  };
}

/** `{ fix }` when the diagnostic's certain fix is one edit in its own file, else nothing. */
function eslintFix(diagnostic: Diagnostic): Pick<EslintMessage, "fix"> {
  const suggestion = certainFix(diagnostic);
  const fix = suggestion === undefined ? undefined : toSuggestion(suggestion, diagnostic.location.file).fix;
  return fix === undefined ? {} : { fix };
}

function toSuggestion(suggestion: Suggestion, file: string): EslintSuggestion {
  const [edit, ...more] = suggestion.edits;
  if (edit === undefined || more.length > 0 || edit.location.file !== file) return { desc: suggestion.message };
  const { start, end } = edit.location.range;
  return { desc: suggestion.message, fix: { range: [start.offset, end.offset], text: edit.text } };
}
