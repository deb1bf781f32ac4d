/**
 * The start of an agreement's party obligation, `library provides …`, `partner hosts …`,
 * `library pays …` (in either language): its party's token and its verbs', by token name.
 * The grammar chooses the obligation's rule by it, and the item reader reads such a line as
 * one even where it goes wrong. (The fast property reader compares the token types themselves.)
 */

/** The tokens of an obligation's party: `library` / `perpustakaan`, `partner` / `mitra`. */
export const PARTY_TOKENS: ReadonlySet<string> = new Set(["Library", "Partner"]);

/** The verbs of an obligation's line after its party: `provides`, `hosts`, `pays`. */
export const PARTY_VERBS: ReadonlySet<string> = new Set(["Provides", "Hosts", "Pays"]);

/** Whether two tokens, by their names, start a party obligation (`partner hosts`). */
export function startsPartyObligation(first: string | undefined, second: string | undefined): boolean {
  return first !== undefined && second !== undefined && PARTY_TOKENS.has(first) && PARTY_VERBS.has(second);
}
