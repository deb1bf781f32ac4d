import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { DIAGNOSTIC_CODES } from "../../src/diagnostics/codes.js";
import { SYNTAX_CODES } from "../../src/syntax/syntax-codes.js";

const here = fileURLToPath(new URL(".", import.meta.url));
const docs = join(here, "../../../../docs/diagnostics");
const src = join(here, "../../src");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : name.endsWith(".ts") ? [path] : [];
  });
}

describe("diagnostic codes", () => {
  const codes = Object.keys(DIAGNOSTIC_CODES);
  const pages = readdirSync(docs).filter((name) => /^LON\d{4}\.md$/.test(name)).map((name) => name.slice(0, -3));

  // LON1xxx pages belong to the syntax part (docs/diagnostics/LON1*.md); this part owns LON2xxx-LON5xxx.
  const semantic = codes.filter((code) => !code.startsWith("LON1"));

  it("every semantic code has a page whose heading names the code and its title", () => {
    for (const code of semantic) {
      expect(pages, code).toContain(code);
      const text = readFileSync(join(docs, `${code}.md`), "utf8");
      expect(text.split("\n")[0], code).toBe(`# ${code}: ${DIAGNOSTIC_CODES[code]?.title}`);
    }
  });

  it("every page documents a code of the table", () => {
    for (const page of pages) expect(codes, page).toContain(page);
  });

  it("every code the semantic stages can emit is in the table", () => {
    const emitted = new Set<string>();
    for (const path of [...sourceFiles(join(src, "semantics")), ...sourceFiles(join(src, "workspace"))]) {
      for (const match of readFileSync(path, "utf8").matchAll(/["`](LON\d{4})[."]/g)) emitted.add(match[1] ?? "");
    }
    expect(emitted.size).toBeGreaterThan(30);
    for (const code of emitted) expect(codes, code).toContain(code);
  });

  it("codes are well formed and in their ranges, and the syntax codes are in the table", () => {
    for (const code of codes) expect(code).toMatch(/^LON[1-5]\d{3}$/);
    for (const syntax of Object.values(SYNTAX_CODES)) expect(DIAGNOSTIC_CODES[syntax.code]?.title).toBe(syntax.title);
    expect(semantic.length).toBeGreaterThan(30);
  });
});
