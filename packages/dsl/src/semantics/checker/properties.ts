import type { Declaration } from "../../syntax/ast.js";
import { kindPhrase, shapeText } from "../message-words.js";
import type { FileReporter } from "../report.js";
import { ACCEPTED_KEYS, KEY_SHAPES, OBLIGATION_KINDS, REQUIRED_KEYS } from "./property-table.js";

const isObligation = (kind: string): boolean => (OBLIGATION_KINDS as readonly string[]).includes(kind);

/**
 * Checks the properties of one declaration against its kind: a known key that the kind
 * does not take (LON3006), a value of the wrong shape (LON3009), a single-valued key
 * given twice (LON3008), a required key missing (LON3007; LON5001 for an agreement
 * without `between`).
 */
export function checkProperties(declaration: Declaration, reporter: FileReporter): void {
  const kind = declaration.declarationKind;
  const accepted = ACCEPTED_KEYS[kind];
  const seen = new Set<string>();
  for (const property of declaration.properties) {
    const valueKind = property.value.kind;
    if (isObligation(valueKind)) {
      if (kind !== "agreement") reporter.report("LON3006.obligationOutside", { kind: kindPhrase(kind) }, property.range);
      continue;
    }
    const shape = KEY_SHAPES[property.key];
    if (shape === undefined) continue;
    if (!accepted.includes(property.key)) {
      reporter.report("LON3006.notAProperty", { key: property.key, kind: kindPhrase(kind) }, property.range);
      continue;
    }
    if (!shape.values.includes(valueKind)) {
      reporter.report("LON3009.takes", { key: property.key, expected: shapeText(shape.expected) }, property.value.range);
      continue;
    }
    if (seen.has(property.key) && shape.repeats !== true) {
      reporter.report("LON3008.givenTwice", { key: property.key }, property.range);
    }
    seen.add(property.key);
  }
  const has = (key: string): boolean => declaration.properties.some((p) => p.key === key);
  for (const key of REQUIRED_KEYS[kind]) {
    if (!has(key)) reporter.report("LON3007.needs", { kind: kindPhrase(kind), key }, declaration.name.range);
  }
  if (kind === "agreement" && !declaration.properties.some((p) => p.value.kind === "Between")) {
    reporter.report("LON5001.needsParties", {}, declaration.name.range);
  }
}

