/**
 * Completion of what only starts a file's line at its top level besides a declaration:
 * `impor` / `import` and `cakrawala` / `horizon`, and after `impor` the workspace's other
 * files, as the relative path the import writes (`"./sumber-daya.lontar"`).
 */
import { explainKeyword } from "@lontar/dsl";
import { CompletionItemKind, MarkupKind, type CompletionItem, type Position } from "vscode-languageserver";
import type { Snapshot } from "../analysis/snapshot.js";
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
export function relativeImport(from: string, file: string): string {
  const folder = from.split("/").slice(0, -1);
  const target = file.split("/");
  let shared = 0;
  while (shared < folder.length && shared < target.length - 1 && folder[shared] === target[shared]) shared++;
  const up = folder.length - shared;
  return `${up === 0 ? "./" : "../".repeat(up)}${target.slice(shared).join("/")}`;
}

/** The workspace-relative path an import of file `from` names (`./x.lontar`, `../x.lontar`, `x.lontar`). */
function resolveImport(from: string, written: string): string {
  const parts = from.split("/").slice(0, -1);
  for (const segment of written.split("/")) {
    if (segment === "..") parts.pop();
    else if (segment !== "." && segment !== "") parts.push(segment);
  }
  return parts.join("/");
}

/**
 * The workspace's files that file `path` does not import yet, nor imports it (directly or
 * through others: a cycle), each as the quoted
 * relative path; `quote` is where the `"` already typed starts on the cursor's line, if
 * one is: the item replaces it up to the cursor `position`, so no second quote is written, and
 * the quote right after the cursor when `closed` (the editor closed the pair).
 */
export function importItems(snapshot: Snapshot, path: string, position: Position, quote: number | undefined, closed = false): CompletionItem[] {
  const importsOf = (of: string): string[] => (snapshot.files.get(of)?.items ?? []).flatMap((item) => (item.kind === "Import" ? [resolveImport(of, item.path.value)] : []));
  const imported = new Set(importsOf(path));
  // A file that imports this one, or imports one that does, would make a cycle (LON2103's warning).
  const importers = new Set<string>([path]);
  for (let grown = true; grown; ) {
    grown = false;
    for (const other of snapshot.files.keys()) {
      if (importers.has(other) || !importsOf(other).some((i) => importers.has(i))) continue;
      importers.add(other);
      grown = true;
    }
  }
  // The closing quote an editor typed with the opening one (VS Code's auto-closing pairs) is replaced too.
  const range = { start: { line: position.line, character: quote ?? position.character }, end: closed && quote !== undefined ? { line: position.line, character: position.character + 1 } : position };
  return [...snapshot.files.keys()]
    .filter((other) => !importers.has(other) && !imported.has(other))
    .map((other) => relativeImport(path, other))
    .sort()
    .map((written) => ({ label: `"${written}"`, kind: CompletionItemKind.File, filterText: `"${written}"`, textEdit: { range, newText: `"${written}"` } }));
}
