import { localeLanguage } from "@lontar/core";
import type { DateSpan } from "@lontar/planner";
import type { Lang } from "./language/language.js";

/** Options an editor may pass in `initializationOptions`. */
export interface LontarInitializationOptions {
  /** The language of the server's texts: `auto` (from the client's locale), `en` or `id`. */
  readonly messageLanguage?: "auto" | "en" | "id";
  /** Today's date (`YYYY-MM-DD`) for next dates and default horizons; default: the clock's date. */
  readonly today?: string;
  /** The planning horizon to use when the workspace declares none, e.g. `2025-01-01..2025-12-31`. */
  readonly horizon?: string;
  /**
   * Base URL of the documentation site (the VitePress site built from docs/): a code's
   * page is `<base>diagnostics/LON2001.html`, in Bahasa Indonesia `<base>id/diagnostics/LON2001.html`.
   * Default: {@link DEFAULT_DOCS_URL}.
   */
  readonly diagnosticsDocsUrl?: string;
  /**
   * Whether the server plans the workspace after each pause in typing and publishes what
   * `lontar check` finds in the plan (LON5101–LON5112: sessions that cannot take place,
   * agreements not met, budgets exceeded…) with the language's diagnostics. Default `true`;
   * `false` where planning a large workspace is too slow.
   */
  readonly planDiagnostics?: boolean;
}

/** The settings the server runs with. */
export interface ServerSettings {
  /** Language of texts. */
  readonly lang: Lang;
  /**
   * The language of the keywords completion offers in a file that has none yet to tell its
   * own (a new, empty file): the editor's locale's when it sends one, else {@link lang}.
   */
  readonly keywords: Lang;
  /** Today's date. */
  readonly today: string;
  /** Base URL of the documentation site, ending with `/`. */
  readonly docsUrl: string;
  /** The horizon for a workspace that declares none. */
  readonly horizon?: DateSpan | undefined;
  /** Whether the plan's diagnostics are published (see {@link LontarInitializationOptions.planDiagnostics}). */
  readonly planDiagnostics: boolean;
}

/**
 * The documentation site when the editor does not say: the repository's site (its GitHub
 * Pages), whose `diagnostics/` pages are built from docs/diagnostics/.
 */
export const DEFAULT_DOCS_URL = "https://lontar-id.github.io/lontar/";

/** What the process that starts the server says of the language (`lontar lsp --stdio --lang id`, LANG). */
export interface ServerLanguageDefaults {
  /** The language chosen where the server was started (`--lang`): it wins over the editor's locale. */
  readonly chosen?: Lang;
  /** The language of the server's environment (LC_ALL, LC_MESSAGES, LANG): used when the editor sends no locale. */
  readonly environment?: Lang;
}

/**
 * The settings from initialize. The language, first found of: the editor's
 * `messageLanguage` option (`en` or `id`), the server's `--lang`, the editor's `locale`
 * (`id…` → Bahasa Indonesia), the server's environment, English. The keywords of a file that
 * has none yet follow the editor's locale first: a writer who reads English messages may
 * still write Indonesian keywords, as the editor's locale says.
 */
export function readSettings(locale: string | undefined, options: unknown, clockToday: () => string, defaults: ServerLanguageDefaults = {}): ServerSettings {
  const o = (typeof options === "object" && options !== null ? options : {}) as LontarInitializationOptions;
  const fromLocale: Lang | undefined = locale === undefined ? undefined : localeLanguage(locale);
  const auto: Lang = defaults.chosen ?? fromLocale ?? defaults.environment ?? "en";
  const lang: Lang = o.messageLanguage === "en" || o.messageLanguage === "id" ? o.messageLanguage : auto;
  const today = typeof o.today === "string" && /^\d{4}-\d{2}-\d{2}$/.test(o.today) ? o.today : clockToday();
  const given = typeof o.diagnosticsDocsUrl === "string" && o.diagnosticsDocsUrl !== "" ? o.diagnosticsDocsUrl : DEFAULT_DOCS_URL;
  const docsUrl = given.endsWith("/") ? given : `${given}/`;
  const span = typeof o.horizon === "string" ? /^(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})$/.exec(o.horizon) : null;
  const horizon = span?.[1] !== undefined && span[2] !== undefined && span[1] <= span[2] ? { from: span[1], to: span[2] } : undefined;
  return { lang, keywords: fromLocale ?? lang, today, docsUrl, horizon, planDiagnostics: o.planDiagnostics !== false };
}
