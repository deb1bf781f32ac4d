// Preloaded into each benchmarked process (node --import): at exit, appends the process's
// CPU time (user + system, all threads, in microseconds) to the file LONTAR_CPU_REPORT names.
import { appendFileSync } from "node:fs";

const report = process.env.LONTAR_CPU_REPORT;
if (report) {
  process.on("exit", () => {
    const { user, system } = process.cpuUsage();
    appendFileSync(report, `${user + system}\n`);
  });
}
