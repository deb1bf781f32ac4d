import { CLI_NAME, FORMAT_NAMES, FORMATTERS, isFormatName, main, TOOL_VERSION } from "@lontar/cli";
import { describe, expect, it } from "vitest";
import { SAMPLE_DIAGNOSTICS, SAMPLE_SOURCES } from "./support/sample.js";

describe("@lontar/cli as a library", () => {
  it("exposes main and every formatter by name", async () => {
    expect(CLI_NAME).toBe("lontar");
    expect(FORMAT_NAMES.every(isFormatName)).toBe(true);
    expect(isFormatName("xml")).toBe(false);
    for (const name of FORMAT_NAMES) {
      const text = FORMATTERS[name](SAMPLE_DIAGNOSTICS, { cwd: "/repo", sources: SAMPLE_SOURCES, toolVersion: TOOL_VERSION });
      expect(text, name).toContain("LON2001");
    }
    let out = "";
    const code = await main(["--version"], { stdout: (t) => void (out += t), stderr: () => undefined, cwd: "/", env: {}, stdoutIsTTY: false, stderrIsTTY: false });
    expect([code, out]).toEqual([0, `${TOOL_VERSION}\n`]);
  });
});
