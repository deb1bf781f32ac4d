import { afterEach, describe, expect, it, vi } from "vitest";
import { shouldUseColor } from "../src/color.js";
import { processIo, showsProgress } from "../src/start/process-io.js";

describe("shouldUseColor", () => {
  it("follows the terminal by default", () => {
    expect(shouldUseColor({}, true)).toBe(true);
    expect(shouldUseColor({}, false)).toBe(false);
  });

  it("is off whenever NO_COLOR is set and not empty", () => {
    expect(shouldUseColor({ NO_COLOR: "1" }, true)).toBe(false);
    expect(shouldUseColor({ NO_COLOR: "1", FORCE_COLOR: "1" }, true)).toBe(false);
    expect(shouldUseColor({ NO_COLOR: "" }, true)).toBe(true);
  });

  // Found by a CI walk: TERM=dumb (Emacs' M-x compile, plain consoles) got colour escapes and the progress bar's redraws.
  it("is off at a terminal that says it shows none (TERM=dumb), unless forced", () => {
    expect(shouldUseColor({ TERM: "dumb" }, true)).toBe(false);
    expect(shouldUseColor({ TERM: "dumb", FORCE_COLOR: "1" }, true)).toBe(true);
    expect(shouldUseColor({ TERM: "xterm-256color" }, true)).toBe(true);
  });

  it("FORCE_COLOR turns colour on off a terminal, or off with 0/false", () => {
    expect(shouldUseColor({ FORCE_COLOR: "1" }, false)).toBe(true);
    expect(shouldUseColor({ FORCE_COLOR: "" }, false)).toBe(true);
    expect(shouldUseColor({ FORCE_COLOR: "0" }, true)).toBe(false);
    expect(shouldUseColor({ FORCE_COLOR: "false" }, true)).toBe(false);
  });
});

describe("the progress bar's stream", () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it("is standard error, except at a terminal that cannot redraw a line (TERM=dumb)", () => {
    vi.stubEnv("TERM", "xterm");
    vi.stubEnv("CI", "");
    expect(processIo().progressStream).toBe(process.stderr);
    vi.stubEnv("TERM", "dumb");
    expect(processIo().progressStream).toBeUndefined();
  });

  // A CI walk: a runner that gives the job a pseudo-terminal kept every redraw of the bar in the job's log.
  it("is none in CI (`CI` set), unless `CI` says false", () => {
    expect(showsProgress({ TERM: "xterm", CI: "true" })).toBe(false);
    expect(showsProgress({ TERM: "xterm", CI: "1" })).toBe(false);
    expect(showsProgress({ TERM: "xterm", CI: "false" })).toBe(true);
    expect(showsProgress({ TERM: "xterm", CI: "0" })).toBe(true);
    expect(showsProgress({ TERM: "xterm" })).toBe(true);
    vi.stubEnv("TERM", "xterm");
    vi.stubEnv("CI", "true");
    expect(processIo().progressStream).toBeUndefined();
  });
});
