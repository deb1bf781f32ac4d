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
});
