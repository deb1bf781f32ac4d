import type { Diagnostic } from "../../diagnostics/diagnostic.js";
import type { ImportNode } from "../../syntax/ast.js";
import { makeDiagnostic } from "../report.js";

/** One resolved import edge: the importing file, the node, and the imported file. */
export interface ImportEdge {
  /** Workspace-relative path of the importing file. */
  readonly from: string;
  /** Workspace-relative path of the imported file. */
  readonly to: string;
  /** The import statement. */
  readonly node: ImportNode;
}

/**
 * Reports each import that closes a cycle (LON2103), naming the whole cycle. Iterative
 * depth-first search with colours, so every file is visited once and nothing can hang.
 */
export function findImportCycles(files: readonly string[], edges: readonly ImportEdge[]): Diagnostic[] {
  const out = new Map<string, ImportEdge[]>();
  for (const edge of edges) out.set(edge.from, [...(out.get(edge.from) ?? []), edge]);
  const state = new Map<string, "open" | "done">();
  const diagnostics: Diagnostic[] = [];
  for (const start of files) {
    if (state.has(start)) continue;
    const stack: { file: string; next: number }[] = [{ file: start, next: 0 }];
    state.set(start, "open");
    while (stack.length > 0) {
      const top = stack[stack.length - 1];
      if (top === undefined) break;
      const edge = out.get(top.file)?.[top.next];
      if (edge === undefined) {
        state.set(top.file, "done");
        stack.pop();
        continue;
      }
      top.next++;
      const seen = state.get(edge.to);
      if (seen === "open") {
        const from = stack.findIndex((frame) => frame.file === edge.to);
        const cycle = [...stack.slice(from).map((frame) => frame.file), edge.to];
        diagnostics.push(makeDiagnostic("LON2103", `cyclic import: ${cycle.join(" → ")}`, edge.from, edge.node.range));
      } else if (seen === undefined) {
        state.set(edge.to, "open");
        stack.push({ file: edge.to, next: 0 });
      }
    }
  }
  return diagnostics;
}
