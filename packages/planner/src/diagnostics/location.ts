import type { Diagnostic, SourceSpan } from "@lontar/core";

/**
 * Where a diagnostic points: the file and range of a source span.
 *
 * @example createDiagnostic("LON5110.notInForce", args, locationOf(agreement.source))
 */
export const locationOf = (source: SourceSpan): Diagnostic["location"] => ({ file: source.file, range: { start: source.start, end: source.end } });
