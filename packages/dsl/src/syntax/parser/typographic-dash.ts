/**
 * A dash a word processor types (`08:00–16:00`, with an en dash): the lexer reads it as the
 * `-` it stands for (see `TypographicDash`), and this module makes its warning, LON1009,
 * with `-` as a certain fix.
 */
import type { IToken } from "chevrotain";
import { createDiagnostic, suggestion } from "@lontar/core";
import type { Diagnostic } from "../../diagnostics/diagnostic.js";
import { endOf, startOf } from "../ast-builder/ranges.js";

/** The names of the dashes the lexer reads as `-`, by character. */
const DASH_NAMES: Readonly<Record<string, string>> = {
  "\u2010": "U+2010 HYPHEN", "\u2011": "U+2011 NON-BREAKING HYPHEN", "\u2012": "U+2012 FIGURE DASH", "\u2013": "U+2013 EN DASH",
  "\u2014": "U+2014 EM DASH", "\u2015": "U+2015 HORIZONTAL BAR", "\u2212": "U+2212 MINUS SIGN",
};

/** LON1009 at a typographic dash token (one character), replaced by `-`. */
export function typographicDashDiagnostic(token: IToken, file: string): Diagnostic {
  const range = { start: startOf(token), end: endOf(token) };
  const fix = suggestion("note.replaceWith", { text: "-" }, [{ location: { file, range }, text: "-" }], true);
  return createDiagnostic("LON1009.typographicDash", { found: token.image, name: DASH_NAMES[token.image] ?? token.image }, { file, range }, { suggestions: [fix] });
}
