import type { SiteLang } from "./protocol.js";

/**
 * A JSON-RPC message on its way to the language server: the `initialize` request with
 * `params.locale` set to the page's language (the server then speaks it), any other
 * message as it is.
 */
export function withLocale(message: unknown, lang: SiteLang): unknown {
  if (typeof message !== "object" || message === null) return message;
  const request = message as { method?: unknown; params?: unknown };
  if (request.method !== "initialize" || typeof request.params !== "object" || request.params === null) return message;
  return { ...request, params: { ...request.params, locale: lang } };
}
