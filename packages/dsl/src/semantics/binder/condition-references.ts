/**
 * The declarations a condition names by their identifiers: `program.id == dongeng_sabtu`,
 * `program.perpustakaan dalam [perpus_a, perpus_b]`, `sdn_1 dalam program.mitra`. Such a name
 * is a reference like any other (LON2002 when declared nowhere, with the close names): a rule
 * that compares a program's id with a misspelt name never holds, and said nothing.
 */
import { findFact } from "@lontar/core";
import type { DeclarationKind, ExprNode, Reference, SyntaxNode } from "../../syntax/ast.js";
import { walkNodes } from "../../syntax/walk.js";
import { isNameText } from "../../syntax/lexer/tokens.js";

/** The facts whose values are identifiers of declarations, by canonical name, and the kinds they name. */
const NAMING_FACTS: ReadonlyMap<string, readonly DeclarationKind[]> = new Map<string, readonly DeclarationKind[]>([
  ["program.id", ["program"]],
  ["program.library", ["library"]],
  ["library.id", ["library"]],
  ["program.partners", ["partner", "library"]],
]);

/** The kinds a fact node names, when it is one of {@link NAMING_FACTS}. */
function namedKinds(node: SyntaxNode): readonly DeclarationKind[] | undefined {
  return node.kind === "Fact" ? NAMING_FACTS.get(node.path) : undefined;
}

/** A bare word or a text compared with such a fact, as the reference it is (`dongeng_sabtu`, `"dongeng_sabtu"`). */
function nameOf(node: ExprNode): Reference | undefined {
  if (node.kind === "Fact" && !node.path.includes(".") && findFact(node.path) === undefined) return { kind: "Reference", range: node.range, name: node.path };
  if (node.kind === "Literal" && typeof node.value === "string" && isNameText(node.value)) return { kind: "Reference", range: node.range, name: node.value };
  return undefined;
}

/** Tells `reference` of the names compared in `node` (one comparison or `in`) with a fact naming declarations, and their kinds. */
function comparedNames(node: SyntaxNode, reference: (name: Reference, kinds: readonly DeclarationKind[]) => void): void {
  if (node.kind === "Compare" && (node.op === "==" || node.op === "!=")) {
    const [fact, value] = namedKinds(node.left) !== undefined ? [node.left, node.right] : [node.right, node.left];
    const kinds = namedKinds(fact);
    const name = kinds === undefined ? undefined : nameOf(value);
    if (kinds !== undefined && name !== undefined) reference(name, kinds);
  } else if (node.kind === "In") {
    const subjectKinds = namedKinds(node.subject);
    if (subjectKinds !== undefined && node.collection.kind === "ListExpr") {
      for (const item of node.collection.items) {
        const name = nameOf(item);
        if (name !== undefined) reference(name, subjectKinds);
      }
    }
    const collectionKinds = namedKinds(node.collection);
    const name = collectionKinds === undefined ? undefined : nameOf(node.subject);
    if (collectionKinds !== undefined && name !== undefined) reference(name, collectionKinds);
  }
}

/** Calls `reference` for each declaration's name compared in `expr` with a fact naming declarations, in order (syntax/walk.ts's walker: a deep condition cannot overflow the stack). */
export function visitConditionNames(expr: ExprNode, reference: (name: Reference, kinds: readonly DeclarationKind[]) => void): void {
  walkNodes(expr, (node) => comparedNames(node, reference));
}
