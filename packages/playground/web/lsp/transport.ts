import type { Transport } from "@codemirror/lsp-client";
import type { SiteLang } from "../../src/protocol.js";
import { withLocale } from "../../src/initialize-locale.js";

/** The language server's worker and the lsp-client transport over it. */
export interface ServerWorker {
  readonly transport: Transport;
  /** Stops the worker. */
  terminate(): void;
}

/**
 * Starts the language server in its web worker (web/lsp/worker.ts) and wraps it as an
 * lsp-client transport: JSON text to the client, message objects to the worker (as
 * vscode-languageserver's browser reader and writer exchange them). The `initialize`
 * request gets the page's `locale` (lsp-client 6.3 has no option for it), so the server
 * answers in the page's language.
 */
export function startServerWorker(lang: SiteLang): ServerWorker {
  const worker = new Worker(new URL("./worker.ts", import.meta.url), { type: "module", name: "lontar-language-server" });
  const handlers = new Set<(value: string) => void>();
  worker.onmessage = (event: MessageEvent<unknown>) => {
    const text = JSON.stringify(event.data);
    for (const handler of handlers) handler(text);
  };
  const transport: Transport = {
    send(message) {
      worker.postMessage(withLocale(JSON.parse(message) as unknown, lang));
    },
    subscribe: (handler) => void handlers.add(handler),
    unsubscribe: (handler) => void handlers.delete(handler),
  };
  return { transport, terminate: () => worker.terminate() };
}
