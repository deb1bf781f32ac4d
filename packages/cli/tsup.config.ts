import { cpSync } from "node:fs";
import path from "node:path";
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

// The published command is bundled: the @lontar packages (from source) and every
// dependency are inlined, so `lontar` starts by reading a few files instead of hundreds of
// modules. Code only some commands need (the planner) sits in chunks loaded on demand.
// Bundled CommonJS dependencies call require() for Node built-ins; the banner gives the
// ES module a real one. The planning worker is built beside the bundle, where the planner
// looks for it; the diagnostics pages ship in dist/docs for `lontar explain`.
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
  esbuildPlugins: [zodEnglishOnly],
  dts: { entry: { index: "src/index.ts" } },
  esbuildOptions(options) {
    options.conditions = ["@lontar/source"];
    options.legalComments = "eof";
  },
  banner: {
    js: '#!/usr/bin/env node\nimport { createRequire as __lontarRequire } from "node:module";\nconst require = __lontarRequire(import.meta.url);',
  },
  onSuccess: async () => {
    cpSync("../../docs/diagnostics", "dist/docs/diagnostics", { recursive: true });
  },
});
