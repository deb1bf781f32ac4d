import { defineConfig, type Options } from "tsup";

/**
 * The one build every library package shares: ES modules and .d.ts from the given entry
 * points. ESM only: chevrotain is ESM-only, and Node 20.19+ can `require()` these modules.
 */
export function lontarBuild(entry: Record<string, string>, extra: Options = {}): ReturnType<typeof defineConfig> {
  return defineConfig({
    entry,
    format: ["esm"],
    dts: true,
    sourcemap: true,
    clean: true,
    target: "node20",
    ...extra,
  });
}
