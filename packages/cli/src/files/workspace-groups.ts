import path from "node:path";
import { LONTAR_EXTENSION } from "./collect.js";

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
  // Each path once (by where it leads), each asked of the file system once.
  const byPath = new Map<string, { readonly arg: string; readonly folder: boolean }>();
  for (const arg of args) {
    const absolute = path.resolve(cwd, arg);
    if (!byPath.has(absolute)) byPath.set(absolute, { arg, folder: isDirectory(absolute) });
  }
  const unique = [...byPath];
  const folders = unique.filter(([, p]) => p.folder).map(([, p]) => p.arg);
  const named = unique.filter(([, p]) => !p.folder);
  // A path that is not there stays, to be reported as missing.
  const lontar = named.filter(([absolute, p]) => p.arg.endsWith(LONTAR_EXTENSION) || !isFile(absolute)).map(([, p]) => p.arg);
  const files = folders.length > 0 || lontar.length > 0 ? lontar : named.map(([, p]) => p.arg);
  return [...folders.map((folder) => [folder]), ...(files.length > 0 ? [files] : [])];
}

/**
 * The paths of `args` that name a file left out of `groups` (workspaceGroups' answer): a
 * file that is not a .lontar file, named beside .lontar files or folders (`lontar check
 * rules/kota/*` names its README.md; `mou.lontar.bak` by mistake), as given, each once.
 *
 * @example leftOutFiles(cwd, ["ws/README.md", "ws/main.lontar"], [["ws/main.lontar"]]) // ["ws/README.md"]
 */
export function leftOutFiles(cwd: string, args: readonly string[], groups: readonly (readonly string[])[]): string[] {
  const grouped = new Set(groups.flatMap((group) => group.map((arg) => path.resolve(cwd, arg))));
  const seen = new Set<string>();
  return args.filter((arg) => {
    const absolute = path.resolve(cwd, arg);
    if (grouped.has(absolute) || seen.has(absolute)) return false;
    seen.add(absolute);
    return true;
  });
}
