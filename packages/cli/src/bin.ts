import module from "node:module";
import { processIo } from "./start/process-io.js";

// The command run from its sources (tests, `pnpm lontar`); the published one starts from
// start/launch.ts. Node 22.1+ keeps compiled code between runs (in the system's temp
// folder), which saves most of the bundle's parse time; older Node starts without it. The
// rest of the command is imported after, so that the cache covers it.
(module as { enableCompileCache?: () => unknown }).enableCompileCache?.();
const { main } = await import("./main.js");

process.exitCode = await main(process.argv.slice(2), processIo());
