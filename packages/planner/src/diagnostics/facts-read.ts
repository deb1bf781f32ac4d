import { findFact, type Condition } from "@lontar/core";

/**
 * The canonical names of the facts `conditions` read (`library.stage` for `perpustakaan.tahap`),
 * walked without recursion (a chain of 100,000 `&&` is a condition too).
 *
 * @example factsRead(agreement.conditions).has("library.stage")
 */
export function factsRead(conditions: readonly Condition[]): Set<string> {
  const names = new Set<string>();
  const stack: Condition[] = [...conditions];
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    switch (node.kind) {
      case "fact":
        names.add(findFact(node.name)?.name ?? node.name);
        break;
      case "not":
        stack.push(node.operand);
        break;
      case "and":
      case "or":
      case "compare":
        stack.push(node.left, node.right);
        break;
      case "match":
        stack.push(node.subject);
        break;
      case "in":
        stack.push(node.subject, node.collection);
        break;
      case "list":
        stack.push(...node.items);
        break;
      case "call":
        stack.push(...node.args);
        break;
      case "literal":
        break;
    }
  }
  return names;
}
