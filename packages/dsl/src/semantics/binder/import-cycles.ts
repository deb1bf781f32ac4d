import type { Diagnostic } from "../../diagnostics/diagnostic.js";
import type { ImportNode } from "../../syntax/ast.js";
import { edgesByNode, findCycles } from "../graph/find-cycles.js";
import { suggestion } from "@lontar/core";
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
 * Reports each import cycle (LON2103), naming the whole cycle, at the import most likely
 * added by mistake: the one of the cycle's imports that leads to the file the fewest files
 * import (a workspace's main file, imported by no one until a file it imports imports it
 * back), the one that closed the cycle in the search on a tie. An editor walk of stop 59 added
 * `impor "./utama.lontar"` to mitra.lontar, which utama and program import, and saw nothing
 * there: the warning stood on utama's import of mitra. Several cycles through one import are
 * one warning there. Every file is visited once, so nothing can hang (see {@link findCycles}).
 */
export function findImportCycles(files: readonly string[], edges: readonly ImportEdge[]): Diagnostic[] {
  const graph = edgesByNode(edges.map((edge) => [edge.from, edge] as const));
  const importers = new Map<string, number>();
  for (const edge of edges) importers.set(edge.to, (importers.get(edge.to) ?? 0) + 1);
  const told = new Set<ImportNode>();
  const found: Diagnostic[] = [];
  for (const { closing, path } of findCycles(files, graph)) {
    let at = closing;
    for (let i = 0; i + 1 < path.length; i++) {
      const edge = graph.get(path[i] ?? "")?.find((e) => e.to === path[i + 1]);
      if (edge !== undefined && (importers.get(edge.to) ?? 0) < (importers.get(at.to) ?? 0)) at = edge;
    }
    if (told.has(at.node)) continue;
    told.add(at.node);
    // Written to end with the import reported, as the search writes a cycle to end with the one that closed it.
    // A file importing itself adds nothing: deleting the import is certain (an editor walk of stop 59 had no quick fix).
    const itself = at.from === at.to ? { suggestions: [suggestion("note.deleteIt", {}, [{ location: { file: at.from, range: at.node.range }, text: "" }], true)] } : {};
    found.push(makeDiagnostic("LON2103.cycle", { path: cycleFrom(path, at.to).join(" → ") }, at.from, at.node.range, itself));
  }
  return found;
}

/** The cycle `path` (its first node repeated at its end) written from `start`, one of its nodes: `b → a → b` for `a → b → a` from `b`. */
function cycleFrom(path: readonly string[], start: string): readonly string[] {
  const ring = path.slice(0, -1);
  const at = ring.indexOf(start);
  if (at <= 0) return path;
  const turned = [...ring.slice(at), ...ring.slice(0, at)];
  return [...turned, start];
}
