/**
 * "Did you mean" for the command line: the command or option a mistyped word most likely
 * meant, by the dsl's edit distance and typo limit (those of its keyword suggestions; the
 * command's bundle loads that one module of the dsl for them). Bounded: a candidate whose
 * length differs by more than the allowed edits is skipped unmeasured, so a long argument
 * costs nothing.
 */
import { damerauDistance, typoLimit } from "@lontar/dsl";

/**
 * The candidate closest to `typed` (case ignored) within its allowed edits, or undefined
 * when none is close or `typed` is one of them. Ties go to the candidate listed first.
 *
 * @example nearestWord("chek", ["check", "fmt", "plan"]) // "check"
 */
export function nearestWord(typed: string, candidates: readonly string[]): string | undefined {
  const word = typed.toLowerCase();
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const candidate of candidates) {
    const limit = Math.min(typoLimit(candidate), candidate.length - 1);
    // The word itself is no suggestion; the word in other capitals (`SARIF`, `Check`) is the nearest.
    if (candidate === typed || Math.abs(candidate.length - word.length) > limit) continue;
    const distance = damerauDistance(word, candidate, limit);
    if (distance <= limit && distance < bestDistance) [best, bestDistance] = [candidate, distance];
  }
  return best;
}

/**
 * The long option (`--format`) a mistyped one (`--fromat`, `--fromat=json`) most likely
 * meant, among `names` (without dashes); undefined for a short option or when none is close.
 *
 * @example nearestOption("--fromat", ["format", "quiet"]) // "--format"
 */
export function nearestOption(typed: string, names: readonly string[]): string | undefined {
  const match = /^--([^=]{2,})/.exec(typed);
  if (match?.[1] === undefined) return undefined;
  const meant = OPTION_WORDS.get(match[1].toLowerCase())?.filter((name) => names.includes(name));
  if (meant !== undefined && meant.length > 0) return meant.map((name) => `--${name}`).join(" … ");
  const near = nearestWord(match[1], names.filter((n) => n.length > 1));
  return near === undefined ? undefined : `--${near}`;
}

/**
 * Words a user types for an option that is not spelled like them (a synonym, not a typo),
 * by the options they mean; offered only among the command's own options. A horizon is
 * given by its two ends, so `--horizon` means `--from … --to`.
 */
const OPTION_WORDS: ReadonlyMap<string, readonly string[]> = new Map([
  ["horizon", ["from", "to"]], ["cakrawala", ["from", "to"]], ["year", ["from", "to"]], ["tahun", ["from", "to"]],
  ["dari", ["from"]], ["mulai", ["from"]], ["start", ["from"]], ["sampai", ["to"]], ["hingga", ["to"]], ["until", ["to"]], ["end", ["to"]],
  ["output", ["out"]], ["keluaran", ["out"]], ["dir", ["out"]], ["folder", ["out"]],
  ["bahasa", ["lang"]], ["language", ["lang"]], ["locale", ["lang"]],
  ["bentuk", ["format"]], ["benih", ["seed"]],
]);

/**
 * Words a user types for a command that is not spelled like it, most of them the Indonesian
 * word for what it does (`cek`, `periksa` for `check`; `rencanakan` for `plan`), by the
 * command they mean; offered only when that command exists.
 */
const COMMAND_WORDS: ReadonlyMap<string, string> = new Map([
  ["cek", "check"], ["periksa", "check"], ["validate", "check"], ["validasi", "check"], ["lint", "check"],
  ["rencana", "plan"], ["rencanakan", "plan"], ["jadwalkan", "plan"], ["schedule", "plan"], ["run", "plan"],
  ["format", "fmt"], ["rapikan", "fmt"], ["formatkan", "fmt"],
  ["jelaskan", "explain"], ["bantuan", "help"], ["tolong", "help"],
  ["buat", "init"], ["new", "init"], ["baru", "init"], ["mulai", "init"],
  ["contoh", "demo"], ["example", "demo"],
]);

/**
 * The command a mistyped or translated one most likely meant, among `names`: a word listed
 * for one (see {@link COMMAND_WORDS}), else the nearest by edit distance.
 *
 * @example nearestCommand("periksa", ["check", "plan"]) // "check"
 */
export function nearestCommand(typed: string, names: readonly string[]): string | undefined {
  const meant = COMMAND_WORDS.get(typed.toLowerCase());
  return meant !== undefined && names.includes(meant) ? meant : nearestWord(typed, names);
}
