/** What a text's lines are made of: the line break it writes, and a line's indentation. */

/**
 * The line break a file uses: that of its first line, `\r\n` (Windows) or `\n`, as
 * rustfmt's `newline_style = "Auto"`; `\n` for a file of one line. The formatter ends every
 * line with it, so a file of mixed line breaks comes out with one kind; a fix that adds a
 * line writes it too.
 */
export function lineBreakOf(text: string): "\n" | "\r\n" {
  const at = text.indexOf("\n");
  return at > 0 && text.charCodeAt(at - 1) === 13 ? "\r\n" : "\n";
}

/** The spaces and tabs that start the line holding `offset`, up to it: what a line added beside it is indented with. */
export function indentAt(text: string, offset: number): string {
  const lineStart = text.lastIndexOf("\n", offset - 1) + 1;
  return /^[ \t]*/.exec(text.slice(lineStart, offset))?.[0] ?? "";
}
