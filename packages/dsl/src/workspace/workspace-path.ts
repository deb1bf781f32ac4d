import { toPosix, workspaceRelative } from "../semantics/binder/import-path.js";
import { expectString } from "../text/caller-input.js";

/**
 * The key a diagnostic's `location.file` (and an analyzed file's `path`) uses for a file
 * given as `path`: relative to `root`, with forward slashes and `.` and `..` resolved; a
 * path outside the root stays as given, with forward slashes. Key your own files with it
 * to find the one a diagnostic names.
 *
 * @example
 * workspacePath("/ws", "sub\\main.lontar") // "sub/main.lontar"
 * workspacePath("/ws", "./main.lontar") // "main.lontar"
 * workspacePath("/ws", "/ws/main.lontar") // "main.lontar"
 * @throws TypeError when `root` or `path` is not a string.
 */
export function workspacePath(root: string, path: string): string {
  expectString(root, "root", "workspacePath");
  expectString(path, "path", "workspacePath");
  return workspaceRelative(root, path) ?? toPosix(path);
}
