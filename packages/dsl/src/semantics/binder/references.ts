import { propertySyntax } from "../../language/table.js";
import type { Declaration, DeclarationKind, FileNode, NeedNode, Property, Reference } from "../../syntax/ast.js";

/** The resource declaration kinds an agreement may promise to provide. */
export const PROVIDABLE_KINDS: readonly DeclarationKind[] = ["collection", "equipment", "vehicle", "room", "staff", "volunteer"];

/** A place where a declaration is referred to, and what kinds fit there. */
export interface ReferenceUse {
  /** The reference as written. */
  readonly reference: Reference;
  /** Kinds that fit. */
  readonly expected: readonly DeclarationKind[];
  /** The code for a reference of the wrong kind: LON2003, or LON5001/LON5002 in agreements. */
  readonly wrongKindCode: "LON2003" | "LON5001" | "LON5002";
}

/** Adds a use of `reference`, when there is one. */
function use(into: ReferenceUse[], reference: Reference | undefined, expected: readonly DeclarationKind[], wrongKindCode: ReferenceUse["wrongKindCode"] = "LON2003"): void {
  if (reference !== undefined) into.push({ reference, expected, wrongKindCode });
}

const LIBRARY: readonly DeclarationKind[] = ["library"];
const PROGRAM: readonly DeclarationKind[] = ["program"];
const BUDGET: readonly DeclarationKind[] = ["budget"];
const PARTNER_OR_LIBRARY: readonly DeclarationKind[] = ["partner", "library"];
/** Each resource kind alone, as a need's expected kinds. */
const ONLY: Readonly<Record<NeedNode["resourceKind"], readonly DeclarationKind[]>> = {
  room: ["room"], vehicle: ["vehicle"], staff: ["staff"], volunteer: ["volunteer"], collection: ["collection"], equipment: ["equipment"],
};

/** The kinds a property's plain names refer to, from the language table; undefined when they name enum values or free sites. */
const referencedKinds = (key: string): readonly DeclarationKind[] | undefined => propertySyntax(key)?.references;

function propertyReferences(declaration: Declaration, property: Property, into: ReferenceUse[]): void {
  const value = property.value;
  switch (value.kind) {
    case "Needs":
      for (const need of value.needs) {
        use(into, need.resource, ONLY[need.resourceKind]);
        use(into, need.preferred, ONLY[need.resourceKind]);
      }
      return;
    case "Cost":
      return use(into, value.budget, BUDGET);
    case "Precedence":
      return use(into, value.program, PROGRAM);
    case "Between":
      use(into, value.library, LIBRARY, "LON5001");
      return use(into, value.partner, PARTNER_OR_LIBRARY, "LON5001");
    case "Provides":
      return use(into, value.resource, PROVIDABLE_KINDS, "LON5002");
    case "Hosts":
    case "Sessions":
      return use(into, value.program, PROGRAM, "LON5002");
    case "BudgetShare":
      use(into, value.program, PROGRAM, "LON5002");
      return use(into, value.budget, BUDGET, "LON5002");
    case "Reference": {
      const expected = referencedKinds(property.key);
      if (expected !== undefined && declaration.declarationKind !== "library") use(into, value, expected);
      return;
    }
    case "List": {
      const expected = referencedKinds(property.key);
      if (expected !== undefined) for (const item of value.items) if (item.kind === "Reference") use(into, item, expected);
      return;
    }
    default:
      return;
  }
}

/** Every reference to a declaration in a file, with the kinds that fit each. */
export function collectReferences(file: FileNode): ReferenceUse[] {
  const uses: ReferenceUse[] = [];
  for (const item of file.items) {
    if (item.kind !== "Declaration") continue;
    use(uses, item.at, LIBRARY);
    for (const property of item.properties) propertyReferences(item, property, uses);
  }
  return uses;
}
