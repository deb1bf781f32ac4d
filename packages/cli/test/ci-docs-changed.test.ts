/**
 * The snippet of docs/ci.md that checks only what a pull request changed, run as written (bash,
 * `set -o pipefail` as GitHub Actions runs it) in a scratch git repository, with a `lontar` on
 * the PATH that records the paths it is given: a deleted workspace, a deleted or moved file,
 * names with spaces and other letters, a change in a workspace's subfolder, and no `.lontar`
 * change at all.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { chmodSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { tempDir } from "./support/run.js";
import { REPO_ROOT } from "./support/spawn.js";

/** The `sh` block of a ci page that names `core.quotePath`. */
function changedSnippet(page: string): string {
  const markdown = readFileSync(path.join(REPO_ROOT, page), "utf8");
  const block = [...markdown.matchAll(/```sh\n([\s\S]*?)```/g)].map((match) => match[1] ?? "").find((code) => code.includes("core.quotePath"));
  if (block === undefined) throw new Error(`${page} has no snippet for a pull request's changes`);
  return block;
}

const SNIPPET = changedSnippet("docs/ci.md");

const GIT_ENV = { GIT_AUTHOR_NAME: "t", GIT_AUTHOR_EMAIL: "t@example.org", GIT_COMMITTER_NAME: "t", GIT_COMMITTER_EMAIL: "t@example.org", GIT_CONFIG_NOSYSTEM: "1", HOME: tempDir() };

function git(cwd: string, ...args: string[]): void {
  execFileSync("git", args, { cwd, env: { ...process.env, ...GIT_ENV }, stdio: "ignore" });
}

function write(root: string, file: string, text = "library x {}\n"): void {
  mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  writeFileSync(path.join(root, file), text);
}

/**
 * A clone whose `origin/main` holds three workspaces under rules/ (`kota` with a subfolder,
 * `desa`, `lama`) and a README, on a branch `pr` made by `change`; returns the clone.
 */
function pullRequest(change: (root: string) => void): string {
  const dir = tempDir();
  const origin = path.join(dir, "origin.git");
  const root = path.join(dir, "work");
  git(dir, "init", "-q", "--bare", "-b", "main", origin);
  git(dir, "clone", "-q", origin, root);
  git(root, "checkout", "-q", "-b", "main");
  write(root, "rules/kota/utama.lontar");
  write(root, "rules/kota/program/anak.lontar");
  write(root, "rules/desa/utama.lontar");
  write(root, "rules/lama/utama.lontar");
  write(root, "README.md", "# rules\n");
  git(root, "add", "-A");
  git(root, "commit", "-qm", "base");
  git(root, "push", "-q", "origin", "main");
  git(root, "checkout", "-q", "-b", "pr");
  change(root);
  git(root, "add", "-A");
  git(root, "commit", "-qm", "change", "--allow-empty");
  return root;
}

/** Runs the snippet in `root`; the paths `lontar` was given (NUL-separated, as received), and bash's exit code. */
function runSnippet(root: string, lontarExit = 0): { paths: string[][]; status: number | null } {
  const bin = path.join(tempDir(), "bin");
  const log = path.join(bin, "..", "calls");
  mkdirSync(bin);
  writeFileSync(log, "");
  // Each call on a line of its own, each argument ended by a NUL byte.
  writeFileSync(path.join(bin, "lontar"), `#!/bin/sh\nfor a in "$@"; do printf '%s\\0' "$a"; done >> '${log}'\necho >> '${log}'\nexit ${lontarExit}\n`);
  chmodSync(path.join(bin, "lontar"), 0o755);
  const result = spawnSync("bash", ["-eo", "pipefail", "-c", SNIPPET], { cwd: root, env: { ...process.env, ...GIT_ENV, PATH: `${bin}${path.delimiter}${process.env["PATH"] ?? ""}` }, encoding: "utf8" });
  const calls = readFileSync(log, "utf8").split("\n").filter(Boolean);
  return { paths: calls.map((call) => call.split("\0").filter(Boolean)), status: result.status };
}

describe("docs/ci.md's snippet for a pull request's changes", () => {
  it("is the same in the Indonesian page", () => {
    expect(changedSnippet("docs/id/ci.md").split("\n").slice(1)).toEqual(SNIPPET.split("\n").slice(1));
  });

  it("checks the workspace of a file changed in its subfolder, whole", { timeout: 60_000 }, () => {
    const root = pullRequest((r) => write(r, "rules/kota/program/anak.lontar", "library y {}\n"));
    expect(runSnippet(root)).toEqual({ paths: [["check", "rules/kota"]], status: 0 });
  });

  it("passes names with spaces and other letters through as they are", { timeout: 60_000 }, () => {
    const root = pullRequest((r) => {
      write(r, "rules/perpustakaan désa 2/mou baru ñ.lontar");
      write(r, "rules/desa/sub folder/ç.lontar");
    });
    expect(runSnippet(root)).toEqual({ paths: [["check", "rules/desa", "rules/perpustakaan désa 2"]], status: 0 });
  });

  it("skips a workspace the pull request deletes, and a folder no longer there", { timeout: 60_000 }, () => {
    const root = pullRequest((r) => {
      rmSync(path.join(r, "rules", "lama"), { recursive: true });
      write(r, "rules/kota/utama.lontar", "library y {}\n");
      write(r, "rules/desa/utama.lontar", "library y {}\n");
    });
    // A folder gone from the working tree since the commit (a job step that removed it).
    rmSync(path.join(root, "rules", "desa"), { recursive: true });
    expect(runSnippet(root)).toEqual({ paths: [["check", "rules/kota"]], status: 0 });
    const deletedOnly = pullRequest((r) => rmSync(path.join(r, "rules", "lama"), { recursive: true }));
    expect(runSnippet(deletedOnly)).toEqual({ paths: [], status: 0 });
    // A review: its .lontar files deleted but a README kept, the folder stays; it is not checked (`lontar check` would stop with exit 2), the others are.
    const keptReadme = pullRequest((r) => {
      rmSync(path.join(r, "rules", "lama", "utama.lontar"));
      write(r, "rules/lama/README.md", "# lama\n");
      write(r, "rules/desa/utama.lontar", "library y {}\n");
    });
    expect(runSnippet(keptReadme)).toEqual({ paths: [["check", "rules/desa"]], status: 0 });
  });

  // A CI walk: with `--diff-filter=d`, a pull request deleting `festival.lontar` from a workspace that still imports it checked nothing
  // and passed, and a file moved to another workspace checked only the new one.
  it("checks the workspace a file is deleted from, and both workspaces of a file moved between them", { timeout: 60_000 }, () => {
    expect(runSnippet(pullRequest((r) => rmSync(path.join(r, "rules", "kota", "program", "anak.lontar"))))).toEqual({ paths: [["check", "rules/kota"]], status: 0 });
    const moved = pullRequest((r) => execFileSync("git", ["mv", "rules/kota/program/anak.lontar", "rules/desa/anak.lontar"], { cwd: r, env: { ...process.env, ...GIT_ENV } }));
    expect(runSnippet(moved)).toEqual({ paths: [["check", "rules/desa", "rules/kota"]], status: 0 });
    // A workspace's only file moved out: the folder left holds none, and only the workspace it went to is checked.
    const emptied = pullRequest((r) => execFileSync("git", ["mv", "rules/desa/utama.lontar", "rules/kota/dari-desa.lontar"], { cwd: r, env: { ...process.env, ...GIT_ENV } }));
    expect(runSnippet(emptied)).toEqual({ paths: [["check", "rules/kota"]], status: 0 });
  });

  it("runs no check when no .lontar file changed, and fails the step when the check fails", { timeout: 60_000 }, () => {
    expect(runSnippet(pullRequest((r) => write(r, "README.md", "# more\n")))).toEqual({ paths: [], status: 0 });
    const failing = runSnippet(pullRequest((r) => write(r, "rules/desa/utama.lontar", "library y {}\n")), 1);
    expect(failing.paths).toEqual([["check", "rules/desa"]]);
    expect(failing.status).not.toBe(0);
  });
});
