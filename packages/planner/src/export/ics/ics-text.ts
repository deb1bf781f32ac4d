import { escape } from "ical-generator";
import { wellFormed } from "../text.js";

// RFC 5545 §3.3.11: TEXT may hold HTAB but no other control character; line breaks are escaped.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const FORBIDDEN_CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

/**
 * Escapes a TEXT value (RFC 5545 §3.3.11): backslash, semicolon and comma get a
 * backslash, any line break becomes `\n`; control characters TEXT forbids are dropped.
 *
 * @example escapeText("Baca, tulis; hitung") // "Baca\\, tulis\\; hitung"
 */
export function escapeText(text: string): string {
  return escape(wellFormed(text).replace(FORBIDDEN_CONTROLS, ""), false);
}

/** One property parameter, such as `TZID=Asia/Jakarta`. */
export type IcsParameter = readonly [name: string, value: string];

/**
 * One unfolded content line, `NAME;PARAM=value:value`; the value is written as given
 * (escape TEXT values with {@link escapeText} first).
 */
export function contentLine(name: string, value: string, parameters: readonly IcsParameter[] = []): string {
  const params = parameters.map(([key, v]) => `;${key}=${v}`).join("");
  return `${name}${params}:${value}`;
}

const MAX_OCTETS = 75;
// eslint-disable-next-line no-control-regex -- any 7-bit character is one octet
const ASCII = /^[\u0000-\u007f]*$/;

function utf8Length(codePoint: number): number {
  return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}

/**
 * Folds one content line (RFC 5545 §3.1): no physical line longer than 75 octets of
 * UTF-8, each continuation starting with a space, never inside a character.
 * ical-generator's foldLines does the same but builds a TextEncoder per character
 * (about 1.4 µs a character, seconds for a year of events), hence this one.
 *
 * @example foldLine("SUMMARY:" + "a".repeat(80)) // "SUMMARY:aaa…a\r\n aaaaaaaaaaaaa"
 */
export function foldLine(line: string): string {
  // A UTF-16 code unit is at most 3 octets of UTF-8, so 25 units always fit; so do 75 ASCII ones.
  if (line.length <= MAX_OCTETS / 3 || (line.length <= MAX_OCTETS && ASCII.test(line))) return line;
  const pieces: string[] = [];
  let start = 0;
  let octets = 0;
  for (let i = 0; i < line.length; ) {
    const codePoint = line.codePointAt(i) ?? 0;
    const units = codePoint > 0xffff ? 2 : 1;
    const size = utf8Length(codePoint);
    if (octets + size > MAX_OCTETS) {
      pieces.push(line.slice(start, i));
      start = i;
      octets = 1; // the leading space of the continuation line
    }
    octets += size;
    i += units;
  }
  pieces.push(line.slice(start));
  return pieces.join("\r\n ");
}

/** Joins content lines with CRLF, each folded by {@link foldLine}; the result ends with CRLF. */
export function serializeLines(lines: readonly string[]): string {
  return `${lines.map(foldLine).join("\r\n")}\r\n`;
}
