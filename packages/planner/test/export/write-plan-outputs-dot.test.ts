import { mkdtemp, readdir, realpath, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { writePlanOutputs } from "@lontar/planner/node";
import { sampleWorkspace, samplePlan } from "./fixtures.js";

const made: string[] = [];
const startedIn = process.cwd();
afterEach(async () => {
  process.chdir(startedIn);
  for (const dir of made.splice(0)) await rm(dir, { recursive: true, force: true });
});

async function folder(): Promise<string> {
  const dir = await realpath(await mkdtemp(join(tmpdir(), "lontar-dot-")));
  made.push(dir);
  return dir;
}

// Found by an SDK walk: writePlanOutputs(".") and writePlanOutputs("/abs/dir/.") rejected with
// ERR_FS_CP_EINVAL ("cannot copy … to a subdirectory of self"): the staging folder, a sibling
// named after the folder, landed inside it, as "." has no name of its own.
describe("writePlanOutputs to a folder written with a dot", () => {
  it("writes into `/abs/dir/.` as into `/abs/dir`, keeping what else the folder holds", async () => {
    const dir = await folder();
    await writeFile(join(dir, "notes.txt"), "mine");
    const written = await writePlanOutputs(`${dir}/.`, samplePlan(), sampleWorkspace());
    expect(written).toContain("plan.json");
    expect((await readdir(dir)).sort()).toEqual([...written.filter((p) => !p.includes("/")), "calendars", "notes.txt"].sort());
  });

  it("writes into `.`, the working folder, and leaves the process working in the new folder", async () => {
    const dir = await folder();
    await writeFile(join(dir, "notes.txt"), "mine");
    process.chdir(dir);
    const written = await writePlanOutputs(".", samplePlan(), sampleWorkspace());
    expect(process.cwd()).toBe(dir);
    expect((await readdir(".")).sort()).toEqual([...written.filter((p) => !p.includes("/")), "calendars", "notes.txt"].sort());
    // Written again from inside: the folder is replaced whole a second time.
    expect(await writePlanOutputs(".", samplePlan(), sampleWorkspace())).toEqual(written);
    expect((await readdir(dir)).some((name) => name.startsWith("."))).toBe(false);
  });

  it("refuses the root folder before touching anything", async () => {
    await expect(writePlanOutputs("/", samplePlan(), sampleWorkspace())).rejects.toThrow(/root folder/);
  });
});
