import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { Script } from "node:vm";
import { describe, expect, it } from "vitest";
import { codeCacheFolder, commonJsWrapper, flagsKey, fnv1a, loadBundle, saveCaches } from "../src/start/code-cache.js";
import { tempDir } from "./support/run.js";

/** Two bundles as the build writes them: the first requires its sibling and a Node module. */
function writeBundles(dir: string, tag: string): { readonly main: string; readonly counter: string } {
  const counter = `lontarCodeCacheTest_${tag}`;
  writeFileSync(
    path.join(dir, "main.cjs"),
    `const other = require("./other.cjs"); const again = require("./other.cjs");\nmodule.exports = { joined: require("node:path").posix.join("a", other.name), same: other === again, file: __filename };\n`,
  );
  writeFileSync(path.join(dir, "other.cjs"), `globalThis.${counter} = (globalThis.${counter} ?? 0) + 1;\nexports.name = "other";\n`);
  return { main: path.join(dir, "main.cjs"), counter };
}

function accepted(file: string, cache: string): boolean {
  const script = new Script(commonJsWrapper(readFileSync(file, "utf8")), { filename: file, cachedData: readFileSync(cache) });
  return script.cachedDataRejected === false;
}

describe("loadBundle", () => {
  it("runs a bundle and its siblings once each, and stores caches that V8 accepts", () => {
    const dir = tempDir();
    const folder = tempDir();
    const { main, counter } = writeBundles(dir, "fresh");
    const exports = loadBundle(main, { folder, use: "check" });
    expect(exports).toEqual({ joined: "a/other", same: true, file: main });
    expect(loadBundle(main, { folder, use: "check" })).toBe(exports);
    expect((globalThis as Record<string, unknown>)[counter]).toBe(1);
    saveCaches();
    const caches = readdirSync(folder).sort();
    expect(caches.map((name) => name.replace(`${flagsKey()}-`, "-").replace(/[0-9a-f]{32}$/, "HASH"))).toEqual([`main.cjs-check-${fnv1a(main)}-HASH`, `other.cjs-check-${fnv1a(path.join(dir, "other.cjs"))}-HASH`]);
    expect(accepted(main, path.join(folder, caches[0] ?? ""))).toBe(true);
  });

  it("names the cache after the hash it is given, and replaces a cache V8 refuses", () => {
    const dir = tempDir();
    const folder = tempDir();
    const { main } = writeBundles(dir, "refused");
    const cache = path.join(folder, `main.cjs-plan${flagsKey()}-${fnv1a(main)}-given`);
    writeFileSync(cache, "not a code cache");
    expect(loadBundle(main, { folder, use: "plan", hashes: { "main.cjs": "given" } })).toEqual({ joined: "a/other", same: true, file: main });
    saveCaches();
    expect(statSync(cache).size).toBeGreaterThan("not a code cache".length);
    expect(accepted(main, cache)).toBe(true);
  });

  it("keeps the caches of the same bundle at two places apart (V8 keeps a cache's path: a stack trace names the bundle that ran)", () => {
    const folder = tempDir();
    const here = writeBundles(tempDir(), "placed");
    const there = writeBundles(tempDir(), "placed");
    loadBundle(here.main, { folder, use: "fmt", hashes: { "main.cjs": "same", "other.cjs": "same" } });
    loadBundle(there.main, { folder, use: "fmt", hashes: { "main.cjs": "same", "other.cjs": "same" } });
    saveCaches();
    expect(readdirSync(folder).filter((name) => name.startsWith("main.cjs-fmt")).length).toBe(2);
  });

  it("runs without a cache folder", () => {
    const dir = tempDir();
    const { main } = writeBundles(dir, "uncached");
    expect(loadBundle(main, { folder: undefined, use: "check" })).toEqual({ joined: "a/other", same: true, file: main });
  });
});

describe("flagsKey", () => {
  it("is empty without Node options, and names them otherwise", () => {
    if (process.execArgv.length === 0 && (process.env.NODE_OPTIONS ?? "") === "") expect(flagsKey()).toBe("");
    else expect(flagsKey()).toMatch(/^-[0-9a-f]{1,8}$/);
  });
});

describe("codeCacheFolder", () => {
  it("is off when NODE_DISABLE_COMPILE_CACHE is set, as Node's own cache", () => {
    expect(codeCacheFolder({ NODE_DISABLE_COMPILE_CACHE: "1" })).toBeUndefined();
  });

  it("is a private folder of this user, per Node version", () => {
    const folder = codeCacheFolder({});
    expect(folder).toBeDefined();
    expect(path.basename(folder ?? "")).toBe(`${process.version}-${process.arch}`);
    if (process.platform !== "win32") expect(statSync(path.dirname(folder ?? "")).mode & 0o077).toBe(0);
  });
});
