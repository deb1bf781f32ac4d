import path from "node:path";

/**
 * The folder a check is rooted at: the deepest folder containing every path given
 * (a folder argument counts itself, a file its parent). Imports may not leave it.
 *
 * @example workspaceRoot("/w", ["examples/solok", "examples/solok/x.lontar"]) // "/w/examples/solok"
 */
export function workspaceRoot(cwd: string, args: readonly string[], isDirectory: (absolute: string) => boolean): string {
  const folders = args.map((arg) => {
    const absolute = path.resolve(cwd, arg);
    return isDirectory(absolute) ? absolute : path.dirname(absolute);
  });
  const [first, ...rest] = folders;
  if (first === undefined) return cwd;
  let root = first;
  for (const folder of rest) {
    // Bounded by the depth of `root`: each step moves one folder up.
    while (!isInside(root, folder)) {
      const parent = path.dirname(root);
      if (parent === root) break;
      root = parent;
    }
  }
  return root;
}

function isInside(folder: string, candidate: string): boolean {
  const relative = path.relative(folder, candidate);
  return relative === "" || (!relative.startsWith("..") && !path.isAbsolute(relative));
}
