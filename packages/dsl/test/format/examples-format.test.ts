import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { formatSource, parseFile, stripSyntaxDetails } from "@lontar/dsl";

const root = join(import.meta.dirname, "../../../../examples");
const files = readdirSync(root).flatMap((dir) =>
  readdirSync(join(root, dir)).filter((f) => f.endsWith(".lontar")).map((f) => join(root, dir, f)),
);

describe("formatting the example workspaces", () => {
  it.each(files)("%s: idempotent, same tree, comments kept", (file) => {
    const source = readFileSync(file, "utf8");
    const once = formatSource(source, file);
    expect(once.diagnostics).toEqual([]);
    expect(formatSource(once.text, file).text).toBe(once.text);
    expect(stripSyntaxDetails(parseFile(once.text, file).file)).toEqual(stripSyntaxDetails(parseFile(source, file).file));
    const comments = (text: string): string[] => text.split("\n").map((l) => l.trim()).filter((l) => l.startsWith("//"));
    expect(comments(once.text).sort()).toEqual(comments(source).sort());
  });
});

describe("formatSource", () => {
  it("keeps a file's Windows line breaks (those of its first line) on every line, and is idempotent with them", () => {
    for (const file of files) {
      const crlf = readFileSync(file, "utf8").replace(/\r?\n/g, "\r\n");
      const once = formatSource(crlf, file);
      expect(once.diagnostics).toEqual([]);
      expect(once.text.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
      expect(once.text.replace(/\r\n/g, "\n")).toBe(formatSource(crlf.replace(/\r\n/g, "\n"), file).text);
      expect(formatSource(once.text, file).changed).toBe(false);
    }
  });
  it("ends every line as the first line does, in a file of mixed line breaks", () => {
    const unix = "// a\nroom a at x {\r\n  // b\r\n  capacity 2\r\n}\r\n";
    expect(formatSource(unix, "a.lontar").text).toBe("// a\nroom a at x {\n  // b\n  capacity 2\n}\n");
    const windows = "// a\r\nroom a at x {\n  // b\n  capacity 2\n}\n";
    expect(formatSource(windows, "a.lontar").text).toBe("// a\r\nroom a at x {\r\n  // b\r\n  capacity 2\r\n}\r\n");
    expect(formatSource("room aula at x{capacity 60}", "a.lontar").text).toBe("room aula at x {\n  capacity 60\n}\n");
  });
  it("lays out a one-line declaration", () => {
    expect(formatSource("room aula at x{capacity 60}", "a.lontar").text).toBe("room aula at x {\n  capacity 60\n}\n");
  });
  it("refuses a file with syntax errors and returns it unchanged", () => {
    const source = "room aula { capacity }";
    const result = formatSource(source, "a.lontar");
    expect(result.text).toBe(source);
    expect(result.changed).toBe(false);
    expect(result.diagnostics.map((d) => d.code)).toContain("LON1101");
  });
  it("keeps each keyword's language", () => {
    const out = formatSource("ruang aula di x { kapasitas 60 }\nroom b at x { capacity 2 }", "a.lontar").text;
    expect(out).toBe("ruang aula di x {\n  kapasitas 60\n}\n\nroom b at x {\n  capacity 2\n}\n");
  });
  it("moves imports first, in their order", () => {
    const out = formatSource('room a {}\nimport "./b.lontar"\nimpor "./c.lontar"', "a.lontar").text;
    expect(out).toBe('import "./b.lontar"\nimpor "./c.lontar"\n\nroom a {}\n');
  });
  it("keeps trailing and own-line comments inside declarations", () => {
    const out = formatSource("room a {\n  // seats\n  capacity 60 // counted 2019\n  // end\n}", "a.lontar").text;
    expect(out).toBe("room a {\n  // seats\n  capacity 60 // counted 2019\n  // end\n}\n");
  });
});
