import { existsSync } from "node:fs";
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
