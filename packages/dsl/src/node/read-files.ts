import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { analyzeWorkspace, type AnalyzeResult } from "../workspace/analyze.js";
import { MAX_WORKSPACE_FILES, type SourceFile } from "../workspace/load.js";
import { containedFileReader } from "../workspace/read-contained.js";

/**
 * Reads a file as UTF-8 text; undefined when it cannot be read (missing, a folder, no
 * permission). The `readFile` that {@link analyzeWorkspace} wants, from the disk.
 */
export function readTextFile(file: string): string | undefined {
  try {
    return readFileSync(file, "utf8");
  } catch {
    return undefined;
  }
}

/**
 * The `.lontar` files under a folder, with paths relative to it (forward slashes, sorted).
 * Hidden folders, `node_modules` and symbolic links are skipped; at most
 * `MAX_WORKSPACE_FILES` (10,000) files are read.
 */
export function readLontarFiles(root: string): SourceFile[] {
  const found: string[] = [];
  const pending = [""];
  while (pending.length > 0 && found.length < MAX_WORKSPACE_FILES) {
    const folder = pending.pop() ?? "";
    let entries;
    try {
      entries = readdirSync(path.join(root, folder), { withFileTypes: true });
    } catch {
      continue;
    }
    for (const entry of entries) {
      const relative = folder === "" ? entry.name : `${folder}/${entry.name}`;
      if (entry.isDirectory() && !entry.name.startsWith(".") && entry.name !== "node_modules") pending.push(relative);
      else if (entry.isFile() && entry.name.endsWith(".lontar")) found.push(relative);
    }
  }
  return found
    .sort()
    .slice(0, MAX_WORKSPACE_FILES)
    .flatMap((file) => {
      const text = readTextFile(path.join(root, file));
      return text === undefined ? [] : [{ path: file, text }];
    });
}

/**
 * Analyzes every `.lontar` file under `root` as one workspace, reading imports from the
 * disk inside `root` only (see {@link containedFileReader}: links out of the root, special
 * files and oversized files are diagnostics, never read). Diagnostics name files relative
 * to `root`. Never throws on user input.
 *
 * @example
 * const { workspace, diagnostics } = analyzeFolder("examples/watualang");
 */
export function analyzeFolder(root: string): AnalyzeResult {
  return analyzeWorkspace({ root, files: readLontarFiles(root), readFile: containedFileReader(root) });
}
