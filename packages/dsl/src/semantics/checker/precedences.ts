import type { Diagnostic } from "../../diagnostics/diagnostic.js";
import type { Property } from "../../syntax/ast.js";
import type { BoundWorkspace } from "../binder/bind.js";
import { makeDiagnostic } from "../report.js";

interface Edge {
  readonly to: string;
  readonly file: string;
  readonly property: Property;
}

/**
 * Reports cyclic precedences (LON4005): `a before b` and `b before a` (or longer cycles,
 * `after` read backwards) cannot all hold. Iterative depth-first search; each cycle is
 * reported once, at the precedence that closes it, with the cycle in the message.
 */
export function checkPrecedences(bound: BoundWorkspace, diagnostics: Diagnostic[]): void {
  const edges = new Map<string, Edge[]>();
  const add = (from: string, edge: Edge): void => void edges.set(from, [...(edges.get(from) ?? []), edge]);
  const programs: string[] = [];
  for (const file of bound.files) {
    for (const item of file.items) {
      if (item.kind !== "Declaration" || item.declarationKind !== "program") continue;
      programs.push(item.name.text);
      for (const property of item.properties) {
        const value = property.value;
        if (value.kind !== "Precedence" || bound.symbols.get(value.program.name)?.kind !== "program") continue;
        // Edges point from the earlier program to the later one.
        if (value.relation === "before") add(item.name.text, { to: value.program.name, file: file.path, property });
        else add(value.program.name, { to: item.name.text, file: file.path, property });
      }
    }
  }
  const state = new Map<string, "open" | "done">();
  for (const start of programs) {
    if (state.has(start)) continue;
    const stack: { node: string; next: number }[] = [{ node: start, next: 0 }];
    state.set(start, "open");
    while (stack.length > 0) {
      const top = stack[stack.length - 1];
      if (top === undefined) break;
      const edge = edges.get(top.node)?.[top.next];
      if (edge === undefined) {
        state.set(top.node, "done");
        stack.pop();
        continue;
      }
      top.next++;
      const seen = state.get(edge.to);
      if (seen === "open") {
        const cycle = [...stack.slice(stack.findIndex((f) => f.node === edge.to)).map((f) => f.node), edge.to];
        diagnostics.push(makeDiagnostic("LON4005", `these programs must each run before the next, in a cycle: ${cycle.join(" → ")}`, edge.file, edge.property.range));
      } else if (seen === undefined) {
        state.set(edge.to, "open");
        stack.push({ node: edge.to, next: 0 });
      }
    }
  }
}
