import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import Ajv from "ajv-draft-04";
import { describe, expect, it } from "vitest";
import { formatGithub } from "../src/format/github.js";
import { repositoryPath, repositoryRootOf } from "../src/format/paths.js";
import { formatSarif } from "../src/format/sarif.js";
import { workspaceTemplate } from "../src/init/templates.js";
import { run, tempDir } from "./support/run.js";
import { SAMPLE_DIAGNOSTICS, SAMPLE_SOURCES } from "./support/sample.js";

const schema = JSON.parse(readFileSync(new URL("./fixtures/sarif-schema-2.1.0.json", import.meta.url), "utf8")) as object;
const validate = new Ajv({ allErrors: true, strict: false, validateFormats: false }).compile(schema);

interface SarifLog {
  runs: Array<{
    originalUriBaseIds: Record<string, { uri: string }>;
    results: Array<{ locations: Array<{ physicalLocation: { artifactLocation: { uri: string; uriBaseId: string } } }> }>;
  }>;
}

const [starter] = workspaceTemplate("en");
// The starter workspace with its weekly schedule naming no day (LON4014, a warning).
const WARNED = (starter?.text ?? "").replace("every week on tue at", "every week at");

/** A checkout holding a workspace in `rules/` (with a space in one folder's name). */
function checkout(): string {
  const dir = tempDir();
  mkdirSync(path.join(dir, "mou 2026", "rules"), { recursive: true });
  writeFileSync(path.join(dir, "mou 2026", "rules", "workspace.lontar"), WARNED);
  return dir;
}

// Found by a CI walk: in a GitHub Actions step with `working-directory: rules`, the github
// annotations and the SARIF results named files relative to rules/ (`file=workspace.lontar`),
// and GitHub, which reads them from the repository's root, put them on no line of the pull
// request. Under GITHUB_WORKSPACE they are named from the checkout's root.
describe("the github and sarif reports' paths", () => {
  it("start from a workspace with one warning", () => {
    expect(WARNED).not.toBe(starter?.text);
  });

  it("take GITHUB_WORKSPACE as the root when lontar runs inside it, and the working directory otherwise", () => {
    expect(repositoryRootOf("/home/runner/work/r/r/rules", { GITHUB_WORKSPACE: "/home/runner/work/r/r" })).toBe("/home/runner/work/r/r");
    expect(repositoryRootOf("/home/runner/work/r/r", { GITHUB_WORKSPACE: "/home/runner/work/r/r/" })).toBe("/home/runner/work/r/r");
    expect(repositoryRootOf("/tmp/elsewhere", { GITHUB_WORKSPACE: "/home/runner/work/r/r" })).toBeUndefined();
    expect(repositoryRootOf("/home/runner/work/r/r2", { GITHUB_WORKSPACE: "/home/runner/work/r/r" })).toBeUndefined();
    expect(repositoryRootOf("/w", { GITHUB_WORKSPACE: "" })).toBeUndefined();
    expect(repositoryRootOf("/w", { GITHUB_WORKSPACE: "relative" })).toBeUndefined();
    expect(repositoryRootOf("/w", {})).toBeUndefined();
    // GitLab CI's checkout, after GitHub's: GITHUB_WORKSPACE first when lontar runs inside both.
    expect(repositoryRootOf("/builds/g/r/rules", { CI_PROJECT_DIR: "/builds/g/r" })).toBe("/builds/g/r");
    expect(repositoryRootOf("/builds/g/r/rules", { CI_PROJECT_DIR: "/builds/g/r", GITHUB_WORKSPACE: "/builds/g/r/rules" })).toBe("/builds/g/r/rules");
    expect(repositoryRootOf("/builds/g/r/rules", { CI_PROJECT_DIR: "/builds/g/r", GITHUB_WORKSPACE: "/elsewhere" })).toBe("/builds/g/r");
    expect(repositoryRootOf("/tmp/elsewhere", { CI_PROJECT_DIR: "/builds/g/r" })).toBeUndefined();
    expect(repositoryPath({ cwd: "/repo/rules", repositoryRoot: "/repo" }, "a.lontar")).toBe("rules/a.lontar");
    expect(repositoryPath({ cwd: "/repo/rules" }, "a.lontar")).toBe("a.lontar");
  });

  it("are relative to the context's repository root in the formatters", () => {
    const context = { cwd: "/repo/sub", repositoryRoot: "/repo", sources: SAMPLE_SOURCES, toolVersion: "0.1.0" };
    expect(formatGithub(SAMPLE_DIAGNOSTICS, context)).toContain("::error file=sub/agreements/mou.lontar,line=6,");
    const log = JSON.parse(formatSarif(SAMPLE_DIAGNOSTICS, context)) as SarifLog;
    expect(log.runs[0]?.originalUriBaseIds["%SRCROOT%"]?.uri).toBe("file:///repo/");
    expect(log.runs[0]?.results[0]?.locations[0]?.physicalLocation.artifactLocation).toEqual({ uri: "sub/agreements/mou.lontar", uriBaseId: "%SRCROOT%" });
  });

  it("name the file from the checkout's root when `lontar check` runs in a subfolder on GitHub Actions", async () => {
    const root = checkout();
    const rules = path.join(root, "mou 2026", "rules");
    const env = { GITHUB_WORKSPACE: root };
    const github = await run(["check", "--format", "github"], rules, env);
    expect(github.code).toBe(0);
    expect(github.stdout).toMatch(/^::warning file=mou 2026\/rules\/workspace\.lontar,line=\d+,.*title=LON4014::/);
    const sarif = await run(["check", "--format", "sarif"], rules, env);
    const log = JSON.parse(sarif.stdout) as SarifLog;
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
    expect(log.runs[0]?.originalUriBaseIds["%SRCROOT%"]?.uri).toBe(`${pathToUri(root)}/`);
    expect(log.runs[0]?.results.map((r) => r.locations[0]?.physicalLocation.artifactLocation.uri)).toEqual(["mou%202026/rules/workspace.lontar"]);
    // The reports for people keep the paths of the folder they run in.
    expect((await run(["check"], rules, env)).stdout).toMatch(/^workspace\.lontar:\d+:\d+ {2}warning/);
    expect((await run(["check", "--format", "junit"], rules, env)).stdout).toContain('<testsuite name="workspace.lontar"');
  });

  // Found by a CI walk: a self-hosted runner whose work folder is reached through a link
  // (GITHUB_WORKSPACE=/home/runner/work/…, a link to /data/runner/work/…) runs lontar in the
  // real folder; the checkout was not recognised and the annotations lost their folders.
  it("name the file from the checkout's root when GITHUB_WORKSPACE reaches it through a link", async () => {
    const root = checkout();
    const link = path.join(tempDir(), "work");
    symlinkSync(root, link);
    const rules = path.join(root, "mou 2026", "rules");
    for (const [cwd, workspace] of [
      [rules, link],
      [path.join(link, "mou 2026", "rules"), root],
    ] as const) {
      const env = { GITHUB_WORKSPACE: workspace };
      expect((await run(["check", "--format", "github"], cwd, env)).stdout, cwd).toMatch(/^::warning file=mou 2026\/rules\/workspace\.lontar,line=\d+,/);
      const log = JSON.parse((await run(["check", "--format", "sarif"], cwd, env)).stdout) as SarifLog;
      expect(log.runs[0]?.results[0]?.locations[0]?.physicalLocation.artifactLocation.uri, cwd).toBe("mou%202026/rules/workspace.lontar");
    }
  });

  it("stay relative to the working directory outside GitHub Actions, or outside its checkout", async () => {
    const root = checkout();
    const rules = path.join(root, "mou 2026", "rules");
    for (const env of [{}, { GITHUB_WORKSPACE: tempDir() }]) {
      expect((await run(["check", "--format", "github"], rules, env)).stdout).toMatch(/^::warning file=workspace\.lontar,line=/);
      const log = JSON.parse((await run(["check", "--format", "sarif"], rules, env)).stdout) as SarifLog;
      expect(log.runs[0]?.results[0]?.locations[0]?.physicalLocation.artifactLocation.uri).toBe("workspace.lontar");
    }
  });
});

function pathToUri(absolute: string): string {
  return `file://${absolute.split(path.sep).map(encodeURIComponent).join("/")}`;
}
