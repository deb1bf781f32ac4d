import type { Diagnostic, Suggestion } from "../../diagnostics/diagnostic.js";
import type { Declaration, FileNode } from "../../syntax/ast.js";
import { relatedLocation, suggestion, type Labels } from "@lontar/core";
import { kindPhrase, kindsPhrase } from "../message-words.js";
import { FileDiagnostics, makeDiagnostic } from "../report.js";
import { collectReferences, type ReferenceUse } from "./references.js";
import { NameIndex } from "./suggest.js";
import type { SymbolTable } from "./symbols.js";

function neededKinds(use: ReferenceUse): Labels {
  return kindsPhrase(use.expected);
}

/** The declared names of each set of expected kinds, indexed once per workspace (for LON2002's suggestions). */
export class FittingNames {
  private readonly byKinds = new Map<string, NameIndex>();

  /** Indexes the names of `symbols` by the kinds asked for, on first use. */
  constructor(private readonly symbols: SymbolTable) {}

  /** The index of the declared names whose kind is one of `expected`. */
  of(expected: readonly string[]): NameIndex {
    const key = expected.join("|");
    let index = this.byKinds.get(key);
    if (index === undefined) {
      index = new NameIndex([...this.symbols.values()].filter((s) => expected.includes(s.kind)).map((s) => s.name));
      this.byKinds.set(key, index);
    }
    return index;
  }
}

function undefinedReference(file: string, use: ReferenceUse, symbols: SymbolTable, fitting: FittingNames): Diagnostic {
  const name = use.reference.name;
  const close = fitting.of(use.expected).close(name);
  const suggestions: Suggestion[] = close.slice(0, 3).map((candidate) => {
    const kind = symbols.get(candidate)?.kind;
    const what = kind === undefined ? { en: "a declaration", id: "deklarasi" } : kindPhrase(kind);
    // Only a single close candidate is a certain fix; several are advice.
    return suggestion("LON2002.namedExists", { kind: what, name: candidate }, close.length === 1 ? [{ location: { file, range: use.reference.range }, text: candidate }] : []);
  });
  return makeDiagnostic("LON2002.notDeclared", { name, needed: neededKinds(use) }, file, use.reference.range, { suggestions });
}

/**
 * What resolving one file's references read of the symbol table: each name looked up and
 * the declaration found (undefined when none), and whether any name was missing (then its
 * suggestions read every declared name). Its diagnostics stay right while each name still
 * finds the same declaration and, when one was missing, the declared names are the same.
 */
export interface ResolveLookups {
  /** Each name looked up, and the declaration it found. */
  readonly names: ReadonlyMap<string, Declaration | undefined>;
  /** Whether some name was not declared. */
  readonly missing: boolean;
}

/** Resolves the references of one file (see {@link resolveReferences}); returns what it looked up. */
export function resolveFileReferences(file: FileNode, symbols: SymbolTable, fitting: FittingNames, diagnostics: Diagnostic[]): ResolveLookups {
  const names = new Map<string, Declaration | undefined>();
  let missing = false;
  // Past MAX_DIAGNOSTICS_PER_FILE, problems are counted only: no close-name search, no message.
  const found = new FileDiagnostics(file.path, diagnostics);
  for (const use of collectReferences(file)) {
    const symbol = symbols.get(use.reference.name);
    names.set(use.reference.name, symbol?.declaration);
    if (symbol === undefined) {
      missing = true;
      found.add("LON2002", use.reference.range, () => undefinedReference(file.path, use, symbols, fitting));
    } else if (!use.expected.includes(symbol.kind)) {
      found.add(use.wrongKindCode, use.reference.range, () =>
        makeDiagnostic(`${use.wrongKindCode}.wrongKind`, { name: symbol.name, kind: kindPhrase(symbol.kind), needed: neededKinds(use) }, file.path, use.reference.range, {
          related: [relatedLocation({ file: symbol.file, range: symbol.declaration.name.range }, "note.declaredHere", { name: symbol.name })],
        }),
      );
    }
  }
  found.finish();
  return { names, missing };
}

/**
 * Resolves every reference of every file against the symbol table: a name declared
 * nowhere is LON2002 (with close names as suggestions), a name of the wrong kind is
 * LON2003 (or LON5001/LON5002 inside agreements).
 */
export function resolveReferences(files: readonly FileNode[], symbols: SymbolTable, diagnostics: Diagnostic[]): void {
  const fitting = new FittingNames(symbols);
  for (const file of files) resolveFileReferences(file, symbols, fitting, diagnostics);
}
