/** Characters a shell reads as part of a word, with no quoting, in sh, bash, PowerShell and cmd alike. */
const PLAIN = /^[\p{L}\p{N}_./:@%+,=-]+$/u;
/** Characters that keep their meaning inside double quotes in some shell (sh's `$ \` \\ "` and `!`; PowerShell's `$` and `` ` ``). */
const SPECIAL_IN_DOUBLE_QUOTES = /["$`\\!]/;

/**
 * A path as a shell reads it as one word, for a command the user is told to run next:
 * as it is when it holds only letters, digits and `_ . / : @ % + , = -`; in double
 * quotes when it holds spaces or other characters that mean nothing inside them (read
 * alike by sh, bash, zsh, PowerShell and cmd); else in POSIX single quotes, a quote
 * written `'\''`.
 *
 * @example shellWord("Perpustakaan Desa") // "\"Perpustakaan Desa\""
 */
export function shellWord(path: string): string {
  if (PLAIN.test(path)) return path;
  if (!SPECIAL_IN_DOUBLE_QUOTES.test(path)) return `"${path}"`;
  return `'${path.replaceAll("'", "'\\''")}'`;
}
