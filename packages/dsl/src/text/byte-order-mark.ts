/**
 * A text without the byte order mark (U+FEFF) it may start with. The mark says how a file
 * was saved; editors drop it when they open a file, and so do Lontar's file readers (the
 * CLI, `analyzeFolder`, `containedFileReader`), so that line 1's columns are the editor's.
 * A text handed to the SDK as a string keeps it: positions are those of the caller's string.
 *
 * @example withoutByteOrderMark("\uFEFFroom aula {}") // "room aula {}"
 */
export function withoutByteOrderMark(text: string): string {
  return byteOrderMarkOf(text) === "" ? text : text.slice(1);
}

/**
 * The byte order mark `text` starts with, or "" when it has none: what a rewrite of the text
 * (the formatter's) writes first again, as it keeps the file's line breaks.
 *
 * @example byteOrderMarkOf("\uFEFFroom aula {}") // "\uFEFF"
 */
export function byteOrderMarkOf(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? "\uFEFF" : "";
}
