import { describe, expect, it } from "vitest";
import { spawnLontar } from "./support/spawn.js";

describe("the lontar process", () => {
  it("prints --help on stdout and exits 0", () => {
    const result = spawnLontar(["--help"]);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^Usage: lontar <command>/);
  });

  it("prints --version and exits 0", () => {
    const result = spawnLontar(["--version"]);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });

  it("exits 2 with usage on stderr for an unknown flag", () => {
    const result = spawnLontar(["check", "--bogus", "."]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("Usage: lontar check");
  });

  it("exits 2 for a missing path", () => {
    expect(spawnLontar(["check"]).status).toBe(2);
    const result = spawnLontar(["check", "does/not/exist.lontar"]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("does/not/exist.lontar");
  });

  it("exits 2 for an unknown diagnostic code", () => {
    const result = spawnLontar(["explain", "LON0000"]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("unknown code");
  });

  it("explains a documented code", () => {
    const result = spawnLontar(["explain", "LON2001"]);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^LON2001/);
    expect(result.stdout).not.toContain("```");
  });
});
