import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { createProgressReporter, SILENT_PROGRESS } from "../src/progress/reporter.js";

function sink(): { stream: Writable & { isTTY?: boolean }; written: () => string } {
  let text = "";
  const stream = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      text += chunk.toString();
      callback();
    },
  });
  return { stream, written: () => text };
}

describe("progress reporter", () => {
  it("is silent when stderr is not a terminal", () => {
    const { stream, written } = sink();
    const reporter = createProgressReporter(stream, false);
    expect(reporter).toBe(SILENT_PROGRESS);
    reporter.start(10, "planning");
    reporter.update(5);
    reporter.stop();
    expect(written()).toBe("");
  });

  it("draws a bar on a terminal", () => {
    const { stream, written } = sink();
    Object.assign(stream, { isTTY: true, columns: 80, cursorTo: () => true, clearLine: () => true, moveCursor: () => true });
    const reporter = createProgressReporter(stream, true);
    reporter.start(4, "planning");
    reporter.update(4);
    reporter.stop();
    expect(written()).toContain("planning");
    expect(written()).toContain("4/4");
  });
});
