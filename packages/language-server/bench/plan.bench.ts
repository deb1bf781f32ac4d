/**
 * What the plan behind the editor's plan diagnostics costs (not a test): for each example
 * workspace, the time of one PlanCache plan and its diagnostics (the editor's step budget),
 * cold (the first in the process) and warm (the median and slowest of 10 more), and the
 * occurrence count that decides whether the server plans while the user types
 * (EDITOR_PLAN_OCCURRENCES). The plan holds the server's thread for that long.
 *
 * node --conditions=@lontar/source --import tsx packages/language-server/bench/plan.bench.ts [example…]
 */
import { readdirSync, readFileSync } from "node:fs";
import { loadavg } from "node:os";
import path from "node:path";
import { DOCUMENTS_ONLY_HOST } from "../src/analysis/host.js";
import { PlanCache } from "../src/analysis/planning.js";
import { WorkspaceState } from "../src/analysis/workspace-state.js";

const examples = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ["ntt-plm-2019", "solok-rakor-2019", "solok-interaksi", "langsa", "watualang"];
const RUNS = 10;
const dates = { today: "2024-01-01" };

for (const example of examples) {
  const root = path.resolve(import.meta.dirname, "../../../examples", example);
  const state = new WorkspaceState(DOCUMENTS_ONLY_HOST, `file:///${example}`);
  for (const file of readdirSync(root).filter((f) => f.endsWith(".lontar"))) state.update({ uri: `file:///${example}/${file}`, version: 1, text: readFileSync(path.join(root, file), "utf8") });
  const snapshot = state.snapshot();
  const once = (): number => {
    const start = performance.now();
    // A new cache each time: one plan per snapshot, as the server makes it.
    new PlanCache().diagnosticsOf(snapshot, dates);
    return performance.now() - start;
  };
  const cold = once();
  const warm = Array.from({ length: RUNS }, once).sort((a, b) => a - b);
  const plan = new PlanCache();
  const occurrences = plan.planOf(snapshot, dates)?.occurrences.length ?? 0;
  const found = plan.diagnosticsOf(snapshot, dates)?.map((d) => d.code) ?? [];
  const ms = (n: number): string => `${n.toFixed(0)} ms`;
  console.log(`${example}: ${occurrences} occurrences, cold ${ms(cold)}, warm median ${ms(warm[Math.floor(RUNS / 2)] ?? 0)}, slowest ${ms(warm.at(-1) ?? 0)}; found ${found.join(", ") || "nothing"}`);
}
console.log(`load average ${loadavg().map((n) => n.toFixed(1)).join(" ")}`);
