/**
 * `pnpm lontar …` from source: pnpm runs a root script in the repository root, so this
 * moves to the folder pnpm was started in (INIT_CWD) before starting the command, and
 * `cd examples && pnpm lontar check watualang` reads the paths as typed.
 */
const here = process.env["INIT_CWD"];
if (here !== undefined && here !== "") process.chdir(here);
await import("../packages/cli/src/bin.js");

export {};
