import { posix } from "./posix-path.js";

/** Turns a host path into a forward-slash path. */
export function toPosix(path: string): string {
  return path.replace(/\\/g, "/");
}

/**
 * A host path in forward slashes, a Windows drive's path made absolute as a POSIX path is
 * (`C:\x\a.lontar` → `/C:/x/a.lontar`, the drive's letter in capitals, as Windows does not
 * tell them apart), so that a root and a file given with drive letters compare.
 */
function anchored(path: string): string {
  const p = toPosix(path);
  return /^[A-Za-z]:(\/|$)/.test(p) ? `/${p.charAt(0).toUpperCase()}${p.slice(1)}` : p;
}

/**
 * A file's path relative to the workspace root, forward slashes, normalised
 * (`./a/../b.lontar` → `b.lontar`, `C:\x\a.lontar` under `C:\x` → `a.lontar`); undefined
 * when the path leaves the root.
 */
export function workspaceRelative(root: string, path: string): string | undefined {
  const base = posix.resolve("/", anchored(root));
  const full = posix.resolve(base, anchored(path));
  const relative = posix.relative(base, full);
  return relative === ".." || relative.startsWith("../") || posix.isAbsolute(relative) ? undefined : relative;
}

/**
 * The host path of a workspace-relative `path` under `root`, in forward slashes, for the
 * file reader: `C:/x/lib.lontar` under `C:\x`, `//server/share/lib.lontar` under a Windows
 * share's `\\server\share` (whose two leading slashes a plain join would fold into one, a
 * path on the current drive).
 */
export function hostPathOf(root: string, path: string): string {
  const base = toPosix(root);
  const share = /^\/\/(?!\/)/.test(base);
  const joined = posix.join(share ? base.slice(1) : base, path);
  return share ? `/${joined}` : joined;
}

/**
 * The outcome of resolving an import: a workspace-relative path, or why it cannot be one
 * (`outside`: the import leaves the root; `importerOutside`: the importing file is itself outside it).
 */
export type ImportTarget = { readonly ok: true; readonly path: string } | { readonly ok: false; readonly reason: "outside" | "importerOutside" };

/**
 * Resolves `import "<spec>"` written in `from` (workspace-relative): relative to the
 * importing file's folder; absolute specs and specs that climb out of the root are refused,
 * and so is every import of a file given from outside the root (`/etc/main.lontar`,
 * `../main.lontar`), whose folder is no place in the root.
 */
export function resolveImport(from: string, spec: string): ImportTarget {
  const importer = posix.normalize(anchored(from));
  if (posix.isAbsolute(importer) || importer === ".." || importer.startsWith("../")) return { ok: false, reason: "importerOutside" };
  const text = toPosix(spec);
  if (posix.isAbsolute(text) || /^[A-Za-z]:\//.test(text)) return { ok: false, reason: "outside" };
  const joined = posix.normalize(posix.join(posix.dirname(from), text));
  if (joined === ".." || joined.startsWith("../")) return { ok: false, reason: "outside" };
  return { ok: true, path: joined };
}
