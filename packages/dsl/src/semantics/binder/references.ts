import { propertySyntax } from "../../language/table.js";
import type { Declaration, DeclarationKind, FileNode, ObligationNode, Property, Reference } from "../../syntax/ast.js";

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

const use = (reference: Reference | undefined, expected: readonly DeclarationKind[], wrongKindCode: ReferenceUse["wrongKindCode"] = "LON2003"): ReferenceUse[] =>
  reference === undefined ? [] : [{ reference, expected, wrongKindCode }];

function obligationReferences(o: ObligationNode): ReferenceUse[] {
  switch (o.kind) {
    case "Provides":
      return use(o.resource, PROVIDABLE_KINDS, "LON5002");
    case "Hosts":
    case "Sessions":
      return use(o.program, ["program"], "LON5002");
    case "BudgetShare":
      return [...use(o.program, ["program"], "LON5002"), ...use(o.budget, ["budget"], "LON5002")];
  }
}

/** The kinds a property's plain names refer to, from the language table; undefined when they name enum values or free sites. */
const referencedKinds = (key: string): readonly DeclarationKind[] | undefined => propertySyntax(key)?.references;

function propertyReferences(declaration: Declaration, property: Property): ReferenceUse[] {
  const value = property.value;
  switch (value.kind) {
    case "Needs":
      return value.needs.flatMap((need) => [...use(need.resource, [need.resourceKind]), ...use(need.preferred, [need.resourceKind])]);
    case "Cost":
      return use(value.budget, ["budget"]);
    case "Precedence":
      return use(value.program, ["program"]);
    case "Between":
      return [...use(value.library, ["library"], "LON5001"), ...use(value.partner, ["partner", "library"], "LON5001")];
    case "Provides":
    case "Hosts":
    case "Sessions":
    case "BudgetShare":
      return obligationReferences(value);
    case "Reference": {
      const expected = referencedKinds(property.key);
      return expected !== undefined && declaration.declarationKind !== "library" ? use(value, expected) : [];
    }
    case "List": {
      const expected = referencedKinds(property.key);
      if (expected === undefined) return [];
      return value.items.flatMap((item) => (item.kind === "Reference" ? use(item, expected) : []));
    }
    default:
      return [];
  }
}

/** Every reference to a declaration in a file, with the kinds that fit each. */
export function collectReferences(file: FileNode): ReferenceUse[] {
  const uses: ReferenceUse[] = [];
  for (const item of file.items) {
    if (item.kind !== "Declaration") continue;
    uses.push(...use(item.at, ["library"]));
    for (const property of item.properties) uses.push(...propertyReferences(item, property));
  }
  return uses;
}
