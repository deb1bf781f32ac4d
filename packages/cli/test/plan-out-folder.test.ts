/**
 * `lontar plan --out` names a folder of its own, which the run replaces whole: not the working
 * folder, not one holding the workspace, and not a file of the workspace (a walk of stop 59:
 * `--out workspace.lontar` read "--out …/workspace.lontar holds …/workspace.lontar").
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { workspaceTemplate } from "../src/init/templates.js";
import { run, workspaceIn } from "./support/run.js";

const [starter] = workspaceTemplate("id");

describe("lontar plan's --out", () => {
  it("refuses a file of the workspace, the working folder and a folder holding the workspace, in the reader's language, touching nothing", async () => {
    const cwd = workspaceIn(starter?.text ?? "");
    const file = path.join(cwd, "ws", "workspace.lontar");
    const before = readFileSync(file, "utf8");
    const itself = await run(["plan", "ws", "--out", "ws/workspace.lontar", "--lang", "id"], cwd);
    expect(itself.code).toBe(2);
    expect(itself.stderr).toMatch(/^lontar: --out \S*ws\/workspace\.lontar adalah berkas ruang kerja, bukan folder untuk hasilnya: sebutkan folder baru, misalnya --out rencana\n/);
    expect((await run(["plan", "ws", "--out", "ws/workspace.lontar"], cwd)).stderr).toContain("is a file of the workspace, not a folder for the results");
    expect((await run(["plan", "ws", "--out", "."], cwd)).stderr).toContain("holds the working directory");
    expect((await run(["plan", "ws", "--out", "ws"], cwd)).stderr).toMatch(/--out \S*ws holds \S*workspace\.lontar: name a folder of its own/);
    expect(readFileSync(file, "utf8")).toBe(before);
    expect(existsSync(path.join(cwd, "rencana"))).toBe(false);
  });
});
