import { realpathSync } from "node:fs";
import path from "node:path";

/** `file` relative to `cwd` with forward slashes, as CI systems expect repository paths. */
export function relativePath(cwd: string, file: string): string {
  const relative = path.relative(cwd, path.resolve(cwd, file));
  return relative.split(path.sep).join("/");
}

/**
 * `file` (relative to `cwd`, or absolute) as the `github`, `sarif` and `codequality` reports
 * name it: relative to the repository's root when the context knows it, else to `cwd`.
 */
export function repositoryPath(context: { readonly cwd: string; readonly repositoryRoot?: string | undefined }, file: string): string {
  return relativePath(context.repositoryRoot ?? context.cwd, path.resolve(context.cwd, file));
}

/** The variables that name the checkout's root on CI servers whose reports read paths from it, in order. */
const CHECKOUT_VARIABLES = ["GITHUB_WORKSPACE", "CI_PROJECT_DIR"] as const;

/**
 * The root of the checkout CI annotations are resolved against, when lontar runs inside it:
 * GITHUB_WORKSPACE (GitHub Actions), else CI_PROJECT_DIR (GitLab CI), if it is an absolute
 * path holding `cwd`, as written or once links are followed (a runner's work folder reached
 * through a link); then the root is given as seen from `cwd`. Undefined otherwise (outside
 * those CI servers, or a working directory outside the checkout).
 *
 * @example repositoryRootOf("/home/runner/work/r/r/rules", { GITHUB_WORKSPACE: "/home/runner/work/r/r" }) // "/home/runner/work/r/r"
 * @example repositoryRootOf("/builds/group/r/rules", { CI_PROJECT_DIR: "/builds/group/r" }) // "/builds/group/r"
 */
export function repositoryRootOf(cwd: string, env: Readonly<Record<string, string | undefined>>): string | undefined {
  for (const variable of CHECKOUT_VARIABLES) {
    const root = checkoutRoot(cwd, env[variable]);
    if (root !== undefined) return root;
  }
  return undefined;
}

/** `workspace` when it is an absolute path holding `cwd` (see {@link repositoryRootOf}). */
function checkoutRoot(cwd: string, workspace: string | undefined): string | undefined {
  if (workspace === undefined || workspace === "" || !path.isAbsolute(workspace)) return undefined;
  const root = path.resolve(workspace);
  const here = path.resolve(cwd);
  if (isWithin(root, here)) return root;
  const realRoot = realPath(root);
  const realHere = realPath(here);
  return isWithin(realRoot, realHere) ? path.resolve(here, path.relative(realHere, realRoot)) : undefined;
}

function isWithin(root: string, dir: string): boolean {
  const relative = path.relative(root, dir);
  return relative === "" || (!relative.startsWith("..") && !path.isAbsolute(relative));
}

/** `dir` with its links followed, or as given when it cannot be resolved (not there). */
function realPath(dir: string): string {
  try {
    return realpathSync.native(dir);
  } catch {
    return dir;
  }
}

/** The absolute path of `file`, resolved against `cwd`. */
export function absolutePath(cwd: string, file: string): string {
  return path.resolve(cwd, file);
}
