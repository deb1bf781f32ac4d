/**
 * @lontar/dsl — the Lontar rules language.
 *
 * @packageDocumentation
 */
export type { Diagnostic, Location, MessageArg, MessageArgs, MessageRef, Position, Range, RelatedLocation, Severity, Suggestion, TextEdit } from "./diagnostics/diagnostic.js";
export type * from "./syntax/ast.js";
export { parseFile, MAX_FILE_SIZE, MAX_SYNTAX_DIAGNOSTICS, type ParseResult } from "./syntax/parse.js";
export { MAX_DIAGNOSTICS_PER_FILE } from "./semantics/report.js";
export { stripSyntaxDetails } from "./syntax/ast-equality.js";
export { nodeFields } from "./syntax/ast-builder/spanned-node.js";
export { SYNTAX_CODES, type SyntaxCode } from "./syntax/syntax-codes.js";
export { MAX_NESTING } from "./syntax/depth-guard.js";
// The keyword spellings the lexer reads: for editors (completion, hover, highlighting) that must spell as the language does.
// How a name is written (the lexer's words): for an editor's rename and the like.
export { isNameText } from "./syntax/lexer/tokens.js";
// Where a program's sessions are held, as LON5006 reads it: for an editor's completion of a count's `di` / `at`.
export { programSites } from "./semantics/checker/counted-sites.js";
export { KEYWORDS, MONTH_SPELLINGS, WEEKDAY_SPELLINGS, WEEKDAYS, WORDS, spell, type KeywordEntry, type WeekdayCode, type WordMeaning } from "./syntax/keywords.js";
export { formatSource, printFile, type FormatOptions, type FormatResult } from "./format/format.js";
export { costBudgetWord, costUnitWord, type CostUnit } from "./format/words.js";
export { DIAGNOSTIC_CODES, diagnosticCodeInfo, diagnosticCodes, type DiagnosticCodeInfo } from "./diagnostics/codes.js";
export { damerauDistance, typoLimit } from "@lontar/core";
export { applyEdits, certainFix, certainFixes } from "./diagnostics/certain-fixes.js";
export { writtenDateMeant } from "./syntax/parser/written-dates.js";
// The one diagnostic model lives in core; these are re-exported so that dsl users need one import.
export { diagnosticDocsPath, localizeDiagnostic, renderMessage } from "@lontar/core";
export { analyzeWorkspace, checkSource, type AgreementLocation, type AnalyzeInput, type AnalyzeResult } from "./workspace/analyze.js";
export type { HorizonDates } from "./semantics/schedule/compile-schedule.js";
export { MAX_WORKSPACE_FILES, type SourceFile } from "./workspace/load.js";
export { workspaceLanguage } from "./workspace/workspace-language.js";
export { emptyWorkspace } from "./workspace/empty-workspace.js";
export { resolveImport, type ImportTarget } from "./semantics/binder/import-path.js";
export {
  MAX_READ_BYTES,
  refusalDiagnostic,
  type ReadRefusal,
  type SpecialFileKind,
  type WorkspaceFileReader,
} from "./workspace/file-access.js";
export { MAX_OCCURRENCES_PER_SCHEDULE } from "./semantics/checker/schedules.js";
export {
  LANGUAGE,
  PROPERTY_SYNTAX,
  TABLE_KEYWORDS,
  VALUE_SHAPES,
  allowedValue,
  explainKeyword,
  explainableWords,
  declarationSpec,
  propertyAliases,
  propertySpec,
  propertySyntax,
  takesAtLibrary,
  type AllowedValue,
  type Bilingual,
  type DeclarationSpec,
  type KeywordSpelling,
  type PropertySpec,
  type PropertySyntax,
  type ValueSet,
  type ValueShape,
  type ValueShapeName,
} from "./language/index.js";
export type { Vocabulary } from "./semantics/vocabulary.js";
export { LineIndex, type ProtocolPosition, type ProtocolRange } from "./text/line-index.js";
export { withoutByteOrderMark } from "./text/byte-order-mark.js";
export { workspacePath } from "./workspace/workspace-path.js";
export { nextTurn, WorkspaceSession, type AnalyzeOptions, type FastResult, type SessionOptions } from "./session/session.js";
export type { DocumentChange, OpenDocument } from "./session/document.js";
export type { DocumentSymbol } from "./session/queries.js";
export { CHILD_KEYS, childrenOf, walkNodes, type ChildKey } from "./syntax/walk.js";
