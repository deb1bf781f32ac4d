/**
 * @lontar/dsl — the Lontar rules language.
 *
 * @packageDocumentation
 */
export type { Diagnostic, Location, Position, Range, RelatedLocation, Severity, Suggestion, TextEdit } from "./diagnostics/diagnostic.js";
