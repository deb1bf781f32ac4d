/**
 * `lontar plan` and the SDK (`planWorkspace`, then `writePlanOutputs`) write the same
 * plan.json for the same workspace. A developer's walk (stop 55) found them differing in the
 * order of keys inside `reasons` (`occurrenceId` before or after `message`): the CLI marks
 * the planner's plan valid and writes it as built, the SDK validates it again (the schema's
 * order). The planner now keeps its own validation's copies, in the schema's order.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { analyzeFolder } from "@lontar/dsl/node";
import { planWorkspace } from "@lontar/planner";
import { writePlanOutputs } from "@lontar/planner/node";
import { run, tempDir } from "./support/run.js";

const EXAMPLES = path.resolve(import.meta.dirname, "../../../examples");

describe("plan.json from the CLI and from the SDK", () => {
  it.each(["langsa", "ntt-plm-2019"])("is the same bytes for examples/%s (cancelled sessions' reasons among them)", async (example) => {
    const cwd = tempDir();
    const cli = await run(["plan", path.join(EXAMPLES, example), "--out", "cli"], cwd);
    expect(cli.code).toBe(0);
    const analysis = await analyzeFolder(path.join(EXAMPLES, example));
    if (analysis.workspace === undefined) throw new Error(`examples/${example} does not compile`);
    await writePlanOutputs(path.join(cwd, "sdk"), planWorkspace(analysis.workspace), analysis.workspace);
    const cliJson = readFileSync(path.join(cwd, "cli", "plan.json"), "utf8");
    expect(cliJson).toContain('"reasons"');
    expect(readFileSync(path.join(cwd, "sdk", "plan.json"), "utf8")).toBe(cliJson);
  });
});
