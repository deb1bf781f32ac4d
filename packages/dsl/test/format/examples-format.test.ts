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
