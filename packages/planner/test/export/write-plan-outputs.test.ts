import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { planOutputs } from "@lontar/planner";
import { writePlanOutputs } from "@lontar/planner/node";
import { sampleWorkspace, samplePlan } from "./fixtures.js";

const made: string[] = [];
afterEach(async () => {
  for (const dir of made.splice(0)) await rm(dir, { recursive: true, force: true });
});

async function listFiles(dir: string, prefix = ""): Promise<string[]> {
  const entries = await readdir(join(dir, prefix), { withFileTypes: true });
  const nested = await Promise.all(entries.map((e) => (e.isDirectory() ? listFiles(dir, `${prefix}${e.name}/`) : Promise.resolve([`${prefix}${e.name}`]))));
  return nested.flat().sort();
}

describe("writePlanOutputs", () => {
  it("writes every output, returns the relative paths sorted and leaves no temporary file", async () => {
    const dir = await mkdtemp(join(tmpdir(), "lontar-export-"));
    made.push(dir);
    const plan = samplePlan();
    const workspace = sampleWorkspace();
    const written = await writePlanOutputs(join(dir, "out"), plan, workspace);
    expect(written).toEqual([...written].sort());
    expect(written).toEqual(expect.arrayContaining(["plan.json", "calendar.ics", "occurrences.csv", "index.html", "calendars/library-solok.ics"]));
    expect(await listFiles(join(dir, "out"))).toEqual(written);
    const expected = planOutputs(plan, workspace);
    for (const path of written) expect(await readFile(join(dir, "out", path), "utf8")).toBe(expected.get(path));
  });

  it("overwrites earlier outputs with the same bytes", async () => {
    const dir = await mkdtemp(join(tmpdir(), "lontar-export-"));
    made.push(dir);
    await writePlanOutputs(dir, samplePlan(), sampleWorkspace());
    const first = await readFile(join(dir, "calendar.ics"));
    const again = await writePlanOutputs(dir, samplePlan(), sampleWorkspace());
    expect(await readFile(join(dir, "calendar.ics"))).toEqual(first);
    expect(await listFiles(dir)).toEqual(again);
  });

  it("removes calendars an earlier run left for things no longer planned, and nothing else", async () => {
    const dir = await mkdtemp(join(tmpdir(), "lontar-export-"));
    made.push(dir);
    await mkdir(join(dir, "calendars"), { recursive: true });
    await writeFile(join(dir, "calendars", "library-gone.ics"), "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n");
    await writeFile(join(dir, "calendars", "notes.txt"), "mine");
    await writeFile(join(dir, "README.md"), "mine too");
    const written = await writePlanOutputs(dir, samplePlan(), sampleWorkspace());
    expect(await listFiles(dir)).toEqual([...written, "README.md", "calendars/notes.txt"].sort());
  });

  it("writes nothing when the plan is invalid (a planner bug) and rejects", async () => {
    const dir = await mkdtemp(join(tmpdir(), "lontar-export-"));
    made.push(dir);
    const broken = { ...samplePlan(), version: 2 } as unknown as ReturnType<typeof samplePlan>;
    await expect(writePlanOutputs(join(dir, "out"), broken, sampleWorkspace())).rejects.toThrow(TypeError);
    expect(await readdir(dir)).toEqual([]);
  });
});
