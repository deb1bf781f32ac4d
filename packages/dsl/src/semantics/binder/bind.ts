import type { Diagnostic } from "../../diagnostics/diagnostic.js";
import type { FileNode } from "../../syntax/ast.js";
import { resolveReferences } from "./resolve.js";
import { collectSymbols, type SymbolTable } from "./symbols.js";

/** What the binder learns about a workspace: its declarations by name. */
export interface BoundWorkspace {
  /** The files, in load order. */
  readonly files: readonly FileNode[];
  /** Declarations by name. */
  readonly symbols: SymbolTable;
}

/**
 * Binds a workspace: collects every declaration (LON2001 for a name declared twice) and
 * resolves every reference (LON2002 undefined, LON2003/LON5001/LON5002 wrong kind).
 * All files share one namespace: a folder of files is one workspace.
 */
export function bindWorkspace(files: readonly FileNode[], diagnostics: Diagnostic[]): BoundWorkspace {
  const symbols = collectSymbols(files, diagnostics);
  resolveReferences(files, symbols, diagnostics);
  return { files, symbols };
}

/**
 * The first half of {@link bindWorkspace}: collects the declarations (LON2001 for a name
 * declared twice) without resolving references, which the caller does file by file.
 */
export function bindWorkspaceSymbols(files: readonly FileNode[], diagnostics: Diagnostic[]): BoundWorkspace {
  return { files, symbols: collectSymbols(files, diagnostics) };
}
