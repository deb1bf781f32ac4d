/**
 * Forward-slash path arithmetic without Node's `path` module, so the language runs in a
 * browser. Each function gives what `node:path`'s `posix` namesake gives for the same
 * strings (a test compares them), except {@link resolve}, which resolves against `/`
 * instead of the process's working directory.
 */

/** Whether the path starts at the root (`/`). */
function isAbsolute(path: string): boolean {
  return path.startsWith("/");
}

/** The segments of a path with `.` and `..` applied; `..` that climbs above the start is kept for relative paths and dropped for absolute ones. */
function resolveSegments(path: string, absolute: boolean): string[] {
  const out: string[] = [];
  for (const segment of path.split("/")) {
    if (segment === "" || segment === ".") continue;
    if (segment === "..") {
      if (out.length > 0 && out[out.length - 1] !== "..") out.pop();
      else if (!absolute) out.push("..");
      continue;
    }
    out.push(segment);
  }
  return out;
}

/** `a/./b/../c/` → `a/c/`; `""` → `.`. A trailing slash is kept. */
function normalize(path: string): string {
  if (path === "") return ".";
  const absolute = isAbsolute(path);
  let body = resolveSegments(path, absolute).join("/");
  if (body === "" && !absolute) body = ".";
  if (body !== "" && path.endsWith("/")) body += "/";
  return absolute ? `/${body}` : body;
}

/** Joins the non-empty parts with `/` and normalizes; `.` when all are empty. */
function join(...parts: readonly string[]): string {
  const joined = parts.filter((part) => part !== "").join("/");
  return joined === "" ? "." : normalize(joined);
}

/** The absolute path the parts name, read right to left up to the first absolute one, starting from `/`; no trailing slash. */
function resolve(...parts: readonly string[]): string {
  let path = "";
  for (let index = parts.length - 1; index >= 0 && !isAbsolute(path); index--) {
    const part = parts[index] ?? "";
    if (part !== "") path = path === "" ? part : `${part}/${path}`;
  }
  return `/${resolveSegments(path, true).join("/")}`;
}

/** The path from one place to another (both resolved first); `""` when they are the same. */
function relative(from: string, to: string): string {
  const fromSegments = resolveSegments(resolve(from), true);
  const toSegments = resolveSegments(resolve(to), true);
  let common = 0;
  while (common < fromSegments.length && common < toSegments.length && fromSegments[common] === toSegments[common]) common++;
  return [...fromSegments.slice(common).map(() => ".."), ...toSegments.slice(common)].join("/");
}

/** The folder part of a path: `a/b/c` → `a/b`, `a` → `.`, `/a` → `/` (only the last separator is cut, as Node does). */
function dirname(path: string): string {
  if (path === "") return ".";
  const rooted = isAbsolute(path);
  let last = path.length - 1;
  while (last >= 1 && path[last] === "/") last--;
  const slash = last >= 1 ? path.lastIndexOf("/", last) : -1;
  if (slash < 1) return rooted ? "/" : ".";
  return rooted && slash === 1 ? "//" : path.slice(0, slash);
}

/** The last part of a path: `a/b/c.lontar` → `c.lontar` (trailing separators dropped, as Node does). */
function basename(path: string): string {
  let last = path.length;
  while (last > 1 && path[last - 1] === "/") last--;
  return path.slice(path.lastIndexOf("/", last - 1) + 1, last);
}

/** Forward-slash path functions, a browser-safe stand-in for `node:path`'s `posix`. */
export const posix = { isAbsolute, normalize, join, resolve, relative, dirname, basename } as const;
