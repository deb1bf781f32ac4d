/**
 * `pnpm lontar …` from a clone runs the built command when it was built from the sources as
 * they are now, and the sources otherwise: never a stale build. Measured on a busy 2-core
 * machine: `npx -y pnpm@10 lontar check examples/watualang` took 20-28 s, of which 5-13 s was
 * npx starting pnpm and 8-12 s tsx loading the sources; the built command takes 1-2.5 s.
 */
import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { freshBuiltCommand, sourceStamp, STAMP_FILE, stampText } from "../../../scripts/source-stamp.js";
import { tempDir } from "./support/run.js";
import { REPO_ROOT } from "./support/spawn.js";

/** A repository of a few inputs and a build of them, its stamp written as the build writes it; the root is returned. */
function builtRepository(): string {
  const root = tempDir();
  const files: Record<string, string> = {
    "package.json": '{ "type": "module" }\n',
    "pnpm-lock.yaml": "lockfileVersion: '9.0'\n",
    "packages/cli/package.json": "{}\n",
    "packages/cli/src/bin.js": 'console.log("from source", process.argv.slice(2).join(" "), process.cwd());\n',
    "packages/core/src/index.ts": "export const a = 1;\n",
    "docs/diagnostics/LON0001.md": "# LON0001\n",
    "examples/one/main.lontar": "horizon 2027-01-01..2027-12-31\n",
    "packages/cli/dist/bin.js": 'console.log("from dist", process.argv.slice(2).join(" "), process.cwd());\n',
  };
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
  }
  writeFileSync(path.join(root, "packages/cli/dist", STAMP_FILE), stampText(sourceStamp(root)));
  return root;
}

describe("the built command for `pnpm lontar`", () => {
  it("is used while every input is byte for byte what it was built from", () => {
    const root = builtRepository();
    expect(freshBuiltCommand(root)).toBe(path.join(root, "packages/cli/dist/bin.js"));
  });

  it("is not used once an input changed, even one whose time is older than the build's, nor one added or removed", () => {
    const edited = builtRepository();
    const file = path.join(edited, "packages/core/src/index.ts");
    writeFileSync(file, "export const a = 2;\n");
    // A file copied with its old time kept (cp -p, tar, an edit during the build): no comparison of times would see it.
    utimesSync(file, new Date("2020-01-01"), new Date("2020-01-01"));
    expect(freshBuiltCommand(edited)).toBeUndefined();
    const added = builtRepository();
    writeFileSync(path.join(added, "examples/one/more.lontar"), "\n");
    expect(freshBuiltCommand(added)).toBeUndefined();
    const removed = builtRepository();
    rmSync(path.join(removed, "docs/diagnostics/LON0001.md"));
    expect(freshBuiltCommand(removed)).toBeUndefined();
    const lock = builtRepository();
    writeFileSync(path.join(lock, "pnpm-lock.yaml"), "lockfileVersion: '9.1'\n");
    expect(freshBuiltCommand(lock)).toBeUndefined();
  });

  it("is not used without a stamp (an old or unfinished build) or with one that does not read", () => {
    const unstamped = builtRepository();
    rmSync(path.join(unstamped, "packages/cli/dist", STAMP_FILE));
    expect(freshBuiltCommand(unstamped)).toBeUndefined();
    const garbled = builtRepository();
    writeFileSync(path.join(garbled, "packages/cli/dist", STAMP_FILE), "{");
    expect(freshBuiltCommand(garbled)).toBeUndefined();
    const noBin = builtRepository();
    rmSync(path.join(noBin, "packages/cli/dist/bin.js"));
    expect(freshBuiltCommand(noBin)).toBeUndefined();
  });

  it("scripts/lontar-here.ts runs the fresh build, else the sources (and them with LONTAR_FROM_SOURCE=1), in the folder pnpm started in", () => {
    const root = builtRepository();
    mkdirSync(path.join(root, "scripts"));
    for (const file of ["lontar-here.ts", "source-stamp.ts"]) cpSync(path.join(REPO_ROOT, "scripts", file), path.join(root, "scripts", file));
    const tsx = pathToFileURL(path.join(REPO_ROOT, "node_modules/tsx/dist/loader.mjs")).href;
    const here = path.join(root, "examples");
    const lontar = (env: Record<string, string> = {}): string => {
      const result = spawnSync(process.execPath, ["--import", tsx, path.join(root, "scripts/lontar-here.ts"), "check", "one"], { cwd: root, env: { ...process.env, INIT_CWD: here, ...env }, encoding: "utf8" });
      expect(result.stderr).toBe("");
      return result.stdout;
    };
    expect(lontar()).toBe(`from dist check one ${here}\n`);
    expect(lontar({ LONTAR_FROM_SOURCE: "1" })).toBe(`from source check one ${here}\n`);
    writeFileSync(path.join(root, "packages/cli/src/bin.js"), 'console.log("edited source", process.argv.slice(2).join(" "), process.cwd());\n');
    expect(lontar()).toBe(`edited source check one ${here}\n`);
  }, 60_000);
});
