import { fileURLToPath } from "node:url";
import type { main as Main } from "../main.js";
import { codeCacheFolder, loadBundle } from "./code-cache.js";
import { processIo } from "./process-io.js";
import { keepYoungGenerationSmall } from "./young-generation.js";

/** Each bundle's hash, written in by the build (bundle-command.ts). */
declare const LONTAR_BUNDLE_HASHES: Readonly<Record<string, string>>;

// The published `lontar` (dist/bin.js): the command's code is in CommonJS bundles beside
// this file (see packages/cli/bundle-command.ts), loaded through V8's code cache.
keepYoungGenerationSmall();
const argv = process.argv.slice(2);
const [command] = argv;
// Each use keeps its own cache, made by its first run: `check --static` and `check` run
// different code, and a `check --help` would leave most of `check` out of the cache.
const flag = (...names: string[]): boolean => names.some((name) => argv.includes(name));
const use = `${command !== undefined && /^[a-z]{1,12}$/.test(command) ? command : "other"}${flag("--static") ? "-static" : ""}${flag("--help", "-h") ? "-help" : ""}`;
const bundle = loadBundle(fileURLToPath(new URL("./lontar.cjs", import.meta.url)), { folder: codeCacheFolder(), use, hashes: LONTAR_BUNDLE_HASHES }) as { main: typeof Main };
process.exitCode = await bundle.main(argv, processIo());
