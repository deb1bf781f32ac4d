import { FoldingRangeKind, type FoldingRange, type Position, type SelectionRange } from "vscode-languageserver";
import { toRange } from "../analysis/positions.js";
import type { Snapshot } from "../analysis/snapshot.js";
import { scan } from "../language/scan.js";

/** Folding ranges: each node spanning several lines (declarations, long schedules), and runs of comment lines. */
export function foldingRanges(snapshot: Snapshot, path: string): FoldingRange[] {
  const out: FoldingRange[] = [];
  const seen = new Set<number>();
  for (const node of snapshot.nodes(path)) {
    if (node.kind === "File") continue;
    const start = node.range.start.line - 1;
    const end = node.range.end.line - 1;
    if (end > start && !seen.has(start)) {
      seen.add(start);
      out.push({ startLine: start, endLine: end, kind: FoldingRangeKind.Region });
    }
  }
  const lines = snapshot.lines(path);
  let runStart = -1;
  let runEnd = -1;
  const flush = (): void => {
    if (runEnd > runStart && runStart >= 0) out.push({ startLine: runStart, endLine: runEnd, kind: FoldingRangeKind.Comment });
    runStart = -1;
  };
  for (const piece of scan(snapshot.texts.get(path) ?? "")) {
    if (piece.kind !== "comment" && piece.kind !== "docComment") continue;
    const line = lines.position(piece.start).line;
    if (runStart >= 0 && line === runEnd + 1) runEnd = line;
    else {
      flush();
      runStart = line;
      runEnd = line;
    }
  }
  flush();
  return out.sort((a, b) => a.startLine - b.startLine);
}

/** For each position, the chain of nodes around it, innermost first (word, value, property, declaration, file). */
export function selectionRanges(snapshot: Snapshot, path: string, positions: readonly Position[]): SelectionRange[] {
  const lines = snapshot.lines(path);
  return positions.map((position) => {
    const offset = lines.offset(position);
    const around = snapshot.nodes(path).filter((n) => n.range.start.offset <= offset && offset <= n.range.end.offset);
    // Parents come before children in walk order: build from the outermost in.
    let parent: SelectionRange | undefined;
    let outer: { start: number; end: number } | undefined;
    for (const node of around) {
      const { start, end } = { start: node.range.start.offset, end: node.range.end.offset };
      if (outer !== undefined && (start < outer.start || end > outer.end || (start === outer.start && end === outer.end))) continue;
      outer = { start, end };
      const range = toRange(node.range);
      parent = parent === undefined ? { range } : { range, parent };
    }
    return parent ?? { range: { start: position, end: position } };
  });
}
