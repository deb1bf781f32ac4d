import { builtinModules } from "node:module";
import path from "node:path";
import { build, type Plugin } from "esbuild";
import { describe, expect, it } from "vitest";
import { REPO_ROOT } from "../support/spawn.js";

const NODE_BUILTINS = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]));

/** Bundles an entry for the browser from source and returns the Node built-ins anything in it imports. */
async function nodeImportsOf(entry: string): Promise<string[]> {
  const found = new Set<string>();
  const recordNodeImports: Plugin = {
    name: "record-node-imports",
    setup(on) {
      on.onResolve({ filter: /.*/ }, (args) => {
        const bare = args.path.split("/")[0] ?? args.path;
        if (!args.path.startsWith("node:") && !NODE_BUILTINS.has(bare) && !NODE_BUILTINS.has(args.path)) return undefined;
        found.add(`${args.path} (from ${path.relative(REPO_ROOT, args.importer)})`);
        return { path: args.path, external: true };
      });
    },
  };
  await build({
    entryPoints: [path.join(REPO_ROOT, entry)],
    bundle: true,
    write: false,
    platform: "browser",
    format: "esm",
    conditions: ["@lontar/source"],
    logLevel: "silent",
    plugins: [recordNodeImports],
  });
  return [...found].sort();
}

// The main entries run in a browser (the playground's web workers); file system, worker
// threads and output writing live behind the /node subpaths.
describe("browser entries bundle without Node built-ins", () => {
  for (const entry of ["packages/core/src/index.ts", "packages/dsl/src/index.ts", "packages/planner/src/index.ts", "packages/planner/src/report.ts"]) {
    it(entry, async () => {
      expect(await nodeImportsOf(entry)).toEqual([]);
    });
  }

  it("the /node entries do import them (the check sees Node imports)", async () => {
    expect((await nodeImportsOf("packages/planner/src/node.ts")).length).toBeGreaterThan(0);
  });
});
