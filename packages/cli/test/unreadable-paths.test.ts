import fs, { mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import { syncBuiltinESMExports } from "node:module";
import path from "node:path";
import { describe, expect, it, vi } from "vitest";
import { workspaceTemplate } from "../src/init/templates.js";
import { run, workspaceIn, type RunResult } from "./support/run.js";

const [starter] = workspaceTemplate("en");
const STARTER = starter?.text ?? "";

/**
 * Runs the CLI while the system refuses to list `refused` (an absolute folder) with EACCES.
 * Root may list any folder, so the refusal is the system's answer, given by hand.
 */
async function runRefusing(refused: string, argv: readonly string[], cwd: string): Promise<RunResult> {
  const readdir = fs.readdirSync;
  const spy = vi.spyOn(fs, "readdirSync").mockImplementation(((folder: fs.PathLike, options: { withFileTypes: true }) => {
    if (path.resolve(String(folder)) === refused) throw Object.assign(new Error("EACCES: permission denied, scandir"), { code: "EACCES" });
    return readdir(folder, options);
  }) as typeof fs.readdirSync);
  syncBuiltinESMExports();
  try {
    return await run(argv, cwd);
  } finally {
    spy.mockRestore();
    syncBuiltinESMExports();
  }
}

describe("paths lontar cannot read", () => {
  // Found by a CI walk: a folder of agreements the CI user may not list (`chmod 700` by another
  // account) was passed over in silence; the job checked the rest and went green (exit 0).
  it("stops the run with exit 2 when a folder under a checked folder cannot be listed, naming it (en, id)", async () => {
    const cwd = workspaceIn(STARTER);
    mkdirSync(path.join(cwd, "ws", "secret"));
    writeFileSync(path.join(cwd, "ws", "secret", "mou.lontar"), "agreement x {\n");
    const refused = path.join(cwd, "ws", "secret");
    for (const format of ["stylish", "sarif"]) {
      const result = await runRefusing(refused, ["check", "ws", "--format", format], cwd);
      const reason = "cannot read the folder 'ws/secret': permission denied (EACCES); the .lontar files in it would be left out";
      expect({ ...result, stdout: "" }, format).toEqual({ code: 2, stdout: "", stderr: `lontar: ${reason}\n` });
      // A SARIF report says why the run stopped (stopped-run.ts); the stylish one says nothing on stdout.
      if (format === "sarif") expect(result.stdout).toContain(`"executionSuccessful": false`);
      else expect(result.stdout).toBe("");
    }
    const id = await runRefusing(refused, ["check", "ws", "--lang", "id"], cwd);
    expect(id.code).toBe(2);
    expect(id.stderr).toBe("lontar: tidak dapat membaca folder 'ws/secret': akses ditolak (EACCES); berkas .lontar di dalamnya akan terlewat\n");
    // With no path, the current folder is the one walked: the folder is named from there.
    expect((await runRefusing(refused, ["check"], path.join(cwd, "ws"))).stderr).toMatch(/^lontar: cannot read the folder 'secret': /);
  });

  // The folder named was said to hold no .lontar file: true of what could be listed, but not why.
  it("says so when the folder named itself cannot be listed, rather than 'no .lontar files'", async () => {
    const cwd = workspaceIn(STARTER);
    const result = await runRefusing(path.join(cwd, "ws"), ["check", "ws"], cwd);
    expect(result).toEqual({ code: 2, stdout: "", stderr: "lontar: cannot read the folder 'ws': permission denied (EACCES); the .lontar files in it would be left out\n" });
  });

  // Found by a CI walk: a link that points to itself (or a folder on the way that may not be
  // entered) was reported as "no such file or folder", sending the user to look for a typo.
  it("gives the system's reason for a named path that is there but cannot be reached (a link loop), in en and id", async () => {
    const cwd = workspaceIn(STARTER);
    symlinkSync("loop.lontar", path.join(cwd, "loop.lontar"));
    expect(await run(["check", "loop.lontar"], cwd)).toEqual({ code: 2, stdout: "", stderr: "lontar: cannot read 'loop.lontar': too many links in a row (ELOOP)\n" });
    expect((await run(["check", "loop.lontar", "--lang", "id"], cwd)).stderr).toBe("lontar: tidak dapat membaca 'loop.lontar': terlalu banyak tautan berantai (ELOOP)\n");
    // A path that is not there still says so.
    expect((await run(["check", "missing.lontar"], cwd)).stderr).toBe("lontar: cannot read 'missing.lontar': no such file or folder\n");
  });

  // A file whose name has bytes that are not UTF-8 (written by an old tool) was "cannot find `a�.lontar`", though it is there.
  it("names a file whose name is not UTF-8 text as such, with a name to rename it to (en, id)", async () => {
    const cwd = workspaceIn(STARTER);
    const named = Buffer.concat([Buffer.from(path.join(cwd, "ws", "a")), Buffer.from([0xff]), Buffer.from(".lontar")]);
    try {
      writeFileSync(named, STARTER);
    } catch {
      return; // A file system that takes only UTF-8 names (APFS) cannot hold such a file: nothing to check there.
    }
    const en = await run(["check", "ws"], cwd);
    expect(en.code).toBe(1);
    expect(en.stdout).toContain("its name is not UTF-8 text");
    expect(en.stdout).toContain("rename the file, for example to `a_.lontar`");
    expect(en.stdout).not.toContain("cannot find");
    const id = await run(["check", "ws", "--lang", "id"], cwd);
    expect(id.stdout).toContain("namanya bukan teks UTF-8");
  });
});
