import path from "node:path";
import { pathToFileURL } from "node:url";
import type { Language } from "@lontar/core";
import type { Diagnostic, Location, Severity, Suggestion } from "@lontar/dsl";
import { readCodePage } from "../files/find-docs.js";
import { cliText } from "../text/render.js";
import type { DiagnosticCodeTable, Formatter, RunNote } from "./context.js";
import { FINGERPRINT_VERSION, fingerprints } from "./fingerprint.js";
import { compareText, sortDiagnostics } from "./group.js";
import { relativePath } from "./paths.js";

const SRCROOT = "%SRCROOT%";
/** The schema and version every SARIF log of lontar names (a run that stopped too: stopped-run.ts). */
export const SARIF_HEAD = { $schema: "https://json.schemastore.org/sarif-2.1.0.json", version: "2.1.0" } as const;

/**
 * SARIF 2.1.0, for GitHub code scanning and other static-analysis dashboards. Every code
 * used becomes a rule described from `context.codes`; paths are relative to `%SRCROOT%`
 * (the repository's root when known, else the working directory), so results line up with
 * the repository: GitHub code scanning reads a relative path from the repository's root.
 * Each result carries its fingerprint (see `fingerprints`) as `partialFingerprints`.
 */
export const formatSarif: Formatter = (diagnostics, context) => {
  const sorted = sortDiagnostics(diagnostics);
  const ruleIds = [...new Set(sorted.map((diagnostic) => diagnostic.code))].sort(compareText);
  const ruleIndex = new Map(ruleIds.map((id, index) => [id, index]));
  const defaultLevels = defaultLevelByCode(sorted);
  const prints = fingerprints(sorted, context);
  // %SRCROOT% is the repository's root when known (GitHub resolves relative paths against it), else the working directory.
  const root = context.repositoryRoot ?? context.cwd;
  const uri: FileUri = (file) => fileUri(root, path.resolve(context.cwd, file));
  const log = {
    ...SARIF_HEAD,
    runs: [
      {
        tool: {
          driver: {
            name: "lontar",
            version: context.toolVersion,
            rules: ruleIds.map((id) => describeRule(id, context.codes ?? {}, defaultLevels.get(id) ?? "warning", codePage(id, context.docsDir, context.language ?? "en"), context.language ?? "en")),
          },
        },
        ...invocations(context.notes ?? [], uri),
        originalUriBaseIds: { [SRCROOT]: { uri: directoryUri(root) } },
        results: sorted.map((diagnostic, index) => ({
          ruleId: diagnostic.code,
          ruleIndex: ruleIndex.get(diagnostic.code) ?? 0,
          level: level(diagnostic.severity),
          message: { text: diagnostic.message },
          locations: [{ physicalLocation: physicalLocation(diagnostic.location, uri) }],
          // The Code Quality report's fingerprint: code scanning follows an alert by it when lines move.
          partialFingerprints: { [FINGERPRINT_VERSION]: prints[index] ?? "" },
          ...(diagnostic.related.length > 0
            ? {
                relatedLocations: diagnostic.related.map((related, index) => ({
                  id: index,
                  message: { text: related.message },
                  physicalLocation: physicalLocation(related.location, uri),
                })),
              }
            : {}),
          ...fixes(diagnostic.suggestions, uri),
        })),
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
};

/**
 * The run's notes as SARIF's tool notifications (what a tool says about its run, not about a
 * line), with the file each is about; nothing when there are none.
 */
function invocations(notes: readonly RunNote[], uri: FileUri) {
  if (notes.length === 0) return {};
  return {
    invocations: [
      {
        executionSuccessful: true,
        toolExecutionNotifications: notes.map((note) => ({
          level: "note",
          message: { text: note.text },
          ...(note.file === undefined ? {} : { locations: [{ physicalLocation: { artifactLocation: { uri: uri(note.file), uriBaseId: SRCROOT } } }] }),
        })),
      },
    ],
  };
}

type Level = "error" | "warning" | "note";

function level(severity: Severity): Level {
  return severity === "info" ? "note" : severity;
}

// Without a documented severity, a code's default level is the most severe level it was
// reported with in this run.
function defaultLevelByCode(diagnostics: readonly Diagnostic[]): Map<string, Level> {
  const rank: Record<Level, number> = { note: 0, warning: 1, error: 2 };
  const levels = new Map<string, Level>();
  for (const diagnostic of diagnostics) {
    const seen = levels.get(diagnostic.code);
    const current = level(diagnostic.severity);
    if (seen === undefined || rank[current] > rank[seen]) levels.set(diagnostic.code, current);
  }
  return levels;
}

/**
 * A code's page, as the rule's help markdown. No `helpUri`: the only address of the page a
 * report could give is a file on the machine that ran the check, dead in a code-scanning
 * view, telling the runner's paths and making reports of two checkouts differ.
 */
interface CodePage {
  readonly markdown: string;
}

/** A code's page in `language` (see readCodePage), or undefined without the pages or the page. */
function codePage(id: string, docsDir: string | undefined, language: Language): CodePage | undefined {
  if (docsDir === undefined || !/^LON\d{4}$/.test(id)) return undefined;
  const page = readCodePage(docsDir, id, language);
  return page === undefined ? undefined : { markdown: withoutRelativeLinks(page.markdown.trimEnd()) };
}

/**
 * `markdown` with each link to a relative address (`[the English page](../../diagnostics/LON3014.md)`)
 * written as its text: a code-scanning view shows the help away from the pages, where such a
 * link leads nowhere. Links with a scheme (`https:`) stay.
 *
 * @example withoutRelativeLinks("see [LON3014.md](../LON3014.md)") // "see LON3014.md"
 */
export function withoutRelativeLinks(markdown: string): string {
  return markdown.replace(/\[([^\]\n]*)\]\((?![a-z][a-z0-9+.-]*:)[^)\s]*\)/gi, "$1");
}

// A rule's help: its description and how to read more, in the run's language; the markdown is
// the code's whole page when found (code-scanning dashboards show it beside each alert).
function describeRule(id: string, codes: DiagnosticCodeTable, defaultLevel: Level, page: CodePage | undefined, language: Language) {
  const info = codes[id];
  const title = info?.title ?? id;
  const description = info?.description ?? title;
  const helpText = `${description}\n${cliText("sarif.ruleHelp", { code: id }, language)}`;
  return {
    id,
    shortDescription: { text: title },
    fullDescription: { text: description },
    help: { text: helpText, markdown: page?.markdown ?? `**${id}: ${title}**\n\n${helpText}` },
    defaultConfiguration: { level: info?.severity !== undefined ? level(info.severity) : defaultLevel },
  };
}

/** A file's URI reference, relative to %SRCROOT%. */
type FileUri = (file: string) => string;

function physicalLocation(location: Location, uri: FileUri) {
  const { start, end } = location.range;
  return {
    artifactLocation: { uri: uri(location.file), uriBaseId: SRCROOT },
    region: { startLine: start.line, startColumn: start.column, endLine: end.line, endColumn: end.column },
  };
}

function fixes(suggestions: readonly Suggestion[], uri: FileUri) {
  const certain = suggestions.filter((suggestion) => suggestion.edits.length > 0);
  if (certain.length === 0) return {};
  return {
    fixes: certain.map((suggestion) => ({
      description: { text: suggestion.message },
      artifactChanges: [...new Set(suggestion.edits.map((edit) => edit.location.file))].map((file) => ({
        artifactLocation: { uri: uri(file), uriBaseId: SRCROOT },
        replacements: suggestion.edits
          .filter((edit) => edit.location.file === file)
          .map((edit) => ({
            deletedRegion: physicalLocation(edit.location, uri).region,
            insertedContent: { text: edit.text },
          })),
      })),
    })),
  };
}

/** A relative URI reference for `file`: forward slashes, each segment percent-encoded. */
export function fileUri(cwd: string, file: string): string {
  return relativePath(cwd, file)
    .split("/")
    .map((segment) => (segment === ".." || segment === "." ? segment : encodeURIComponent(segment)))
    .join("/");
}

function directoryUri(cwd: string): string {
  const href = pathToFileURL(cwd).href;
  return href.endsWith("/") ? href : `${href}/`;
}
