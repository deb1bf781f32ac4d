import { existsSync, mkdirSync, utimesSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { KEEP_FOR_MS, pruneCaches, STAGING_FOR_MS } from "../src/start/prune-caches.js";
import { tempDir } from "./support/run.js";

const NOW = Date.UTC(2026, 11, 3, 12, 0, 0);
const DAY = 24 * 60 * 60 * 1000;

/** A file or folder written `ago` milliseconds before NOW. */
function at(file: string, ago: number, folder = false): string {
  if (folder) mkdirSync(file, { recursive: true });
  else writeFileSync(file, "x");
  const when = new Date(NOW - ago);
  utimesSync(file, when, when);
  return file;
}

describe("pruneCaches", () => {
  it("removes the cache files and staging files nobody wrote for long, and nothing else of the folder", () => {
    const folder = path.join(tempDir(), "lontar-compile-cache-1000", "v20.20.2-x64");
    mkdirSync(folder, { recursive: true });
    at(path.join(folder, "lontar.cjs-check-old"), KEEP_FOR_MS + DAY);
    at(path.join(folder, "lontar.cjs-check-new"), DAY);
    at(path.join(folder, "lontar.cjs-plan-new.123.tmp"), STAGING_FOR_MS / 2);
    at(path.join(folder, "lontar.cjs-plan-new.456.tmp"), STAGING_FOR_MS * 2);
    at(path.join(folder, "notes.txt"), KEEP_FOR_MS * 3);
    expect(pruneCaches(folder, NOW)).toEqual({ files: ["lontar.cjs-check-old", "lontar.cjs-plan-new.456.tmp"], folders: [] });
    expect(existsSync(path.join(folder, "lontar.cjs-check-new"))).toBe(true);
    expect(existsSync(path.join(folder, "lontar.cjs-plan-new.123.tmp"))).toBe(true);
    expect(existsSync(path.join(folder, "notes.txt"))).toBe(true);
  });

  it("removes other Node versions' folders nobody wrote for long, only inside the caches' root", () => {
    const root = path.join(tempDir(), "lontar-compile-cache-1000");
    const folder = at(path.join(root, "v22.1.0-x64"), KEEP_FOR_MS * 2, true);
    const stale = at(path.join(root, "v18.0.0-x64"), 0, true);
    at(path.join(stale, "lontar.cjs-check-abc"), KEEP_FOR_MS + DAY);
    at(stale, KEEP_FOR_MS + DAY, true); // a folder's time is its last entry's writing
    const recent = at(path.join(root, "v20.20.2-x64"), DAY, true);
    const other = at(path.join(root, "keep-me"), KEEP_FOR_MS * 2, true);
    expect(pruneCaches(folder, NOW)).toEqual({ files: [], folders: ["v18.0.0-x64"] });
    expect([existsSync(folder), existsSync(stale), existsSync(recent), existsSync(other)]).toEqual([true, false, true, true]);
  });

  it("leaves what is beside a folder that is not in the caches' root", () => {
    const parent = tempDir();
    const folder = at(path.join(parent, "caches"), 0, true);
    const beside = at(path.join(parent, "v18.0.0-x64"), KEEP_FOR_MS * 2, true);
    expect(pruneCaches(folder, NOW)).toEqual({ files: [], folders: [] });
    expect(existsSync(beside)).toBe(true);
  });

  it("answers an empty prune for a folder that does not exist", () => {
    expect(pruneCaches(path.join(tempDir(), "lontar-compile-cache", "v20.0.0-x64"), NOW)).toEqual({ files: [], folders: [] });
  });
});
