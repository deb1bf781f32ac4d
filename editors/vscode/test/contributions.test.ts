import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

describe("the extension's contributions", () => {
  it("contribute no snippets of their own: the language server's completion offers the declaration snippets where a declaration may start (a snippet file offered them again, and inside a declaration too)", () => {
    const manifest = JSON.parse(readFileSync(path.join(import.meta.dirname, "../package.json"), "utf8")) as { contributes: Record<string, unknown> };
    expect(manifest.contributes).not.toHaveProperty("snippets");
  });

  it("contribute a setting that turns the plan's diagnostics off, on by default as the server's option is", () => {
    const manifest = JSON.parse(readFileSync(path.join(import.meta.dirname, "../package.json"), "utf8")) as { contributes: { configuration: { properties: Record<string, { type?: string; default?: unknown }> } } };
    expect(manifest.contributes.configuration.properties["lontar.planDiagnostics"]).toMatchObject({ type: "boolean", default: true });
  });

  it("say their commands and settings in English and Bahasa Indonesia: every %key% of the manifest has its words in package.nls.json and package.nls.id.json (a walk: the commands and settings were English only)", () => {
    const read = (file: string): string => readFileSync(path.join(import.meta.dirname, "..", file), "utf8");
    const keys = [...read("package.json").matchAll(/"%([\w.]+)%"/g)].map((m) => m[1]);
    expect(keys.length).toBeGreaterThanOrEqual(8);
    for (const file of ["package.nls.json", "package.nls.id.json"]) {
      const words = JSON.parse(read(file)) as Record<string, string>;
      expect(Object.keys(words).sort(), file).toEqual([...new Set(keys)].sort());
      for (const key of keys) expect(words[key ?? ""]?.length, `${file} ${key}`).toBeGreaterThan(0);
    }
    // Packaged with the extension (.vscodeignore leaves out all but what it names).
    expect(read(".vscodeignore")).toContain("!package.nls.id.json");
  });
});
