import { chmodSync, lstatSync, mkdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { FORMAT_NAMES } from "../src/format/formatters.js";
import { run, tempDir } from "./support/run.js";
import { runProcess } from "./support/spawn.js";

// Only in files outside the workspace: no byte of it may reach any output.
const MARKER = "RAHASIA_c41d_OUTSIDE";
// A read that blocked would hang until this; the answers come long before.
const HANG_GUARD_MS = 60_000;

/** `ws/` (the workspace) beside `outside/secret.lontar`, with links and special files in `ws/`. */
async function layout(): Promise<{ cwd: string; outside: string }> {
  const cwd = tempDir();
  const ws = path.join(cwd, "ws");
  const outside = path.join(cwd, "outside");
  mkdirSync(ws);
  mkdirSync(outside);
  writeFileSync(path.join(outside, "secret.lontar"), `room ${MARKER} {\n  ${MARKER}\n`);
  symlinkSync(path.join(outside, "secret.lontar"), path.join(ws, "secret.lontar"));
  symlinkSync(outside, path.join(ws, "shared"));
  symlinkSync("/dev/zero", path.join(ws, "zero.lontar"));
  expect((await runProcess("mkfifo", [path.join(ws, "pipe.lontar")])).status).toBe(0);
  return { cwd, outside };
}

const cases = [
  ["a linked file pointing outside the root", "./secret.lontar", "LON2104"],
  ["a file in a linked folder pointing outside the root", "./shared/secret.lontar", "LON2104"],
  ["a link to /dev/zero", "./zero.lontar", "LON2104"],
  ["a FIFO", "./pipe.lontar", "LON2105"],
] as const;

describe("lontar check reads only regular files inside the workspace", () => {
  it.each(cases)(
    "an import of %s is refused with a diagnostic in every format, and nothing of its target is printed",
    async (_name, spec, code) => {
      const { cwd, outside } = await layout();
      writeFileSync(path.join(cwd, "ws", "main.lontar"), `import "${spec}"\n`);
      for (const format of FORMAT_NAMES) {
        const result = await run(["check", "ws", "--static", "--format", format], cwd);
        const output = result.stdout + result.stderr;
        expect(result.code, format).toBe(1);
        expect(output, format).toContain(code);
        expect(output, format).not.toContain(MARKER);
        expect(output, format).not.toContain(outside);
      }
    },
    HANG_GUARD_MS,
  );

  // Found by a review: the walk of a folder passed over its links and FIFOs in silence, so a
  // workspace whose file was a link out of it, or a pipe, was checked without it and passed.
  it(
    "a folder whose .lontar entries are links or FIFOs fails with each refused, not passed with them unread",
    async () => {
      const { cwd, outside } = await layout();
      writeFileSync(path.join(cwd, "ws", "main.lontar"), "room aula {\n  capacity 30\n}\n");
      symlinkSync("main.lontar", path.join(cwd, "ws", "alias.lontar"));
      const result = await run(["check", "ws", "--static"], cwd);
      const output = result.stdout + result.stderr;
      expect(result.code).toBe(1);
      for (const [file, code] of [["ws/secret.lontar", "LON2104"], ["ws/zero.lontar", "LON2104"], ["ws/pipe.lontar", "LON2105"]]) expect(output).toMatch(new RegExp(`${file}:1:1 .*${code}`));
      // A link to a file of the workspace is that file, read once.
      expect(output).not.toContain("alias.lontar");
      expect(output).not.toContain(MARKER);
      expect(output).not.toContain(outside);
    },
    HANG_GUARD_MS,
  );

  it.each([
    ["secret.lontar", "LON2104"],
    ["pipe.lontar", "LON2105"],
    ["zero.lontar", "LON2104"],
  ])(
    "a file named on the command line, %s, is refused the same way",
    async (file, code) => {
      const { cwd } = await layout();
      for (const format of FORMAT_NAMES) {
        const result = await run(["check", path.join("ws", file), "--static", "--format", format], cwd);
        expect(result.code, format).toBe(1);
        expect(result.stdout, format).toContain(code);
        expect(result.stdout + result.stderr, format).not.toContain(MARKER);
      }
    },
    HANG_GUARD_MS,
  );

  it("a link that stays inside the workspace is read", async () => {
    const cwd = tempDir();
    writeFileSync(path.join(cwd, "rooms.lontar"), "room aula {\n  capacity 30\n}\n");
    symlinkSync("rooms.lontar", path.join(cwd, "alias.lontar"));
    writeFileSync(path.join(cwd, "main.lontar"), 'import "./alias.lontar"\n');
    const result = await run(["check", "main.lontar", "--static", "--format", "json"], cwd);
    expect(result.stdout).not.toMatch(/LON210[2-7]/);
  });
});

describe("lontar fmt --write", () => {
  const MESSY = "room aula {capacity 60}\n";
  const TIDY = "room aula {\n  capacity 60\n}\n";

  it("keeps the file's mode", async () => {
    const cwd = tempDir();
    const file = path.join(cwd, "a.lontar");
    writeFileSync(file, MESSY);
    chmodSync(file, 0o600);
    expect((await run(["fmt", "--write", "a.lontar"], cwd)).code).toBe(0);
    expect(readFileSync(file, "utf8")).toBe(TIDY);
    expect(statSync(file).mode & 0o777).toBe(0o600);
  });

  it("writes through a link to its target and keeps the link", async () => {
    const cwd = tempDir();
    mkdirSync(path.join(cwd, "versions"));
    const target = path.join(cwd, "versions", "v2.lontar");
    writeFileSync(target, MESSY);
    chmodSync(target, 0o640);
    symlinkSync(path.join("versions", "v2.lontar"), path.join(cwd, "current.lontar"));
    expect((await run(["fmt", "--write", "current.lontar"], cwd)).code).toBe(0);
    expect(lstatSync(path.join(cwd, "current.lontar")).isSymbolicLink()).toBe(true);
    expect(readFileSync(target, "utf8")).toBe(TIDY);
    expect(statSync(target).mode & 0o777).toBe(0o640);
  });

  it(
    "refuses a link out of the folder and a FIFO, printing nothing of them",
    async () => {
      const { cwd, outside } = await layout();
      const result = await run(["fmt", "ws/secret.lontar", "ws/pipe.lontar"], cwd);
      expect(result.code).toBe(1);
      expect(result.stderr).toContain("LON2104");
      expect(result.stderr).toContain("LON2105");
      expect(result.stdout + result.stderr).not.toContain(MARKER);
      expect(readFileSync(path.join(outside, "secret.lontar"), "utf8")).toContain(MARKER);
    },
    HANG_GUARD_MS,
  );
});

describe("file names are escaped in every format", () => {
  const FORGED = "x\n::error file=evil.lontar::forged\n.lontar";

  it("a file name with a newline cannot forge a workflow command or a line in any output", async () => {
    const cwd = tempDir();
    writeFileSync(path.join(cwd, FORGED), "room aula {\n");
    for (const format of FORMAT_NAMES) {
      const result = await run(["check", ".", "--static", "--format", format], cwd);
      expect(result.code, format).toBe(1);
      const lines = result.stdout.split("\n");
      expect(lines.filter((line) => line.startsWith("::error file=evil")), format).toEqual([]);
      expect(lines.filter((line) => line.startsWith("::")).length, format).toBe(format === "github" ? 1 : 0);
      expect(result.stdout, format).not.toContain("\n::error file=evil");
    }
    const github = await run(["check", ".", "--static", "--format", "github"], cwd);
    expect(github.stdout).toContain("file=x%0A%3A%3Aerror file=evil.lontar%3A%3Aforged%0A.lontar,");
    const stylish = await run(["check", ".", "--static", "--format", "stylish"], cwd);
    expect(stylish.stdout).toContain("x␊::error file=evil.lontar::forged␊.lontar:");
  });

  it("fmt prints changed file names escaped", async () => {
    const cwd = tempDir();
    writeFileSync(path.join(cwd, FORGED), "room aula {capacity 60}\n");
    const result = await run(["fmt", "--check", "."], cwd);
    expect(result.stdout).toBe("x␊::error file=evil.lontar::forged␊.lontar\n");
  });
});
