import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { writeFileAtomic } from "../src/files/atomic-write.js";
import { tempDir } from "./support/run.js";

describe("writeFileAtomic", () => {
  it("replaces the file and leaves no temporary file behind", () => {
    const dir = tempDir();
    const file = path.join(dir, "a.lontar");
    writeFileSync(file, "old\n");
    writeFileAtomic(file, "new\n");
    expect(readFileSync(file, "utf8")).toBe("new\n");
    expect(readdirSync(dir)).toEqual(["a.lontar"]);
  });

  it("leaves nothing behind when the target cannot be replaced", () => {
    const dir = tempDir();
    expect(() => writeFileAtomic(path.join(dir, "missing-folder", "a.lontar"), "x")).toThrow();
    expect(readdirSync(dir)).toEqual([]);
  });

  it("keeps a UTF-8 byte order mark the file began with, and adds none to a file without one", () => {
    const dir = tempDir();
    const marked = path.join(dir, "marked.lontar");
    const plain = path.join(dir, "plain.lontar");
    writeFileSync(marked, "\uFEFFold\n");
    writeFileSync(plain, "old\n");
    writeFileAtomic(marked, "new\n");
    writeFileAtomic(plain, "new\n");
    expect(readFileSync(marked, "utf8")).toBe("\uFEFFnew\n");
    expect(readFileSync(plain, "utf8")).toBe("new\n");
    // A text that already has one is written as it is (one mark, not two).
    writeFileAtomic(marked, "\uFEFFagain\n");
    expect(readFileSync(marked, "utf8")).toBe("\uFEFFagain\n");
  });
});
