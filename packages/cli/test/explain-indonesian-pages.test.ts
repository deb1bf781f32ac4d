/**
 * The Bahasa Indonesia pages `lontar explain --lang id` prints quote the outputs' words as an
 * Indonesian reader sees them. Found by a user walk (Sulawesi Selatan): `lontar explain LON5101
 * --lang id` said the plan calls such an obligation "di luar rentang ini (`not in this window`)".
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { REPORT_WORDS } from "@lontar/planner/report";
import { describe, expect, it } from "vitest";
import { run, tempDir } from "./support/run.js";

const pages = fileURLToPath(new URL("../../../docs/id/diagnostics", import.meta.url));

describe("the Bahasa Indonesia diagnostic pages", () => {
  it("`lontar explain LON5101 --lang id` names an obligation outside the window in Indonesian only", async () => {
    const result = await run(["explain", "LON5101", "--lang", "id"], tempDir());
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("di luar rentang ini");
    expect(result.stdout).not.toMatch(/not in this\s+window/);
  });

  it("quote none of the report's English phrases in their prose (outside examples and the English summary)", () => {
    // Phrases of three words or more, without slots, that Indonesian does not spell alike.
    const english = Object.values(REPORT_WORDS)
      .filter((w: { readonly id: string; readonly en: string }) => w.en !== w.id && !w.en.includes("{") && w.en.split(" ").length >= 3)
      .map((w) => w.en);
    expect(english).toContain("not in this window");
    const found: string[] = [];
    for (const name of readdirSync(pages).filter((n) => n.endsWith(".md"))) {
      const prose = readFileSync(path.join(pages, name), "utf8")
        .replace(/```[\s\S]*?```/g, "")
        .split("\n")
        .filter((line) => !line.startsWith("> **Summary (English):**"))
        .join(" ")
        .replace(/\s+/g, " ");
      for (const phrase of english) if (prose.includes(phrase)) found.push(`${name}: ${phrase}`);
    }
    expect(found).toEqual([]);
  });
});
