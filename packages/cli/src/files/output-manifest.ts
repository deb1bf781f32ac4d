import { closeSync, openSync, readdirSync, readFileSync, readSync } from "node:fs";
import path from "node:path";
import { compareText } from "../format/group.js";
import { writeFileAtomic } from "./atomic-write.js";

/**
 * What `lontar plan --out <dir>` wrote into its folder, kept in the folder itself: the
 * planner replaces every file of an output's name (`plan.json`, `calendars/*.ics`, …), and
 * only those Lontar wrote may be replaced. A file of such a name that Lontar did not write
 * (the user's own `calendars/rapat_dinas.ics`, a site's `index.html`) stops the run before
 * anything is written. The manifest is a hidden file the planner carries over as it carries
 * any file that is not an output, and the CLI rewrites it after each run.
 */
export const OUTPUT_MANIFEST = ".lontar-plan-files.json";

/** The manifest's content: the relative paths (with `/`) of the files of the last plan written. */
interface Manifest {
  /** The files Lontar wrote, sorted. */
  readonly files: readonly string[];
  /** True while a run writes the folder: a run stopped then leaves its outputs unlisted. */
  readonly writing: boolean;
}

/** The folder's manifest, or undefined when it has none (a folder an earlier lontar wrote, or none at all) or one that cannot be read as such. */
function readManifest(dir: string): Manifest | undefined {
  let text: string;
  try {
    text = readFileSync(path.join(dir, OUTPUT_MANIFEST), "utf8");
  } catch {
    return undefined;
  }
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value !== "object" || value === null) return undefined;
    const { files, writing } = value as { files?: unknown; writing?: unknown };
    if (!Array.isArray(files) || !files.every((file): file is string => typeof file === "string")) return undefined;
    return { files, writing: writing === true };
  } catch {
    return undefined;
  }
}

function writeManifest(dir: string, manifest: Manifest): void {
  const text = `${JSON.stringify({ generator: "lontar plan", writing: manifest.writing, files: [...manifest.files].sort(compareText) }, null, 2)}\n`;
  writeFileAtomic(path.join(dir, OUTPUT_MANIFEST), text);
}

/** The files in `dir` (relative, with `/`) whose names a plan's outputs own: at its top and in `calendars/`. */
function ownedNames(dir: string, owned: (relative: string) => boolean): string[] {
  const names: string[] = [];
  for (const [folder, prefix] of [
    [dir, ""],
    [path.join(dir, "calendars"), "calendars/"],
  ] as const) {
    let entries;
    try {
      entries = readdirSync(folder, { withFileTypes: true });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      // No folder yet (or a file there, which the planner reports): nothing to replace.
      if (code === "ENOENT" || code === "ENOTDIR") continue;
      throw error;
    }
    for (const entry of entries) if (!entry.isDirectory() && owned(`${prefix}${entry.name}`)) names.push(`${prefix}${entry.name}`);
  }
  return names.sort(compareText);
}

/**
 * The files in `dir` that a plan would replace and Lontar did not write, sorted: each file
 * of an output's name (`owned`) that the folder's manifest does not list. Without a manifest
 * (a folder written by a lontar before it kept one), or after a run stopped while writing,
 * a file counts as Lontar's when it carries Lontar's mark (see {@link hasLontarMark}).
 */
export function foreignOutputs(dir: string, owned: (relative: string) => boolean): string[] {
  const manifest = readManifest(dir);
  const listed = new Set(manifest?.files ?? []);
  const byMark = manifest === undefined || manifest.writing;
  return ownedNames(dir, owned).filter((relative) => !listed.has(relative) && !(byMark && hasLontarMark(dir, relative)));
}

/**
 * Records, before a run writes `dir`, that it is writing: the files listed so far stay listed,
 * and the files of the new plan, unlisted until {@link recordOutputs}, are recognised by
 * their mark if the run is stopped in between. Best effort: a folder that cannot be written
 * into is still replaced whole by the planner.
 */
export function markWriting(dir: string, owned: (relative: string) => boolean): void {
  const manifest = readManifest(dir);
  const present = ownedNames(dir, owned);
  if (present.length === 0 && manifest === undefined) return;
  try {
    writeManifest(dir, { files: manifest?.files ?? present, writing: true });
  } catch {
    // A folder the run may replace but not write into (its parent is writable): the plan is
    // written beside it and swapped in, and the manifest after it. Until then, the marks serve.
  }
}

/** Records the files a run wrote into `dir` (relative, with `/`), once they are in place. */
export function recordOutputs(dir: string, written: readonly string[]): void {
  writeManifest(dir, { files: written, writing: false });
}

/**
 * Whether a file of an output's name begins as Lontar writes it: a calendar with Lontar's
 * PRODID, the report with its generator tag, plan.json's first keys, occurrences.csv's first
 * columns; plan.xlsx (which bears no mark) when plan.json beside it does.
 */
function hasLontarMark(dir: string, relative: string): boolean {
  if (relative === "plan.xlsx") return hasLontarMark(dir, "plan.json");
  const head = readHead(path.join(dir, ...relative.split("/")), 4096);
  if (relative.endsWith(".ics")) return /^BEGIN:VCALENDAR\r?\nPRODID:-\/\/Lontar\/\//.test(head);
  if (relative === "index.html") return head.includes('<meta name="generator" content="Lontar Planner">');
  if (relative === "plan.json") return /^\{\s*"version": \d+,\s*"horizon": \{/.test(head);
  if (relative === "occurrences.csv") return /^\uFEFF?id([,;\t])program\1program_title\1/.test(head);
  return false;
}

function readHead(file: string, bytes: number): string {
  let fd: number | undefined;
  try {
    fd = openSync(file, "r");
    const buffer = Buffer.alloc(bytes);
    const read = readSync(fd, buffer, 0, bytes, 0);
    return buffer.subarray(0, read).toString("utf8");
  } catch {
    return "";
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
