import type { Diagnostic, Suggestion } from "../../diagnostics/diagnostic.js";
import type { FileNode } from "../../syntax/ast.js";
import { makeDiagnostic } from "../report.js";
import { collectReferences, type ReferenceUse } from "./references.js";
import { closeNames } from "./suggest.js";
import { describeKind, type SymbolTable } from "./symbols.js";

function neededKinds(use: ReferenceUse): string {
  return use.expected.map(describeKind).join(" or ");
}

function undefinedReference(file: string, use: ReferenceUse, symbols: SymbolTable): Diagnostic {
  const name = use.reference.name;
  const fitting = [...symbols.values()].filter((s) => use.expected.includes(s.kind)).map((s) => s.name);
  const close = closeNames(name, fitting);
  const suggestions: Suggestion[] = close.slice(0, 3).map((candidate) => {
    const kind = symbols.get(candidate)?.kind;
    return {
      message: `${kind === undefined ? "a declaration" : describeKind(kind)} named \`${candidate}\` exists`,
      // Only a single close candidate is a certain fix; several are advice.
      edits: close.length === 1 ? [{ location: { file, range: use.reference.range }, text: candidate }] : [],
    };
  });
  return makeDiagnostic("LON2002", `\`${name}\` is not declared; ${neededKinds(use)} is needed here`, file, use.reference.range, { suggestions });
}

/**
 * Resolves every reference of every file against the symbol table: a name declared
 * nowhere is LON2002 (with close names as suggestions), a name of the wrong kind is
 * LON2003 (or LON5001/LON5002 inside agreements).
 */
export function resolveReferences(files: readonly FileNode[], symbols: SymbolTable, diagnostics: Diagnostic[]): void {
  for (const file of files) {
    for (const use of collectReferences(file)) {
      const symbol = symbols.get(use.reference.name);
      if (symbol === undefined) {
        diagnostics.push(undefinedReference(file.path, use, symbols));
      } else if (!use.expected.includes(symbol.kind)) {
        diagnostics.push(
          makeDiagnostic(use.wrongKindCode, `\`${symbol.name}\` is ${describeKind(symbol.kind)}, but ${neededKinds(use)} is needed here`, file.path, use.reference.range, {
            related: [{ location: { file: symbol.file, range: symbol.declaration.name.range }, message: `\`${symbol.name}\` is declared here` }],
          }),
        );
      }
    }
  }
}
