import { planWorkspace } from "./src/plan-workspace.js";
import { exportCalendars, exportCsv, exportHtml, exportJson, writePlanOutputs } from "./src/index.js";
import { generateProvince } from "./bench/province.js";
const [r, v, w] = process.argv.slice(2).map(Number);
const { workspace } = generateProvince(r ?? 20, v ?? 150, w ?? 52);
const horizon = { from: "2025-01-01", to: "2025-12-31" };
let t = performance.now();
const plan = planWorkspace(workspace, { horizon, seed: 1 });
console.log("plan", plan.occurrences.length, ((performance.now() - t) / 1000).toFixed(1), "s");
for (const [name, f] of [["json", () => exportJson(plan).length], ["csv", () => exportCsv(plan, workspace).length], ["html", () => exportHtml(plan, workspace).length], ["calendars", () => { let n = 0, files = 0; for (const [, text] of exportCalendars(plan, workspace)) { n += text.length; files++; } return `${files} files ${n}`; }]] as const) {
  t = performance.now();
  try { const size = f(); console.log(name, size, ((performance.now() - t) / 1000).toFixed(1), "s", Math.round(process.memoryUsage().rss / 1e6), "MB rss"); }
  catch (e) { console.log(name, "FAILED", (e as Error).message, ((performance.now() - t) / 1000).toFixed(1), "s"); }
}
t = performance.now();
try { const files = await writePlanOutputs("/tmp/outprov", plan, workspace); console.log("write", files.length, ((performance.now() - t) / 1000).toFixed(1), "s"); } catch (e) { console.log("write FAILED", (e as Error).message); }
