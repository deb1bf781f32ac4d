import type { Diagnostic } from "@lontar/dsl";
import type { Snapshot } from "./snapshot.js";

/** One file's findings of a plan, and the text (and the editor's version, for an open document) they were found in. */
interface FileFindings {
  readonly diagnostics: readonly Diagnostic[];
  readonly text: string;
  readonly version: number | undefined;
}

/**
 * The diagnostics of the last plan made (the planner's `planDiagnostics`, as `lontar check` reports
 * them), per file, kept with the text and version of each file they were found in: a file's findings
 * are given only while it still has that text and version, so that a stale plan's diagnostics are
 * never shown for a newer version of a document (its ranges may no longer hold). The files no edit
 * touched keep them until the next plan replaces them, or until {@link clear} (a workspace with
 * errors plans nothing).
 */
export class PlanFindings {
  private byPath = new Map<string, FileFindings>();

  /**
   * The findings of the plan of `snapshot`, replacing the last plan's. A finding the whole analysis
   * gives already (same code, place and message) is left out: it is published once.
   * `versionOf` gives an open document's version by path (undefined for a file not open).
   */
  replace(snapshot: Snapshot, findings: readonly Diagnostic[], versionOf: (path: string) => number | undefined): void {
    const analyzed = new Set(snapshot.result.diagnostics.map(keyOf));
    const byFile = new Map<string, Diagnostic[]>();
    for (const d of findings) {
      if (analyzed.has(keyOf(d))) continue;
      const list = byFile.get(d.location.file) ?? [];
      list.push(d);
      byFile.set(d.location.file, list);
    }
    this.byPath = new Map();
    for (const [path, diagnostics] of byFile) {
      const text = snapshot.texts.get(path);
      if (text !== undefined) this.byPath.set(path, { diagnostics, text, version: versionOf(path) });
    }
  }

  /** Forgets every finding. */
  clear(): void {
    this.byPath.clear();
  }

  /** A file's findings, if it still has the text (and, open, the version) they were found in; else none. */
  of(path: string, text: string | undefined, version: number | undefined): readonly Diagnostic[] {
    const found = this.byPath.get(path);
    return found === undefined || found.text !== text || found.version !== version ? [] : found.diagnostics;
  }

  /** The files that have findings. */
  paths(): readonly string[] {
    return [...this.byPath.keys()];
  }
}

/** What makes two diagnostics the same finding: code, file, place, severity and message. */
const keyOf = (d: Diagnostic): string => JSON.stringify([d.code, d.location.file, d.location.range.start.offset, d.location.range.end.offset, d.severity, d.message]);
