import { defineConfig, type Options } from "tsup";

/** The one build every package shares: ESM + CJS + .d.ts from the given entry points. */
export function lontarBuild(entry: Record<string, string>, extra: Options = {}): ReturnType<typeof defineConfig> {
  return defineConfig({
    entry,
    format: ["esm", "cjs"],
    dts: true,
    sourcemap: true,
    clean: true,
    target: "node20",
    ...extra,
  });
}
