import type { Declaration } from "../../syntax/ast.js";
import { kindPhrase } from "../message-words.js";
import type { FileReporter } from "../report.js";
import { declarationSpec, propertySpec, propertySyntax } from "../../language/table.js";
import { VALUE_SHAPES } from "../../language/value-shapes.js";
import { OBLIGATION_KINDS } from "./property-table.js";
import { allowedList, ITS_PROPERTIES } from "./unknown-value.js";

const isObligation = (kind: string): boolean => (OBLIGATION_KINDS as readonly string[]).includes(kind);

/**
 * Checks the properties of one declaration against its kind: a known key that the kind
 * does not take (LON3006), a value of the wrong shape (LON3009), a single-valued key
 * given twice (LON3008), a required key missing (LON3007; LON5001 for an agreement
 * without `between`).
 */
export function checkProperties(declaration: Declaration, reporter: FileReporter): void {
  const kind = declaration.declarationKind;
  const seen = new Set<string>();
  for (const property of declaration.properties) {
    const valueKind = property.value.kind;
    if (isObligation(valueKind)) {
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
    if (seen.has(property.key) && !spec.repeatable) {
      reporter.report("LON3008.givenTwice", { key: property.key }, property.range);
    }
    seen.add(property.key);
  }
  const has = (key: string): boolean => declaration.properties.some((p) => p.key === key);
  for (const { key, required } of declarationSpec(kind).properties) {
    if (required && !has(key)) reporter.report("LON3007.needs", { kind: kindPhrase(kind), key }, declaration.name.range);
  }
  if (kind === "agreement" && !declaration.properties.some((p) => p.value.kind === "Between")) {
    reporter.report("LON5001.needsParties", {}, declaration.name.range);
  }
}

