/**
 * The syntax diagnostic codes (LON1xxx), as data. Each has a page in docs/diagnostics/.
 */

/** A diagnostic code with its title and what it means. */
export interface SyntaxCode {
  /** Stable code, e.g. `LON1001`. */
  readonly code: string;
  /** Short title. */
  readonly title: string;
  /** What it means and how to fix it. */
  readonly description: string;
}

/** Every LON1xxx code. */
export const SYNTAX_CODES = {
  unexpectedCharacter: { code: "LON1001", title: "Unexpected character", description: "A character that cannot start any word, number, date, time, string or operator of the language (for example `@` or `#`). Remove it, or put the text in double quotes." },
  unterminatedString: { code: "LON1002", title: "Unterminated string", description: "A string opened with `\"` is not closed on the same line. Add the closing quote; strings cannot span lines (write `\\n` for a line break)." },
  fileTooLarge: { code: "LON1003", title: "File too large", description: "The file is larger than 5 MB, the limit for one `.lontar` file. Split it into several files and `import` them." },
  notText: { code: "LON1004", title: "Not a text file", description: "The file contains NUL bytes, so it is not a text file. Check that the right file was given." },
  curlyQuotes: { code: "LON1008", title: "Curly quotes", description: "A text in curly quotes (`“…”`), as a word processor or a phone types them: read as the text it stands for; the fix writes straight quotes." },
  typographicDash: { code: "LON1009", title: "Typographic dash", description: "A dash a word processor types (`–`, `—`, `−`) where Lontar writes `-` (`08:00–16:00`): read as `-`; the fix writes `-`." },
  notUtf8: { code: "LON1007", title: "Not UTF-8", description: "The file is not valid UTF-8: a character could not be read and stands as U+FFFD. Save the file as UTF-8." },
  invalidRegex: { code: "LON1005", title: "Invalid regular expression", description: "The pattern after `=~` is not a valid regular expression, or uses flags other than `i`, `m`, `s` and `u`." },
  tooDeep: { code: "LON1010", title: "Nesting too deep", description: "Parentheses, brackets, braces or `!` are nested more than 200 levels deep, or a file's conditions have more than 10,000 operands (`&&`, `||`, list items). The rest of the file is not read. Simplify the condition." },
  unexpectedToken: { code: "LON1101", title: "Unexpected token", description: "The parser expected one thing (a time after `at`, a name after `program`, …) and found another. The message says what was expected." },
  noAlternative: { code: "LON1102", title: "Cannot read this", description: "None of the forms that may stand here starts like this (for example a schedule written `weekly` where `every week` or a form like it may stand). The message lists what may start here." },
  expectedOneOrMore: { code: "LON1103", title: "Expected at least one item", description: "A list needs at least one item here (for example `sites` needs at least one site name)." },
  expectedDeclaration: { code: "LON1104", title: "Expected a declaration", description: "At the top level of a file only `import`, `horizon` and declarations (`library`, `program`, `agreement`, …) may stand. The parser skips to the next declaration and goes on." },
  unclosedDeclaration: { code: "LON1105", title: "Declaration not closed", description: "A declaration's `{` has no matching `}` before the next declaration or the end of the file. Add the `}` after its last property." },
  otherNotation: { code: "LON1106", title: "Time or date written another way", description: "A time written with a dot (`09.00`) or a date written day first (`17-08-2026`, `17-08-26`) or year first but not as `YYYY-MM-DD` (`2026-8-17`), or a range joined another way (`senin-kamis`, `2026-01-01 s.d. 2026-12-31`, `08:00 sampai 16:00`), or a name with `-` between its words or in quotes (`anak-anak`, `\"kelas\"`). Lontar writes `09:00`, ISO `2026-08-17`, `senin..kamis`, `08:00-16:00` and `anak_anak`; the fix writes it so when the value meant is certain." },
  internalError: { code: "LON1999", title: "Internal parser error", description: "The parser failed in an unexpected way. This is a bug in Lontar: please report it with the file that caused it." },
} as const satisfies Record<string, SyntaxCode>;
