/**
 * `pnpm lontar …` from a clone: pnpm runs a root script in the repository root, so this
 * moves to the folder pnpm was started in (INIT_CWD) before starting the command, and
 * `cd examples && pnpm lontar check watualang` reads the paths as typed. It runs the built
 * command (packages/cli/dist, about a second) when it was built from the sources as they are
 * now, byte for byte (see source-stamp.ts), else the sources through tsx (8-12 s); never a
 * stale build. LONTAR_FROM_SOURCE=1 runs the sources whatever the build.
 */
import { fileURLToPath, pathToFileURL } from "node:url";
import { freshBuiltCommand } from "./source-stamp.js";

const root = fileURLToPath(new URL("..", import.meta.url));
const built = process.env["LONTAR_FROM_SOURCE"] === "1" ? undefined : freshBuiltCommand(root);
const here = process.env["INIT_CWD"];
if (here !== undefined && here !== "") process.chdir(here);
if (built === undefined) await import("../packages/cli/src/bin.js");
else await import(pathToFileURL(built).href);

export {};
