/**
 * @lontar/language-server — the Lontar language over the Language Server Protocol.
 * `@lontar/language-server/node` runs it over stdio (`lontar lsp --stdio`),
 * `@lontar/language-server/browser` in a web worker.
 *
 * @packageDocumentation
 */
export { startLontarServer, SERVER_COMMANDS } from "./server.js";
export { DOCUMENTS_ONLY_HOST, type ServerHost } from "./analysis/host.js";
export { DEFAULT_DOCS_URL, type LontarInitializationOptions, type ServerLanguageDefaults } from "./settings.js";
export { SEMANTIC_LEGEND, TOKEN_TYPES, TOKEN_MODIFIERS } from "./features/semantic-tokens.js";
