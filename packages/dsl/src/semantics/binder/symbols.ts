import type { Diagnostic } from "../../diagnostics/diagnostic.js";
import type { Declaration, DeclarationKind, FileNode } from "../../syntax/ast.js";
import { relatedLocation } from "@lontar/core";
import { kindPhrase } from "../message-words.js";
import { FileDiagnostics, makeDiagnostic } from "../report.js";
import { copiesOf } from "./copied-files.js";
import { posix } from "./posix-path.js";
import { ShardedMap } from "./symbol-map.js";

/** A declared name: what it is and where. */
export interface SymbolInfo {
  /** The declared name. */
  readonly name: string;
  /** The kind of declaration. */
  readonly kind: DeclarationKind;
  /** The file that declares it. */
  readonly file: string;
  /** The declaration node. */
  readonly declaration: Declaration;
}

/** Every declaration of a workspace by name (the first, when a name is declared twice). */
export type SymbolTable = ReadonlyMap<string, SymbolInfo>;

/**
 * Collects the declarations of all files in order (files as given, then source order).
 * A name declared twice is LON2001 at the second, with the first as related location.
 */
export function collectSymbols(files: readonly FileNode[], diagnostics: Diagnostic[]): ShardedMap<SymbolInfo> {
  const symbols = new ShardedMap<SymbolInfo>();
  const copies = copiesOf(files.map((f) => f.path));
  const copied = new Map<string, CopiedFile>();
  for (const file of files) {
    // At most MAX_DIAGNOSTICS_PER_FILE built per file; the rest counted (one LON1006).
    const found = new FileDiagnostics(file.path, diagnostics);
    for (const item of file.items) {
      if (item.kind !== "Declaration") continue;
      const name = item.name.text;
      // One look-up: the symbol is added unless the name is there already.
      const first = symbols.addNew(name, { name, kind: item.declarationKind, file: file.path, declaration: item });
      const copy = first === undefined ? undefined : copies.get(file.path) === first.file ? file.path : copies.get(first.file) === file.path ? first.file : undefined;
      if (first !== undefined && copy !== undefined) {
        // A file saved again beside itself (`perpustakaan - Salin.lontar`): one error for the copy, below.
        const inCopy = copy === file.path ? item : first.declaration;
        const inOriginal = copy === file.path ? first.declaration : item;
        const known = copied.get(copy);
        if (known === undefined) copied.set(copy, { original: copies.get(copy) ?? "", count: 1, inCopy, inOriginal });
        else known.count++;
      } else if (first !== undefined) {
        found.add("LON2001", item.name.range, () =>
          makeDiagnostic("LON2001.alreadyDeclared", { name, kind: kindPhrase(first.kind) }, file.path, item.name.range, {
            related: [relatedLocation({ file: first.file, range: first.declaration.name.range }, "LON2001.firstDeclaration", { name })],
          }),
        );
      }
    }
    found.finish();
  }
  for (const [copy, { original, count, inCopy, inOriginal }] of copied) {
    diagnostics.push(
      makeDiagnostic("LON2001.copyOfFile", { copy: posix.basename(copy), original: posix.basename(original), count }, copy, inCopy.name.range, {
        related: [relatedLocation({ file: original, range: inOriginal.name.range }, "LON2001.declaredInOriginal", { original: posix.basename(original) })],
      }),
    );
  }
  return symbols;
}

/** A file that is a copy of another, and the names they share: the first of them in each. */
interface CopiedFile {
  readonly original: string;
  count: number;
  readonly inCopy: Declaration;
  readonly inOriginal: Declaration;
}
