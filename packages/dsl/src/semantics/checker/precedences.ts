import type { Diagnostic } from "../../diagnostics/diagnostic.js";
import type { FileNode, Property } from "../../syntax/ast.js";
import type { BoundWorkspace } from "../binder/bind.js";
import { edgesByNode, findCycles } from "../graph/find-cycles.js";
import { makeDiagnostic } from "../report.js";

interface Edge {
  readonly to: string;
  readonly file: string;
  readonly property: Property;
}

/**
 * Reports cyclic precedences (LON4005): `a before b` and `b before a` (or longer cycles,
 * `after` read backwards) cannot all hold. Each cycle is reported once, at the precedence
 * that closes it, with the cycle in the message (see {@link findCycles}).
 */
export function checkPrecedences(bound: BoundWorkspace, diagnostics: Diagnostic[]): void {
  const precedences = new PrecedenceGraph(bound);
  for (const file of bound.files) precedences.add(file);
  precedences.check(diagnostics);
}

/**
 * {@link checkPrecedences} in parts: {@link add} each file of the workspace in order, then
 * {@link check} (the same diagnostics as checkPrecedences).
 */
export class PrecedenceGraph {
  private readonly pairs: (readonly [string, Edge])[] = [];
  private readonly programs: string[] = [];

  /** A graph of `bound`'s programs, with no file added yet. */
  constructor(private readonly bound: BoundWorkspace) {}

  /** Adds a file's programs and their precedences. */
  add(file: FileNode): void {
    for (const item of file.items) {
      if (item.kind !== "Declaration" || item.declarationKind !== "program") continue;
      this.programs.push(item.name.text);
      for (const property of item.properties) {
        const value = property.value;
        if (value.kind !== "Precedence" || this.bound.symbols.get(value.program.name)?.kind !== "program") continue;
        // Edges point from the earlier program to the later one.
        if (value.relation === "before") this.pairs.push([item.name.text, { to: value.program.name, file: file.path, property }]);
        else this.pairs.push([value.program.name, { to: item.name.text, file: file.path, property }]);
      }
    }
  }

  /** Reports each cycle of the files added (LON4005). */
  check(diagnostics: Diagnostic[]): void {
    for (const { closing, path } of findCycles(this.programs, edgesByNode(this.pairs))) {
      diagnostics.push(makeDiagnostic("LON4005.cycle", { path: path.join(" → ") }, closing.file, closing.property.range));
    }
  }
}
