import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseCheckOptions } from "../src/commands/check-options.js";
import { workspaceTemplate } from "../src/init/templates.js";
import { run, tempDir, workspaceIn } from "./support/run.js";

const [starter] = workspaceTemplate("en");
// The starter workspace with an agreement the plan cannot keep: one session a quarter, forty asked.
const BROKEN = (starter?.text ?? "").replace(/at least \d+ sessions? of (\w+) per (\w+)/, "at least 40 sessions of $1 per $2");

/** A folder holding a workspace in `rules/`. */
const repository = (text: string): string => workspaceIn(text, "rules");

// Found by a CI walk: `lontar check` with no path was a usage error (exit 2); eslint 9, ruff
// and cargo check the folder they run in. With no path, check and plan take `.`.
describe("lontar check with no path", () => {
  it("checks the current folder, as `lontar check .` does, in every format", async () => {
    expect(BROKEN).toContain("at least 40 sessions of");
    const rules = path.join(repository(BROKEN), "rules");
    for (const format of ["stylish", "json", "sarif", "github", "junit", "codequality"]) {
      const implicit = await run(["check", "--format", format], rules);
      const explicit = await run(["check", "--format", format, "."], rules);
      expect(implicit, format).toEqual(explicit);
      expect(implicit.code, format).toBe(1);
    }
    expect((await run(["check"], rules)).stdout).toContain("LON5101");
  });

  it("reads the folder recursively, as a folder argument does", async () => {
    const root = repository(starter?.text ?? "");
    const result = await run(["check", "--format", "junit"], root);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('<testsuite name="rules/workspace.lontar"');
  });

  it("says so when the current folder holds no .lontar file (exit 2), in English and Bahasa Indonesia", async () => {
    const empty = tempDir();
    writeFileSync(path.join(empty, "README.md"), "# not a workspace\n");
    expect(await run(["check"], empty)).toEqual({
      code: 2,
      stdout: "",
      stderr: "lontar: no .lontar files in the current folder or below it: run lontar in the workspace's folder, or name its files or folders\n",
    });
    expect((await run(["check", "."], empty)).stderr).toContain("no .lontar files in the current folder");
    expect((await run(["check", "--lang", "id"], empty)).stderr).toBe(
      "lontar: tidak ada berkas .lontar di folder saat ini atau di bawahnya: jalankan lontar di folder ruang kerja, atau sebutkan berkas atau foldernya\n",
    );
    // A folder named keeps its name in the message.
    mkdirSync(path.join(empty, "kosong"));
    expect((await run(["check", "kosong"], empty)).stderr).toBe("lontar: no .lontar files in kosong\n");
  });

  // A CI walk: `lontar check ws/README.md ws/mou.lontar.bak ws/workspace.lontar` checked the .lontar file alone and said nothing of the others.
  it("says which named files it leaves out as not .lontar files, beside a .lontar file or a folder, in each language", { timeout: 60_000 }, async () => {
    const dir = workspaceIn(starter?.text ?? "");
    writeFileSync(path.join(dir, "ws", "README.md"), "# rules\n");
    writeFileSync(path.join(dir, "ws", "mou.lontar.bak"), "agreement x {}\n");
    const named = await run(["check", "ws/README.md", "ws/mou.lontar.bak", "ws/workspace.lontar"], dir);
    expect(named.code).toBe(0);
    expect(named.stderr).toBe("note: left out ws/README.md, ws/mou.lontar.bak: not .lontar files; rename a file meant to be checked to end in .lontar\n");
    expect((await run(["check", "--lang", "id", "ws", "ws/README.md"], dir)).stderr).toBe("catatan: ws/README.md dilewati: bukan berkas .lontar; ganti nama berkas yang perlu diperiksa agar berakhiran .lontar\n");
    // Named alone, a file is checked as given; and with only .lontar files nothing is said.
    expect((await run(["check", "ws/mou.lontar.bak"], dir)).code).toBe(1);
    expect((await run(["check", "ws/workspace.lontar"], dir)).stderr).toBe("");
  });

  it("keeps the options' checks: a value missing is still a usage error", async () => {
    expect(parseCheckOptions([], {})).toMatchObject({ paths: ["."], format: "stylish" });
    const result = await run(["check", "--max-warnings"], tempDir());
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^lontar: option '--max-warnings' needs a value\n\nUsage: lontar check/);
  });
});

describe("lontar plan with no path", () => {
  it("plans the current folder into --out, as `lontar plan .` does", { timeout: 120_000 }, async () => {
    const rules = path.join(repository(starter?.text ?? ""), "rules");
    const implicit = await run(["plan", "--out", "../implicit"], rules);
    const explicit = await run(["plan", ".", "--out", "../explicit"], rules);
    expect(implicit.code).toBe(0);
    expect(explicit.code).toBe(0);
    expect(readFileSync(path.join(rules, "../implicit/plan.json"), "utf8")).toBe(readFileSync(path.join(rules, "../explicit/plan.json"), "utf8"));
  });

  it("still needs --out, and says when the current folder holds no .lontar file", async () => {
    const empty = tempDir();
    expect((await run(["plan"], empty)).stderr).toMatch(/^lontar: missing --out <dir>\n/);
    expect(await run(["plan", "--out", "out"], empty)).toEqual({
      code: 2,
      stdout: "",
      stderr: "lontar: no .lontar files in the current folder or below it: run lontar in the workspace's folder, or name its files or folders\n",
    });
  });
});

// Found by a CI walk: `lontar check "$RULES"` with RULES unset passed '' and checked the working
// directory (path.resolve(cwd, "")) as if it had been named; `fmt --write ""` rewrote it.
describe("an empty path argument", () => {
  it.each([["check"], ["plan", "--out", "o"], ["fmt", "--write"], ["fmt", "--check"]])("is a usage error for %s (exit 2), and touches no file", async (...command) => {
    const cwd = repository("library  x {\n  tier city\n}\n");
    const before = readFileSync(path.join(cwd, "rules", "workspace.lontar"), "utf8");
    const result = await run([...command, "rules", ""], path.join(cwd));
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toMatch(/^lontar: an empty path \(''\) names no file or folder: is a variable unset\? Name the files or folders\n\nUsage: lontar /);
    expect(readFileSync(path.join(cwd, "rules", "workspace.lontar"), "utf8")).toBe(before);
  });

  it("is said in Bahasa Indonesia under --lang id", async () => {
    const result = await run(["check", "", "--lang", "id"], tempDir());
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^lontar: path kosong \(''\) tidak menyebut berkas atau folder apa pun: apakah ada variabel yang belum diisi\?/);
  });
});

// A walk of stop 59: `lontar fmt --check` with no path was a usage error while `lontar check` takes `.`.
describe("lontar fmt with no path", () => {
  it("checks or writes the current folder's files with --check or --write, as with `.`", async () => {
    const rules = path.join(repository("library  x {\n  tier city\n}\n"), "rules");
    const implicit = await run(["fmt", "--check"], rules);
    expect(implicit).toEqual(await run(["fmt", "--check", "."], rules));
    expect(implicit.code).toBe(1);
    expect((await run(["fmt", "--write"], rules)).code).toBe(0);
    expect(readFileSync(path.join(rules, "workspace.lontar"), "utf8")).toBe("library x {\n  tier city\n}\n");
    expect((await run(["fmt", "--check"], rules)).code).toBe(0);
  });

  it("still asks for a path to print, saying what --check and --write do without one", async () => {
    const result = await run(["fmt"], tempDir());
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^lontar: missing path: name the \.lontar files or folders whose formatted text to print, or give --check or --write/);
    expect((await run(["fmt", "--check"], tempDir())).stderr).toContain("no .lontar files in the current folder");
  });
});
