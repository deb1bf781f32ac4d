/**
 * A text without the byte order mark (U+FEFF) it may start with. The mark says how a file
 * was saved; editors drop it when they open a file, and so do Lontar's file readers (the
 * CLI, `analyzeFolder`, `containedFileReader`), so that line 1's columns are the editor's.
 * A text handed to the SDK as a string keeps it: positions are those of the caller's string.
 *
 * @example withoutByteOrderMark("\uFEFFroom aula {}") // "room aula {}"
 */
export function withoutByteOrderMark(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
