/**
 * Benchmark: what small, hostile workspaces cost `planWorkspace` with its default options —
 * wall time and peak memory (resident set) of one scenario per process, so that each peak is
 * its own. Run one scenario:
 * `node --conditions=@lontar/source --import tsx packages/planner/bench/hostile.bench.ts <scenario> [n]`
 * or all of them (`pnpm --filter @lontar/planner bench:hostile`), each in a child process with
 * the default heap, stopped after `LONTAR_BENCH_TIMEOUT_S` seconds (default 600; its row then
 * says so): `node --conditions=@lontar/source --import tsx packages/planner/bench/hostile.bench.ts all`.
 * Prints a markdown row per scenario (docs/benchmarks.md keeps the figures). Scenarios (n is the number of programs):
 * - `overlap`: n programs of `FREQ=SECONDLY` for 60 minutes needing one room, one month (the SDK walk's 3.9 KB workspace, n = 19): n EXPAND_OVERLAP;
 * - `free`: n programs of `FREQ=MINUTELY;INTERVAL=5` for 1 minute, no needs, one year: past the per-schedule bound, n EXPAND_LIMIT and no occurrence (it planned 1.9M before);
 * - `room`: the same for 5 minutes, all needing one room (all but one in twenty were unassigned before);
 * - `staff`: n weekly programs each needing 1,000 staff of 1,000 declared, one year (need slots: ~5 ms a search step, so it runs past the timeout);
 * - `flexible`: n programs, one session a year anywhere in the week (a flexible schedule's candidate slots).
 */
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { Workspace, type WorkspaceInput } from "@lontar/core";
import { planWorkspace } from "../src/plan-workspace.js";

type Programs = NonNullable<WorkspaceInput["programs"]>;
const library = { id: "l", name: "L", tier: "desa" as const, region: { province: "Jawa Timur" } };
const month = { from: "2026-01-01", to: "2026-01-31" };
const year = { from: "2026-01-01", to: "2026-12-31" };

function rrulePrograms(n: number, rrule: string, durationMinutes: number, needs: Programs[number]["needs"]): Programs {
  return Array.from({ length: n }, (_, i) => ({ id: `p${i}`, title: "x", library: "l", category: "storytelling", schedules: [{ kind: "rrule", dtstart: "2026-01-05T09:00", rrule, durationMinutes }], needs }));
}

const SCENARIOS: Readonly<Record<string, { readonly n: number; readonly input: (n: number) => Omit<WorkspaceInput, "version"> }>> = {
  overlap: { n: 19, input: (n) => ({ horizon: month, libraries: [library], resources: [{ kind: "room", id: "r", capacity: 10, library: "l" }], programs: rrulePrograms(n, "FREQ=SECONDLY", 60, [{ kind: "room" }]) }) },
  free: { n: 19, input: (n) => ({ horizon: year, libraries: [library], programs: rrulePrograms(n, "FREQ=MINUTELY;INTERVAL=5", 1, []) }) },
  room: { n: 19, input: (n) => ({ horizon: year, libraries: [library], resources: [{ kind: "room", id: "r", capacity: 10, library: "l" }], programs: rrulePrograms(n, "FREQ=MINUTELY;INTERVAL=5", 5, [{ kind: "room" }]) }) },
  staff: {
    n: 20,
    input: (n) => ({
      horizon: year,
      libraries: [library],
      resources: Array.from({ length: 1000 }, (_, i) => ({ kind: "staff", id: `s${i}`, library: "l" })),
      programs: Array.from({ length: n }, (_, i) => ({ id: `p${i}`, title: "x", library: "l", category: "storytelling", schedules: [{ kind: "rrule", dtstart: `2026-01-05T${String(i % 24).padStart(2, "0")}:00`, rrule: "FREQ=WEEKLY", durationMinutes: 60 }], needs: [{ kind: "staff", quantity: 1000 }] })),
    }),
  },
  flexible: {
    n: 400,
    input: (n) => ({
      horizon: year,
      libraries: [library],
      programs: Array.from({ length: n }, (_, i) => ({
        id: `p${i}`,
        title: "x",
        library: "l",
        category: "storytelling",
        schedules: [{ kind: "flexible", count: 1, per: "year", windows: [{ days: ["mon", "tue", "wed", "thu", "fri", "sat", "sun"], time: { start: "00:00", end: "24:00" } }], durationMinutes: 30 }],
      })),
    }),
  },
};

/** Seconds a scenario may run in `all` before its child process is stopped. */
const TIMEOUT_S = Number(process.env["LONTAR_BENCH_TIMEOUT_S"] ?? 600);
const name = process.argv[2] ?? "all";
if (name === "all") {
  console.log("| scenario | programs | JSON | occurrences | violations (first) | wall | peak RSS |");
  console.log("|---|---:|---:|---:|---|---:|---:|");
  for (const scenario of Object.keys(SCENARIOS)) {
    try {
      process.stdout.write(execFileSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), scenario], { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], timeout: TIMEOUT_S * 1000 }));
    } catch (error) {
      const failed = error as { status?: number; signal?: string; stderr?: string; code?: string };
      if (failed.code === "ETIMEDOUT") {
        console.log(`| ${scenario} | | | | not done after ${TIMEOUT_S} s | | |`);
        continue;
      }
      console.log(`| ${scenario} | | | | died: ${failed.signal ?? `exit ${failed.status ?? "?"}`} ${(failed.stderr ?? "").split("\n").find((l) => /heap|memory|Error/.test(l)) ?? ""} | | |`);
    }
  }
} else {
  const scenario = SCENARIOS[name];
  if (scenario === undefined) throw new Error(`no scenario ${name}: ${Object.keys(SCENARIOS).join(", ")}`);
  const n = Number(process.argv[3] ?? scenario.n);
  const input = { version: 1, ...scenario.input(n) };
  const workspace = Workspace.parse(input);
  const started = performance.now();
  const plan = planWorkspace(workspace, { seed: 1 });
  const wall = (performance.now() - started) / 1000;
  const first = plan.violations[0];
  const counts = new Map<string, number>();
  for (const v of plan.violations) counts.set(v.constraint, (counts.get(v.constraint) ?? 0) + 1);
  const shown = first === undefined ? "none" : [...counts].map(([c, k]) => `${k.toLocaleString("en")} ${c}`).join(", ");
  const peak = process.resourceUsage().maxRSS / 1024;
  console.log(`| ${name} | ${n} | ${(JSON.stringify(input).length / 1024).toFixed(1)} KB | ${plan.occurrences.length.toLocaleString("en")} | ${shown} | ${wall.toFixed(1)} s | ${peak.toFixed(0)} MB |`);
}
