/**
 * Allocation benchmark: greedy first-fit versus construction + late-acceptance search on
 * generated provinces, 1k to 1M occurrences, as one problem (`allocate`) and in independent
 * parts with the step budget shared among them (what `planWorkspace` does). Run: `npx -y pnpm@10 --filter @lontar/planner bench`
 * (or `node --conditions=@lontar/source --import tsx packages/planner/bench/allocate.bench.ts [maxOccurrences]`).
 * Timing is wall-clock on this machine; scores are deterministic (seed 1, step budget).
 */
import { allocate } from "../src/allocate/allocate.js";
import { allocateInParts } from "./allocate-in-parts.js";
import { greedyFirstFit } from "./greedy.js";
import { generateProvince } from "./province.js";

const sizes: { label: string; regencies: number; villages: number; weeks: number }[] = [
  { label: "1k", regencies: 1, villages: 5, weeks: 17 },
  { label: "10k", regencies: 2, villages: 20, weeks: 34 },
  { label: "100k", regencies: 20, villages: 16, weeks: 40 },
  { label: "1M (province-year: 20 regencies, 3,000 villages, 52 weeks)", regencies: 20, villages: 150, weeks: 52 },
];
const limit = Number(process.argv[2] ?? Number.POSITIVE_INFINITY);

const seconds = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;
const rows: string[] = [
  "| occurrences | greedy wall (CPU) | greedy hard/medium/soft | ours, one problem: wall (CPU) | steps | hard/medium/soft | ours, in parts: wall (CPU) | parts | hard/medium/soft | CPU ratio (parts/greedy) |",
  "|---:|---:|---|---:|---:|---|---:|---:|---|---:|",
];
for (const size of sizes) {
  const { workspace, occurrences } = generateProvince(size.regencies, size.villages, size.weeks);
  if (occurrences.length > limit) break;
  // CPU time as well as wall time: on a shared machine the wall clock also measures the neighbours.
  const cpu = (): number => {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1000;
  };
  let t = performance.now();
  let c = cpu();
  const greedy = greedyFirstFit(workspace, occurrences);
  const greedyMs = performance.now() - t;
  const greedyCpu = cpu() - c;
  t = performance.now();
  c = cpu();
  const ours = allocate(workspace, occurrences, { seed: 1 });
  const oursMs = performance.now() - t;
  const oursCpu = cpu() - c;
  t = performance.now();
  c = cpu();
  const parted = allocateInParts(workspace, occurrences, 1);
  const partsMs = performance.now() - t;
  const partsCpu = cpu() - c;
  const fmt = (s: { hard: number; medium: number; soft: number }): string => `${s.hard} / ${s.medium} / ${s.soft.toFixed(1)}`;
  const row = `| ${occurrences.length.toLocaleString("en-US")} (${size.label}) | ${seconds(greedyMs)} (${seconds(greedyCpu)}) | ${fmt(greedy)} | ${seconds(oursMs)} (${seconds(oursCpu)}) | ${ours.stats.steps.toLocaleString("en-US")} | ${fmt(ours.score)} | ${seconds(partsMs)} (${seconds(partsCpu)}) | ${parted.parts.toLocaleString("en-US")} | ${fmt(parted.score)} | ${(partsCpu / greedyCpu).toFixed(1)} |`;
  rows.push(row);
  console.error(row);
}
console.log(rows.join("\n"));
