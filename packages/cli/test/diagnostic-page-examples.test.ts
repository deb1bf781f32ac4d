import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { run, tempDir } from "./support/run.js";

// Every code's page (docs/diagnostics/<CODE>.md, and docs/id/diagnostics/<CODE>.md in
// Bahasa Indonesia) shows an example, and `lontar explain <CODE>` prints it: a planner who
// copies it into a file and runs `lontar check` must see that code, and only that code.
// An unlabelled ```lontar block is a file of its own; ```lontar [name.lontar] names it
// (an example in two files, one importing the other).

const docs = fileURLToPath(new URL("../../../docs", import.meta.url));

/**
 * Pages whose example is not a workspace to check, each with the reason. Everything else
 * must show a runnable example.
 */
const NOT_RUNNABLE: Readonly<Record<string, string>> = {
  LON1003: "the example is a file over the size limit (5 MB): too large for a page",
  LON1004: "the example is a binary file (a spreadsheet), not text",
  LON1006: "the example is a file with over 1,000 problems: the page shows its first lines",
  LON1999: "an internal fault: no input is known to cause it (any that does is a bug)",
  LON2104: "the example needs a symbolic link to a file outside the workspace",
  LON2105: "the example needs a device file or a named pipe",
  LON2106: "the example needs a file over the size limit",
  LON2107: "the example needs a file the checker may not read",
  LON2108: "the example is a call of analyzeFolder on a folder that is not there",
  LON2109: "the example is a call of analyzeWorkspace with one path given twice: lontar check reads each file once",
  LON2110: "the example is a call of analyzeWorkspace with 10,001 files: too many for a page",
  LON3107: "no check emits it: a pattern that is not a regular expression is LON1005 where it is written (the page says so)",
  LON3012: "the example is a compiled workspace in JSON (what an SDK user passes to core), not a rule file",
  LON3999: "an internal fault: no input is known to cause it (any that does is a bug)",
};

/** The ```lontar blocks of a page, as files: `[name]` labels name them, the others are example-N.lontar. */
function exampleFiles(page: string): { name: string; text: string }[] {
  return [...page.matchAll(/```lontar(?: \[([^\]\n]+)\])?\n([\s\S]*?)```/g)].map((match, i) => ({
    name: match[1] ?? `example-${i + 1}.lontar`,
    text: match[2] ?? "",
  }));
}

/** The codes `lontar check --format json` reports on a workspace of these files, in order. */
async function codesOf(files: readonly { name: string; text: string }[]): Promise<string[]> {
  const dir = tempDir();
  const ws = path.join(dir, "ws");
  mkdirSync(ws);
  for (const file of files) writeFileSync(path.join(ws, file.name), file.text);
  const result = await run(["check", "--format", "json", "ws"], dir);
  const report = JSON.parse(result.stdout) as { messages: { ruleId: string }[] }[];
  return report.flatMap((file) => file.messages.map((message) => message.ruleId));
}

const pages = readdirSync(path.join(docs, "diagnostics"))
  .filter((name) => /^LON\d{4}\.md$/.test(name))
  .map((name) => name.slice(0, -3))
  .sort();

describe("the examples of the diagnostic pages", () => {
  it("every exemption names a page that exists", () => {
    for (const code of Object.keys(NOT_RUNNABLE)) expect(pages, code).toContain(code);
    expect(pages.length).toBeGreaterThan(60);
  });

  for (const [language, folder] of [
    ["en", "diagnostics"],
    ["id", path.join("id", "diagnostics")],
  ] as const) {
    it(`each ${language} page's example, checked, gives its code and no other`, async () => {
      const wrong: string[] = [];
      let checked = 0;
      for (const code of pages) {
        if (NOT_RUNNABLE[code] !== undefined) continue;
        const files = exampleFiles(readFileSync(path.join(docs, folder, `${code}.md`), "utf8"));
        if (files.length === 0) {
          wrong.push(`${code}: no \`\`\`lontar example`);
          continue;
        }
        const codes = await codesOf(files);
        checked++;
        if (!codes.includes(code) || codes.some((other) => other !== code)) wrong.push(`${code}: gives ${codes.join(", ") || "nothing"}`);
      }
      expect(wrong).toEqual([]);
      expect(checked).toBeGreaterThan(50);
    }, 120_000);
  }
});
