import { propertySyntax } from "../../language/table.js";
import type { Declaration, DeclarationKind, FileNode, KeywordLanguage, NeedNode, Property, Reference } from "../../syntax/ast.js";
import { visitConditionNames } from "./condition-references.js";

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

/** What is told of each reference of a file (see {@link visitReferences}). */
export interface ReferenceVisitor {
  /**
   * A reference to a declaration, the kinds that fit there, and the code for one of the wrong
   * kind; for an agreement's library, `otherParty` is its partner (the two may be written the
   * other way round).
   */
  reference(reference: Reference, expected: readonly DeclarationKind[], wrongKindCode: ReferenceUse["wrongKindCode"], otherParty?: Reference, person?: PersonNeed): void;
  /** A site of a program's `sites` or `route`: a declared library or partner, or a place of its own, declared nowhere. */
  site?(site: Reference): void;
}

/**
 * A staff or volunteer named in a need (`butuh staf pustakawan`), in the language of the line's
 * keywords: a name declared nowhere may be a role the writer meant (`dengan peran pustakawan`).
 */
export interface PersonNeed {
  /** The language of the need's keywords, for the fix's words. */
  readonly lang: KeywordLanguage;
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

function propertyReferences(declaration: Declaration, property: Property, visitor: ReferenceVisitor): void {
  const value = property.value;
  switch (value.kind) {
    case "Needs":
      for (const need of value.needs) {
        const expected = ONLY[need.resourceKind];
        // `staf pustakawan`: a person named, who may be a role written where a name goes (see PersonNeed).
        const person = need.resourceKind === "staff" || need.resourceKind === "volunteer" ? { lang: property.valueLang ?? property.lang } : undefined;
        if (need.resource !== undefined) visitor.reference(need.resource, expected, "LON2003", undefined, person);
        if (need.preferred !== undefined) visitor.reference(need.preferred, expected, "LON2003");
      }
      return;
    case "Cost":
      if (value.budget !== undefined) visitor.reference(value.budget, BUDGET, "LON2003");
      return;
    case "Precedence":
      if (value.program !== undefined) visitor.reference(value.program, PROGRAM, "LON2003");
      return;
    case "Between":
      if (value.library !== undefined) visitor.reference(value.library, LIBRARY, "LON5001", value.partner);
      if (value.partner !== undefined) visitor.reference(value.partner, PARTNER_OR_LIBRARY, "LON5001");
      return;
    case "Provides":
      if (value.resource !== undefined) visitor.reference(value.resource, PROVIDABLE_KINDS, "LON5002");
      if (value.recipient !== undefined) visitor.reference(value.recipient, PARTNER_OR_LIBRARY, "LON5002");
      return;
    case "Hosts":
    case "Sessions":
      // A count's sites (`at tanah_garam`) are checked against the program's sites and route (LON5006), not here.
      if (value.program !== undefined) visitor.reference(value.program, PROGRAM, "LON5002");
      return;
    case "BudgetShare":
      if (value.program !== undefined) visitor.reference(value.program, PROGRAM, "LON5002");
      if (value.budget !== undefined) visitor.reference(value.budget, BUDGET, "LON5002");
      return;
    case "Reference": {
      const expected = referencedKinds(property.key);
      if (expected !== undefined && declaration.declarationKind !== "library") visitor.reference(value, expected, "LON2003");
      else if (expected === undefined && property.key === "sites") visitor.site?.(value);
      return;
    }
    case "List": {
      const expected = referencedKinds(property.key);
      if (expected !== undefined) {
        for (const item of value.items) if (item.kind === "Reference") visitor.reference(item, expected, "LON2003");
      } else if (property.key === "sites" && visitor.site !== undefined) {
        for (const item of value.items) if (item.kind === "Reference") visitor.site(item);
      }
      return;
    }
    case "Expr":
      visitConditionNames(value.expr, (name, kinds) => visitor.reference(name, kinds, "LON2003"));
      return;
    case "Route":
      if (visitor.site !== undefined) for (const site of value.sites) visitor.site(site);
      return;
    default:
      return;
  }
}

/** Tells `visitor` of every reference to a declaration in a file, in order, with the kinds that fit each. */
export function visitReferences(file: FileNode, visitor: ReferenceVisitor): void {
  for (const item of file.items) {
    if (item.kind !== "Declaration") continue;
    if (item.at !== undefined) visitor.reference(item.at, LIBRARY, "LON2003");
    for (const property of item.properties) propertyReferences(item, property, visitor);
  }
}

/** Every reference to a declaration in a file, with the kinds that fit each. */
export function collectReferences(file: FileNode): ReferenceUse[] {
  const uses: ReferenceUse[] = [];
  visitReferences(file, { reference: (reference, expected, wrongKindCode) => void uses.push({ reference, expected, wrongKindCode }) });
  return uses;
}
