import type { Declaration, DeclarationKind } from "../../syntax/ast.js";
import { kindPhrase } from "../message-words.js";
import type { FileReporter } from "../report.js";
import { declarationSpec, propertySpec, propertySyntax } from "../../language/table.js";
import { VALUE_SHAPES } from "../../language/value-shapes.js";
import { OBLIGATION_KINDS } from "./property-table.js";
import { allowedList, ITS_PROPERTIES } from "./unknown-value.js";

const OBLIGATIONS: ReadonlySet<string> = new Set(OBLIGATION_KINDS);

/** Each declaration kind's required keys, in the table's order (read from the table once per kind). */
const requiredByKind = new Map<DeclarationKind, readonly string[]>();

function requiredKeys(kind: DeclarationKind): readonly string[] {
  let keys = requiredByKind.get(kind);
  if (keys === undefined) {
    keys = declarationSpec(kind).properties.filter((p) => p.required).map((p) => p.key);
    requiredByKind.set(kind, keys);
  }
  return keys;
}

/** The keys met so far in one declaration (a declaration has a handful: a list beats a set; reused, as checks do not nest). */
const seen: string[] = [];

/**
 * Checks the properties of one declaration against its kind: a known key that the kind
 * does not take (LON3006), a value of the wrong shape (LON3009), a single-valued key
 * given twice (LON3008), a required key missing (LON3007; LON5001 for an agreement
 * without `between`).
 */
export function checkProperties(declaration: Declaration, reporter: FileReporter): void {
  const kind = declaration.declarationKind;
  const properties = declaration.properties;
  seen.length = 0;
  let between = false;
  for (const property of properties) {
    const valueKind = property.value.kind;
    if (valueKind === "Between") between = true;
    if (OBLIGATIONS.has(valueKind)) {
      if (kind !== "agreement") reporter.report("LON3006.obligationOutside", { kind: kindPhrase(kind) }, property.range);
      continue;
    }
    const syntax = propertySyntax(property.key);
    if (syntax === undefined) continue;
    const spec = propertySpec(kind, property.key);
    if (spec === undefined) {
      const written = syntax.written[property.lang];
      const keys = declarationSpec(kind).properties.map((p) => propertySyntax(p.key)?.written[property.lang] ?? p.key);
      reporter.report("LON3006.notAPropertyAllowed", { key: written, kind: kindPhrase(kind), allowed: allowedList(written, keys, ITS_PROPERTIES) }, property.range);
      continue;
    }
    const shape = VALUE_SHAPES[spec.shape];
    if (!shape.nodeKinds.includes(valueKind)) {
      reporter.report("LON3009.takes", { key: property.key, expected: shape.expected }, property.value.range);
      continue;
    }
    if (!spec.repeatable && seen.includes(property.key)) {
      reporter.report("LON3008.givenTwice", { key: property.key }, property.range);
    }
    seen.push(property.key);
  }
  for (const key of requiredKeys(kind)) if (!hasKey(properties, key)) reporter.report("LON3007.needs", { kind: kindPhrase(kind), key }, declaration.name.range);
  if (kind === "agreement" && !between) reporter.report("LON5001.needsParties", {}, declaration.name.range);
}

function hasKey(properties: Declaration["properties"], key: string): boolean {
  for (const property of properties) if (property.key === key) return true;
  return false;
}
