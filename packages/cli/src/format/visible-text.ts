/**
 * Makes text safe to print on a terminal or in a CI log, one UTF-16 unit for one (so
 * columns and code frames stay aligned): C0 control characters become their Unicode
 * control pictures (`\n` → `␊`, ESC → `␛`), DEL becomes `␡`, and C1 controls, line and
 * paragraph separators and bidirectional overrides become `�`. A file name or message
 * printed through it cannot start a new line (so no forged `::error` workflow command in a
 * GitHub Actions log), move the cursor, recolour the terminal or reorder what is shown.
 *
 * @example visibleText("a\n::error::x") // "a␊::error::x"
 */
export function visibleText(text: string): string {
  return text.replace(UNSAFE, picture);
}

/**
 * {@link visibleText} for source text shown in a code frame: line breaks (`\n`, `\r\n`)
 * and tabs stay, every other control character is replaced.
 */
export function visibleSource(text: string): string {
  return text.replace(UNSAFE_IN_SOURCE, picture);
}

/**
 * {@link visibleText} keeping line breaks (`\r`, `\n`) for a writer that escapes them on its
 * own (a GitHub workflow command's `%0D`, `%0A`): every other control character is replaced.
 *
 * @example visibleLines("a\u001b[31m\nb") // "a␛[31m\nb"
 */
export function visibleLines(text: string): string {
  return text.replace(UNSAFE_BUT_LINE_BREAKS, picture);
}

/* eslint-disable no-control-regex -- matching control characters is this module's job */
// C0 controls, DEL, C1 controls, U+2028/U+2029, and the bidi embeddings, overrides and isolates.
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
// The same without tab, line feed, and a carriage return that ends a line.
const UNSAFE_IN_SOURCE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]|\r(?!\n)/g;
// The same without line feed and carriage return.
const UNSAFE_BUT_LINE_BREAKS = /[\u0000-\u0009\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
/* eslint-enable no-control-regex */

function picture(char: string): string {
  const code = char.charCodeAt(0);
  if (code < 0x20) return String.fromCharCode(0x2400 + code);
  return code === 0x7f ? "\u2421" : "\uFFFD";
}
