import { expectKnownOptions, type Workspace } from "@lontar/core";
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { partitionWorkspace, type WorkspacePart } from "../partition/partition-workspace.js";
import type { PartResult } from "../partition/plan-part.js";
import { assemblePlan } from "../plan/assemble-plan.js";
import type { Plan } from "../plan/plan.js";
import { partBudgets, type PartBudget, type PartSize } from "../partition/part-budgets.js";
import { PLAN_OPTION_KEYS, planCheckedParts, withHorizon, type PlanWorkspaceOptions } from "../plan-workspace.js";
import type { FromWorker, ToWorker, WorkerSetup } from "./protocol.js";
import { planWorkerEntry } from "./worker-url.js";
import { expansionMemo } from "../expand/expansion-memo.js";
import { refusedPlan } from "../plan/refused-plan.js";
import { checkWholeNumber } from "../allocate/search-bounds.js";
import { expectWorkspace } from "../plan/workspace-shape.js";

/** Options of {@link planWorkspaceInParallel}. */
export interface ParallelPlanOptions extends PlanWorkspaceOptions {
  /**
   * Worker threads. Default: one fewer than the machine's available parallelism (at most
   * 8; the calling thread receives and merges the parts) when the workspace has at least
   * {@link PARALLEL_MIN_PROGRAMS} programs, else 1 (starting workers costs more than a
   * small plan). With 1 the plan is made on the calling thread, as `planWorkspace`
   * does. On a 2-core machine the default is 1: moving a million planned occurrences
   * between threads costs more than the second core gives (docs/benchmarks.md). A whole
   * number, 1 or more (a RangeError otherwise); more than the parts, or than 64, are not started.
   */
  readonly threads?: number | undefined;
  /**
   * Stops the plan (a server dropping a request: an SDK walk of stop 57): the promise rejects
   * with the signal's reason, at once on worker threads (the workers are stopped), and after
   * the plan on the calling thread, which nothing interrupts (one thread); rejects before
   * anything is planned when it is aborted already.
   */
  readonly signal?: AbortSignal | undefined;
}

/** The options {@link planWorkspaceInParallel} takes: planWorkspace's and its signal. */
const PARALLEL_OPTION_KEYS: readonly string[] = [...PLAN_OPTION_KEYS, "signal"];

/** Below this many programs the default is to plan on the calling thread. */
export const PARALLEL_MIN_PROGRAMS = 500;

/** Parts are handed out in chunks: enough for balance, few enough to keep messages cheap. */
const CHUNKS_PER_THREAD = 16;

function threadCount(requested: number | undefined, workspace: Workspace, parts: number): number {
  const wanted = requested ?? (workspace.programs.length >= PARALLEL_MIN_PROGRAMS ? Math.min(8, availableParallelism() - 1) : 1);
  return Math.max(1, Math.min(wanted, parts, 64));
}

/** One worker and the parts it holds. */
interface Planner {
  readonly worker: Worker;
  readonly owned: number[];
  /** Resolves the current phase's wait for this worker. */
  onMessage: (message: FromWorker) => void;
}

/**
 * Plans a workspace like `planWorkspace`, with its independent parts expanded,
 * constructed and searched on worker threads. The plan is the same, byte for byte,
 * whatever the number of threads: parts are planned alone, each with its own seed and
 * share of the step budget, and merged in a fixed order. Two phases: workers take chunks
 * of parts as they finish (so a big regency does not hold up the rest) and report their
 * size; the step budget is then shared and each worker searches the parts it holds.
 *
 * @example const plan = await planWorkspaceInParallel(province, { horizon: { from: "2025-01-01", to: "2025-12-31" }, seed: 1 });
 * @throws (rejects with) what `planWorkspace` throws, a RangeError when `threads` is not a whole number, 1 or more, a TypeError when `signal` is not an AbortSignal, and the signal's reason when it is aborted.
 */
export async function planWorkspaceInParallel(workspace: Workspace, planOptions: ParallelPlanOptions = {}): Promise<Plan> {
  expectWorkspace(workspace, "planWorkspaceInParallel");
  expectKnownOptions(planOptions, PARALLEL_OPTION_KEYS, "planWorkspaceInParallel");
  // NaN or Infinity would start no worker (and wait forever) or too many: a caller's mistake, refused before anything.
  checkWholeNumber("threads", planOptions.threads, 1, Number.MAX_SAFE_INTEGER);
  const { signal, ...planning } = planOptions;
  if (signal !== undefined && !(signal instanceof AbortSignal)) {
    throw new TypeError(`planWorkspaceInParallel: signal must be an AbortSignal (an AbortController's \`signal\`), not ${signal === null ? "null" : typeof signal}`);
  }
  signal?.throwIfAborted();
  const options = withHorizon(workspace, planning);
  // Refused before partitioning or starting a worker when the whole workspace passes its bound.
  const memo = expansionMemo();
  const refused = refusedPlan(workspace, options, memo);
  if (refused !== undefined) return refused;
  const parts = partitionWorkspace(workspace, options.previous);
  const threads = threadCount(options.threads, workspace, parts.length);
  if (threads <= 1) {
    const plan = planCheckedParts(workspace, parts, options, memo);
    signal?.throwIfAborted();
    return plan;
  }
  const setup: WorkerSetup = {
    horizon: options.horizon,
    ...(options.pinned === undefined ? {} : { pinned: options.pinned }),
    ...(options.maxOccurrences === undefined ? {} : { maxOccurrences: options.maxOccurrences }),
  };
  const { entry, options: workerOptions } = planWorkerEntry();
  const planners: Planner[] = [];
  let failure: ((error: unknown) => void) | undefined;
  const failed = new Promise<never>((_, reject) => {
    failure = reject;
  });
  // A rejection nobody awaits yet must not end the process: it is raced below.
  failed.catch(() => undefined);
  for (let t = 0; t < threads; t++) {
    const worker = new Worker(entry, { ...workerOptions, workerData: setup });
    const planner: Planner = { worker, owned: [], onMessage: () => undefined };
    worker.on("message", (message: FromWorker) => {
      // A throwing progress callback must reject the plan, not crash the process from a listener.
      try {
        planner.onMessage(message);
      } catch (error) {
        failure?.(error instanceof Error ? error : new Error(String(error)));
      }
    });
    worker.on("messageerror", (error) => failure?.(error));
    worker.on("error", (error) => failure?.(error));
    // Any exit before the plan is done (even with code 0) would leave the plan waiting.
    worker.on("exit", (code) => failure?.(new Error(`a planning worker stopped before the plan was done (exit code ${code})`)));
    planners.push(planner);
  }
  const stop = (): void => failure?.(signal?.reason);
  signal?.addEventListener("abort", stop, { once: true });
  try {
    const sizes = await Promise.race([prepareAll(planners, parts, options.onPrepare), failed]);
    const budgets = partBudgets(
      parts.map((p) => p.key),
      sizes,
      options,
    );
    const results = await Promise.race([solveAll(planners, budgets, options.onProgress), failed]);
    signal?.throwIfAborted();
    return assemblePlan(workspace, options.horizon, results);
  } finally {
    signal?.removeEventListener("abort", stop);
    failure = undefined;
    await Promise.all(planners.map((p) => p.worker.terminate()));
  }
}

const send = (planner: Planner, message: ToWorker): void => planner.worker.postMessage(message);

/** Phase one: chunks of parts to whichever worker is free; each part's size. */
function prepareAll(planners: readonly Planner[], parts: readonly WorkspacePart[], onPrepare: PlanWorkspaceOptions["onPrepare"]): Promise<PartSize[]> {
  const sizes = new Array<PartSize>(parts.length).fill({ movable: 0, searchable: 0, unassigned: 0 });
  const chunk = Math.max(1, Math.ceil(parts.length / (planners.length * CHUNKS_PER_THREAD)));
  let next = 0;
  let pending = parts.length;
  return new Promise((resolve) => {
    const feed = (planner: Planner): void => {
      if (next >= parts.length) return;
      const indices = Array.from({ length: Math.min(chunk, parts.length - next) }, (_, k) => next + k);
      next += indices.length;
      planner.owned.push(...indices);
      send(planner, { type: "prepare", parts: indices.map((index) => ({ index, part: parts[index] as WorkspacePart })) });
    };
    for (const planner of planners) {
      planner.onMessage = (message) => {
        if (message.type !== "prepared") return;
        for (const { index, size } of message.sizes) sizes[index] = size;
        pending -= message.sizes.length;
        onPrepare?.(parts.length - pending, parts.length);
        if (pending === 0) resolve(sizes);
        else feed(planner);
      };
      feed(planner);
    }
  });
}

/** Phase two: every worker searches what it holds; results by part index. */
function solveAll(planners: readonly Planner[], budgets: readonly PartBudget[], onProgress: PlanWorkspaceOptions["onProgress"]): Promise<PartResult[]> {
  const total = budgets.reduce((n, b) => n + b.maxSteps, 0);
  const results = new Array<PartResult>(budgets.length);
  let done = 0;
  let running = planners.length;
  return new Promise((resolve) => {
    for (const planner of planners) {
      planner.onMessage = (message) => {
        if (message.type === "progress") {
          done += message.steps;
          onProgress?.(Math.min(done, total), total);
        } else if (message.type === "solved") {
          for (const { index, result } of message.results) results[index] = result;
        } else if (message.type === "done" && --running === 0) {
          onProgress?.(total, total);
          resolve(results);
        }
      };
      // Chunks are handed out in increasing order, so each worker's parts already are.
      send(planner, { type: "solve", budgets: planner.owned.map((index) => ({ index, budget: budgets[index] as PartBudget })) });
    }
  });
}
