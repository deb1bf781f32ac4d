import { diagnosticFromMessage, type Issue, type Labels } from "@lontar/core";
import type { Diagnostic, Range } from "../../diagnostics/diagnostic.js";
import type { Declaration, Property } from "../../syntax/ast.js";
import { declarationSpec } from "../../language/table.js";
import { OBLIGATION_KINDS } from "../../language/value-shapes.js";
import type { BoundWorkspace } from "../binder/bind.js";
import { writtenKeyword } from "./value-bounds.js";

const OBLIGATIONS: ReadonlySet<string> = new Set(OBLIGATION_KINDS);

/** The id of the element at `path[0]`.`path[1]` of core's input, if it has one. */
function elementId(input: unknown, path: readonly (string | number)[]): string | undefined {
  const [collection, index] = path;
  if (typeof collection !== "string" || typeof index !== "number" || typeof input !== "object" || input === null) return undefined;
  const list = (input as Readonly<Record<string, unknown>>)[collection];
  const element = Array.isArray(list) ? (list[index] as unknown) : undefined;
  const id = typeof element === "object" && element !== null ? (element as Readonly<Record<string, unknown>>)["id"] : undefined;
  return typeof id === "string" ? id : undefined;
}

/** How many elements of its core list one property gives (a `needs` line gives one per need). */
function elementsOf(property: Property): number {
  return property.value.kind === "Needs" ? property.value.needs.length : 1;
}

/** The property, and the range in it, that the core field `rest` (below the element) came from. */
function propertyAt(declaration: Declaration, rest: readonly (string | number)[]): { readonly property: Property; readonly range: Range } | undefined {
  const [field, index] = rest;
  if (typeof field !== "string") return undefined;
  let matches: Property[];
  if (field === "obligations" && declaration.declarationKind === "agreement") matches = declaration.properties.filter((p) => OBLIGATIONS.has(p.value.kind));
  else {
    const keys = new Set(declarationSpec(declaration.declarationKind).properties.filter((p) => p.fields.includes(field)).map((p) => p.key));
    matches = declaration.properties.filter((p) => keys.has(p.key));
  }
  if (matches.length === 0) return undefined;
  if (typeof index !== "number") {
    // A single-valued field: the last one written wins (as the compiler reads it).
    const last = matches[matches.length - 1] as Property;
    return { property: last, range: last.value.range };
  }
  let seen = 0;
  for (const property of matches) {
    const count = elementsOf(property);
    if (index < seen + count) {
      const value = property.value;
      const range = value.kind === "Needs" ? (value.needs[index - seen]?.range ?? value.range) : value.range;
      return { property, range };
    }
    seen += count;
  }
  return undefined;
}

/**
 * A core validation issue on a field a planner wrote, as LON3011 at the property's value in
 * the file, naming the keyword written (`` `judul` tidak boleh kosong ``) instead of the
 * model's path: for a `CORE_SCHEMA` issue below an element that a declaration of `bound`
 * compiled to, when the field is one a property sets. Undefined otherwise (the caller places
 * it by the source map).
 */
export function coreIssueAtProperty(issue: Issue, input: unknown, bound: BoundWorkspace): Diagnostic | undefined {
  if (issue.code !== "CORE_SCHEMA") return undefined;
  const detail = issue.args?.["detail"];
  if (detail === undefined || typeof detail !== "object") return undefined;
  const id = elementId(input, issue.path);
  const symbol = id === undefined ? undefined : bound.symbols.get(id);
  if (symbol === undefined) return undefined;
  const found = propertyAt(symbol.declaration, issue.path.slice(2));
  if (found === undefined) return undefined;
  const keyword = writtenKeyword(found.property);
  const what: Labels = { en: `\`${keyword}\``, id: `\`${keyword}\`` };
  // A refinement's detail is its own sentence (its English is the issue's message): it follows
  // the keyword after a colon; a bound's or a type's is a rule read after the keyword.
  const key = issue.message === (detail as Labels).en ? "LON3011.coreSentence" : "LON3011.coreProperty";
  return diagnosticFromMessage({ key, args: { what, rule: detail } }, { file: symbol.file, range: found.range });
}
