// `pnpm bench:site` (a benchmark, not a test): the playground on the largest example in
// Debian's headless Chromium — page load → first calendar drawn, and keystroke → the
// language server's diagnostics of that file shown and → the calendar redrawn — against
// the plan worker's work (check, plan, report data and sections) run in this Node process
// (the baseline, measured in the same run). Builds the site first unless
// `--no-build`; `--runs N` page loads (default 5), `--keys N` keystrokes each (default 8).
import { spawn } from "node:child_process";
import { readFileSync, readdirSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import type { Page } from "playwright-core";
import { checkFiles, examplesFromFiles, largestExample, planOf } from "../src/index.js";
import { DEBOUNCE_MS } from "../web/debounce.js";
import { launchChromium } from "../browser-test/chromium.js";
import { serveSite } from "../browser-test/static-server.js";

const REPO = path.resolve(import.meta.dirname, "../../..");
const option = (name: string, fallback: number): number => {
  const at = process.argv.indexOf(name);
  return at === -1 ? fallback : Number(process.argv[at + 1]);
};
const RUNS = option("--runs", 5);
const KEYS = option("--keys", 8);

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

function build(): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn("npx", ["vitepress", "build", "docs"], { cwd: REPO, stdio: "inherit" });
    child.on("close", (code) => (code === 0 ? resolve() : reject(new Error(`build exited ${code}`))));
  });
}

function exampleTexts(): Record<string, string> {
  const texts: Record<string, string> = {};
  for (const name of readdirSync(path.join(REPO, "examples"))) {
    for (const file of readdirSync(path.join(REPO, "examples", name)).filter((f) => f.endsWith(".lontar"))) {
      texts[`examples/${name}/${file}`] = readFileSync(path.join(REPO, "examples", name, file), "utf8");
    }
  }
  return texts;
}

/**
 * The playground's marks since `after` (page time, ms): the first diagnostics shown for the
 * open file (the language server publishes each open file) and the last plan drawn.
 */
async function marksAfter(page: Page, after: number): Promise<{ diagnostics: number; plan: number }> {
  // No named function inside: tsx would wrap it in a helper the page does not have.
  const [diagnostics, plan] = await page.evaluate((since) => {
    const path = document.querySelector('[data-testid="editor"] .lp-file[data-active="true"]')?.getAttribute("data-path") ?? "";
    const opened = performance
      .getEntriesByName("lontar:diagnostics")
      .filter((e) => e.startTime > since && ((e as PerformanceMark).detail as { uri?: string } | null)?.uri === `file:///playground/${path}`)
      .map((e) => e.startTime);
    const plans = performance.getEntriesByName("lontar:plan").map((e) => e.startTime).filter((t) => t > since);
    return [opened.length === 0 ? -1 : Math.min(...opened), Math.max(...plans, -1)];
  }, after);
  return { diagnostics: diagnostics ?? -1, plan: plan ?? -1 };
}

/** The playground's `data-plan-version`, read in the page (an expression: this file is type-checked without the DOM). */
const PLAN_VERSION = `Number(document.querySelector('[data-testid="playground"]')?.dataset.planVersion ?? "0")`;

async function planVersion(page: Page): Promise<number> {
  return Number(await page.evaluate(PLAN_VERSION));
}

async function waitForPlanAfter(page: Page, version: number): Promise<void> {
  await page.waitForFunction(`${PLAN_VERSION} > ${version}`, undefined, { timeout: 120_000 });
}

const example = largestExample(examplesFromFiles(exampleTexts()));
if (example === undefined) throw new Error("no example");

// Baseline: the plan worker's work (check, plan, report data and sections) in this Node process.
const nodeTimes: number[] = [];
for (let run = 0; run < 7; run++) {
  const started = performance.now();
  planOf(checkFiles(example.files));
  nodeTimes.push(performance.now() - started);
}

if (!process.argv.includes("--no-build")) await build();
const server = await serveSite();
const chromium = await launchChromium();
const loads: number[] = [];
const toDiagnostics: number[] = [];
const toPlan: number[] = [];
try {
  for (let run = 0; run < RUNS; run++) {
    const page = await chromium.context.newPage();
    await page.goto(`${server.origin}/playground.html#example=${example.name}`);
    await waitForPlanAfter(page, 0);
    loads.push((await marksAfter(page, 0)).plan);
    await page.locator('[data-testid="editor"] .lp-file[data-active="true"] .cm-content').click();
    await page.keyboard.press("Control+End");
    await page.keyboard.insertText("\n// ");
    await waitForPlanAfter(page, await planVersion(page));
    for (let key = 0; key < KEYS; key++) {
      const version = await planVersion(page);
      const pressed = await page.evaluate(() => performance.now());
      await page.keyboard.press("a");
      await waitForPlanAfter(page, version);
      const marks = await marksAfter(page, pressed);
      toDiagnostics.push(marks.diagnostics - pressed);
      toPlan.push(marks.plan - pressed);
    }
    await page.close();
  }
} finally {
  await chromium.close();
  await server.close();
}

const node = median(nodeTimes);
const size = example.files.reduce((sum, file) => sum + file.text.length, 0);
const row = (what: string, ms: number): string => `| ${what} | ${ms.toFixed(0)} ms | ${(ms / node).toFixed(1)}× |`;
console.log(`workload: examples/${example.name} (${example.files.length} files, ${size} characters); ${RUNS} page loads, ${KEYS} keystrokes each; debounce ${DEBOUNCE_MS} ms`);
console.log(`load average ${loadavg().map((l) => l.toFixed(1)).join(" ")} on ${cpus().length} cores\n`);
console.log("| step | median | ratio to Node check + plan + report |");
console.log("|---|---:|---:|");
console.log(row("Node, same process: check + plan + report (baseline)", node));
console.log(row("page load → first calendar drawn", median(loads)));
console.log(row("keystroke → updated diagnostics (language server)", median(toDiagnostics)));
console.log(row("keystroke → updated calendar", median(toPlan)));
console.log(row(`keystroke → updated calendar, less the ${DEBOUNCE_MS} ms debounce`, median(toPlan) - DEBOUNCE_MS));
