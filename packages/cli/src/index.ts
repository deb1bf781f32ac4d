/**
 * @lontar/cli — the `lontar` command, and its report formatters for tools that embed it.
 *
 * @packageDocumentation
 */

/** The name of the command. */
export const CLI_NAME = "lontar";

export { main } from "./main.js";
export { ExitCode, type CliIo } from "./io.js";
export { TOOL_VERSION } from "./version.js";
export type { AgreementSpan, DiagnosticCodeInfo, DiagnosticCodeTable, FormatContext, Formatter, RunNote } from "./format/context.js";
export { FORMAT_NAMES, FORMATTERS, isFormatName, type FormatName } from "./format/formatters.js";
export { formatStylish } from "./format/stylish.js";
export { formatJson, type EslintFileResult, type EslintMessage, type EslintSuggestion } from "./format/json.js";
export { formatSarif } from "./format/sarif.js";
export { formatGithub, escapeData, escapeProperty } from "./format/github.js";
export { formatJunit } from "./format/junit.js";
export { formatCodeQuality, type CodeQualityIssue, type CodeQualitySeverity } from "./format/codequality.js";
export { fingerprints, FINGERPRINT_VERSION } from "./format/fingerprint.js";
