/**
 * A text without the byte order mark (U+FEFF) it may start with. The mark says how a file
 * was saved; it is not text: no editor shows it or counts it as a column, and the CLI
 * drops it when it reads a file. A text handed to the SDK as a string (`checkSource`,
 * `analyzeWorkspace`'s files, a reader's answer, a session's document) loses it the same
 * way, so that line 1's columns are the editor's whichever way the text came in.
 *
 * @example withoutByteOrderMark("\uFEFFroom aula {}") // "room aula {}"
 */
export function withoutByteOrderMark(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
