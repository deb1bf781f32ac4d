import path from "node:path";

/**
 * How path arguments split into workspaces: each folder is a workspace of its own (so
 * `lontar check examples/*` checks every example separately), and the files named
 * directly form one more, in argument order.
 *
 * @example workspaceGroups("/w", ["a", "x.lontar", "b", "y.lontar"], isDir) // [["a"], ["b"], ["x.lontar", "y.lontar"]]
 */
export function workspaceGroups(cwd: string, args: readonly string[], isDirectory: (absolute: string) => boolean): string[][] {
  const folders = args.filter((arg) => isDirectory(path.resolve(cwd, arg)));
  const files = args.filter((arg) => !isDirectory(path.resolve(cwd, arg)));
  return [...folders.map((folder) => [folder]), ...(files.length > 0 ? [files] : [])];
}
