const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Replaces lone UTF-16 surrogates with U+FFFD so that every exporter writes valid UTF-8
 * and counts octets the way the file will hold them.
 *
 * @example wellFormed("a\uD800b") // "a\uFFFDb"
 */
export function wellFormed(text: string): string {
  return text.replace(LONE_SURROGATE, "\uFFFD");
}

/** Compares strings by UTF-16 code units: a sort order that no host locale can change. */
export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
