/**
 * The fuzz campaign (`pnpm fuzz [--seed N] [--runs N]`, `pnpm fuzz:ci`): mutations of the
 * example workspaces, generated sources in both languages (the same generators as the
 * property tests, with random seeds), and the pathological inputs of issue 9. Checks no
 * throw, no internal code, a formatter that keeps the tree and is idempotent, and time
 * (CPU time: 2 s per input, 5 s per pathological input; a machine shared with other work
 * does not inflate it as it does wall-clock time). Prints each counterexample as a vitest case
 * and exits non-zero when any check failed.
 */
import fc from "fast-check";
import { arbWorkspaceSource } from "../test/arbitraries/source.js";
import { exampleWorkspaces } from "../test/arbitraries/mutants.js";
import type { SourceFile } from "../src/workspace/load.js";
import { checkInput, regressionCase, type Failure } from "./check.js";
import { mutate, Random } from "./mutate.js";
import { PATHOLOGICAL } from "./pathological.js";

const INPUT_LIMIT_MS = 2_000;
const PATHOLOGICAL_LIMIT_MS = 5_000;
const MAX_PRINTED = 20;

function option(name: string): number | undefined {
  const i = process.argv.indexOf(`--${name}`);
  const value = i >= 0 ? Number(process.argv[i + 1]) : undefined;
  return value !== undefined && Number.isFinite(value) ? value : undefined;
}

const ci = process.argv.includes("--ci");
const seed = option("seed") ?? (ci ? 20261202 : Math.floor(Math.random() * 2 ** 31));
const runs = option("runs") ?? (ci ? 20_000 : 200_000);
const skipPathological = process.argv.includes("--no-pathological");

const random = new Random(seed);
const workspaces = exampleWorkspaces();
const counts = new Map<string, number>();
const printed: string[] = [];
let slowest = { ms: 0, name: "" };

function record(name: string, files: readonly SourceFile[], failures: readonly Failure[]): void {
  for (const failure of failures) {
    counts.set(failure.check, (counts.get(failure.check) ?? 0) + 1);
    if (printed.length < MAX_PRINTED) printed.push(regressionCase(name, files, failure));
  }
}

/** Generated sources come in batches from fast-check, seeded from the campaign's seed. */
const generated: string[] = [];
function nextGenerated(): string {
  if (generated.length === 0) {
    const lang = random.pick(["en", "id", "mixed"] as const);
    generated.push(...fc.sample(arbWorkspaceSource({ lang }), { seed: random.below(2 ** 31), numRuns: 200 }));
  }
  return generated.pop() ?? "";
}

console.log(`fuzz: seed ${seed}, ${runs} inputs${skipPathological ? "" : ` + ${PATHOLOGICAL.length} pathological`}`);
const started = Date.now();
if (!skipPathological) {
  for (const p of PATHOLOGICAL) {
    const files = p.files();
    const outcome = checkInput(files, PATHOLOGICAL_LIMIT_MS);
    console.log(`  ${(outcome.ms / 1000).toFixed(2)} s CPU (${(outcome.wallMs / 1000).toFixed(2)} s wall)  ${p.name}${outcome.failures.length > 0 ? `  FAILED: ${outcome.failures.map((f) => f.check).join(", ")}` : ""}`);
    record(`pathological: ${p.name}`, [{ path: "main.lontar", text: `<${p.name}: see fuzz/pathological.ts>` }], outcome.failures);
  }
}
for (let n = 0; n < runs; n++) {
  const source = random.below(10);
  let name: string;
  let files: SourceFile[];
  if (source < 6) {
    // A mutated example file, analysed with the rest of its workspace now and then.
    const ws = random.pick(workspaces);
    const file = random.pick(ws.files);
    const text = mutate(file.text, random);
    files = [{ path: file.path, text }, ...(random.below(8) === 0 ? ws.files.filter((f) => f.path !== file.path) : [])];
    name = `mutated ${ws.name}/${file.path}`;
  } else {
    const text = nextGenerated();
    files = [{ path: "main.lontar", text: source < 8 ? text : mutate(text, random) }];
    name = source < 8 ? "generated source" : "mutated generated source";
  }
  const outcome = checkInput(files, INPUT_LIMIT_MS);
  if (outcome.ms > slowest.ms) slowest = { ms: outcome.ms, name };
  record(name, files, outcome.failures);
  if ((n + 1) % 10_000 === 0) console.log(`  ${n + 1} inputs, ${Math.round((Date.now() - started) / 1000)} s, failures: ${JSON.stringify(Object.fromEntries(counts))}`);
}
const total = [...counts.values()].reduce((a, b) => a + b, 0);
console.log(`done: ${runs} inputs in ${Math.round((Date.now() - started) / 1000)} s; slowest ${Math.round(slowest.ms)} ms (${slowest.name}); failures ${total} ${JSON.stringify(Object.fromEntries(counts))}`);
if (printed.length > 0) {
  console.log(`\nCounterexamples (first ${printed.length}), as vitest cases to add to packages/dsl/test (seed ${seed}):\n`);
  console.log(printed.join("\n\n"));
}
process.exitCode = total > 0 ? 1 : 0;
