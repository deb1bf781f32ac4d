import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { GUIDES, repo, tsBlocks } from "./sdk-docs-check.js";

// The SDK guide's code is what an app copies: each ```ts block of docs/sdk.md and its
// Indonesian mirror must compile against the sources, with the repository's strict settings
// (a block is a whole module; `declare const` stands for what the app has). An SDK walk found
// exportXlsx, WorkspaceSession and WorkspaceInput missing from the guide; their examples are
// blocks here too, and `@ts-expect-error` in them is checked (an error that went away fails).
describe("the SDK guide's code", () => {
  it("names exportXlsx, WorkspaceSession and WorkspaceInput in code, in both languages, in the same blocks", () => {
    const [english, indonesian] = GUIDES.map(tsBlocks);
    // Comments and messages are translated; the code's imports are the same, block for block.
    const imports = (code: string): string[] => code.split("\n").filter((line) => line.startsWith("import "));
    expect(indonesian?.map((b) => imports(b.code))).toEqual(english?.map((b) => imports(b.code)));
    const all = english?.map((b) => b.code).join("\n") ?? "";
    for (const name of ["exportXlsx(", "new WorkspaceSession(", "satisfies WorkspaceInput"]) expect(all).toContain(name);
  });

  it("compiles, every block of both guides", async () => {
    expect(GUIDES.flatMap(tsBlocks).length).toBeGreaterThanOrEqual(14);
    // In a process of its own (sdk-docs-check.ts): this worker stays free to answer vitest while the compiler works.
    const script = fileURLToPath(new URL("./sdk-docs-check.ts", import.meta.url));
    const { stdout } = await promisify(execFile)(process.execPath, ["--import", "tsx", script], { cwd: repo, maxBuffer: 64 * 1024 * 1024 });
    expect(JSON.parse(stdout)).toEqual([]);
  });
});
