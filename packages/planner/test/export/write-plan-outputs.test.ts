import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { planOutputs } from "@lontar/planner";
import { clearLeftovers, writePlanOutputs } from "@lontar/planner/node";
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
    expect(written.filter((path) => !expected.has(path))).toEqual(["plan.xlsx"]);
    for (const [path, text] of expected) expect(await readFile(join(dir, "out", path), "utf8")).toBe(text);
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

  // Found by an SDK walk: writePlanOutputs("") rejected with a raw ENOENT from a rename into "".
  it.each(["", "  "])("refuses an empty folder name (%j) before writing anything", async (dir) => {
    await expect(writePlanOutputs(dir, samplePlan(), sampleWorkspace())).rejects.toThrow(/dir is empty/);
  });

  it("refuses a folder that is not text (undefined, a URL) with a TypeError naming dir, and a locale for a language", async () => {
    for (const dir of [undefined, new URL("file:///tmp/x")]) {
      await expect((writePlanOutputs as (...args: unknown[]) => Promise<string[]>)(dir, samplePlan(), sampleWorkspace())).rejects.toThrow(/^writePlanOutputs: dir must be the folder's path as text, not (undefined|object)$/);
    }
    const dir = await mkdtemp(join(tmpdir(), "lontar-export-"));
    await expect(writePlanOutputs(dir, samplePlan(), sampleWorkspace(), { language: "id-ID" as never })).rejects.toThrow(/^writePlanOutputs: language must be "en" or "id", not "id-ID"/);
    expect(await listFiles(dir)).toEqual([]);
  });

  it("writes nothing when the plan is invalid (a planner bug) and rejects", async () => {
    const dir = await mkdtemp(join(tmpdir(), "lontar-export-"));
    made.push(dir);
    const broken = { ...samplePlan(), version: 2 } as unknown as ReturnType<typeof samplePlan>;
    await expect(writePlanOutputs(join(dir, "out"), broken, sampleWorkspace())).rejects.toThrow(TypeError);
    expect(await readdir(dir)).toEqual([]);
  });
});

describe("writePlanOutputs, whole or not at all", () => {
  const siblings = async (parent: string): Promise<string[]> => (await readdir(parent)).filter((name) => name.includes(".lontar-")).sort();

  it("clears the staging folder a killed run left and swaps in the new plan", async () => {
    const parent = await mkdtemp(join(tmpdir(), "lontar-export-"));
    made.push(parent);
    const dir = join(parent, "out");
    await writePlanOutputs(dir, samplePlan(), sampleWorkspace());
    // A run killed while writing: pid 2^22 + 1 is above Linux's pid_max, so never alive.
    await mkdir(join(parent, ".out.lontar-tmp-4194305-0badf00d", "calendars"), { recursive: true });
    await writeFile(join(parent, ".out.lontar-tmp-4194305-0badf00d", "plan.json"), "{");
    const written = await writePlanOutputs(dir, samplePlan(), sampleWorkspace());
    expect(await siblings(parent)).toEqual([]);
    expect(await listFiles(dir)).toEqual(written);
  });

  it("puts the old plan back when a run died between its two renames, then replaces it", async () => {
    const parent = await mkdtemp(join(tmpdir(), "lontar-export-"));
    made.push(parent);
    const old = join(parent, ".out.lontar-old-4194305-0badf00d");
    await writePlanOutputs(old, samplePlan(), sampleWorkspace());
    await writeFile(join(old, "notes.txt"), "mine");
    await clearLeftovers(join(parent, "out"));
    expect(await readdir(parent)).toEqual(["out"]);
    expect(await readFile(join(parent, "out", "notes.txt"), "utf8")).toBe("mine");
    const written = await writePlanOutputs(join(parent, "out"), samplePlan(), sampleWorkspace());
    expect(await listFiles(join(parent, "out"))).toEqual([...written, "notes.txt"].sort());
  });

  it("keeps the staging folder of a run still alive", async () => {
    const parent = await mkdtemp(join(tmpdir(), "lontar-export-"));
    made.push(parent);
    // The parent of this process is alive and is not this process.
    const live = join(parent, `.out.lontar-tmp-${process.ppid}-0badf00d`);
    await mkdir(live);
    await writePlanOutputs(join(parent, "out"), samplePlan(), sampleWorkspace());
    expect(await siblings(parent)).toEqual([`.out.lontar-tmp-${process.ppid}-0badf00d`]);
  });

  it("leaves the folder as it was when writing fails", async () => {
    const parent = await mkdtemp(join(tmpdir(), "lontar-export-"));
    made.push(parent);
    const dir = join(parent, "out");
    await writePlanOutputs(dir, samplePlan(), sampleWorkspace());
    const before = await listFiles(dir);
    const broken = sampleWorkspace();
    // A getter that throws while the files are being written into the staging folder.
    Object.defineProperty(broken, "name", { get: () => { throw new Error("disk full"); } });
    await expect(writePlanOutputs(dir, samplePlan(), broken)).rejects.toThrow("disk full");
    expect(await listFiles(dir)).toEqual(before);
    expect(await siblings(parent)).toEqual([]);
  });

  it("refuses to replace a file with the plan's folder", async () => {
    const parent = await mkdtemp(join(tmpdir(), "lontar-export-"));
    made.push(parent);
    await writeFile(join(parent, "out"), "a file");
    await expect(writePlanOutputs(join(parent, "out"), samplePlan(), sampleWorkspace())).rejects.toThrow("ENOTDIR");
    expect(await readFile(join(parent, "out"), "utf8")).toBe("a file");
    expect(await readdir(parent)).toEqual(["out"]);
  });
});
