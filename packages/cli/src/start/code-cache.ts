import type * as Crypto from "node:crypto";
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { Script } from "node:vm";
import { pruneCaches } from "./prune-caches.js";

// Node 20 keeps no compiled code between runs (Node 22's module.enableCompileCache does),
// so each start would parse and compile the ~1 MB the command needs again. The published
// command's bundles are CommonJS scripts loaded here through V8's code cache: the first
// run of a command compiles them and, at exit, stores what V8 compiled (the functions
// that ran too) in a folder of the user's own; later runs hand it back to V8, which
// checks it against its version, its flags and the source, and recompiles whatever it
// refuses. The cache file is named after a hash of the source (computed when the bundle
// is built, else here), so a changed bundle never meets an old cache.

/** A bundle loaded by {@link loadBundle}: its CommonJS exports. */
export type BundleExports = Record<string, unknown>;

/** Where the caches go and under which name, for one process. */
export interface CodeCacheOptions {
  /** The folder of the cache files; undefined runs without a cache. */
  readonly folder: string | undefined;
  /** Which use of the bundles this is (a command): each keeps its own cache, holding the functions that use ran. */
  readonly use: string;
  /** Each bundle's hash by file name, as the build computed it; a bundle without one is hashed when loaded. */
  readonly hashes?: Readonly<Record<string, string>>;
}

/** What the exit handler stores: each script compiled without an accepted cache. */
interface Pending {
  readonly script: Script;
  readonly file: string;
}

const loaded = new Map<string, BundleExports>();
const pending: Pending[] = [];
let saving = false;

/**
 * The folder of the code caches: the system's temporary folder, one per user, made
 * private; undefined (no cache) when NODE_DISABLE_COMPILE_CACHE is set, as for Node's
 * own cache, or when the folder cannot be made or belongs to someone else.
 */
export function codeCacheFolder(env: Readonly<Record<string, string | undefined>> = process.env): string | undefined {
  if (env.NODE_DISABLE_COMPILE_CACHE !== undefined && env.NODE_DISABLE_COMPILE_CACHE !== "") return undefined;
  const uid = typeof process.getuid === "function" ? process.getuid() : undefined;
  const folder = path.join(tmpdir(), uid === undefined ? "lontar-compile-cache" : `lontar-compile-cache-${uid}`, `${process.version}-${process.arch}`);
  try {
    // Level by level, not `recursive`: Node's recursive mkdir loops forever where mkdir
    // answers ENOENT under a folder that exists (a TMPDIR under /proc, say).
    for (const dir of [path.dirname(folder), folder]) makeFolder(dir);
    // A cache is code this process runs: only from a folder nobody else can write to.
    const parent = statSync(path.dirname(folder));
    if (uid !== undefined && (parent.uid !== uid || (parent.mode & 0o022) !== 0)) return undefined;
    return folder;
  } catch {
    return undefined;
  }
}

/** Makes a folder private to the user, unless it exists; throws on any other error. */
function makeFolder(dir: string): void {
  try {
    mkdirSync(dir, { mode: 0o700 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  }
}

/**
 * Loads a CommonJS bundle (what `require` would give), compiled through V8's code cache
 * in `options.folder`. A bundle's `require("./other.cjs")` loads the sibling the same
 * way, once per process; every other request goes to Node's `require`.
 */
export function loadBundle(file: string, options: CodeCacheOptions): BundleExports {
  const known = loaded.get(file);
  if (known !== undefined) return known;
  const source = readFileSync(file, "utf8");
  const nodeRequire = createRequire(file);
  const name = path.basename(file);
  const hash = (): string => options.hashes?.[name] ?? (nodeRequire("node:crypto") as typeof Crypto).createHash("sha256").update(source).digest("hex").slice(0, 32);
  // The bundle's own path is in the name too: V8 keeps the path of the script a cache was
  // made from, and another install's path in a stack trace would send a reader astray.
  const cacheFile = options.folder === undefined ? undefined : path.join(options.folder, `${name}-${options.use}${flagsKey()}-${fnv1a(file)}-${hash()}`);
  const cachedData = cacheFile === undefined ? undefined : readCache(cacheFile);
  const script = new Script(commonJsWrapper(source), {
    filename: file,
    ...(cachedData === undefined ? {} : { cachedData }),
  });
  if (cacheFile !== undefined && (cachedData === undefined || script.cachedDataRejected === true)) remember({ script, file: cacheFile });
  const module = { exports: {} as BundleExports };
  loaded.set(file, module.exports);
  const bundleRequire = Object.assign((id: string): unknown => (/^\.\/[\w.-]+\.cjs$/.test(id) ? loadBundle(path.join(path.dirname(file), id), options) : nodeRequire(id)), {
    resolve: nodeRequire.resolve,
    cache: nodeRequire.cache,
    main: nodeRequire.main,
    extensions: nodeRequire.extensions,
  });
  const wrapper = script.runInThisContext() as (exports: BundleExports, require: NodeJS.Require, module: { exports: BundleExports }, filename: string, dirname: string) => void;
  wrapper(module.exports, bundleRequire, module, file, path.dirname(file));
  loaded.set(file, module.exports);
  return module.exports;
}

/**
 * V8 refuses a cache made under other flags: runs with other Node options (a profile, a
 * heap size) keep caches of their own instead of replacing each other's.
 */
export function flagsKey(): string {
  const flags = [...process.execArgv, process.env.NODE_OPTIONS ?? ""].join("\0");
  return flags === "" ? "" : `-${fnv1a(flags)}`;
}

/** FNV-1a of a text, in hex: a name, not a check (V8 checks flags and source itself). */
export function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return hash.toString(16);
}

/** Node's CommonJS wrapper around a bundle's source, on its first line so that positions in stacks stay right. */
export function commonJsWrapper(source: string): string {
  return `(function (exports, require, module, __filename, __dirname) {${source}\n})`;
}

function readCache(file: string): Buffer | undefined {
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
}

function remember(entry: Pending): void {
  pending.push(entry);
  if (saving) return;
  saving = true;
  // At exit V8's cache holds every function the run compiled, not only the top level.
  process.once("exit", saveCaches);
}

/** Writes the caches of the scripts compiled in this process (each whole, then renamed into place). */
export function saveCaches(): void {
  let written: string | undefined;
  for (const { script, file } of pending.splice(0)) {
    written = file;
    const staging = `${file}.${process.pid}.tmp`;
    try {
      writeFileSync(staging, script.createCachedData(), { mode: 0o600 });
      renameSync(staging, file);
    } catch {
      // A full or read-only disk costs the next run its cache, nothing more.
    }
  }
  if (written !== undefined) pruneCaches(path.dirname(written), Date.now());
}
