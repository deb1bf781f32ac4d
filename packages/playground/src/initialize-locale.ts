import type { SiteLang } from "./protocol.js";

/**
 * A JSON-RPC message on its way to the language server: the `initialize` request with
 * `params.locale` set to the page's language (the server then speaks it) and the server's
 * plan diagnostics turned off (the playground plans in a worker of its own and lists that
 * plan's findings; the server's would list each a second time), any other message as it is.
 */
export function withLocale(message: unknown, lang: SiteLang): unknown {
  if (typeof message !== "object" || message === null) return message;
  const request = message as { method?: unknown; params?: unknown };
  if (request.method !== "initialize" || typeof request.params !== "object" || request.params === null) return message;
  const params = request.params as { initializationOptions?: unknown };
  const options = typeof params.initializationOptions === "object" && params.initializationOptions !== null ? params.initializationOptions : {};
  return { ...request, params: { ...request.params, locale: lang, initializationOptions: { ...options, planDiagnostics: false } } };
}
