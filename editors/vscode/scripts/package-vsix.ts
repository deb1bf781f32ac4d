/**
 * Packages the extension offline: esbuild bundles the extension (with `vscode` external)
 * and the language server into dist/, then @vscode/vsce 3 writes dist/lontar-<version>.vsix
 * with --no-dependencies (everything it needs is in the bundles). `pnpm --filter lontar-vscode package`.
 */
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { build } from "esbuild";

const here = path.join(import.meta.dirname, "..");
const require = createRequire(import.meta.url);

async function bundle(entry: string, out: string, external: string[]): Promise<void> {
  await build({
    entryPoints: [path.join(here, entry)],
    outfile: path.join(here, out),
    bundle: true,
    platform: "node",
    format: "cjs",
    target: "node20",
    external,
    conditions: ["@lontar/source"],
    minify: true,
    sourcemap: false,
    logLevel: "warning",
    legalComments: "none",
  });
}

function run(command: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: here, stdio: "inherit" });
    child.on("error", reject);
    child.on("close", (code) => (code === 0 ? resolve() : reject(new Error(`${command} ${args.join(" ")} exited with ${code}`))));
  });
}

await bundle("src/extension.ts", "dist/extension.cjs", ["vscode"]);
await bundle("src/server.ts", "dist/server.cjs", []);
const { version } = JSON.parse(readFileSync(path.join(here, "package.json"), "utf8")) as { version: string };
const vsce = path.join(path.dirname(require.resolve("@vscode/vsce/package.json")), "vsce");
const out = path.join("dist", `lontar-${version}.vsix`);
await run(process.execPath, [vsce, "package", "--no-dependencies", "--allow-missing-repository", "--out", out]);
console.log(`wrote ${path.join(here, out)}`);
