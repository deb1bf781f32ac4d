import { describe, expect, it } from "vitest";
import { LatestOnly } from "../src/analysis/latest-only.js";

describe("LatestOnly (a new edit cancels the analysis of the previous version)", () => {
  it("runs only the last of a burst of requests, and aborts the others", () => {
    const queue: (() => void)[] = [];
    const jobs = new LatestOnly((run) => queue.push(run));
    const ran: number[] = [];
    for (let version = 1; version <= 5; version++) jobs.request(() => ran.push(version));
    for (const run of queue) run();
    expect(ran).toEqual([5]);
  });

  it("runs each request when the previous one already ran", () => {
    const queue: (() => void)[] = [];
    const jobs = new LatestOnly((run) => queue.push(run));
    const ran: number[] = [];
    jobs.request(() => ran.push(1));
    queue.shift()?.();
    jobs.request(() => ran.push(2));
    queue.shift()?.();
    expect(ran).toEqual([1, 2]);
  });
});
