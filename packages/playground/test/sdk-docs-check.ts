/**
 * The type check of the SDK guide's code blocks (see sdk-docs.test.ts), run in a process of its
 * own: the compiler works for tens of seconds without a pause, and in a test worker that long a
 * block of work starves vitest's messages to the worker (its 60 s "Timeout calling onTaskUpdate"
 * on a busy machine). Run as a script it prints the errors as JSON; imported, it gives the blocks.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";

/** The repository's root. */
export const repo = fileURLToPath(new URL("../../../", import.meta.url));
/** The guides whose ts blocks are checked. */
export const GUIDES = ["docs/sdk.md", "docs/id/sdk.md"] as const;

/** The ```ts blocks of a guide, with the line of each opening fence (1-based). */
export function tsBlocks(guide: string): { readonly line: number; readonly code: string }[] {
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


if (process.argv[1] === fileURLToPath(import.meta.url)) process.stdout.write(JSON.stringify(blockErrors()));
