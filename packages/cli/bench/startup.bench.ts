/**
 * How fast the `lontar` command starts, as ratios against a bare `node -e 0` measured in
 * the same run (interleaved, so a busy machine slows all alike). CPU is the process's
 * user + system time, reported by each process at exit (bench/cpu-report.mjs, preloaded
 * into the baseline too); wall is elapsed time. The command is the installed one: the
 * four packages built, packed and npm-installed into an empty project (as
 * scripts/pack-install-test.ts does), unless `--bin` names a script to time instead.
 *
 *   pnpm bench   (in packages/cli, or from the root with every package's benchmark)
 *   node --import tsx packages/cli/bench/startup.bench.ts [--no-build] [--bin path/to/bin.js] [runs]
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { installPacked } from "../../../scripts/install-packed.js";

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, "../../..");
const args = process.argv.slice(2);
const binAt = args.indexOf("--bin");
const given = binAt >= 0 ? args[binAt + 1] : undefined;
const runs = Number(args.find((arg, i) => /^\d+$/.test(arg) && (binAt < 0 || i !== binAt + 1)) ?? 11);
const preload = pathToFileURL(path.join(here, "cpu-report.mjs")).href;
const work = mkdtempSync(path.join(tmpdir(), "lontar-startup-"));

interface Case {
  readonly name: string;
  readonly args: readonly string[];
  readonly cwd: string;
  /** The target ratio of CPU time to `node -e 0`, if any. */
  readonly target?: number;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

try {
  const bin =
    given === undefined
      ? installPacked(work, { build: !args.includes("--no-build"), log: () => undefined }).bin
      : path.resolve(given);
  // A one-file workspace: what `lontar init` writes.
  spawnSync(process.execPath, [bin, "init", "one"], { cwd: work });
  const cases: readonly Case[] = [
    { name: "node -e 0", args: ["-e", "0"], cwd: work },
    { name: "lontar --version", args: [bin, "--version"], cwd: work },
    { name: "lontar check --static (one file)", args: [bin, "check", "--static", "one"], cwd: work, target: 3 },
    { name: "lontar check (one file, with compliance)", args: [bin, "check", "one"], cwd: work },
    { name: "lontar check examples/watualang (compliance)", args: [bin, "check", "examples/watualang"], cwd: repo, target: 6 },
  ];
  const cpu = new Map<string, number[]>(cases.map((c) => [c.name, []]));
  const wall = new Map<string, number[]>(cases.map((c) => [c.name, []]));
  for (let round = 0; round < runs; round++) {
    for (const c of cases) {
      const report = path.join(work, "cpu.txt");
      writeFileSync(report, "");
      const start = performance.now();
      const result = spawnSync(process.execPath, ["--import", preload, ...c.args], { cwd: c.cwd, env: { ...process.env, LONTAR_CPU_REPORT: report, NO_COLOR: "1" } });
      wall.get(c.name)?.push(performance.now() - start);
      if (result.status !== 0 && result.status !== 1) throw new Error(`${c.name}: exit ${String(result.status)}\n${String(result.stderr)}`);
      cpu.get(c.name)?.push(Number(readFileSync(report, "utf8").trim()) / 1000);
    }
  }
  const baseCpu = median(cpu.get("node -e 0") ?? []);
  const baseWall = median(wall.get("node -e 0") ?? []);
  const load = loadavg()
    .map((value) => value.toFixed(2))
    .join(", ");
  console.log(`${given === undefined ? "installed (packed + npm install)" : bin}, Node ${process.version}, ${runs} runs each, medians; ratios against node -e 0 in this run; load average ${load}\n`);
  console.log("| command | CPU | CPU ratio | wall | wall ratio | target (CPU) |");
  console.log("|---|---:|---:|---:|---:|---:|");
  for (const c of cases) {
    const cpuMs = median(cpu.get(c.name) ?? []);
    const wallMs = median(wall.get(c.name) ?? []);
    const target = c.target === undefined ? "" : `≤ ${c.target}× ${cpuMs / baseCpu <= c.target ? "met" : "missed"}`;
    console.log(`| ${c.name} | ${(cpuMs / 1000).toFixed(3)} s | ${(cpuMs / baseCpu).toFixed(1)}× | ${(wallMs / 1000).toFixed(3)} s | ${(wallMs / baseWall).toFixed(1)}× | ${target} |`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
