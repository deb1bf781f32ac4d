import { mkdir, open, readdir, rename, rm } from "node:fs/promises";
import { dirname, join } from "node:path";
import type { Workspace } from "@lontar/core";
import type { Plan } from "../plan/plan.js";
import { outputPieces } from "./plan-outputs.js";

/** Bytes gathered before each write: few system calls, little memory. */
const WRITE_BUFFER = 1 << 20;

// A reader never sees a half-written file: write beside the target, then rename over it.
// The text arrives in pieces and is written as it comes, so no file needs to fit in one string.
async function writeAtomically(path: string, pieces: Iterable<string>): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temporary = join(dirname(path), `.${Math.random().toString(36).slice(2)}.tmp`);
  try {
    const file = await open(temporary, "w");
    try {
      let pending: string[] = [];
      let size = 0;
      for (const piece of pieces) {
        pending.push(piece);
        size += piece.length;
        if (size >= WRITE_BUFFER) {
          // writeFile on a handle writes all of it from the current position (write() may write less).
          await file.writeFile(pending.join(""), "utf8");
          pending = [];
          size = 0;
        }
      }
      if (pending.length > 0) await file.writeFile(pending.join(""), "utf8");
    } finally {
      await file.close();
    }
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

/** Options of {@link writePlanOutputs}. */
export interface WriteOptions {
  /** Called after each file: files written of all files. */
  readonly onProgress?: (done: number, total: number) => void;
}

/** Removes the `.ics` files of `dir/calendars` that this plan did not write: a library, resource or partner gone since an earlier run. */
async function removeStaleCalendars(dir: string, written: ReadonlyMap<string, unknown>): Promise<void> {
  let names: string[];
  try {
    names = await readdir(join(dir, "calendars"));
  } catch {
    return;
  }
  for (const name of names) {
    if (name.endsWith(".ics") && !written.has(`calendars/${name}`)) await rm(join(dir, "calendars", name), { force: true });
  }
}

/**
 * Writes plan.json, calendar.ics, calendars/*.ics, occurrences.csv and index.html into
 * `dir` (created if missing), each file atomically, removes calendars an earlier run left
 * for things no longer in the plan (so the folder holds exactly this plan), and returns
 * the relative paths written, in sorted order. Other files in `dir` are left alone.
 * File-system errors reject the promise.
 *
 * @example await writePlanOutputs("out", plan, workspace) // ["calendar.ics", "calendars/library-x.ics", …]
 */
export async function writePlanOutputs(dir: string, plan: Plan, workspace: Workspace, options: WriteOptions = {}): Promise<string[]> {
  const files = outputPieces(plan, workspace);
  let done = 0;
  for (const [relative, pieces] of files) {
    await writeAtomically(join(dir, ...relative.split("/")), pieces());
    options.onProgress?.(++done, files.size);
  }
  await removeStaleCalendars(dir, files);
  return [...files.keys()];
}
