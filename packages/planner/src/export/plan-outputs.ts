import type { Workspace } from "@lontar/core";
import type { Plan } from "../plan/plan.js";
import { exportCsvChunks } from "./csv/export-csv.js";
import { exportHtml } from "./html/export-html.js";
import { calendarFiles } from "./ics/export-calendars.js";
import { validatedJsonChunks, validatedPlan } from "./json/export-json.js";
import { compareCodeUnits } from "./text.js";

/** Every output file of a plan, by relative path in sorted order, each as a function giving its text in pieces. */
export function outputPieces(plan: Plan, workspace: Workspace): Map<string, () => Iterable<string>> {
  // Validated before any file is written: an invalid plan must not leave a half-updated folder.
  const value = validatedPlan(plan);
  const files = new Map<string, () => Iterable<string>>([
    ["plan.json", () => validatedJsonChunks(value)],
    ["occurrences.csv", () => exportCsvChunks(plan, workspace)],
    ["index.html", () => [exportHtml(plan, workspace)]],
    ...calendarFiles(plan, workspace),
  ]);
  return new Map([...files.entries()].sort(([a], [b]) => compareCodeUnits(a, b)));
}

/** Every output file of a plan, by path relative to the output folder, in sorted order. */
export function planOutputs(plan: Plan, workspace: Workspace): Map<string, string> {
  return new Map([...outputPieces(plan, workspace)].map(([file, pieces]) => [file, [...pieces()].join("")]));
}
