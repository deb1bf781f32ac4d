import fc from "fast-check";
import type { Diagnostic, Position, Range, Severity } from "@lontar/dsl";

/** The position of `offset` in `text` (1-based line and column). */
export function positionAt(text: string, offset: number): Position {
  const before = text.slice(0, offset);
  const lines = before.split("\n");
  return { line: lines.length, column: (lines.at(-1) ?? "").length + 1, offset };
}

/** The range of the first occurrence of `needle` in `text`. */
export function rangeOf(text: string, needle: string): Range {
  const start = text.indexOf(needle);
  if (start < 0) throw new Error(`'${needle}' not in text`);
  return { start: positionAt(text, start), end: positionAt(text, start + needle.length) };
}

/** A diagnostic with no related locations or suggestions unless given. */
export function diagnostic(fields: Pick<Diagnostic, "code" | "severity" | "message"> & { file: string; range: Range } & Partial<Pick<Diagnostic, "related" | "suggestions">>): Diagnostic {
  return {
    code: fields.code,
    severity: fields.severity,
    message: fields.message,
    location: { file: fields.file, range: fields.range },
    related: fields.related ?? [],
    suggestions: fields.suggestions ?? [],
  };
}

const arbPosition = fc.record({
  line: fc.integer({ min: 1, max: 5000 }),
  column: fc.integer({ min: 1, max: 500 }),
  offset: fc.integer({ min: 0, max: 1_000_000 }),
});

/** A range whose end is not before its start. */
export const arbRange: fc.Arbitrary<Range> = fc
  .tuple(arbPosition, fc.integer({ min: 0, max: 20 }), fc.integer({ min: 0, max: 80 }), fc.integer({ min: 0, max: 500 }))
  .map(([start, lines, columns, length]) => ({
    start,
    end: { line: start.line + lines, column: lines === 0 ? start.column + columns : columns + 1, offset: start.offset + length },
  }));

/** A relative path of one to three segments, any characters but separators. */
export const arbFile: fc.Arbitrary<string> = fc
  .array(fc.string({ minLength: 1, maxLength: 12, unit: "grapheme" }).filter((s) => !/[\\/]/.test(s) && s !== "." && s !== ".." && !s.includes("\0")), {
    minLength: 1,
    maxLength: 3,
  })
  .map((segments) => `${segments.join("/")}.lontar`);

/** A code such as LON2001. */
export const arbCode: fc.Arbitrary<string> = fc.integer({ min: 1000, max: 5999 }).map((n) => `LON${n}`);

/** Any severity. */
export const arbSeverity: fc.Arbitrary<Severity> = fc.constantFrom("error", "warning", "info");

/** Any text, including newlines, percent signs, control characters and astral characters. */
export const arbMessage: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: "binary", maxLength: 60 }),
  fc.string({ unit: fc.constantFrom("%", "\r", "\n", ":", ",", "<", "&", '"', "'", "]]>", "a", "é", "\u0000", "\uD800"), maxLength: 30 }),
);

/** A diagnostic with arbitrary text, paths, related locations and suggestions. */
export const arbDiagnostic: fc.Arbitrary<Diagnostic> = fc
  .record({
    code: arbCode,
    severity: arbSeverity,
    message: arbMessage,
    file: arbFile,
    range: arbRange,
    related: fc.array(fc.record({ location: fc.record({ file: arbFile, range: arbRange }), message: arbMessage }), { maxLength: 2 }),
    suggestions: fc.array(
      fc.record({
        message: arbMessage,
        edits: fc.array(fc.record({ location: fc.record({ file: arbFile, range: arbRange }), text: arbMessage }), { maxLength: 2 }),
      }),
      { maxLength: 2 },
    ),
  })
  .map((fields) => diagnostic(fields));
