import { plainRange } from "@lontar/core";
import type { Location, Range } from "../diagnostics/diagnostic.js";
import { collectReferences } from "../semantics/binder/references.js";
import type { DeclarationKind, FileNode } from "../syntax/ast.js";

/** A declaration of a document, for an editor's outline and symbol search. */
export interface DocumentSymbol {
  /** The declared name. */
  readonly name: string;
  /** Its kind (`room`, `program`, …). */
  readonly kind: DeclarationKind;
  /** The whole declaration. */
  readonly range: Range;
  /** Its name. */
  readonly selectionRange: Range;
}

/** A name as it appears in a file: declared there, or referred to. */
export interface NameOccurrence {
  /** The name. */
  readonly name: string;
  /** Where it is written. */
  readonly range: Range;
  /** True where it is declared, false where it is referred to. */
  readonly declaration: boolean;
}

const occurrencesOfFile = new WeakMap<FileNode, readonly NameOccurrence[]>();

/** Every declared and referred-to name of a file, in source order (computed once per tree). */
export function nameOccurrences(file: FileNode): readonly NameOccurrence[] {
  const known = occurrencesOfFile.get(file);
  if (known !== undefined) return known;
  const found: NameOccurrence[] = [];
  for (const item of file.items) if (item.kind === "Declaration") found.push({ name: item.name.text, range: item.name.range, declaration: true });
  for (const use of collectReferences(file)) found.push({ name: use.reference.name, range: use.reference.range, declaration: false });
  found.sort((a, b) => a.range.start.offset - b.range.start.offset);
  occurrencesOfFile.set(file, found);
  return found;
}

/** The declarations of a file, in source order. */
export function documentSymbols(file: FileNode): DocumentSymbol[] {
  return file.items.flatMap((item) =>
    item.kind === "Declaration" ? [{ name: item.name.text, kind: item.declarationKind, range: plainRange(item.range), selectionRange: plainRange(item.name.range) }] : [],
  );
}

/** The name written at `offset` of a file (its end included, as an editor's caret after a word), if any. */
export function nameAt(file: FileNode, offset: number): NameOccurrence | undefined {
  const all = nameOccurrences(file);
  let lo = 0;
  let hi = all.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const o = all[mid];
    if (o === undefined) break;
    if (offset < o.range.start.offset) hi = mid - 1;
    else if (offset > o.range.end.offset) lo = mid + 1;
    else return o;
  }
  return undefined;
}

/** Every place `name` is written in `files`: its declarations (when asked) and its references, by file then offset. */
export function occurrencesOf(name: string, files: readonly FileNode[], includeDeclarations: boolean): Location[] {
  const out: Location[] = [];
  for (const file of files) {
    for (const o of nameOccurrences(file)) if (o.name === name && (includeDeclarations || !o.declaration)) out.push({ file: file.path, range: plainRange(o.range) });
  }
  return out;
}
