import { escape, foldLines } from "ical-generator";
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

/**
 * Joins content lines with CRLF and folds each at 75 octets of UTF-8 (RFC 5545 §3.1),
 * never inside a character; the result ends with CRLF.
 */
export function serializeLines(lines: readonly string[]): string {
  return `${foldLines(lines.join("\r\n"))}\r\n`;
}
