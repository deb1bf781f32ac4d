import { propertySyntax, type Declaration, type DeclarationKind } from "@lontar/dsl";
import { SymbolKind, type DocumentSymbol, type WorkspaceSymbol } from "vscode-languageserver";
import { toRange } from "../analysis/positions.js";
import type { Snapshot } from "../analysis/snapshot.js";
import { declarationsOf } from "../analysis/syntax-walk.js";
import type { UriPaths } from "../analysis/uri-paths.js";
import { DECLARATION_TOKENS, spelling, type Lang } from "../language/language.js";

/** The LSP symbol kind of each declaration kind. */
const SYMBOL_KINDS: Readonly<Record<DeclarationKind, SymbolKind>> = {
  library: SymbolKind.Namespace,
  partner: SymbolKind.Class,
  room: SymbolKind.Variable,
  vehicle: SymbolKind.Variable,
  staff: SymbolKind.Variable,
  volunteer: SymbolKind.Variable,
  collection: SymbolKind.Variable,
  equipment: SymbolKind.Variable,
  budget: SymbolKind.Struct,
  program: SymbolKind.Function,
  agreement: SymbolKind.Interface,
  rule: SymbolKind.Event,
  kpi: SymbolKind.Constant,
};

function documentSymbol(d: Declaration, lang: Lang): DocumentSymbol {
  return {
    name: d.name.text,
    // The kind in the reader's language (`ruang`), as hover and completion say it.
    detail: spelling(DECLARATION_TOKENS[d.declarationKind], lang),
    kind: SYMBOL_KINDS[d.declarationKind],
    range: toRange(d.range),
    selectionRange: toRange(d.name.range),
    // Each property by its keyword as the file writes it (`judul` in an Indonesian file), not the model's key;
    // beside it the keyword in the reader's language (`jenjang` for `tier` to an Indonesian reader), never the English key to them.
    children: d.properties.map((p) => {
      const written = propertySyntax(p.key)?.written;
      return { name: written?.[p.lang] ?? p.key, detail: written?.[lang] ?? p.key, kind: SymbolKind.Property, range: toRange(p.range), selectionRange: toRange(p.range) };
    }),
  };
}

/** The outline of a file: its declarations (their kinds in `lang`), their properties inside (as written, their keywords in `lang` beside). */
export function documentSymbols(snapshot: Snapshot, path: string, lang: Lang): DocumentSymbol[] {
  const file = snapshot.files.get(path);
  return file === undefined ? [] : declarationsOf(file).map((d) => documentSymbol(d, lang));
}

/** Declarations of the workspace whose name contains the query's characters in order (case-insensitive), at most `limit`. */
export function workspaceSymbols(snapshot: Snapshot, paths: UriPaths, query: string, limit = 500): WorkspaceSymbol[] {
  const wanted = query.toLowerCase();
  const matches = (name: string): boolean => {
    let i = 0;
    for (const c of name.toLowerCase()) if (c === wanted[i]) i++;
    return i === wanted.length;
  };
  const out: WorkspaceSymbol[] = [];
  for (const [path, file] of snapshot.files) {
    for (const d of declarationsOf(file)) {
      if (out.length >= limit) return out;
      if (matches(d.name.text)) out.push({ name: d.name.text, kind: SYMBOL_KINDS[d.declarationKind], containerName: path, location: { uri: paths.uri(path), range: toRange(d.name.range) } });
    }
  }
  return out;
}
