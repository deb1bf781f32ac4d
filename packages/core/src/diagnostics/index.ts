/**
 * The one diagnostic model of Lontar: the Diagnostic type, the table of codes with their
 * message templates in English and Bahasa Indonesia, and the functions that build and
 * render diagnostics.
 */
export type { Diagnostic, Location, MessageArg, MessageArgs, MessageRef, Position, Range, RelatedLocation, Severity, Suggestion, TextEdit } from "./diagnostic.js";
export type { CodeEntry } from "./code-entry.js";
export { NOTE_MESSAGES } from "./codes/notes.js";
export { DIAGNOSTIC_TABLE, allMessageKeys, codeEntry, isDiagnosticCode, messageTemplate, type ArgsOf, type DiagnosticCode, type DiagnosticTable, type MessageTemplateOf, type DiagnosticMessageKey, type NoteKey, type Placeholders } from "./table.js";
export { argText, fillTemplate, messageLabels, renderMessage } from "./render.js";
export { createDiagnostic, diagnosticDocsPath, diagnosticFromMessage, localizeDiagnostic, plainLocation, plainRange, relatedLocation, suggestion, type DiagnosticExtras } from "./create.js";
export { coreIssueDiagnosticKey, coreIssueMessage, localizeIssue } from "./core-issues.js";
export { fileSystemReason } from "./file-system-reasons.js";
