import { cpSync, existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitepress";
import { lontarLanguages } from "./lontar-grammar";
import { idLocale, rootLocale } from "./locales";
import { pendingPageLink } from "./pending-pages";
import { searchLocales } from "./search";

const docsDir = path.dirname(path.dirname(fileURLToPath(import.meta.url)));

/**
 * The Lontar site: English at the root (docs/), Bahasa Indonesia at /id/ (docs/id/, the same
 * file names). The API reference is typedoc's HTML (docs/api, `pnpm docs:api`): it is not
 * Markdown, so VitePress leaves it out of its pages and copies it into the site as /api/.
 */
// eslint-disable-next-line no-restricted-syntax -- VitePress reads its configuration from the default export.
export default defineConfig({
  title: "Lontar",
  // Vite's dependency cache under node_modules: out of git, eslint and the docs folder.
  cacheDir: "../node_modules/.vitepress-cache",
  cleanUrls: false,
  srcExclude: ["api/**"],
  lastUpdated: false,
  // No favicon request (a 404 is a console error; the site makes no request it cannot serve).
  head: [["link", { rel: "icon", href: "data:," }]],
  locales: { root: rootLocale, id: idLocale },
  themeConfig: {
    search: { provider: "local", options: { locales: searchLocales } },
    socialLinks: [],
  },
  markdown: { languages: lontarLanguages(), languageAlias: {} },
  ignoreDeadLinks: [(link: string) => link.startsWith("/api/") || link.startsWith("../api/") || pendingPageLink(link, docsDir)],
  vite: {
    resolve: {
      conditions: ["@lontar/source"],
      // The theme's home content and language links without their hydration mismatches (see theme/HomeContent.vue, theme/langs.ts).
      alias: [
        { find: /^.*\/VPHomeContent\.vue$/, replacement: fileURLToPath(new URL("./theme/HomeContent.vue", import.meta.url)) },
        { find: /^\.{1,2}\/composables\/langs$/, replacement: fileURLToPath(new URL("./theme/langs.ts", import.meta.url)) },
      ],
    },
    worker: { format: "es" },
    // A hydration mismatch is a console error the site's browser tests fail on: say where it is.
    define: { __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: "true" },
    server: { host: "127.0.0.1" },
    build: { chunkSizeWarningLimit: 4000 },
  },
  buildEnd(site) {
    const api = path.join(docsDir, "api");
    if (existsSync(path.join(api, "index.html"))) cpSync(api, path.join(site.outDir, "api"), { recursive: true });
  },
});
