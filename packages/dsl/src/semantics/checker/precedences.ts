import type { Diagnostic } from "../../diagnostics/diagnostic.js";
import type { Property } from "../../syntax/ast.js";
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
  const pairs: (readonly [string, Edge])[] = [];
  const add = (from: string, edge: Edge): void => void pairs.push([from, edge]);
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
  for (const { closing, path } of findCycles(programs, edgesByNode(pairs))) {
    diagnostics.push(makeDiagnostic("LON4005.cycle", { path: path.join(" → ") }, closing.file, closing.property.range));
  }
}
