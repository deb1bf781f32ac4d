import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { cp, readdir, readFile, rm } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { bundledBin } from "./support/bundled-bin.js";
import { REPO_ROOT } from "./support/spawn.js";
import { tempDir } from "./support/run.js";
import { OUTPUT_MANIFEST } from "../src/files/output-manifest.js";

// `lontar plan --out DIR` killed with SIGKILL at seeded pseudo-random moments over an
// existing plan: DIR must hold one whole plan, every file from the same run, and the
// temporary folders a killed run leaves must be recognisable and gone after the next run.

const EXAMPLE = path.join(REPO_ROOT, "examples/ntt-plm-2019");
const OLD_PLAN = ["--from", "2019-01-01", "--to", "2019-06-30"];
const NEW_PLAN = ["--from", "2019-01-01", "--to", "2019-12-31"];
const TRIALS = 12;

/** A small seeded generator (mulberry32): the same moments on every run of the test. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Every file under `dir` (relative path → sha256), or undefined when `dir` does not exist;
 * without the manifest of what lontar wrote (and its temporary file), which the CLI writes
 * beside the swap, not in it.
 */
async function snapshot(dir: string, prefix = ""): Promise<Map<string, string> | undefined> {
  let entries;
  try {
    entries = await readdir(path.join(dir, prefix), { withFileTypes: true });
  } catch {
    return undefined;
  }
  const files = new Map<string, string>();
  for (const entry of entries) {
    const relative = `${prefix}${entry.name}`;
    if (relative.startsWith(OUTPUT_MANIFEST)) continue;
    if (entry.isDirectory()) for (const [file, hash] of (await snapshot(dir, `${relative}/`)) ?? []) files.set(file, hash);
    else files.set(relative, createHash("sha256").update(await readFile(path.join(dir, relative))).digest("hex"));
  }
  return files;
}

const sameFiles = (a: ReadonlyMap<string, string> | undefined, b: ReadonlyMap<string, string>): boolean =>
  a !== undefined && a.size === b.size && [...b].every(([file, hash]) => a.get(file) === hash);

const leftovers = async (parent: string): Promise<string[]> => (await readdir(parent)).filter((name) => name !== "out").sort();

interface Run {
  /** Resolves with the exit signal (SIGKILL) or code once the process ended. */
  readonly ended: Promise<string | number | null>;
  kill(): void;
}

/**
 * Starts `lontar plan` asynchronously (a synchronous spawn starves vitest's worker RPC), as
 * the command bundled from the sources (support/bundled-bin.ts).
 */
async function startPlan(out: string, horizon: readonly string[]): Promise<Run> {
  const child = spawn(process.execPath, [await bundledBin(), "plan", EXAMPLE, "--out", out, ...horizon], {
    cwd: REPO_ROOT,
    env: { ...process.env, NO_COLOR: "1" },
    stdio: "ignore",
  });
  const ended = new Promise<string | number | null>((resolve, reject) => {
    child.on("error", reject);
    child.on("exit", (code, signal) => resolve(signal ?? code));
  });
  return { ended, kill: () => child.kill("SIGKILL") };
}

/** Resolves true when the staging folder of `dir` appears beside it (polled), false when `run` ends first. */
async function stagingSeen(dir: string, run: Run): Promise<boolean> {
  const parent = path.dirname(dir);
  const staging = `.${path.basename(dir)}.lontar-tmp-`;
  let ended = false;
  void run.ended.then(() => (ended = true));
  while (!ended) {
    if ((await readdir(parent)).some((name) => name.startsWith(staging))) return true;
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
  return false;
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

describe("lontar plan --out DIR killed at random moments", () => {
  it(
    "always leaves DIR holding one whole plan, the old or the new, and the next run clears what the killed one left",
    async () => {
      const parent = tempDir();
      const reference = tempDir();
      const oldDir = path.join(reference, "old");
      const newDir = path.join(reference, "new");
      expect(await (await startPlan(oldDir, OLD_PLAN)).ended).toBe(0);
      // The new plan's run, timed: from its start, and from its staging folder's appearance to its end.
      const started = performance.now();
      const timed = await startPlan(newDir, NEW_PLAN);
      expect(await stagingSeen(newDir, timed)).toBe(true);
      const stagedAfter = performance.now() - started;
      expect(await timed.ended).toBe(0);
      const writing = Math.max(1, performance.now() - started - stagedAfter);
      const oldPlan = (await snapshot(oldDir)) ?? new Map<string, string>();
      const newPlan = (await snapshot(newDir)) ?? new Map<string, string>();
      // The two plans differ (most files do), so a mix cannot pass for either.
      expect(newPlan.get("plan.json")).not.toBe(oldPlan.get("plan.json"));

      const random = seeded(20261202);
      const outcomes = { old: 0, new: 0, restoredOnNextRun: 0 };
      const out = path.join(parent, "out");
      for (let trial = 0; trial < TRIALS; trial++) {
        await rm(out, { recursive: true, force: true });
        await cp(oldDir, out, { recursive: true });
        const run = await startPlan(out, NEW_PLAN);
        // Odd trials: any moment of the run; even ones: a moment while it writes.
        if (trial % 2 === 1) await sleep(random() * (stagedAfter + writing));
        else if (await stagingSeen(out, run)) await sleep(random() * writing);
        run.kill();
        await run.ended;
        const found = await snapshot(out);
        const left = await leftovers(parent);
        expect(left.every((name) => /^\.out\.lontar-(tmp|old)-\d+-[0-9a-f]+$/.test(name)), left.join(", ")).toBe(true);
        if (found === undefined) {
          // Killed between the two renames of the swap: the old plan waits whole beside DIR.
          const retired = left.filter((name) => name.startsWith(".out.lontar-old-"));
          expect(retired).toHaveLength(1);
          expect(sameFiles(await snapshot(path.join(parent, retired[0] ?? "")), oldPlan)).toBe(true);
          outcomes.restoredOnNextRun++;
        } else if (sameFiles(found, newPlan)) outcomes.new++;
        else {
          expect(sameFiles(found, oldPlan), `trial ${trial}: DIR holds a mix of plans`).toBe(true);
          outcomes.old++;
        }
      }
      expect(outcomes.old + outcomes.new + outcomes.restoredOnNextRun).toBe(TRIALS);
      console.log(`killed ${TRIALS} runs: ${JSON.stringify(outcomes)}`);

      // A following run clears every leftover and writes the new plan whole.
      expect(await (await startPlan(out, NEW_PLAN)).ended).toBe(0);
      expect(await leftovers(parent)).toEqual([]);
      expect(sameFiles(await snapshot(out), newPlan)).toBe(true);
    },
    15 * 60_000,
  );
});
