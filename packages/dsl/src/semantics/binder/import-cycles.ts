import type { Diagnostic } from "../../diagnostics/diagnostic.js";
import type { ImportNode } from "../../syntax/ast.js";
import { edgesByNode, findCycles } from "../graph/find-cycles.js";
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
 * Reports each import that closes a cycle (LON2103), naming the whole cycle; every file is
 * visited once, so nothing can hang (see {@link findCycles}).
 */
export function findImportCycles(files: readonly string[], edges: readonly ImportEdge[]): Diagnostic[] {
  const graph = edgesByNode(edges.map((edge) => [edge.from, edge] as const));
  return findCycles(files, graph).map(({ closing, path }) =>
    makeDiagnostic("LON2103.cycle", { path: path.join(" → ") }, closing.from, closing.node.range),
  );
}
