/**
 * @lontar/language-server/node — the server over stdio, reading the workspace from the disk.
 *
 * @packageDocumentation
 */
import { lstatSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { MAX_WORKSPACE_FILES, type SourceFile } from "@lontar/dsl";
import { containedFileReader, findLontarFiles, MAX_WALK_DEPTH, skippedByWalk } from "@lontar/dsl/node";
import { createConnection } from "vscode-languageserver/node";
import type { ServerHost } from "./analysis/host.js";
import { startLontarServer } from "./server.js";
import type { ServerLanguageDefaults } from "./settings.js";

/**
 * The Node host: the workspace folder's `.lontar` files (found by findLontarFiles: hidden
 * entries, `node_modules` and links skipped), each read through the contained reader (links
 * out of the root, FIFOs, devices and oversized files refused, never read), imports read
 * inside it only. A file or folder read again after a change on disk goes the same way.
 */
export function nodeHost(): ServerHost {
  let reader: { readonly root: string; readonly read: ReturnType<typeof containedFileReader> } | undefined;
  const readerOf = (root: string): ReturnType<typeof containedFileReader> => {
    if (reader?.root !== root) reader = { root, read: containedFileReader(root) };
    return reader.read;
  };
  const readListed = (root: string, file: string): string | undefined => {
    const text = readerOf(root)(file);
    return typeof text === "string" ? text : undefined;
  };
  const listFiles = (root: string, folder = ""): readonly SourceFile[] => {
    const segments = folder === "" ? [] : folder.split("/");
    if (segments.length > MAX_WALK_DEPTH || !walkable(root, segments, true)) return [];
    // One file more than an analysis loads: a folder of more is then LON2110, never files left out without a word (a review).
    const found = findLontarFiles(path.join(root, ...segments), { maxDepth: MAX_WALK_DEPTH - segments.length, maxFiles: MAX_WORKSPACE_FILES + 1 }).files;
    return found.flatMap((file) => {
      const relative = folder === "" ? file : `${folder}/${file}`;
      const text = readListed(root, relative);
      return text === undefined ? [] : [{ path: relative, text }];
    });
  };
  return {
    rootPath: (rootUri) => (rootUri.startsWith("file:") ? fileURLToPath(rootUri) : rootUri),
    listFiles: (root, folder) => {
      readerOf(root);
      return listFiles(root, folder);
    },
    readFile: (file) => reader?.read(file),
    rereadFile: (root, file) => {
      const segments = file.split("/");
      if (!file.endsWith(".lontar") || segments.length - 1 > MAX_WALK_DEPTH || !walkable(root, segments, false)) return undefined;
      return readListed(root, file);
    },
  };
}

/**
 * Whether the walk from `root` would reach the entry at `segments` (bounded by their count):
 * no segment the walk skips (skippedByWalk), every folder on the way a real folder (not a link),
 * and the entry itself a folder (`folder`) or a regular file.
 */
function walkable(root: string, segments: readonly string[], folder: boolean): boolean {
  let at = root;
  for (const [i, segment] of segments.entries()) {
    if (segment === "" || skippedByWalk(segment) || segment.includes("\\")) return false;
    at = path.join(at, segment);
    let stats;
    try {
      stats = lstatSync(at);
    } catch {
      return false;
    }
    const last = i === segments.length - 1;
    if (!(last && !folder ? stats.isFile() : stats.isDirectory())) return false;
  }
  return true;
}

/**
 * Starts the server on this process's stdin and stdout (what `lontar lsp --stdio` runs),
 * with the language the command line chose or its environment's (see {@link ServerLanguageDefaults}).
 * Nothing else may write to stdout afterwards.
 */
export function startStdioServer(language: ServerLanguageDefaults = {}): void {
  const connection = createConnection(process.stdin, process.stdout);
  startLontarServer(connection, nodeHost(), language);
}
