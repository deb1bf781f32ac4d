const SURROGATE = /[\uD800-\uDFFF]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Replaces lone UTF-16 surrogates with U+FFFD so that every exporter writes valid UTF-8
 * and counts octets the way the file will hold them.
 *
 * @example wellFormed("a\uD800b") // "a\uFFFDb"
 */
export function wellFormed(text: string): string {
  // Most texts hold no surrogate at all: one quick test spares the replace.
  return SURROGATE.test(text) ? text.replace(LONE_SURROGATE, "\uFFFD") : text;
}

/** Compares strings by UTF-16 code units: a sort order that no host locale can change. */
export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Fills the `{name}` slots of a template from `values`; a slot without a value stays as
 * written. The one slot filler of the report's and the reasons' word tables (both go into
 * the report's browser script, so it stays here, free of imports).
 *
 * @example fillSlots("No {kind} is free", { kind: "vehicle" }) // "No vehicle is free"
 */
export function fillSlots(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (slot, name: string) => (name in values ? String(values[name]) : slot));
}
