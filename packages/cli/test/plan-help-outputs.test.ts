/**
 * `lontar plan --help` names what `plan --out` writes: every file of PLAN_OUTPUT_FILES (the
 * list writePlanOutputs owns its folder's files by), plan.xlsx among them, in both languages.
 */
import { readdirSync } from "node:fs";
import path from "node:path";
import { MAX_WORKBOOK_OCCURRENCES, PLAN_OUTPUT_FILES } from "@lontar/planner";
import { describe, expect, it } from "vitest";
import { run, tempDir } from "./support/run.js";
import { OUTPUT_MANIFEST } from "../src/files/output-manifest.js";

/** The files under `dir`, relative, with `/`. */
function filesUnder(dir: string, prefix = ""): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesUnder(path.join(dir, e.name), `${prefix}${e.name}/`) : [`${prefix}${e.name}`]));
}

/** `calendars/*.ics` as a test of a relative path. */
const matches = (pattern: string, file: string): boolean => new RegExp(`^${pattern.replace(/[.]/g, "\\.").replace("*", "[^/]+")}$`).test(file);

describe("lontar plan --help names every file plan --out writes", () => {
  it.each(["en", "id"] as const)("in %s, plan.xlsx among them", async (lang) => {
    const help = (await run(["plan", "--help", "--lang", lang], tempDir())).stdout.replace(/\s+/g, " ");
    for (const file of PLAN_OUTPUT_FILES) expect(help, file).toContain(file);
    // The workbook's limit as the writer has it.
    expect(help).toContain(`plan.xlsx (${lang === "en" ? "up to" : "sampai"} ${MAX_WORKBOOK_OCCURRENCES.toLocaleString(lang === "en" ? "en-US" : "id-ID")} ${lang === "en" ? "sessions" : "sesi"})`);
  });

  it("and plan --out writes those files, each matching one of them, every one of them present", async () => {
    const cwd = tempDir();
    const result = await run(["plan", "examples/langsa", "--out", path.join(cwd, "out")], path.join(import.meta.dirname, "..", "..", ".."));
    expect(result.code).toBe(0);
    // Besides the outputs, the hidden list of them the CLI keeps (docs/getting-started.md).
    const written = filesUnder(path.join(cwd, "out")).filter((file) => file !== OUTPUT_MANIFEST);
    expect(filesUnder(path.join(cwd, "out"))).toContain(OUTPUT_MANIFEST);
    for (const file of written) expect(PLAN_OUTPUT_FILES.some((p) => matches(p, file)), file).toBe(true);
    for (const pattern of PLAN_OUTPUT_FILES) expect(written.some((f) => matches(pattern, f)), pattern).toBe(true);
  });
});
