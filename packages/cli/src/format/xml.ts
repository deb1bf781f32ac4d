/**
 * Escapes text for XML 1.0 content and attribute values. Characters XML 1.0 cannot carry at
 * all (most C0 controls, lone surrogates, U+FFFE/U+FFFF) become U+FFFD, so any message
 * still yields a well-formed report; tabs and line breaks survive in attributes as
 * character references.
 */
export function xmlEscape(text: string): string {
  let out = "";
  // for…of walks code points, so a surrogate seen alone here is a lone one.
  for (const char of text) out += escapeChar(char);
  return out;
}

function escapeChar(char: string): string {
  switch (char) {
    case "&":
      return "&amp;";
    case "<":
      return "&lt;";
    case ">":
      return "&gt;";
    case '"':
      return "&quot;";
    case "'":
      return "&apos;";
    case "\t":
      return "&#9;";
    case "\n":
      return "&#10;";
    case "\r":
      return "&#13;";
    default: {
      const code = char.codePointAt(0) ?? 0;
      const forbidden = code < 0x20 || (code >= 0xd800 && code <= 0xdfff) || code === 0xfffe || code === 0xffff;
      return forbidden ? "\uFFFD" : char;
    }
  }
}
