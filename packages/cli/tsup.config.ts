import { cpSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { build as esbuild } from "esbuild";
import { defineConfig, type Options } from "tsup";

type EsbuildPlugin = NonNullable<Options["esbuildPlugins"]>[number];

// zod's `z.locales` namespace holds the messages of every language zod knows (0.6 MB);
// Lontar writes its own messages and uses none of them. The bundle keeps English only.
const zodEnglishOnly: EsbuildPlugin = {
  name: "zod-english-only",
  setup(build) {
    build.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (args) =>
      /[\\/]zod[\\/]/.test(args.importer) ? { path: args.importer, namespace: "zod-locales" } : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: "zod-locales" }, (args) => ({
      contents: 'export { default as en } from "../locales/en.js";',
      resolveDir: path.dirname(args.path),
      loader: "js",
    }));
  },
};

// date-holidays (with moment-timezone's zone data and astronomia, 1.2 MB) estimates the
// holidays of a year that has no decree in core's data; most runs never ask. The planner
// imports it at the top, which would load all of it on every `check` and `plan`. In the
// bundle the planner gets a stand-in instead: the same constructor, whose first call
// requires dist/date-holidays.cjs (date-holidays bundled on its own, see onSuccess).
const DATE_HOLIDAYS_FILE = "date-holidays.cjs";
const lazyDateHolidays: EsbuildPlugin = {
  name: "lazy-date-holidays",
  setup(build) {
    build.onResolve({ filter: /^date-holidays$/ }, (args) => ({ path: args.importer, namespace: "lazy-date-holidays" }));
    build.onResolve({ filter: /^\.\/date-holidays\.cjs$/, namespace: "lazy-date-holidays" }, (args) => ({ path: args.path, external: true }));
    build.onLoad({ filter: /.*/, namespace: "lazy-date-holidays" }, () => ({
      contents: `let Loaded;\nexport default function Holidays(...args) {\n  Loaded ??= require("./${DATE_HOLIDAYS_FILE}");\n  return new Loaded(...args);\n}\n`,
      loader: "js",
    }));
  },
};

/** Bundles date-holidays' CommonJS build (what the planner's stand-in requires) into dist. */
async function bundleDateHolidays(): Promise<void> {
  const fromPlanner = createRequire(path.resolve("../planner/package.json"));
  await esbuild({
    entryPoints: [fromPlanner.resolve("date-holidays")],
    outfile: `dist/${DATE_HOLIDAYS_FILE}`,
    bundle: true,
    platform: "node",
    format: "cjs",
    target: "node20",
    minify: true,
    legalComments: "eof",
    logLevel: "warning",
  });
}

// The published command is bundled: the @lontar packages (from source) and every
// dependency are inlined, so `lontar` starts by reading a few files instead of hundreds of
// modules. Code only some commands need (the planner) sits in chunks loaded on demand.
// Bundled CommonJS dependencies call require() for Node built-ins; the banner gives the
// ES module a real one. The planning worker is built beside the bundle, where the planner
// looks for it; the diagnostics pages (English, and Indonesian under id/) ship in dist/docs for `lontar explain`.
export default defineConfig({
  entry: { bin: "src/bin.ts", index: "src/index.ts", "plan-worker": "../planner/src/plan-worker.ts" },
  format: ["esm"],
  platform: "node",
  target: "node20",
  splitting: true,
  sourcemap: false,
  clean: true,
  noExternal: [/./],
  minify: true,
  esbuildPlugins: [zodEnglishOnly, lazyDateHolidays],
  dts: { entry: { index: "src/index.ts" } },
  esbuildOptions(options) {
    options.conditions = ["@lontar/source"];
    options.legalComments = "eof";
  },
  banner: {
    js: '#!/usr/bin/env node\nimport { createRequire as __lontarRequire } from "node:module";\nconst require = __lontarRequire(import.meta.url);',
  },
  onSuccess: async () => {
    await bundleDateHolidays();
    cpSync("../../docs/diagnostics", "dist/docs/diagnostics", { recursive: true });
    cpSync("../../docs/id/diagnostics", "dist/docs/id/diagnostics", { recursive: true });
  },
});
