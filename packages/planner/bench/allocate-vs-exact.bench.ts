/**
 * Allocation against an exact solver: on seeded small, tight instances (20–200
 * occurrences, 3–15 resources; `bench/exact/instances.ts`), the fewest unassigned
 * occurrences proved by HiGHS (a MIP, `bench/exact/mip.ts`), ours at the default budget,
 * and greedy first-fit; where ours equals the optimum, the soft gap to the MIP's second
 * stage (its assignment scored by our scorer). Run:
 * `node --conditions=@lontar/source --import tsx packages/planner/bench/allocate-vs-exact.bench.ts [instances] [timeLimitSeconds]`.
 */
import highsLoader from "highs";
import { allocate } from "../src/allocate/allocate.js";
import { buildModel } from "../src/allocate/model.js";
import { rescore } from "../src/allocate/rescore.js";
import { ScoreState } from "../src/allocate/score-state.js";
import { smallInstance } from "./exact/instances.js";
import { solveExact, type LpSolver } from "./exact/mip.js";
import { greedyFirstFit } from "./greedy.js";

const count = Number(process.argv[2] ?? 36);
const limit = Number(process.argv[3] ?? 60);
const highs = await highsLoader();
const solve: LpSolver = (lp, seconds) => {
  const result = highs.solve(lp, { output_flag: false, time_limit: seconds, mip_rel_gap: 0 });
  const columns: Record<string, number> = {};
  for (const [name, column] of Object.entries(result.Columns)) columns[name] = "Primal" in column ? column.Primal : 0;
  return { status: result.Status, columns };
};

const rows = [
  "| seed | occurrences | resources | MIP status | optimum unassigned | ours | greedy | ours: ms | soft: MIP stage 2 | soft: ours | soft gap |",
  "|---:|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|",
];
let proved = 0;
let equal = 0;
let worseThanGreedy = 0;
const gaps: number[] = [];
for (let k = 0; k < count; k++) {
  const seed = 1000 + k;
  const occurrences = 20 + Math.round((180 * k) / Math.max(1, count - 1));
  const resources = 3 + (k % 13);
  const instance = smallInstance(seed, occurrences, resources);
  const { workspace } = instance;
  const state = new ScoreState(buildModel(workspace, instance.occurrences), { travelBufferMinutes: 30 });
  const exact = solveExact(state, solve, limit);
  for (const [slot, resource] of exact.assignment) state.assign(slot, resource);
  const reference = rescore(state, 30).totals;
  const t = performance.now();
  const ours = allocate(workspace, instance.occurrences, { seed: 1 });
  const ms = performance.now() - t;
  const oursUnassigned = ours.occurrences.filter((o) => o.status === "unassigned").length;
  const greedy = greedyFirstFit(workspace, instance.occurrences).medium;
  if (exact.status === "Optimal") proved++;
  if (reference.hard !== 0 || reference.medium !== exact.unassigned) console.error(`seed ${seed}: the MIP's assignment scores ${JSON.stringify(reference)} with our scorer`);
  if (oursUnassigned > greedy) worseThanGreedy++;
  let gap = "";
  if (oursUnassigned === exact.unassigned) {
    equal++;
    const g = (ours.score.soft - reference.soft) / Math.max(1, reference.soft);
    gaps.push(g);
    gap = `${(100 * g).toFixed(1)}%`;
  }
  const row = `| ${seed} | ${instance.occurrences.length} | ${instance.resources} | ${exact.status}${exact.softStatus === "Optimal" ? "" : ` (stage 2: ${exact.softStatus})`} | ${exact.unassigned} | ${oursUnassigned} | ${greedy} | ${ms.toFixed(0)} | ${reference.soft.toFixed(2)} | ${ours.score.soft.toFixed(2)} | ${gap} |`;
  rows.push(row);
  console.error(row);
}
const mean = gaps.length === 0 ? 0 : gaps.reduce((a, b) => a + b, 0) / gaps.length;
console.log(rows.join("\n"));
console.log("");
console.log(`instances: ${count}; optimum proved: ${proved}; ours equals the optimum: ${equal} (${((100 * equal) / count).toFixed(1)}%); mean soft gap where equal: ${(100 * mean).toFixed(2)}%; ours worse than greedy: ${worseThanGreedy}`);
