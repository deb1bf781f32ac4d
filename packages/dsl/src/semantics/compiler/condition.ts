import { type Condition, type FactType, findFact, findFunction } from "@lontar/core";
import type { ExprNode } from "../../syntax/ast.js";
import { resolveWord } from "../condition-words.js";

const factType = (node: ExprNode): FactType | undefined => (node.kind === "Fact" ? findFact(node.path)?.type : node.kind === "Paren" ? factType(node.inner) : undefined);

/** A bare word (`jumat`, `"mobile_library"`, `implementation`) compared with a fact of `type`: the core value it means. */
function word(node: ExprNode, type: FactType | undefined): Condition | undefined {
  const text = node.kind === "Fact" && findFact(node.path) === undefined ? node.path : node.kind === "Literal" && typeof node.value === "string" ? node.value : undefined;
  if (text === undefined) return undefined;
  return { kind: "literal", value: (type === undefined ? undefined : resolveWord(type, text)) ?? text };
}

function operand(node: ExprNode, other: FactType | undefined): Condition {
  return word(node, other) ?? compileCondition(node);
}

/**
 * Compiles a checked condition to core's {@link Condition}: facts by their canonical
 * (English) names, functions likewise, times as `HH:mm` strings, and bare words compared
 * with an enum or stage fact as that fact's core value (`hari == jumat` → `weekday == "fri"`).
 */
export function compileCondition(node: ExprNode): Condition {
  switch (node.kind) {
    case "Literal":
      return { kind: "literal", value: node.value };
    case "TimeValue":
      return { kind: "literal", value: node.text };
    case "Fact": {
      const fact = findFact(node.path);
      return fact === undefined ? { kind: "literal", value: node.path } : { kind: "fact", name: fact.name };
    }
    case "Paren":
      return compileCondition(node.inner);
    case "Not":
      return { kind: "not", operand: compileCondition(node.operand) };
    case "Binary":
      return { kind: node.op === "&&" ? "and" : "or", left: compileCondition(node.left), right: compileCondition(node.right) };
    case "Compare":
      return { kind: "compare", op: node.op, left: operand(node.left, factType(node.right)), right: operand(node.right, factType(node.left)) };
    case "Match":
      return { kind: "match", subject: compileCondition(node.subject), pattern: node.pattern, flags: node.flags };
    case "In": {
      const type = factType(node.subject);
      const collection: Condition =
        node.collection.kind === "ListExpr" ? { kind: "list", items: node.collection.items.map((item) => operand(item, type)) } : compileCondition(node.collection);
      return { kind: "in", subject: compileCondition(node.subject), collection, negated: node.negated };
    }
    case "ListExpr":
      return { kind: "list", items: node.items.map(compileCondition) };
    case "Call":
      return { kind: "call", name: findFunction(node.callee)?.name ?? node.callee, args: node.args.map(compileCondition) };
  }
}
