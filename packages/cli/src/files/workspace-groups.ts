import path from "node:path";

/**
 * How path arguments split into workspaces: each folder is a workspace of its own (so
 * `lontar check examples/*` checks every example separately), and the files named
 * directly form one more, in argument order. A path given twice counts once (overlapping
 * globs), and a named file (`isFile`) that is not a .lontar file is left out when a folder
 * or a .lontar file is named besides (`examples/*` names the README.md beside the
 * examples); alone, it is taken as given. A path that is neither is kept, to be reported.
 *
 * @example workspaceGroups("/w", ["a", "x.lontar", "b", "y.lontar", "a"], isDir) // [["a"], ["b"], ["x.lontar", "y.lontar"]]
 */
export function workspaceGroups(cwd: string, args: readonly string[], isDirectory: (absolute: string) => boolean, isFile: (absolute: string) => boolean = () => true): string[][] {
  const seen = new Set<string>();
  const unique = args.filter((arg) => {
    const absolute = path.resolve(cwd, arg);
    if (seen.has(absolute)) return false;
    seen.add(absolute);
    return true;
  });
  const folders = unique.filter((arg) => isDirectory(path.resolve(cwd, arg)));
  const named = unique.filter((arg) => !isDirectory(path.resolve(cwd, arg)));
  // A path that is not there stays, to be reported as missing.
  const lontar = named.filter((arg) => arg.endsWith(LONTAR_EXTENSION) || !isFile(path.resolve(cwd, arg)));
  const files = folders.length > 0 || lontar.length > 0 ? lontar : named;
  return [...folders.map((folder) => [folder]), ...(files.length > 0 ? [files] : [])];
}

const LONTAR_EXTENSION = ".lontar";
