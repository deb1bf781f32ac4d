import { existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
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

describe("replaceFolder through a link", () => {
  // Found by the outputs walk: `--out hasil` with hasil a link to a shared folder replaced the link by a folder of its own;
  // the shared folder never got the plan, and the link was gone.
  it("writes through a link to a folder: the folder it points to gets the new content and the link stays", async () => {
    const root = scratch();
    const target = path.join(root, "shared", "plans");
    mkdirSync(target, { recursive: true });
    writeFileSync(path.join(target, "notes.txt"), "mine\n");
    const link = path.join(root, "hasil");
    symlinkSync(target, link);
    await replaceFolder(link, (relative) => relative === "plan.json", async (staging) => writeFileSync(path.join(staging, "plan.json"), "{}\n"));
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readFileSync(path.join(target, "plan.json"), "utf8")).toBe("{}\n");
    expect(readFileSync(path.join(target, "notes.txt"), "utf8")).toBe("mine\n");
    expect(readdirSync(root).sort()).toEqual(["hasil", "shared"]);
    expect(readdirSync(path.join(root, "shared"))).toEqual(["plans"]);
  });
});

describe("replaceFolder's writes at the same moment", () => {
  const writing = (dir: string, n: number) => replaceFolder(dir, (relative) => relative === "plan.txt", async (staging) => {
    // Each write takes a while, so that they overlap (a web service writing two uploads' plans into one folder).
    await new Promise((done) => setTimeout(done, 5 * (4 - n)));
    writeFileSync(path.join(staging, "plan.txt"), `plan ${n}\n`);
  });

  it("take turns in one process, into a new folder and an old one: every write succeeds and the last one called wins, with no sibling left", async () => {
    // Stop 43's SDK walk: 4 writes into one new folder gave ENOTEMPTY or ENOENT, the error varying by run.
    for (const existed of [false, true]) {
      const root = scratch();
      const dir = path.join(root, "out");
      if (existed) {
        mkdirSync(dir);
        writeFileSync(path.join(dir, "notes.md"), "mine\n");
      }
      const results = await Promise.allSettled([0, 1, 2, 3].map((n) => writing(dir, n)));
      expect(results.map((r) => r.status)).toEqual(["fulfilled", "fulfilled", "fulfilled", "fulfilled"]);
      expect(readFileSync(path.join(dir, "plan.txt"), "utf8")).toBe("plan 3\n");
      expect(readdirSync(root)).toEqual(["out"]);
      expect(readdirSync(dir).sort()).toEqual(existed ? ["notes.md", "plan.txt"] : ["plan.txt"]);
    }
  });

  it("after one that failed, the next still writes", async () => {
    const root = scratch();
    const dir = path.join(root, "out");
    const failing = replaceFolder(dir, () => false, () => Promise.reject(new Error("disk full")));
    const next = writing(dir, 1);
    await expect(failing).rejects.toThrow("disk full");
    await next;
    expect(readFileSync(path.join(dir, "plan.txt"), "utf8")).toBe("plan 1\n");
    expect(readdirSync(root)).toEqual(["out"]);
  });
});
