/** Values of literal tokens: numbers with thousands dots, rupiah, escaped strings. */

/** `150.000.000` → 150000000 (dots are thousands separators). */
export function parseWholeNumber(image: string): number {
  return Number(image.replace(/\./g, ""));
}

/** `Rp 150.000` → 150000. */
export function parseRupiah(image: string): number {
  return parseWholeNumber(image.replace(/^Rp\s*/, ""));
}

const ESCAPES: Readonly<Record<string, string>> = { n: "\n", t: "\t", r: "\r", '"': '"', "\\": "\\" };

/**
 * `"a \"b\""` → `a "b"`. A backslash before any other character is kept with it, as written
 * (`"C:\Data"` is `C:\Data`): dropping it would change the text without a word, and `fmt`
 * would write the text without it.
 */
export function unescapeString(image: string): string {
  // A quote typed over closes with `”` (`"teks”`, LON1008): it ends the string as `"` does.
  const body = image.startsWith('"') ? image.slice(1, (image.endsWith('"') || image.endsWith("\u201D")) && image.length > 1 ? -1 : undefined) : image;
  return body.replace(/\\(.)/g, (escape: string, c: string) => ESCAPES[c] ?? escape);
}

/** The inverse of {@link unescapeString}: a quoted, escaped string literal. */
export function quoteString(value: string): string {
  return `"${value.replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/\n/g, "\\n").replace(/\r/g, "\\r").replace(/\t/g, "\\t")}"`;
}
