import { existsSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { replaceFolder } from "../../src/export/whole-folder.js";

const scratch = (): string => mkdtempSync(path.join(tmpdir(), "lontar-whole-folder-"));

describe("replaceFolder's errors", () => {
  it("names the folder asked for, not the staging folder, when writing into it fails", async () => {
    const root = scratch();
    const dir = path.join(root, "out");
    const failing = replaceFolder(dir, () => false, (staging) => {
      throw Object.assign(new Error("EROFS: read-only file system"), { code: "EROFS", syscall: "open", path: path.join(staging, "calendar.ics") });
    });
    await expect(failing).rejects.toMatchObject({ code: "EROFS", path: path.join(dir, "calendar.ics") });
    expect(readdirSync(root)).toEqual([]);
  });

  it("refuses a file where the folder should be as a file-system error (code, syscall, path), leaving the file", async () => {
    const root = scratch();
    const file = path.join(root, "afile");
    writeFileSync(file, "notes\n");
    await expect(replaceFolder(file, () => false, async () => {})).rejects.toMatchObject({ code: "ENOTDIR", syscall: "mkdir", path: file });
    expect(existsSync(file)).toBe(true);
    expect(readdirSync(root)).toEqual(["afile"]);
  });

  it("names a file on the way to the folder as not a folder (ENOTDIR), not as something that already exists (EEXIST)", async () => {
    // `lontar plan --out notes.txt/out` with notes.txt a file: Node's recursive mkdir says EEXIST, which reads as "notes.txt already exists".
    const root = scratch();
    const file = path.join(root, "notes.txt");
    writeFileSync(file, "notes\n");
    await expect(replaceFolder(path.join(file, "out"), () => false, async () => {})).rejects.toMatchObject({ code: "ENOTDIR", syscall: "mkdir", path: file });
    await expect(replaceFolder(path.join(file, "deeper", "out"), () => false, async () => {})).rejects.toMatchObject({ code: "ENOTDIR", syscall: "mkdir", path: file });
    expect(readdirSync(root)).toEqual(["notes.txt"]);
  });
});
