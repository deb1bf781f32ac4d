/**
 * Text in a workbook's XML, as write-excel-file wrote it (so plan.xlsx keeps its bytes):
 * characters XML forbids or discourages removed, then `&`, `<`, `>` escaped (and quotes
 * in attribute values).
 */

// write-excel-file's own patterns (modules/xml/removeInvalidXmlCharacters.js).
// eslint-disable-next-line no-control-regex
const INVALID = /((?:[\0-\x08\x0B\f\x0E-\x1F\uFFFD\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]))/g;
const DISCOURAGED = new RegExp(
  // eslint-disable-next-line no-control-regex -- write-excel-file's pattern, control characters included
  "([\\x7F-\\x84]|[\\x86-\\x9F]|[\\uFDD0-\\uFDEF]|(?:\\uD83F[\\uDFFE\\uDFFF])|(?:\\uD87F[\\uDFFE\\uDFFF])|(?:\\uD8BF[\\uDFFE\\uDFFF])|(?:\\uD8FF[\\uDFFE\\uDFFF])|(?:\\uD93F[\\uDFFE\\uDFFF])|(?:\\uD97F[\\uDFFE\\uDFFF])|(?:\\uD9BF[\\uDFFE\\uDFFF])|(?:\\uD9FF[\\uDFFE\\uDFFF])|(?:\\uDA3F[\\uDFFE\\uDFFF])|(?:\\uDA7F[\\uDFFE\\uDFFF])|(?:\\uDABF[\\uDFFE\\uDFFF])|(?:\\uDAFF[\\uDFFE\\uDFFF])|(?:\\uDB3F[\\uDFFE\\uDFFF])|(?:\\uDB7F[\\uDFFE\\uDFFF])|(?:\\uDBBF[\\uDFFE\\uDFFF])|(?:\\uDBFF[\\uDFFE\\uDFFF])(?:[\\0-\\t\\x0B\\f\\x0E-\\u2027\\u202A-\\uD7FF\\uE000-\\uFFFF]|[\\uD800-\\uDBFF][\\uDC00-\\uDFFF]|[\\uD800-\\uDBFF](?![\\uDC00-\\uDFFF])|(?:[^\\uD800-\\uDBFF]|^)[\\uDC00-\\uDFFF]))",
  "g",
);
/** Anything the slow path must look at: controls, specials, surrogates, U+007F–U+009F and noncharacters. */
// eslint-disable-next-line no-control-regex
const NEEDS_WORK = /[\0-\x1F&<>\x7F-\x9F\uD800-\uDFFF\uFDD0-\uFDEF\uFFFD-\uFFFF]/;

/**
 * Element text: invalid and discouraged characters removed, `&`, `<`, `>` escaped.
 *
 * @example xmlText("Tea & <books>") // "Tea &amp; &lt;books&gt;"
 */
export function xmlText(text: string): string {
  if (!NEEDS_WORK.test(text)) return text;
  return text.replace(INVALID, "").replace(DISCOURAGED, "").replaceAll("&", "&amp;").replaceAll(">", "&gt;").replaceAll("<", "&lt;");
}

/**
 * An attribute value: as {@link xmlText}, and `'` and `"` escaped too.
 *
 * @example xmlAttribute(`Ruang "A"`) // "Ruang &quot;A&quot;"
 */
export function xmlAttribute(text: string): string {
  return xmlText(text).replaceAll("'", "&apos;").replaceAll('"', "&quot;");
}

/**
 * A column's letters from its zero-based index: A…Z, AA…
 *
 * @example columnLetters(27) // "AB"
 */
export function columnLetters(index: number): string {
  const letter = String.fromCharCode(65 + (index % 26));
  return index < 26 ? letter : columnLetters(Math.floor(index / 26) - 1) + letter;
}
