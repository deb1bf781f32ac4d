import { withoutByteOrderMark } from "../text/byte-order-mark.js";

/**
 * A source file's bytes as text. Files are UTF-8; a byte order mark says otherwise for
 * certain: Windows Notepad's "Unicode" and Excel's "Unicode text" save UTF-16 with one, and
 * editors on Windows may put one before UTF-8. The mark itself is not text (the first line's
 * columns would count it, and code frames would show it, as no editor does).
 */
export function decodeSourceBytes(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return utf16(bytes.subarray(2), "le");
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return utf16(bytes.subarray(2), "be");
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("utf8");
  return withoutByteOrderMark(text);
}

// UTF-16 code units, little- or big-endian; an odd last byte (a cut file) becomes U+FFFD.
function utf16(bytes: Uint8Array, order: "le" | "be"): string {
  const units = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength - (bytes.byteLength % 2));
  const little = order === "le" ? units : Buffer.from(units).swap16();
  const text = little.toString("utf16le");
  return bytes.byteLength % 2 === 1 ? `${text}\ufffd` : text;
}
