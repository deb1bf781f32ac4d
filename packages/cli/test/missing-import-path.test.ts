/**
 * A missing import's message names the file looked for as the diagnostic's own file is
 * shown, relative to where lontar runs: run from above the workspace, it said "looked for
 * libur.lontar" (the workspace root's path) beside `t3/workspace.lontar` (a walk of stop 59).
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { run, tempDir } from "./support/run.js";

describe("a missing import run from another folder", () => {
  it("names the file looked for from where lontar runs, in every format and both languages", async () => {
    const cwd = tempDir();
    mkdirSync(path.join(cwd, "t3"));
    writeFileSync(path.join(cwd, "t3", "workspace.lontar"), 'impor "./libur.lontar"\ncakrawala 2027-01-01..2027-12-31\n');
    const id = await run(["check", "--static", "--lang", "id", "t3/workspace.lontar"], cwd);
    expect(id.code).toBe(1);
    expect(id.stdout).toContain("t3/workspace.lontar:1:7  galat  `./libur.lontar` tidak ditemukan (dicari di t3/libur.lontar)");
    const json = await run(["check", "--static", "--format", "json", "t3/workspace.lontar"], cwd);
    expect(json.stdout).toContain("cannot find `./libur.lontar` (looked for t3/libur.lontar)");
    // Run in the workspace's folder, as before.
    expect((await run(["check", "--static"], path.join(cwd, "t3"))).stdout).toContain("(looked for libur.lontar)");
  });
});
