import path from "node:path";

/** `file` relative to `cwd` with forward slashes, as CI systems expect repository paths. */
export function relativePath(cwd: string, file: string): string {
  const relative = path.relative(cwd, path.resolve(cwd, file));
  return relative.split(path.sep).join("/");
}

/** The absolute path of `file`, resolved against `cwd`. */
export function absolutePath(cwd: string, file: string): string {
  return path.resolve(cwd, file);
}
