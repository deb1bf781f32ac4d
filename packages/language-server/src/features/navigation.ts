import { isNameText, resolveImport, type Range as DslRange } from "@lontar/dsl";
import { DocumentHighlightKind, type DocumentHighlight, type Location, type Position, type Range, type WorkspaceEdit } from "vscode-languageserver";
import { toRange } from "../analysis/positions.js";
import type { Snapshot } from "../analysis/snapshot.js";
import type { UriPaths } from "../analysis/uri-paths.js";
import { isKeyword } from "../language/language.js";

/** A name under the cursor: a declaration's name or a reference to one. */
export interface NameAt {
  /** The name. */
  readonly name: string;
  /** Where it is written. */
  readonly range: DslRange;
  /** Whether it is the declaration itself. */
  readonly declares: boolean;
}

/** One place a name is written. */
export interface NameUse {
  /** The file. */
  readonly path: string;
  /** Where. */
  readonly range: DslRange;
  /** Whether it is the declaration. */
  readonly declares: boolean;
}

/** The name at a position of a file, if the cursor is on one. */
export function nameAt(snapshot: Snapshot, path: string, position: Position): NameAt | undefined {
  const offset = snapshot.lines(path).offset(position);
  for (const node of snapshot.nodes(path)) {
    if (node.kind !== "Name" && node.kind !== "Reference") continue;
    if (node.range.start.offset > offset || node.range.end.offset < offset) continue;
    const name = node.kind === "Name" ? node.node["text"] : node.node["name"];
    if (typeof name === "string") return { name, range: node.range, declares: node.kind === "Name" && node.parent?.kind === "Declaration" };
  }
  return undefined;
}

/** Every place a name is written in the workspace (declarations included). */
export function usesOf(snapshot: Snapshot, name: string): NameUse[] {
  const uses: NameUse[] = [];
  for (const path of snapshot.files.keys()) {
    for (const node of snapshot.nodes(path)) {
      if (node.kind === "Reference" && node.node["name"] === name) uses.push({ path, range: node.range, declares: false });
      else if (node.kind === "Name" && node.parent?.kind === "Declaration" && node.node["text"] === name) uses.push({ path, range: node.range, declares: true });
    }
  }
  return uses;
}

/** Where the name at a position is declared. */
export function definition(snapshot: Snapshot, paths: UriPaths, path: string, position: Position): Location | undefined {
  const at = nameAt(snapshot, path, position);
  const declared = at === undefined ? undefined : snapshot.symbols.get(at.name);
  return declared === undefined ? importedFile(snapshot, paths, path, position) : { uri: paths.uri(declared.path), range: toRange(declared.declaration.name.range) };
}

/** The start of the file an `import "…"` under the cursor loads, when the workspace holds it (an editor walk: none was given). */
function importedFile(snapshot: Snapshot, paths: UriPaths, path: string, position: Position): Location | undefined {
  const offset = snapshot.lines(path).offset(position);
  for (const item of snapshot.files.get(path)?.items ?? []) {
    if (item.kind !== "Import" || item.path.range.start.offset > offset || item.path.range.end.offset < offset) continue;
    const target = resolveImport(path, item.path.value);
    if (!target.ok || !snapshot.files.has(target.path)) return undefined;
    return { uri: paths.uri(target.path), range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } };
  }
  return undefined;
}

/** Every place the name at a position is written, across the workspace. */
export function references(snapshot: Snapshot, paths: UriPaths, path: string, position: Position, includeDeclaration: boolean): Location[] {
  const at = nameAt(snapshot, path, position);
  if (at === undefined) return [];
  return usesOf(snapshot, at.name)
    .filter((u) => includeDeclaration || !u.declares)
    .map((u) => ({ uri: paths.uri(u.path), range: toRange(u.range) }));
}

/** The places in this file where the name at a position is written (the declaration as a write). */
export function highlights(snapshot: Snapshot, path: string, position: Position): DocumentHighlight[] {
  const at = nameAt(snapshot, path, position);
  if (at === undefined) return [];
  return usesOf(snapshot, at.name)
    .filter((u) => u.path === path)
    .map((u) => ({ range: toRange(u.range), kind: u.declares ? DocumentHighlightKind.Write : DocumentHighlightKind.Read }));
}

/** The range of a name that may be renamed at a position; undefined on keywords, literals and undeclared names. */
export function prepareRename(snapshot: Snapshot, path: string, position: Position): { range: Range; placeholder: string } | undefined {
  const at = nameAt(snapshot, path, position);
  if (at === undefined || !snapshot.symbols.has(at.name)) return undefined;
  return { range: toRange(at.range), placeholder: at.name };
}

/** Why a new name is refused (as a message key), or undefined when it is valid. */
export function invalidName(snapshot: Snapshot, oldName: string, newName: string): "notAName" | "keyword" | "taken" | undefined {
  if (!isNameText(newName)) return "notAName";
  if (isKeyword(newName)) return "keyword";
  if (newName !== oldName && snapshot.symbols.has(newName)) return "taken";
  return undefined;
}

/** The edits renaming the name at a position everywhere. */
export function renameEdits(snapshot: Snapshot, paths: UriPaths, path: string, position: Position, newName: string): WorkspaceEdit {
  const at = nameAt(snapshot, path, position);
  if (at === undefined) return { changes: {} };
  const changes: Record<string, { range: Range; newText: string }[]> = {};
  for (const use of usesOf(snapshot, at.name)) (changes[paths.uri(use.path)] ??= []).push({ range: toRange(use.range), newText: newName });
  return { changes };
}
