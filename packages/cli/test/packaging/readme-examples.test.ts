import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { exampleModule, readmeExamples } from "../../../../scripts/readme-examples.js";
import { REPO_ROOT, runProcess } from "../support/spawn.js";

// The examples run in one Node process from the sources (the workspace's condition),
// written into a folder inside packages/cli so that every @lontar package resolves, each
// from a fresh working directory. scripts/pack-install-test.ts runs the same blocks
// against the packed tarballs.
const RUN_DIR = path.join(REPO_ROOT, "packages/cli/.readme-run");
const examples = readmeExamples(REPO_ROOT);
// tsx's loader by absolute URL: the examples' working directories are outside the repository.
const TSX = pathToFileURL(createRequire(path.join(REPO_ROOT, "package.json")).resolve("tsx")).href;

interface ExampleRun {
  readonly file: string;
  readonly ok: boolean;
  readonly error?: string;
}

const nameOf = (example: { pkg: string; index: number }): string => `${example.pkg}-${example.index}.mjs`;

describe("README examples run", () => {
  let runs: readonly ExampleRun[] = [];
  let stderr = "";

  beforeAll(async () => {
    mkdirSync(RUN_DIR, { recursive: true });
    for (const example of examples) writeFileSync(path.join(RUN_DIR, nameOf(example)), await exampleModule(example));
    const report = path.join(RUN_DIR, "report.json");
    // Asynchronously: a synchronous spawn starves vitest's worker RPC on a busy machine.
    const run = await runProcess(
      process.execPath,
      ["--conditions=@lontar/source", "--import", TSX, path.join(REPO_ROOT, "scripts/run-examples.mjs"), report, ...examples.map(nameOf)],
      { cwd: RUN_DIR, env: {}, timeout: 120_000 },
    );
    stderr = run.stderr;
    runs = JSON.parse(readFileSync(report, "utf8")) as ExampleRun[];
  }, 180_000);
  afterAll(() => rmSync(RUN_DIR, { recursive: true, force: true }));

  it("every package's README has some, and running them wrote nothing to stderr", () => {
    expect(new Set(examples.map((example) => example.pkg))).toEqual(new Set(["core", "dsl", "planner", "cli"]));
    expect(stderr).toBe("");
  });

  for (const example of examples) {
    it(`packages/${example.pkg}/README.md:${example.line}`, () => {
      const run = runs.find((r) => r.file === nameOf(example));
      expect(run?.error).toBeUndefined();
      expect(run?.ok).toBe(true);
    });
  }
});
