import module from "node:module";

// Node 22.1+ keeps compiled code between runs (in the system's temp folder), which saves
// most of the bundle's parse time; older Node starts without it. The rest of the command
// is imported after, so that the cache covers it.
(module as { enableCompileCache?: () => unknown }).enableCompileCache?.();
const { main } = await import("./main.js");

process.exitCode = await main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  cwd: process.cwd(),
  env: process.env,
  stdoutIsTTY: process.stdout.isTTY === true,
  stderrIsTTY: process.stderr.isTTY === true,
  progressStream: process.stderr,
});
