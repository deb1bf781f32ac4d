import { cpSync, writeFileSync } from "node:fs";
import { defineConfig } from "tsup";
import { bundleCommand, bundleDateHolidays, lazyDateHolidays, zodEnglishOnly } from "./bundle-command.js";
import { sourceStamp, STAMP_FILE, stampText } from "../../scripts/source-stamp.js";

// The stamp of the sources as the build starts, written last (see scripts/source-stamp.ts):
// `pnpm lontar` runs this build only while the sources are still what it was built from.
const stamp = sourceStamp("../..");

// The package's library entry (index.js) and the planning worker are ES modules, bundled
// with the @lontar packages (from source) and every dependency inlined, and code only
// some commands need (the planner) in chunks loaded on demand. Bundled CommonJS
// dependencies call require() for Node built-ins; the banner gives the ES module a real
// one. The `lontar` command itself (bin.js and its CommonJS bundles) is built after, see
// bundle-command.ts; the planning worker sits beside it, where the planner looks for it,
// the diagnostics pages (English, and Indonesian under id/) ship in dist/docs for
// `lontar explain`, and the example workspaces in dist/examples for `lontar demo <name>`.
export default defineConfig({
  entry: { index: "src/index.ts", "plan-worker": "../planner/src/plan-worker.ts" },
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
    await bundleDateHolidays("dist");
    await bundleCommand("dist");
    cpSync("../../docs/diagnostics", "dist/docs/diagnostics", { recursive: true });
    cpSync("../../docs/id/diagnostics", "dist/docs/id/diagnostics", { recursive: true });
    cpSync("../../examples", "dist/examples", { recursive: true });
    writeFileSync(`dist/${STAMP_FILE}`, stampText(stamp));
  },
});
