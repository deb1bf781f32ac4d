/**
 * Completion of what only starts a file's line at its top level besides a declaration:
 * `impor` / `import` and `cakrawala` / `horizon`, and after `impor` the workspace's other
 * files, as the relative path the import writes (`"./sumber-daya.lontar"`).
 */
import { explainKeyword, resolveImport } from "@lontar/dsl";
import { CompletionItemKind, MarkupKind, type CompletionItem, type Position } from "vscode-languageserver";
import type { Snapshot } from "../analysis/snapshot.js";
import { isFolderPath } from "../analysis/uri-paths.js";
import { spelling, type Lang } from "../language/language.js";

/** `impor` and `cakrawala` (`import`, `horizon`) in the file's language, documented in the reader's. */
export function statementItems(lang: Lang, uiLang: Lang): CompletionItem[] {
  return ["Import", "Horizon"].map((token) => {
    const word = spelling(token, lang);
    const doc = explainKeyword(word, uiLang);
    return { label: word, kind: CompletionItemKind.Keyword, ...(doc === undefined ? {} : { documentation: { kind: MarkupKind.Markdown, value: doc } }) };
  });
}

/** The path of `file` relative to the folder of `from` (both workspace-relative, `/`-separated), as an import writes it: `./x.lontar`, `../x.lontar`, `./sub/x.lontar`. */
function relativeImport(from: string, file: string): string {
  const folder = from.split("/").slice(0, -1);
  const target = file.split("/");
  let shared = 0;
  while (shared < folder.length && shared < target.length - 1 && folder[shared] === target[shared]) shared++;
  const up = folder.length - shared;
  return `${up === 0 ? "./" : "../".repeat(up)}${target.slice(shared).join("/")}`;
}

/**
 * The workspace's files that file `path` does not import yet, nor imports it (directly or
 * through others: a cycle), each as the quoted
 * relative path; `quote` is where the `"` already typed starts on the cursor's line, if
 * one is: the item replaces it up to the cursor `position`, so no second quote is written, and
 * the quote right after the cursor when `closed` (the editor closed the pair).
 */
export function importItems(snapshot: Snapshot, path: string, position: Position, quote: number | undefined, closed = false): CompletionItem[] {
  // Each file's imports, resolved as the analysis resolves them (one that leaves the workspace names no file), once.
  const importedBy = new Map<string, string[]>();
  let imported = new Set<string>();
  for (const [file, parsed] of snapshot.files) {
    const targets = parsed.items.flatMap((item) => {
      const target = item.kind === "Import" ? resolveImport(file, item.path.value) : undefined;
      return target?.ok === true ? [target.path] : [];
    });
    if (file === path) imported = new Set(targets);
    for (const target of targets) importedBy.set(target, [...(importedBy.get(target) ?? []), file]);
  }
  // A file that imports this one, or imports one that does, would make a cycle (LON2103's warning): the import edges walked back once.
  const importers = new Set<string>([path]);
  for (const reached of importers) for (const importer of importedBy.get(reached) ?? []) importers.add(importer);
  // The closing quote an editor typed with the opening one (VS Code's auto-closing pairs) is replaced too.
  const range = { start: { line: position.line, character: quote ?? position.character }, end: closed && quote !== undefined ? { line: position.line, character: position.character + 1 } : position };
  // A document outside the workspace folder (a URI kept whole: `untitled:Untitled-1`) is no file an import can name.
  return [...snapshot.files.keys()]
    .filter((other) => isFolderPath(other) && !importers.has(other) && !imported.has(other))
    .map((other) => relativeImport(path, other))
    .sort()
    .map((written) => ({ label: `"${written}"`, kind: CompletionItemKind.File, filterText: `"${written}"`, textEdit: { range, newText: `"${written}"` } }));
}
