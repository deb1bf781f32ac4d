/**
 * Single-mistake mutants of the example workspaces: every keyword with one letter
 * dropped or two adjacent letters swapped, and every closing brace dropped. Shared by the
 * typo test and the fuzz script.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { SourceFile } from "../../src/workspace/load.js";
import { WORDS } from "../../src/syntax/keywords.js";
import { tokenize } from "../../src/syntax/lexer/lexer.js";

/** The repository's examples folder. */
export const EXAMPLES_ROOT = join(import.meta.dirname, "../../../../examples");

/** One example workspace: its folder name and its files (paths relative to the folder). */
export interface ExampleWorkspace {
  /** The folder's name. */
  readonly name: string;
  /** Its `.lontar` files, in name order. */
  readonly files: readonly SourceFile[];
}

/** How a mutant was made. */
export type MutationKind = "drop-letter" | "swap-letters" | "drop-brace";

/** A workspace with one mistake in one file. */
export interface Mutant {
  /** The example it comes from. */
  readonly example: string;
  /** The mutated file. */
  readonly file: string;
  /** What was done. */
  readonly kind: MutationKind;
  /** The 1-based line of the mistake. */
  readonly line: number;
  /** The keyword as it should read (typos only). */
  readonly intended?: string;
  /** The mistyped word (typos only). */
  readonly typo?: string;
  /** The workspace's files, the mutated one changed. */
  readonly files: readonly SourceFile[];
}

/** The example workspaces, in folder order. */
export function exampleWorkspaces(root: string = EXAMPLES_ROOT): ExampleWorkspace[] {
  return readdirSync(root).sort().flatMap((name) => {
    let entries: string[];
    try {
      entries = readdirSync(join(root, name));
    } catch {
      return [];
    }
    const files = entries.filter((f) => f.endsWith(".lontar")).sort().map((f) => ({ path: f, text: readFileSync(join(root, name, f), "utf8") }));
    return files.length === 0 ? [] : [{ name, files }];
  });
}

/** The typos of a word: each letter dropped, each pair of adjacent different letters swapped. None is a keyword itself. */
export function typosOf(word: string): { kind: MutationKind; text: string }[] {
  const out: { kind: MutationKind; text: string }[] = [];
  const seen = new Set<string>([word]);
  const add = (kind: MutationKind, text: string): void => {
    if (text.length === 0 || seen.has(text) || WORDS.has(text) || !/^[A-Za-z_]/.test(text)) return;
    seen.add(text);
    out.push({ kind, text });
  };
  for (let i = 0; i < word.length; i++) add("drop-letter", word.slice(0, i) + word.slice(i + 1));
  for (let i = 0; i + 1 < word.length; i++) {
    if (word[i] !== word[i + 1]) add("swap-letters", word.slice(0, i) + (word[i + 1] ?? "") + (word[i] ?? "") + word.slice(i + 2));
  }
  return out;
}

function replaced(files: readonly SourceFile[], path: string, text: string): SourceFile[] {
  return files.map((f) => (f.path === path ? { path, text } : f));
}

/** Every single-keyword typo of every example, in a fixed order. */
export function keywordTypos(workspaces: readonly ExampleWorkspace[]): Mutant[] {
  const mutants: Mutant[] = [];
  for (const ws of workspaces) {
    for (const file of ws.files) {
      for (const token of tokenize(file.text).tokens) {
        if (!WORDS.has(token.image)) continue;
        for (const typo of typosOf(token.image)) {
          const text = file.text.slice(0, token.startOffset) + typo.text + file.text.slice(token.startOffset + token.image.length);
          mutants.push({ example: ws.name, file: file.path, kind: typo.kind, line: token.startLine ?? 1, intended: token.image, typo: typo.text, files: replaced(ws.files, file.path, text) });
        }
      }
    }
  }
  return mutants;
}

/** Every example with one closing brace dropped, for each closing brace. */
export function droppedBraces(workspaces: readonly ExampleWorkspace[]): Mutant[] {
  const mutants: Mutant[] = [];
  for (const ws of workspaces) {
    for (const file of ws.files) {
      for (const token of tokenize(file.text).tokens) {
        if (token.tokenType.name !== "RBrace") continue;
        const text = file.text.slice(0, token.startOffset) + file.text.slice(token.startOffset + 1);
        mutants.push({ example: ws.name, file: file.path, kind: "drop-brace", line: token.startLine ?? 1, files: replaced(ws.files, file.path, text) });
      }
    }
  }
  return mutants;
}

/** Every `step`-th item, starting at `offset`: a deterministic sample. */
export function everyNth<T>(items: readonly T[], step: number, offset = 0): T[] {
  return items.filter((_, i) => i % step === offset % step);
}
