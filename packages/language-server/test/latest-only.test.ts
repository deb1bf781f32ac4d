import { describe, expect, it } from "vitest";
import { LatestOnly } from "../src/analysis/latest-only.js";

describe("LatestOnly (a new edit cancels the analysis of the previous version)", () => {
  it("runs only the last of a burst of requests, and aborts the others", () => {
    const queue: (() => void)[] = [];
    const jobs = new LatestOnly((run) => queue.push(run));
    const ran: number[] = [];
    for (let version = 1; version <= 5; version++) jobs.request(() => {
      ran.push(version);
    });
    for (const run of queue) run();
    expect(ran).toEqual([5]);
  });

  it("runs each request when the previous one already ran", () => {
    const queue: (() => void)[] = [];
    const jobs = new LatestOnly((run) => queue.push(run));
    const ran: number[] = [];
    jobs.request(() => {
      ran.push(1);
    });
    queue.shift()?.();
    jobs.request(() => {
      ran.push(2);
    });
    queue.shift()?.();
    expect(ran).toEqual([1, 2]);
  });

  it("aborts a running job when a newer one is requested, and takes its rejection as done", async () => {
    const queue: (() => void)[] = [];
    const errors: unknown[] = [];
    const jobs = new LatestOnly((run) => queue.push(run), (error) => errors.push(error));
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let first: AbortSignal | undefined;
    jobs.request(async (signal) => {
      first = signal;
      await gate;
      signal.throwIfAborted();
    });
    queue.shift()?.();
    jobs.request(() => undefined);
    expect(first?.aborted).toBe(true);
    release();
    await gate;
    await Promise.resolve();
    expect(errors).toEqual([]);
  });

  it("reports a job that fails without being aborted", async () => {
    const queue: (() => void)[] = [];
    const errors: unknown[] = [];
    const jobs = new LatestOnly((run) => queue.push(run), (error) => errors.push(error));
    jobs.request(() => Promise.reject(new Error("broken")));
    queue.shift()?.();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(errors.map((e) => (e as Error).message)).toEqual(["broken"]);
  });
});
