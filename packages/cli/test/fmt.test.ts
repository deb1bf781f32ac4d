import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { run, tempDir } from "./support/run.js";

const MESSY = "room aula at x{capacity 60}\n";
const TIDY = "room aula at x {\n  capacity 60\n}\n";
const BROKEN = "room {{{\n";

function workspace(files: Record<string, string>): string {
  const dir = tempDir();
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  return dir;
}

describe("lontar fmt", () => {
  it("prints the formatted text", async () => {
    const result = await run(["fmt", "a.lontar"], workspace({ "a.lontar": MESSY }));
    expect(result).toEqual({ code: 0, stdout: TIDY, stderr: "" });
  });

  it("prints several files each under a comment naming it, one blank line between them (one file alone has none)", async () => {
    const result = await run(["fmt", "."], workspace({ "a.lontar": MESSY, "b.lontar": TIDY }));
    expect(result).toEqual({ code: 0, stdout: `// ==> a.lontar <==\n${TIDY}\n// ==> b.lontar <==\n${TIDY}`, stderr: "" });
  });

  it("--check lists the files that would change and exits 1, without touching them", async () => {
    const cwd = workspace({ "a.lontar": MESSY, "b.lontar": TIDY });
    const result = await run(["fmt", "--check", "."], cwd);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe("a.lontar\n");
    expect(readFileSync(path.join(cwd, "a.lontar"), "utf8")).toBe(MESSY);
  });

  it("--write rewrites the files, after which --check passes", async () => {
    const cwd = workspace({ "a.lontar": MESSY, "b.lontar": TIDY });
    const written = await run(["fmt", "--write", "."], cwd);
    expect(written.code).toBe(0);
    expect(written.stdout).toBe("a.lontar\n");
    expect(readFileSync(path.join(cwd, "a.lontar"), "utf8")).toBe(TIDY);
    expect(await run(["fmt", "--check", "."], cwd)).toEqual({ code: 0, stdout: "", stderr: "" });
  });

  it("keeps a file's Windows line breaks: --write writes CRLF back, and --check passes on a formatted CRLF file", async () => {
    const crlf = (text: string): string => text.replace(/\n/g, "\r\n");
    const cwd = workspace({ "a.lontar": crlf(MESSY), "b.lontar": crlf(TIDY) });
    const written = await run(["fmt", "--write", "."], cwd);
    expect(written).toEqual({ code: 0, stdout: "a.lontar\n", stderr: "" });
    expect(readFileSync(path.join(cwd, "a.lontar"), "utf8")).toBe(crlf(TIDY));
    expect(await run(["fmt", "--check", "."], cwd)).toEqual({ code: 0, stdout: "", stderr: "" });
  });

  it("keeps a file's UTF-8 byte order mark (Notepad's \"UTF-8 with BOM\"): --write writes it back, and --check passes then", async () => {
    const cwd = workspace({ "a.lontar": `\uFEFF${MESSY}` });
    expect(await run(["fmt", "--write", "a.lontar"], cwd)).toEqual({ code: 0, stdout: "a.lontar\n", stderr: "" });
    expect(readFileSync(path.join(cwd, "a.lontar")).subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(readFileSync(path.join(cwd, "a.lontar"), "utf8")).toBe(`\uFEFF${TIDY}`);
    expect(await run(["fmt", "--check", "a.lontar"], cwd)).toEqual({ code: 0, stdout: "", stderr: "" });
  });

  it("leaves a file with syntax errors alone and reports them (exit 1)", async () => {
    const cwd = workspace({ "broken.lontar": BROKEN });
    const result = await run(["fmt", "--write", "broken.lontar"], cwd);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^broken\.lontar:1:6 {2}error {2}.* {2}LON1\d{3}$/m);
    expect(readFileSync(path.join(cwd, "broken.lontar"), "utf8")).toBe(BROKEN);
  });

  it("--write leaves a file that is not UTF-8 byte for byte (its lost letters would be written back as U+FFFD) and reports LON1007; reads and rewrites a UTF-16 file", async () => {
    const cwd = workspace({});
    // Windows-1252 ("ANSI"): curly quotes and é are not UTF-8.
    const ansi = Buffer.from('partner pkk {\r\n  name "TP PKK \x93Sukamaju\x94 Caf\xe9"\r\n  kind pkk\r\n}\r\n', "latin1");
    writeFileSync(path.join(cwd, "ansi.lontar"), ansi);
    const refused = await run(["fmt", "--write", "ansi.lontar"], cwd);
    expect(refused.code).toBe(1);
    expect(refused.stdout + refused.stderr).toContain("LON1007");
    expect(readFileSync(path.join(cwd, "ansi.lontar")).equals(ansi)).toBe(true);
    // UTF-16 with a byte order mark (Notepad's "Unicode") is text: formatted, and saved as UTF-8.
    writeFileSync(path.join(cwd, "unicode.lontar"), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(MESSY, "utf16le")]));
    expect((await run(["fmt", "--write", "unicode.lontar"], cwd)).code).toBe(0);
    expect(readFileSync(path.join(cwd, "unicode.lontar"), "utf8")).toBe(TIDY);
  });

  it("rejects --check with --write, and a missing path", async () => {
    expect((await run(["fmt", "--check", "--write", "."], tempDir())).code).toBe(2);
    expect((await run(["fmt", "--write"], tempDir())).code).toBe(2);
  });
});
