import type { Language } from "@lontar/core";
import { applyEdits, certainFix, certainFixes } from "@lontar/dsl";
import { analyzeFiles, type Analysis } from "../engine/analyze.js";
import { compareText } from "../format/group.js";
import { visibleText } from "../format/visible-text.js";
import { cliText, counted } from "../text/render.js";
import { tryWriteAtomic, type UnwrittenFile } from "../files/unwritten.js";

/** A fix may uncover the next mistake (a time after a word fixed): at most this many passes. */
const MOST_FIX_PASSES = 10;

/** A file `lontar check --fix` rewrote, and how many fixes went into it. */
export interface FixedFile {
  /** The file, relative to the working directory. */
  readonly file: string;
  /** The fixes applied. */
  readonly fixes: number;
}

/** What `fixFiles` did: the files it rewrote, and the analysis of their texts when its last pass made it (else undefined). */
export interface FixResult {
  /** The files rewritten, in path order. */
  readonly fixed: readonly FixedFile[];
  /** The files whose fixes could not be written, in path order: `sources` holds their texts as they are on disk. */
  readonly unwritten: readonly UnwrittenFile[];
  /** The analysis of the texts as written now, when the last pass found nothing more to fix and every file was written. */
  readonly analysis: Analysis | undefined;
}

/**
 * Applies the certain fixes of the workspace's diagnostics to the files named in `sources`
 * (never to a file only imported), pass after pass until none is left, and writes each file
 * that changed (atomically, keeping its mode, through a link). `sources` then holds the new
 * texts (and, as after any analysis, the imported files' texts).
 */
export function fixFiles(cwd: string, args: readonly string[], sources: Map<string, string>): FixResult {
  const named = new Set(sources.keys());
  const original = new Map(sources);
  const counts = new Map<string, number>();
  let settled: Analysis | undefined;
  for (let pass = 0; pass < MOST_FIX_PASSES && settled === undefined; pass++) {
    const analysis = analyzeFiles(cwd, args, sources);
    let changed = false;
    for (const [file, edits] of certainFixes(analysis.diagnostics)) {
      const text = sources.get(file);
      if (!named.has(file) || text === undefined) continue;
      const next = applyEdits(text, edits);
      if (next === text) continue;
      sources.set(file, next);
      // One problem fixed per diagnostic whose fix went in (swapping two parties is two edits).
      const taken = new Set(edits);
      const problems = analysis.diagnostics.filter((d) => certainFix(d)?.edits.some((e) => taken.has(e)) === true).length;
      counts.set(file, (counts.get(file) ?? 0) + problems);
      changed = true;
    }
    if (!changed) settled = analysis;
  }
  const unwritten: UnwrittenFile[] = [];
  const fixed: FixedFile[] = [];
  for (const [file, fixes] of [...counts].sort(([a], [b]) => compareText(a, b))) {
    // A file not written is left as it is on disk, and reported so: the report is of the files as they stand.
    if (tryWriteAtomic(cwd, file, sources.get(file) ?? "", unwritten)) fixed.push({ file, fixes });
    else sources.set(file, original.get(file) ?? "");
  }
  return { fixed, unwritten, analysis: unwritten.length > 0 ? undefined : settled };
}

/** `fixed 3 problems in a.lontar, b.lontar` / `3 masalah diperbaiki di …`, for stderr. */
export function fixedSummary(fixed: readonly FixedFile[], language: Language): string {
  const fixes = fixed.reduce((sum, f) => sum + f.fixes, 0);
  return `lontar: ${cliText("check.fixed", { problems: counted(fixes, "problem", language), files: fixed.map((f) => visibleText(f.file)).join(", ") }, language)}`;
}
