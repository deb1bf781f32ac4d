import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { compareText } from "../format/group.js";

/** The extension of Lontar files. */
export const LONTAR_EXTENSION = ".lontar";

// Bounds on what a folder argument may expand to.
const MAX_DEPTH = 32;
const MAX_FILES = 100_000;

/** A path argument that does not exist or cannot be read. */
export class InputError extends Error {
  override readonly name = "InputError";
}

/**
 * The .lontar files named by `args` (files as given; folders searched recursively, skipping
 * node_modules and dot-folders), relative to `cwd`, sorted and without duplicates.
 */
export function collectLontarFiles(cwd: string, args: readonly string[]): string[] {
  const found = new Set<string>();
  for (const arg of args) {
    const absolute = path.resolve(cwd, arg);
    let stats;
    try {
      stats = statSync(absolute);
    } catch {
      throw new InputError(`cannot read '${arg}': no such file or folder`);
    }
    if (stats.isDirectory()) walk(absolute, 0, found);
    else found.add(absolute);
  }
  return [...found].map((file) => path.relative(cwd, file) || file).sort(compareText);
}

function walk(dir: string, depth: number, found: Set<string>): void {
  if (depth > MAX_DEPTH) throw new InputError(`'${dir}' is nested more than ${MAX_DEPTH} folders deep`);
  const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => compareText(a.name, b.name));
  for (const entry of entries) {
    if (entry.name.startsWith(".") || entry.name === "node_modules") continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(full, depth + 1, found);
    else if (entry.isFile() && entry.name.endsWith(LONTAR_EXTENSION)) {
      found.add(full);
      if (found.size > MAX_FILES) throw new InputError(`more than ${MAX_FILES} .lontar files; check fewer folders at once`);
    }
  }
}

/** Reads each file (paths relative to `cwd`) into a map keyed by that path. */
export function readSources(cwd: string, files: readonly string[]): Map<string, string> {
  const sources = new Map<string, string>();
  for (const file of files) {
    try {
      sources.set(file, readFileSync(path.resolve(cwd, file), "utf8"));
    } catch {
      throw new InputError(`cannot read '${file}'`);
    }
  }
  return sources;
}
