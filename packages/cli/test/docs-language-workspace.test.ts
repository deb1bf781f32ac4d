import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { run, tempDir } from "./support/run.js";

const docs = fileURLToPath(new URL("../../../docs/", import.meta.url));

/** The ```lontar blocks of a page from its `### Library` / `### Perpustakaan` section on. */
function declarationBlocks(page: string, firstSection: string): string[] {
  const start = page.indexOf(`\n### ${firstSection}\n`);
  const end = page.indexOf("\n## ", start);
  expect(start).toBeGreaterThan(0);
  return [...page.slice(start, end).matchAll(/```lontar\n([\s\S]*?)```/g)].map((m) => m[1] ?? "");
}

// The language pages promise that their examples from Library to KPI, put one after the other
// under the horizon, make a workspace that checks and plans. The English page shows each
// example in English then in Bahasa Indonesia; the Indonesian page in Bahasa Indonesia only.
const workspaces = [
  { name: "docs/language.md, English examples", page: "language.md", section: "Library", pick: (_: string, i: number) => i % 2 === 0, horizon: "horizon" },
  { name: "docs/language.md, Indonesian examples", page: "language.md", section: "Library", pick: (_: string, i: number) => i % 2 === 1, horizon: "cakrawala" },
  { name: "docs/id/language.md", page: "id/language.md", section: "Perpustakaan", pick: () => true, horizon: "cakrawala" },
];

describe.each(workspaces)("$name", ({ page, section, pick, horizon }) => {
  const blocks = declarationBlocks(readFileSync(path.join(docs, page), "utf8"), section).filter(pick);
  const source = [`${horizon} 2019-01-01..2019-12-31`, ...blocks].join("\n");

  it("make together a workspace that lontar check accepts and lontar plan plans", async () => {
    const cwd = tempDir();
    mkdirSync(path.join(cwd, "ws"));
    writeFileSync(path.join(cwd, "ws", "workspace.lontar"), source);
    const check = await run(["check", "ws"], cwd);
    expect(check.stdout + check.stderr).toBe("");
    expect(check.code).toBe(0);
    const plan = await run(["plan", "ws", "--out", "out"], cwd);
    expect(plan.stderr).toBe("");
    expect(plan.stdout).toContain("agreements   1 met");
    expect(plan.stdout).toContain(" 0 unassigned");
  }, 60_000);
});
