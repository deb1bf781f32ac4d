import { diagnosticCodeInfo, type Diagnostic as LontarDiagnostic, type Suggestion } from "@lontar/dsl";
import { DiagnosticSeverity, type Diagnostic } from "vscode-languageserver";
import { toRange } from "../analysis/positions.js";
import type { Snapshot } from "../analysis/snapshot.js";
import type { UriPaths } from "../analysis/uri-paths.js";

/** What a published diagnostic carries for code actions: its suggestions. */
export interface DiagnosticData {
  /** The language's suggestions, edits included. */
  readonly suggestions: readonly Suggestion[];
}

const SEVERITY = { error: DiagnosticSeverity.Error, warning: DiagnosticSeverity.Warning, info: DiagnosticSeverity.Information } as const;

/** The LSP form of one diagnostic: code, link to its page, related places, suggestions in `data`. */
export function toLspDiagnostic(d: LontarDiagnostic, paths: UriPaths, docsUrl: string): Diagnostic {
  const data: DiagnosticData = { suggestions: d.suggestions };
  const title = diagnosticCodeInfo(d.code)?.title;
  return {
    range: toRange(d.location.range),
    severity: SEVERITY[d.severity],
    code: d.code,
    codeDescription: { href: `${docsUrl}${d.code}.md` },
    source: title === undefined ? "lontar" : `lontar (${title})`,
    message: d.message,
    relatedInformation: d.related.map((r) => ({ location: { uri: paths.uri(r.location.file), range: toRange(r.location.range) }, message: r.message })),
    data,
  };
}

/** The diagnostics of one file of a snapshot. */
export function fileDiagnostics(snapshot: Snapshot, path: string, paths: UriPaths, docsUrl: string): Diagnostic[] {
  return snapshot.result.diagnostics.filter((d) => d.location.file === path).map((d) => toLspDiagnostic(d, paths, docsUrl));
}

/** The files of a snapshot that have diagnostics. */
export function filesWithDiagnostics(snapshot: Snapshot): string[] {
  return [...new Set(snapshot.result.diagnostics.map((d) => d.location.file))];
}
