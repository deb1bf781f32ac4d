import { codeEntry, createDiagnostic, type ArgsOf, type DiagnosticExtras, type DiagnosticMessageKey } from "@lontar/core";
import type { Diagnostic, Range, Severity } from "../diagnostics/diagnostic.js";

export type { DiagnosticExtras } from "@lontar/core";

/**
 * Builds a diagnostic at `range` of `file` from a message key of core's code table, so
 * that a code's severity and wording are stated once, in both languages.
 *
 * @example makeDiagnostic("LON2103.cycle", { path: "a.lontar → b.lontar → a.lontar" }, "a.lontar", range)
 */
export function makeDiagnostic<K extends DiagnosticMessageKey>(key: K, args: ArgsOf<K>, file: string, range: Range, extras: DiagnosticExtras = {}): Diagnostic {
  return createDiagnostic(key, args, { file, range }, extras);
}

/**
 * At most this many diagnostics are reported per file, by each step of the analysis and in
 * the end; the rest are only counted (their messages are not built) and summed up by one
 * LON1006 "N more problems in this file".
 */
export const MAX_DIAGNOSTICS_PER_FILE = 1000;

const SEVERITY_RANK: Readonly<Record<Severity, number>> = { info: 0, warning: 1, error: 2 };

/** The more serious of two severities. */
function graver(a: Severity | undefined, b: Severity): Severity {
  return a === undefined || SEVERITY_RANK[b] > SEVERITY_RANK[a] ? b : a;
}

/** LON1006 at `range` of `file`: `count` more problems, the most serious of them `severity`. */
function moreProblems(file: string, range: Range, count: number, severity: Severity): Diagnostic {
  return { ...createDiagnostic("LON1006.more", { count, max: MAX_DIAGNOSTICS_PER_FILE }, { file, range }), severity };
}

/** True for a LON1006 summary. */
function isSummary(d: Diagnostic): boolean {
  return d.code === "LON1006";
}

/** How many problems a LON1006 summary counts. */
function summaryCount(d: Diagnostic): number {
  const count = d.text?.args["count"];
  return typeof count === "number" ? count : 0;
}

/**
 * One step's diagnostics of one file, capped: the first {@link MAX_DIAGNOSTICS_PER_FILE}
 * are built and appended, the rest only counted, without building them (no message, no
 * suggestion search); {@link finish} appends their LON1006.
 */
export class FileDiagnostics {
  private made = 0;
  private omitted = 0;
  private severity: Severity | undefined;
  private firstOmitted: Range | undefined;

  /** Appends to `into` the diagnostics of `file`. */
  constructor(
    /** The file the diagnostics are about. */
    readonly file: string,
    private readonly into: Diagnostic[],
  ) {}

  /** Whether the file has had its share: later diagnostics are only counted. */
  get full(): boolean {
    return this.made >= MAX_DIAGNOSTICS_PER_FILE;
  }

  /** Appends the diagnostic `make` builds, or counts one of `code` at `range` when the file has had its share. */
  add(code: string, range: Range, make: () => Diagnostic): void {
    if (this.made < MAX_DIAGNOSTICS_PER_FILE) {
      this.made++;
      this.into.push(make());
      return;
    }
    this.omitted++;
    this.severity = graver(this.severity, codeEntry(code)?.severity ?? "error");
    this.firstOmitted ??= range;
  }

  /** Appends the LON1006 of the diagnostics only counted, if any. */
  finish(): void {
    if (this.omitted > 0 && this.firstOmitted !== undefined) this.into.push(moreProblems(this.file, this.firstOmitted, this.omitted, this.severity ?? "error"));
  }
}

/** Collects diagnostics for one file. */
export interface FileReporter {
  /** The file the diagnostics are about. */
  readonly file: string;
  /** Adds a diagnostic at `range` of this file. */
  report<K extends DiagnosticMessageKey>(key: K, args: ArgsOf<K>, range: Range, extras?: DiagnosticExtras): void;
}

/** A {@link FileReporter} that caps what it builds (see {@link FileDiagnostics}); {@link finish} appends the summary. */
export interface CappedFileReporter extends FileReporter {
  /** Appends the LON1006 of the diagnostics only counted, if any. */
  finish(): void;
}

/** A reporter for `file` that appends to `into`, at most {@link MAX_DIAGNOSTICS_PER_FILE} diagnostics; call `finish` at the end. */
export function fileReporter(file: string, into: Diagnostic[]): CappedFileReporter {
  const capped = new FileDiagnostics(file, into);
  return {
    file,
    report: (key, args, range, extras) => capped.add(key.slice(0, key.indexOf(".")), range, () => createDiagnostic(key, args, { file, range }, extras)),
    finish: () => capped.finish(),
  };
}

/**
 * A reporter that keeps what it is told, to hand it on later ({@link replay}): so that checks
 * run interleaved report in the order of checks run one after the other.
 */
export class DeferredReporter implements FileReporter {
  private readonly reports: { readonly key: DiagnosticMessageKey; readonly args: unknown; readonly range: Range; readonly extras: DiagnosticExtras | undefined }[] = [];

  /** Keeps the reports about `file`. */
  constructor(
    /** The file the diagnostics are about. */
    readonly file: string,
  ) {}

  /** Keeps one report. */
  report<K extends DiagnosticMessageKey>(key: K, args: ArgsOf<K>, range: Range, extras?: DiagnosticExtras): void {
    this.reports.push({ key, args, range, extras });
  }

  /** Reports what was kept to `reporter`, in order, and forgets it. */
  replay(reporter: FileReporter): void {
    for (const { key, args, range, extras } of this.reports) reporter.report(key, args as ArgsOf<typeof key>, range, extras);
    this.reports.length = 0;
  }
}

/**
 * Caps sorted diagnostics at {@link MAX_DIAGNOSTICS_PER_FILE} per file: each file keeps its
 * first ones in order, and the rest, with the steps' own LON1006, become one LON1006 that
 * counts them all, placed at the first problem it counts; a LON1006 with nothing to fold in
 * stays as it was (the parser's, of its syntax errors). Linear; keeps the order.
 */
export function capPerFile(sorted: readonly Diagnostic[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  let start = 0;
  while (start < sorted.length) {
    const file = sorted[start]?.location.file;
    let end = start;
    while (end < sorted.length && sorted[end]?.location.file === file) end++;
    let kept = 0;
    let counted = 0;
    let folded = 0;
    let severity: Severity | undefined;
    let first: Diagnostic | undefined;
    let summaryAt = -1;
    for (let i = start; i < end; i++) {
      const d = sorted[i];
      if (d === undefined) continue;
      if (!isSummary(d) && kept < MAX_DIAGNOSTICS_PER_FILE) {
        kept++;
        out.push(d);
        continue;
      }
      counted += isSummary(d) ? summaryCount(d) : 1;
      folded++;
      severity = graver(severity, d.severity);
      if (first === undefined) {
        first = d;
        summaryAt = out.length;
      }
    }
    // One summary alone (the parser's LON1006 of its syntax errors, in a file under the cap) stays as it was.
    const alone = folded === 1 && first !== undefined && isSummary(first);
    if (first !== undefined && counted > 0) out.splice(summaryAt, 0, alone ? first : moreProblems(first.location.file, first.location.range, counted, severity ?? "error"));
    start = end;
  }
  return out;
}

/** Orders diagnostics by file, line, column, then code, for stable output. */
export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  if (a.location.file !== b.location.file) return a.location.file < b.location.file ? -1 : 1;
  const pa = a.location.range.start;
  const pb = b.location.range.start;
  if (pa.line !== pb.line) return pa.line - pb.line;
  if (pa.column !== pb.column) return pa.column - pb.column;
  if (a.code !== b.code) return a.code < b.code ? -1 : 1;
  return a.message < b.message ? -1 : a.message > b.message ? 1 : 0;
}

/** Drops repeated diagnostics (same code, place and message), keeping the first. */
export function uniqueDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  // Keyed by code and place; the messages of one place are compared among themselves (a
  // key holding every message would copy each message into a string of its own).
  const seen = new Map<string, string[]>();
  return diagnostics.filter((d) => {
    const key = `${d.code}|${d.location.file}|${d.location.range.start.offset}|${d.location.range.end.offset}`;
    const messages = seen.get(key);
    if (messages === undefined) {
      seen.set(key, [d.message]);
      return true;
    }
    if (messages.includes(d.message)) return false;
    messages.push(d.message);
    return true;
  });
}
