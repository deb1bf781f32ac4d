/**
 * @lontar/language-server/node — the server over stdio, reading the workspace from the disk.
 *
 * @packageDocumentation
 */
import { fileURLToPath } from "node:url";
import { containedFileReader, readLontarFiles } from "@lontar/dsl/node";
import { createConnection } from "vscode-languageserver/node";
import type { ServerHost } from "./analysis/host.js";
import { startLontarServer } from "./server.js";
import type { ServerLanguageDefaults } from "./settings.js";

/** The Node host: the workspace folder's `.lontar` files, imports read inside it only. */
export function nodeHost(): ServerHost {
  let reader: ReturnType<typeof containedFileReader> | undefined;
  return {
    rootPath: (rootUri) => (rootUri.startsWith("file:") ? fileURLToPath(rootUri) : rootUri),
    listFiles: (root) => {
      reader = containedFileReader(root);
      return readLontarFiles(root);
    },
    readFile: (file) => reader?.(file),
  };
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
