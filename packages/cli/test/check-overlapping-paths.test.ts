import { copyFileSync, mkdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { workspaceTemplate } from "../src/init/templates.js";
import { run, workspaceIn } from "./support/run.js";

const [starter] = workspaceTemplate("en");
// The starter with an agreement whose partner is misspelled: one error, LON2002.
const FAULTY = (starter?.text ?? "").replace(/between (\w+) and (\w+)/, "between $1 and $2x");

// Found by a CI walk: `lontar check rules $(git diff --name-only -- '*.lontar')` (the folder,
// and the changed files in it) reported each finding of a changed file twice: "2 problems"
// for one, two annotations on the line, two failures in the JUnit test case.
describe("a file reached through two paths", () => {
  it("is reported once, in every format", async () => {
    expect(FAULTY).toMatch(/between \w+ and \w+x/);
    const cwd = workspaceIn(FAULTY, "rules");
    for (const format of ["stylish", "json", "sarif", "github", "junit", "codequality"]) {
      const once = await run(["check", "--format", format, "rules"], cwd);
      expect(once.code, format).toBe(1);
      expect(await run(["check", "--format", format, "rules", "rules/workspace.lontar"], cwd), format).toEqual(once);
    }
    expect((await run(["check", "rules", "rules/workspace.lontar"], cwd)).stdout).toContain("✖ 1 problem (1 error, 0 warnings)");
  });

  it("is reported once when a folder is named with a folder inside it", async () => {
    const cwd = workspaceIn(FAULTY, "rules");
    mkdirSync(path.join(cwd, "rules", "kota"));
    copyFileSync(path.join(cwd, "rules", "workspace.lontar"), path.join(cwd, "rules", "kota", "workspace.lontar"));
    const result = await run(["check", "--format", "github", "rules/kota", "rules"], cwd);
    expect(result.code).toBe(1);
    // rules/workspace.lontar and rules/kota/workspace.lontar each once (their two libraries clash in `rules`).
    const lines = result.stdout.trimEnd().split("\n");
    expect(new Set(lines).size).toBe(lines.length);
    expect(lines.filter((line) => line.includes("title=LON2002"))).toHaveLength(2);
  });
});
