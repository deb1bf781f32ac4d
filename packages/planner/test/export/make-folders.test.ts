/**
 * makeFolders is `mkdir -p` one folder at a time: Node's recursive mode never returned for a
 * path under /proc (a Sleman planner's walk, stop 55: `lontar plan --out /proc/x` hung).
 */
import { existsSync, mkdtempSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { makeFolders } from "../../src/export/make-folders.js";

describe("makeFolders", () => {
  it("makes the folders missing on the way, and is quiet about those that stand", async () => {
    const root = mkdtempSync(join(tmpdir(), "lontar-folders-"));
    const deep = join(root, "a", "b", "c");
    await makeFolders(deep);
    expect(statSync(deep).isDirectory()).toBe(true);
    await makeFolders(deep);
    await makeFolders(root);
    expect(statSync(deep).isDirectory()).toBe(true);
  });

  it("names a file on the way (ENOTDIR), and makes nothing below it", async () => {
    const root = mkdtempSync(join(tmpdir(), "lontar-folders-"));
    writeFileSync(join(root, "rencana.txt"), "");
    await expect(makeFolders(join(root, "rencana.txt", "out"))).rejects.toMatchObject({ code: "ENOTDIR", path: join(root, "rencana.txt") });
    expect(existsSync(join(root, "rencana.txt", "out"))).toBe(false);
  });

  it.skipIf(!existsSync("/proc/self"))("fails at once under /proc, with mkdir's error", async () => {
    await expect(makeFolders("/proc/lontar-test/rencana")).rejects.toMatchObject({ code: "ENOENT" });
  });
});
