import { open } from "node:fs/promises";
import { dirname, join } from "node:path";
import { type Workspace, expectKnownOptions, expectLanguage } from "@lontar/core";
import type { Plan } from "../plan/plan.js";
import { FileSink } from "./file-sink.js";
import { compareCodeUnits } from "./text.js";
import { OUTPUT_OPTION_KEYS, textPieces, type OutputOptions } from "./plan-outputs.js";
import { validPlan, type ValidPlan } from "./valid-plan.js";
import { replaceFolder } from "./whole-folder.js";
import { makeFolders } from "./make-folders.js";
import { exportXlsx, MAX_WORKBOOK_OCCURRENCES } from "./xlsx/export-xlsx.js";
import { expectWorkspace } from "../plan/workspace-shape.js";
import { isPlanOutputPath } from "./output-files.js";
import { expectCsvSeparator } from "./csv/csv-separator.js";
import { expectPlanOfWorkspace } from "./plan-of-workspace.js";

/** A file's content: text in pieces, or (plan.xlsx) bytes made asynchronously. */
type Content = () => Iterable<string | Uint8Array> | AsyncIterable<string | Uint8Array>;

/** Every output file of a plan, text and plan.xlsx (when the plan is small enough for a workbook), in sorted order. */
function outputContents(value: ValidPlan, workspace: Workspace, options: OutputOptions): Map<string, Content> {
  const files = new Map<string, Content>(textPieces(value, workspace, options));
  if (value.occurrences.length <= MAX_WORKBOOK_OCCURRENCES) {
    files.set("plan.xlsx", async function* () {
      const bytes = await exportXlsx(value, workspace, { language: options.language ?? "en" });
      if (bytes !== undefined) yield bytes;
    });
  }
  return new Map([...files.entries()].sort(([a], [b]) => compareCodeUnits(a, b)));
}


/** Writes a new file from pieces of text (or bytes) as they come, so no file needs to fit in one string. */
async function writePieces(path: string, pieces: Iterable<string | Uint8Array> | AsyncIterable<string | Uint8Array>, sink: FileSink): Promise<void> {
  const file = await open(path, "wx");
  try {
    sink.start(file);
    for await (const piece of pieces) await sink.add(piece);
    await sink.finish();
  } finally {
    await sink.settle();
    await file.close();
  }
}

/** Options of {@link writePlanOutputs}. */
export interface WriteOptions extends OutputOptions {
  /** Called after each file: files written of all files. */
  readonly onProgress?: ((done: number, total: number) => void) | undefined;
}

/** The paths (relative, with `/`) a plan's outputs own in their folder: what an earlier plan wrote there (see PLAN_OUTPUT_FILES). */
export { isPlanOutputPath };

/**
 * Writes plan.json, calendar.ics, calendars/*.ics, occurrences.csv, plan.xlsx (for a
 * plan of at most MAX_WORKBOOK_OCCURRENCES occurrences) and index.html into
 * `dir`, whole or not at all: into a hidden sibling folder first, then swapped in with
 * two renames (see replaceFolder in whole-folder.ts), so that `dir` always holds one whole
 * plan, the earlier or this one, whenever the process is stopped; what a killed run
 * left is cleared by the next. Files in `dir` that are not plan outputs are carried over;
 * outputs of an earlier plan that this one does not write (a library gone) are not.
 * Calls writing one folder at the same moment (two uploads of one library's plan) take
 * turns, and the folder ends with the plan of the last one called.
 * The plan is validated first (unless it is a {@link ValidPlan}): an invalid plan — a
 * planner bug — rejects before anything is written. Returns the relative paths written,
 * in sorted order. File-system errors reject the promise and leave `dir` as it was; an
 * empty `dir`, or a workspace plainly not validated (see planOutputs), rejects with a TypeError.
 *
 * @example await writePlanOutputs("out", plan, workspace) // ["calendar.ics", "calendars/library-x.ics", …]
 */
export async function writePlanOutputs(dir: string, plan: Plan | ValidPlan, workspace: Workspace, options: WriteOptions = {}): Promise<string[]> {
  // `""` (an unset variable) would swap the working folder's parent entries: refused before anything.
  if (typeof dir !== "string") throw new TypeError(`writePlanOutputs: dir must be the folder's path as text, not ${dir === null ? "null" : typeof dir}`);
  if (dir.trim() === "") throw new TypeError("writePlanOutputs: dir is empty; name the folder the plan's files go to");
  expectWorkspace(workspace, "writePlanOutputs");
  expectPlanOfWorkspace(plan, workspace, "writePlanOutputs");
  expectKnownOptions(options, [...OUTPUT_OPTION_KEYS, "onProgress"], "writePlanOutputs");
  if (options.language !== undefined) expectLanguage(options.language, "writePlanOutputs");
  if (options.csvSeparator !== undefined) expectCsvSeparator(options.csvSeparator, "writePlanOutputs");
  // Validated before any file is written (once: a ValidPlan is not checked again).
  const files = outputContents(validPlan(plan), workspace, options);
  await replaceFolder(dir, isPlanOutputPath, async (staging) => {
    const folders = new Set([...files.keys()].map((relative) => dirname(join(staging, ...relative.split("/")))));
    for (const folder of folders) await makeFolders(folder);
    let done = 0;
    const sink = new FileSink();
    for (const [relative, pieces] of files) {
      await writePieces(join(staging, ...relative.split("/")), pieces(), sink);
      options.onProgress?.(++done, files.size);
    }
  });
  return [...files.keys()];
}
