import { readFileSync } from "node:fs";
import path from "node:path";
import Ajv from "ajv-draft-04";
import { XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { ciCommands } from "./support/ci-commands.js";
import { repoMirror } from "./support/repo-mirror.js";
import { runProcess } from "./support/spawn.js";

const schema = JSON.parse(readFileSync(new URL("./fixtures/sarif-schema-2.1.0.json", import.meta.url), "utf8")) as object;
const ajv = new Ajv({ allErrors: true, strict: false, validateFormats: false });
const validateSarif = ajv.compile(schema);

// Runs a documented command exactly as written, in a shell, and returns stdout and the
// exit code (findings, 1, are a normal outcome of a check).
async function runDocumented(command: string, cwd: string): Promise<{ status: number; stdout: string }> {
  const result = await runProcess(command, [], { cwd, shell: true });
  return { status: result.status ?? -1, stdout: result.stdout };
}

function find(pattern: RegExp): string {
  const command = ciCommands().find((c) => pattern.test(c));
  if (command === undefined) throw new Error(`docs/ci.md has no command matching ${pattern}`);
  return command;
}

describe("the commands in docs/ci.md", () => {
  it("write a SARIF file that validates", { timeout: 300_000 }, async () => {
    const cwd = repoMirror();
    const result = await runDocumented(find(/--format sarif/), cwd);
    expect(result.status).toBe(0);
    const log = JSON.parse(readFileSync(path.join(cwd, "lontar.sarif"), "utf8")) as unknown;
    expect(validateSarif(log), JSON.stringify(validateSarif.errors)).toBe(true);
  });

  it("print GitHub annotations (or nothing, when clean)", { timeout: 300_000 }, async () => {
    const result = await runDocumented(find(/--format github/), repoMirror());
    expect([0, 1]).toContain(result.status);
    for (const line of result.stdout.split("\n").filter(Boolean)) expect(line).toMatch(/^::(error|warning|notice) file=[^,]*,line=\d+,/);
    expect(result.status === 1).toBe(result.stdout.includes("::error "));
  });

  it("write a JUnit report that parses", { timeout: 300_000 }, async () => {
    const cwd = repoMirror();
    const result = await runDocumented(find(/--format junit/), cwd);
    expect([0, 1]).toContain(result.status);
    const xml = readFileSync(path.join(cwd, "lontar-junit.xml"), "utf8");
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).toMatch(/<testsuites name="lontar" tests="[1-9]\d*"/);
  });

  it("write a Code Quality report that GitLab reads", { timeout: 300_000 }, async () => {
    const cwd = repoMirror();
    const result = await runDocumented(find(/--format codequality/), cwd);
    expect(result.status).toBe(0);
    const issues = JSON.parse(readFileSync(path.join(cwd, "lontar-codequality.json"), "utf8")) as Array<Record<string, unknown>>;
    expect(Array.isArray(issues)).toBe(true);
    for (const issue of issues) {
      expect(issue).toEqual({
        description: expect.any(String) as unknown,
        check_name: expect.stringMatching(/^LON\d{4}$/) as unknown,
        fingerprint: expect.stringMatching(/^[0-9a-f]{64}$/) as unknown,
        severity: expect.stringMatching(/^(info|minor|major)$/) as unknown,
        location: { path: expect.stringMatching(/^examples\//) as unknown, lines: { begin: expect.any(Number) as unknown } },
      });
    }
  });
});
