import { getHeapStatistics } from "node:v8";
import type { WorkerOptions } from "node:worker_threads";

/** How to start a planning worker: what `new Worker` takes. */
export interface WorkerEntry {
  /** The entry file, or code to evaluate. */
  readonly entry: URL | string;
  /** Options for `new Worker` (without `workerData`). */
  readonly options: WorkerOptions;
}

/**
 * Where the planning worker's entry is, and how to start it. Built, it is `plan-worker.js`
 * beside the bundle. From source (tests, `pnpm lontar`), it is `src/plan-worker.ts`,
 * loaded through tsx's API inside the worker (Node 20 does not pass the main thread's
 * loader hooks to workers) with the workspace's source condition.
 */
export function planWorkerEntry(): WorkerEntry {
  const here = import.meta.url;
  // Each worker may use as much heap as this thread (e.g. a raised --max-old-space-size).
  const resourceLimits = { maxOldGenerationSizeMb: Math.floor(getHeapStatistics().heap_size_limit / 1_048_576) };
  if (!here.endsWith(".ts")) return { entry: new URL("./plan-worker.js", here), options: { resourceLimits } };
  const entry = new URL("../plan-worker.ts", here).href;
  // Resolved from this file (tsx is a development dependency of the workspace); by name when the host cannot resolve.
  const tsx = typeof import.meta.resolve === "function" ? import.meta.resolve("tsx/esm/api") : "tsx/esm/api";
  const code = `import(${JSON.stringify(tsx)}).then(({ register }) => { register(); return import(${JSON.stringify(entry)}); });`;
  // Only the resolution condition: V8 and process flags are refused in workers (the heap is set by resourceLimits).
  const execArgv = ["--conditions=@lontar/source"];
  return { entry: code, options: { eval: true, resourceLimits, execArgv } };
}
