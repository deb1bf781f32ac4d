/**
 * The packages as a user gets them: builds and packs @lontar/core, dsl, planner and cli
 * (`pnpm pack` rewrites `workspace:*`), installs the tarballs with plain npm into an empty
 * project (dependencies from the registry, or npm's cache once warm), then checks that
 * - every entry imports as an ES module, and `require()`s (Node 20.19+ loads ES modules
 *   from require; the packages declare no separate CommonJS build);
 * - the types resolve under moduleResolution node16, bundler and node10 (tsc on a file that
 *   imports every entry);
 * - the README examples run against the installed packages;
 * - `npx lontar check` and `npx lontar plan` work on a copy of an example.
 * Run by .ci/run: `node --import tsx scripts/pack-install-test.ts` (`--keep` keeps the
 * temporary folder; `--no-build` packs the dist/ folders as they are).
 */
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { installPacked, REPO_ROOT as ROOT } from "./install-packed.js";
import { exampleModule, readmeExamples } from "./readme-examples.js";

const ENTRIES = ["@lontar/core", "@lontar/core/words", "@lontar/dsl", "@lontar/dsl/node", "@lontar/planner", "@lontar/planner/node", "@lontar/cli"] as const;
const EXAMPLE = "watualang";
const npx = process.platform === "win32" ? "npx.cmd" : "npx";

function step(title: string): void {
  process.stdout.write(`\n== ${title}\n`);
}

/** Runs and returns the status with the output; the caller decides what is a failure. */
function attempt(command: string, args: readonly string[], cwd: string): { status: number | null; output: string } {
  const result = spawnSync(command, args, { cwd, encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

function expectStatus(label: string, result: { status: number | null; output: string }, wanted: number): void {
  if (result.status !== wanted) throw new Error(`${label}: exit ${String(result.status)}, expected ${wanted}\n${result.output}`);
  process.stdout.write(`ok  ${label}\n`);
}

const work = mkdtempSync(path.join(tmpdir(), "lontar-pack-"));
const project = path.join(work, "project");
try {
  step("build, pack and npm install into an empty project");
  installPacked(work, { build: !process.argv.includes("--no-build"), log: (line) => process.stdout.write(`${line}\n`) });

  step("each entry imports and requires");
  for (const entry of ENTRIES) {
    const imported = attempt(process.execPath, ["--input-type=module", "-e", `const m = await import(${JSON.stringify(entry)}); if (Object.keys(m).length === 0) process.exit(1);`], project);
    expectStatus(`import ${entry}`, imported, 0);
    const required = attempt(process.execPath, ["-e", `const m = require(${JSON.stringify(entry)}); if (Object.keys(m).length === 0) process.exit(1);`], project);
    expectStatus(`require ${entry}`, required, 0);
  }

  step("types resolve (tsc, moduleResolution node16, bundler and node10)");
  const tsc = createRequire(path.join(ROOT, "package.json")).resolve("typescript/bin/tsc");
  writeFileSync(
    path.join(project, "types.ts"),
    [
      'import { validateWorkspace, type Workspace } from "@lontar/core";',
      'import { analyzeWorkspace, type Diagnostic } from "@lontar/dsl";',
      'import { analyzeFolder } from "@lontar/dsl/node";',
      'import { planWorkspace, type Plan } from "@lontar/planner";',
      'import { planWorkspaceInParallel, writePlanOutputs } from "@lontar/planner/node";',
      'import { FORMATTERS, main, type CliIo } from "@lontar/cli";',
      "export const used = [validateWorkspace, analyzeWorkspace, analyzeFolder, planWorkspace, planWorkspaceInParallel, writePlanOutputs, FORMATTERS, main] as const;",
      "export type Used = [Workspace, Diagnostic, Plan, CliIo];",
      "",
    ].join("\n"),
  );
  const typeRoots = path.join(ROOT, "node_modules/@types");
  // node10 (`"moduleResolution": "node"`, older CommonJS projects) reads no `exports`: the subpaths' types come from `typesVersions`; zod's own types need esModuleInterop there.
  for (const [module, resolution] of [["node16", "node16"], ["esnext", "bundler"], ["commonjs", "node10"]] as const) {
    const interop = resolution === "node10" ? ["--esModuleInterop"] : [];
    const args = [tsc, "--noEmit", "--strict", "--skipLibCheck", "false", ...interop, "--module", module, "--moduleResolution", resolution, "--target", "es2022", "--typeRoots", typeRoots, "--types", "node", "types.ts"];
    expectStatus(`tsc --moduleResolution ${resolution}`, attempt(process.execPath, args, project), 0);
  }

  step("README examples against the installed packages");
  const examples = readmeExamples(ROOT);
  const modules: string[] = [];
  for (const example of examples) {
    const name = `readme-${example.pkg}-${example.index}.mjs`;
    writeFileSync(path.join(project, name), await exampleModule(example));
    modules.push(name);
  }
  const report = path.join(project, "readme-report.json");
  expectStatus("run the README examples", attempt(process.execPath, [path.join(ROOT, "scripts/run-examples.mjs"), report, ...modules], project), 0);
  const results = JSON.parse(readFileSync(report, "utf8")) as { file: string; ok: boolean; error?: string }[];
  const failed = results.filter((result) => !result.ok);
  if (failed.length > 0) throw new Error(failed.map((result) => `${result.file}: ${result.error ?? ""}`).join("\n"));
  process.stdout.write(`ok  ${results.length} README examples\n`);

  step("npx lontar on a copy of an example");
  cpSync(path.join(ROOT, "examples", EXAMPLE), path.join(project, EXAMPLE), { recursive: true });
  expectStatus("npx lontar --version", attempt(npx, ["--no-install", "lontar", "--version"], project), 0);
  expectStatus(`npx lontar check --static ${EXAMPLE}`, attempt(npx, ["--no-install", "lontar", "check", "--static", EXAMPLE], project), 0);
  expectStatus(`npx lontar check ${EXAMPLE}`, attempt(npx, ["--no-install", "lontar", "check", EXAMPLE], project), 0);
  expectStatus(`cd ${EXAMPLE} && npx lontar plan .`, attempt(npx, ["--no-install", "lontar", "plan", ".", "--out", "../plan-out", "--threads", "2"], path.join(project, EXAMPLE)), 0);
  const written = readdirSync(path.join(project, "plan-out"));
  for (const file of ["plan.json", "calendar.ics", "occurrences.csv", "index.html"]) if (!written.includes(file)) throw new Error(`lontar plan did not write ${file}`);
  expectStatus("npx lontar explain LON2001", attempt(npx, ["--no-install", "lontar", "explain", "LON2001"], project), 0);
  // The examples ship with the package: `lontar demo <name>` plans one from anywhere.
  expectStatus("npx lontar demo langsa", attempt(npx, ["--no-install", "lontar", "demo", "langsa", "--out", "demo-out"], project), 0);
  if (!readdirSync(path.join(project, "demo-out")).includes("index.html")) throw new Error("lontar demo langsa did not write index.html");
  // `npm pack` of a package that depends on the workspace's own (workspace:*) writes a tarball npm cannot install: refused, naming pnpm.
  const npmPack = attempt(process.platform === "win32" ? "npm.cmd" : "npm", ["pack", "--dry-run"], path.join(ROOT, "packages", "dsl"));
  if (npmPack.status === 0 || !npmPack.output.includes("pnpm@10 pack")) throw new Error(`npm pack of @lontar/dsl was not refused:\n${npmPack.output}`);
  process.stdout.write("ok  npm pack of @lontar/dsl refused, naming pnpm pack\n");
  process.stdout.write("\npack-install test passed\n");
} finally {
  if (process.argv.includes("--keep")) process.stdout.write(`kept ${work}\n`);
  else rmSync(work, { recursive: true, force: true });
}
