import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";

// The SDK guide's code is what an app copies: each ```ts block of docs/sdk.md and its
// Indonesian mirror must compile against the sources, with the repository's strict settings
// (a block is a whole module; `declare const` stands for what the app has). An SDK walk found
// exportXlsx, WorkspaceSession and WorkspaceInput missing from the guide; their examples are
// blocks here too, and `@ts-expect-error` in them is checked (an error that went away fails).
const repo = fileURLToPath(new URL("../../../", import.meta.url));
const GUIDES = ["docs/sdk.md", "docs/id/sdk.md"] as const;

/** The ```ts blocks of a guide, with the line of each opening fence (1-based). */
function tsBlocks(guide: string): { readonly line: number; readonly code: string }[] {
  const lines = readFileSync(path.join(repo, guide), "utf8").split("\n");
  const blocks: { line: number; code: string }[] = [];
  for (let start = 0; start < lines.length; start++) {
    if (lines[start]?.trim() !== "```ts") continue;
    const end = lines.findIndex((line, at) => at > start && line.startsWith("```"));
    if (end === -1) throw new Error(`${guide}:${start + 1}: unclosed code block`);
    blocks.push({ line: start + 1, code: lines.slice(start + 1, end).join("\n") });
    start = end;
  }
  return blocks;
}

/** Each block as a module file beside this test (never written: the compiler host serves it), so that @lontar/* resolve. */
const virtual = new Map<string, string>();
for (const guide of GUIDES) {
  for (const block of tsBlocks(guide)) virtual.set(path.join(repo, "packages/playground/test/.sdk-docs", `${guide.replace(/\W/g, "-")}-${block.line}.ts`), block.code);
}

/** The type errors of every block, as `file:line: message`, checked in one program with tsconfig.base.json's options. */
function blockErrors(): string[] {
  const config = ts.readConfigFile(path.join(repo, "tsconfig.base.json"), (file) => ts.sys.readFile(file));
  const { options } = ts.parseJsonConfigFileContent(config.config, ts.sys, repo);
  const settings: ts.CompilerOptions = { ...options, noEmit: true, declaration: false, sourceMap: false };
  const host = ts.createCompilerHost(settings);
  const { fileExists, readFile, getSourceFile } = host;
  host.fileExists = (file) => virtual.has(file) || fileExists.call(host, file);
  host.readFile = (file) => virtual.get(file) ?? readFile.call(host, file);
  host.getSourceFile = (file, language, ...rest) => {
    const text = virtual.get(file);
    return text === undefined ? getSourceFile.call(host, file, language, ...rest) : ts.createSourceFile(file, text, language, true);
  };
  const program = ts.createProgram([...virtual.keys()], settings, host);
  return ts.getPreEmitDiagnostics(program).map((d) => {
    const where = d.file === undefined ? "" : `${path.relative(repo, d.file.fileName)}:${d.file.getLineAndCharacterOfPosition(d.start ?? 0).line + 1}: `;
    return `${where}${ts.flattenDiagnosticMessageText(d.messageText, "\n")}`;
  });
}

describe("the SDK guide's code", () => {
  it("names exportXlsx, WorkspaceSession and WorkspaceInput in code, in both languages, in the same blocks", () => {
    const [english, indonesian] = GUIDES.map(tsBlocks);
    // Comments and messages are translated; the code's imports are the same, block for block.
    const imports = (code: string): string[] => code.split("\n").filter((line) => line.startsWith("import "));
    expect(indonesian?.map((b) => imports(b.code))).toEqual(english?.map((b) => imports(b.code)));
    const all = english?.map((b) => b.code).join("\n") ?? "";
    for (const name of ["exportXlsx(", "new WorkspaceSession(", "satisfies WorkspaceInput"]) expect(all).toContain(name);
  });

  it("compiles, every block of both guides", () => {
    expect(virtual.size).toBeGreaterThanOrEqual(14);
    expect(blockErrors()).toEqual([]);
  });
});
