import { LSPClient, findReferencesKeymap, formatKeymap, hoverTooltips, jumpToDefinitionKeymap, renameKeymap, serverCompletion } from "@codemirror/lsp-client";
import { keymap } from "@codemirror/view";
import type { SiteLang } from "../../src/protocol.js";
import type { PublishDiagnosticsParams } from "./protocol-types.js";
import { sanitizeHtml } from "./sanitize-html.js";
import { serverDiagnosticsWithFixes } from "./server-diagnostics.js";
import { startServerWorker } from "./transport.js";
import { PLAYGROUND_ROOT, PlaygroundLspWorkspace } from "./workspace.js";

/**
 * How long a request may wait for the server: the first answers wait for the worker to
 * load and check the workspace, on whatever machine the reader has.
 */
const REQUEST_TIMEOUT_MS = 30_000;

/** The language client of the playground, its workspace and the way to stop both. */
export interface LontarClient {
  readonly client: LSPClient;
  readonly workspace: PlaygroundLspWorkspace;
  stop(): void;
}

/**
 * Starts the language server in its worker and connects a @codemirror/lsp-client to it in
 * the page's language: completion, hover, formatting (Shift+Alt+F), rename (F2), go to
 * definition (F12), references (Shift+F12) and the diagnostics with their quick fixes.
 */
export function startLontarClient(lang: SiteLang, onPublish: (params: PublishDiagnosticsParams) => void): LontarClient {
  const server = startServerWorker(lang);
  let created: PlaygroundLspWorkspace | undefined;
  const client = new LSPClient({
    rootUri: PLAYGROUND_ROOT,
    timeout: REQUEST_TIMEOUT_MS,
    sanitizeHTML: sanitizeHtml,
    workspace: (c) => (created = new PlaygroundLspWorkspace(c)),
    extensions: [serverCompletion(), hoverTooltips(), keymap.of([...formatKeymap, ...renameKeymap, ...jumpToDefinitionKeymap, ...findReferencesKeymap]), serverDiagnosticsWithFixes(onPublish)],
  });
  client.connect(server.transport);
  if (created === undefined) throw new Error("the language client made no workspace");
  const workspace = created;
  return {
    client,
    workspace,
    stop: () => {
      client.disconnect();
      server.terminate();
    },
  };
}
