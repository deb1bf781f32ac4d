import { mkdir, readdir, rename, rm, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import type { Workspace } from "@lontar/core";
import type { Plan } from "../plan/plan.js";
import { exportCsv } from "./csv/export-csv.js";
import { exportHtml } from "./html/export-html.js";
import { exportCalendars } from "./ics/export-calendars.js";
import { exportJson } from "./json/export-json.js";
import { compareCodeUnits } from "./text.js";

/** Every output file of a plan, by path relative to the output folder, in sorted order. */
export function planOutputs(plan: Plan, workspace: Workspace): Map<string, string> {
  const files = new Map<string, string>([
    ["plan.json", exportJson(plan)],
    ["occurrences.csv", exportCsv(plan, workspace)],
    ["index.html", exportHtml(plan, workspace)],
    ...exportCalendars(plan, workspace),
  ]);
  return new Map([...files.entries()].sort(([a], [b]) => compareCodeUnits(a, b)));
}

// A reader never sees a half-written file: write beside the target, then rename over it.
async function writeAtomically(path: string, text: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temporary = join(dirname(path), `.${Math.random().toString(36).slice(2)}.tmp`);
  try {
    await writeFile(temporary, text, "utf8");
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

/** Removes the `.ics` files of `dir/calendars` that this plan did not write: a library, resource or partner gone since an earlier run. */
async function removeStaleCalendars(dir: string, written: ReadonlyMap<string, string>): Promise<void> {
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
export async function writePlanOutputs(dir: string, plan: Plan, workspace: Workspace): Promise<string[]> {
  const files = planOutputs(plan, workspace);
  for (const [relative, text] of files) await writeAtomically(join(dir, ...relative.split("/")), text);
  await removeStaleCalendars(dir, files);
  return [...files.keys()];
}
