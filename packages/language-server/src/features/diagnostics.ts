import { diagnosticCodes, diagnosticDocsPath, localizeDiagnostic, type Diagnostic as LontarDiagnostic, type Suggestion } from "@lontar/dsl";
import { DiagnosticSeverity, type Diagnostic } from "vscode-languageserver";
import { toRange } from "../analysis/positions.js";
import type { Snapshot } from "../analysis/snapshot.js";
import type { UriPaths } from "../analysis/uri-paths.js";
import type { Lang } from "../language/language.js";

/** What a published diagnostic carries for code actions: its suggestions. */
export interface DiagnosticData {
  /** The language's suggestions, edits included. */
  readonly suggestions: readonly Suggestion[];
  /**
   * The version of the open document whose text the suggestions' edits were made for (see
   * {@link stampVersion}); absent for a file the editor has not open. A code action asked with
   * a diagnostic of another version offers no fix: its edits would land on moved text.
   */
  readonly version?: number;
}

/**
 * The diagnostics with the document version their fixes were made for in their `data`, each
 * already stamped keeping its own (a whole analysis's diagnostic carried over later edits
 * keeps the version it was made at).
 */
export function stampVersion(diagnostics: readonly Diagnostic[], version: number): Diagnostic[] {
  return diagnostics.map((d) => {
    const data = d.data as DiagnosticData | undefined;
    return data === undefined || data.version !== undefined ? d : { ...d, data: { ...data, version } };
  });
}

/** How diagnostics are shown: in which language, with links into which documentation site. */
export interface DiagnosticStyle {
  /** The language of messages and code pages. */
  readonly lang: Lang;
  /** The documentation site's base URL (ends with `/`). */
  readonly docsUrl: string;
}

const CODE_TITLES: Readonly<Record<Lang, ReturnType<typeof diagnosticCodes>>> = { en: diagnosticCodes("en"), id: diagnosticCodes("id") };

const SEVERITY = { error: DiagnosticSeverity.Error, warning: DiagnosticSeverity.Warning, info: DiagnosticSeverity.Information } as const;

/**
 * The URL of a code's page on the documentation site (the VitePress site built from docs/:
 * docs/diagnostics/LON2001.md is `<base>diagnostics/LON2001.html`, its Indonesian mirror
 * `<base>id/diagnostics/LON2001.html`).
 */
export function codePageUrl(code: string, style: DiagnosticStyle): string {
  const page = diagnosticDocsPath(code, style.lang).replace(/^docs\//, "").replace(/\.md$/, ".html");
  return `${style.docsUrl}${page}`;
}

/** The LSP form of one diagnostic, in the style's language: code, link to its page, related places, suggestions in `data`. */
export function toLspDiagnostic(diagnostic: LontarDiagnostic, paths: UriPaths, style: DiagnosticStyle): Diagnostic {
  const d = localizeDiagnostic(diagnostic, style.lang);
  const data: DiagnosticData = { suggestions: d.suggestions };
  const title = CODE_TITLES[style.lang][d.code]?.title;
  return {
    range: toRange(d.location.range),
    severity: SEVERITY[d.severity],
    code: d.code,
    codeDescription: { href: codePageUrl(d.code, style) },
    source: title === undefined ? "lontar" : `lontar (${title})`,
    // A path outside the root is said as the user knows it (see UriPaths.shown), never as the analysis holds it.
    message: paths.shown(d.message),
    relatedInformation: d.related.map((r) => ({ location: { uri: paths.uri(r.location.file), range: toRange(r.location.range) }, message: paths.shown(r.message) })),
    data,
  };
}

/** The LSP form of a file's diagnostics. */
export function toLspDiagnostics(diagnostics: readonly LontarDiagnostic[], paths: UriPaths, style: DiagnosticStyle): Diagnostic[] {
  return diagnostics.map((d) => toLspDiagnostic(d, paths, style));
}

/** The diagnostics of one file of a snapshot's whole analysis. */
export function fileDiagnostics(snapshot: Snapshot, path: string, paths: UriPaths, style: DiagnosticStyle): Diagnostic[] {
  return toLspDiagnostics(
    snapshot.result.diagnostics.filter((d) => d.location.file === path),
    paths,
    style,
  );
}

/** The files of a snapshot that have diagnostics. */
export function filesWithDiagnostics(snapshot: Snapshot): string[] {
  return [...new Set(snapshot.result.diagnostics.map((d) => d.location.file))];
}
