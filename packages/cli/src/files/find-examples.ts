import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Language } from "@lontar/core";

// Deeper than any real checkout; stops the walk on odd file systems.
const MAX_LEVELS = 32;

/**
 * The example workspace `lontar demo` plans when none is named, by the reader's language:
 * the README's (written with English keywords) in English, and one written in Bahasa
 * Indonesia for a reader of it, whose report then speaks Bahasa Indonesia too (a workspace's
 * outputs are in the language it is written in).
 */
export const DEFAULT_EXAMPLE: Readonly<Record<Language, string>> = { en: "watualang", id: "solok-rakor-2019" };

/** The example workspaces shipped with lontar: their folder, and their names in order. */
export interface Examples {
  /** The folder that holds them (dist/examples when built, the repository's examples/ from source). */
  readonly dir: string;
  /** The examples' folder names, sorted. */
  readonly names: readonly string[];
}

/**
 * The example workspaces shipped with lontar, found by walking up from `start` (by default
 * this module's folder) to the first `examples` folder with a workspace in it; undefined
 * when there is none.
 */
export function findExamples(start: string = path.dirname(fileURLToPath(import.meta.url))): Examples | undefined {
  let dir = start;
  for (let level = 0; level < MAX_LEVELS; level += 1) {
    const candidate = path.join(dir, "examples");
    const names = workspacesIn(candidate);
    if (names.length > 0) return { dir: candidate, names };
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
  return undefined;
}

// The folders of `dir` that hold a .lontar file.
function workspacesIn(dir: string): string[] {
  if (!existsSync(dir)) return [];
  try {
    return readdirSync(dir)
      .filter((name) => {
        const folder = path.join(dir, name);
        return statSync(folder).isDirectory() && readdirSync(folder).some((file) => file.endsWith(".lontar"));
      })
      .sort();
  } catch {
    return [];
  }
}
