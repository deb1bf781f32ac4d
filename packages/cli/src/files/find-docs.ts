import { existsSync, readFileSync } from "node:fs";
import type { Language } from "@lontar/core";
import path from "node:path";
import { fileURLToPath } from "node:url";

// Deeper than any real checkout; stops the walk on odd file systems.
const MAX_LEVELS = 32;

/**
 * The repository's docs/diagnostics folder, found by walking up from `start` (by default
 * this module's folder: src/files when run from source, dist when built).
 */
export function findDiagnosticsDocs(start: string = path.dirname(fileURLToPath(import.meta.url))): string | undefined {
  let dir = start;
  for (let level = 0; level < MAX_LEVELS; level += 1) {
    const candidate = path.join(dir, "docs", "diagnostics");
    if (existsSync(candidate)) return candidate;
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
  return undefined;
}

/** A diagnostic code's page: where it is and its markdown. */
export interface CodePage {
  /** The page's file. */
  readonly file: string;
  /** Its markdown, line breaks as `\n`. */
  readonly markdown: string;
}

/**
 * A code's page in `language` under `docsDir` (docs/diagnostics): docs/id/diagnostics/<CODE>.md
 * mirrors docs/diagnostics/<CODE>.md, and an Indonesian reader gets the English page when its
 * own is missing. Undefined when neither can be read.
 */
export function readCodePage(docsDir: string, code: string, language: Language): CodePage | undefined {
  const english = path.join(docsDir, `${code}.md`);
  const pages = language === "id" ? [path.join(docsDir, "..", "id", "diagnostics", `${code}.md`), english] : [english];
  for (const file of pages) {
    try {
      return { file, markdown: readFileSync(file, "utf8").replace(/\r\n?/g, "\n") };
    } catch {
      // The next page, if any.
    }
  }
  return undefined;
}
