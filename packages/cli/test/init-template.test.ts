import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { workspaceTemplate } from "../src/init/templates.js";
import { run, tempDir } from "./support/run.js";

describe.each(["en", "id"] as const)("the %s starter workspace of lontar init", (lang) => {
  it("checks clean and is already formatted (fmt --check finds nothing to change)", async () => {
    const cwd = tempDir();
    mkdirSync(path.join(cwd, "ws"));
    for (const file of workspaceTemplate(lang)) writeFileSync(path.join(cwd, "ws", file.path), file.text);
    const check = await run(["check", "ws"], cwd);
    expect(check.stdout + check.stderr).toBe("");
    expect(check.code).toBe(0);
    const fmt = await run(["fmt", "--check", "ws"], cwd);
    expect(fmt.stdout + fmt.stderr).toBe("");
    expect(fmt.code).toBe(0);
  }, 60_000);
});

it("writes the Indonesian starter's values as an Indonesian planner does (opd, kelas)", () => {
  const [indonesian] = workspaceTemplate("id");
  expect(indonesian?.text).toMatch(/^ {2}jenis opd$/m);
  expect(indonesian?.text).toMatch(/^ {2}kategori kelas$/m);
});
