/** Tests one input character (a UTF-16 code unit, or a code point under the `u` flag). */
export type CharTest = (char: string) => boolean;

/** A zero-width assertion the engine understands. */
export type AssertionKind = "start" | "end" | "word-boundary" | "not-word-boundary";

/**
 * A parsed regular expression, reduced to what decides whether it matches: groups are
 * their bodies (nothing is captured), every one-character atom is a {@link CharTest}.
 */
export type RegexNode =
  | { readonly kind: "empty" }
  | { readonly kind: "char"; readonly test: CharTest }
  | { readonly kind: "assert"; readonly assertion: AssertionKind }
  | { readonly kind: "sequence"; readonly items: readonly RegexNode[] }
  | { readonly kind: "choice"; readonly options: readonly RegexNode[] }
  | { readonly kind: "repeat"; readonly body: RegexNode; readonly min: number; readonly max: number };

/** The flags conditions accept (see the `match` condition's schema). */
export interface RegexFlags {
  /** `i`: case-insensitive. */
  readonly ignoreCase: boolean;
  /** `m`: `^` and `$` also match at line breaks. */
  readonly multiline: boolean;
  /** `s`: `.` also matches line breaks. */
  readonly dotAll: boolean;
  /** `u`: the input and the pattern are read by code point. */
  readonly unicode: boolean;
}

/** Reads a flags string of `i`, `m`, `s` and `u`; undefined for any other letter. */
export function readFlags(flags: string): RegexFlags | undefined {
  if (!/^[imsu]*$/.test(flags)) return undefined;
  return { ignoreCase: flags.includes("i"), multiline: flags.includes("m"), dotAll: flags.includes("s"), unicode: flags.includes("u") };
}

/** JavaScript's line terminators, which `.` skips and multiline `^`/`$` stop at. */
export function isLineTerminator(char: string): boolean {
  return char === "\n" || char === "\r" || char === "\u2028" || char === "\u2029";
}
