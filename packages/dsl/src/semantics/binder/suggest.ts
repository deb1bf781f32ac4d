import { damerauDistance } from "@lontar/core";

interface Scored { readonly name: string; readonly score: number }

function score(lower: string, word: string, name: string): Scored | undefined {
  const other = name.toLowerCase();
  if (other === lower && name === word) return undefined;
  const distance = damerauDistance(lower, other, 2);
  if (distance <= 2) return { name, score: distance };
  const prefix = lower.length >= 3 && other.length >= 3 && (other.startsWith(lower) || lower.startsWith(other));
  if (prefix) return { name, score: 3 };
  return partsWithin(lower, other) ? { name, score: 4 } : undefined;
}

/**
 * Whether the word's parts (between `_`, two or more) are parts of the name, in order, with
 * parts of the name between them: `apbd_2027` for `apbd_ntt_2027`, `pic_kota` for `pic_kota_solok`.
 */
function partsWithin(word: string, name: string): boolean {
  const parts = word.split("_");
  if (parts.length < 2 || parts.some((part) => part === "")) return false;
  const of = name.split("_");
  let at = 0;
  for (const part of parts) {
    while (at < of.length && of[at] !== part) at++;
    if (at === of.length) return false;
    at++;
  }
  return true;
}

function ranked(scored: Scored[]): string[] {
  scored.sort((x, y) => x.score - y.score || (x.name < y.name ? -1 : x.name > y.name ? 1 : 0));
  return scored.map((s) => s.name);
}

/**
 * Names close to `word`: within edit distance 2, or one a prefix of the other (at least
 * three letters), or a name holding the word's parts in order (`apbd_ntt_2027` for
 * `apbd_2027`), closest first then alphabetical. Case is ignored for the comparison.
 */
export function closeNames(word: string, candidates: Iterable<string>): string[] {
  const lower = word.toLowerCase();
  const scored: Scored[] = [];
  for (const name of candidates) {
    const s = score(lower, word, name);
    if (s !== undefined) scored.push(s);
  }
  return ranked(scored);
}

/** Above this many candidates, {@link NameIndex} looks names up instead of scanning them all. */
export const INDEXED_FROM = 2_000;

/**
 * The candidates of {@link closeNames}, indexed once for many look-ups, so that n unknown
 * names among m declared ones cost about n + m rather than n · m. Small sets are scanned
 * (exactly {@link closeNames}); large ones are looked up by one-deletion variants (every
 * name within one edit, or two edits of which one is a deletion or insertion), by prefix
 * and by the word's first part, and the answers are cached per word.
 */
export class NameIndex {
  private readonly names: readonly string[];
  private readonly variants = new Map<string, string[]>();
  private readonly sorted: string[] = [];
  private readonly exact = new Map<string, string[]>();
  /** Names by the first part of theirs that a word's first part may be (every part). */
  private readonly parts = new Map<string, string[]>();
  private readonly cache = new Map<string, string[]>();

  constructor(candidates: Iterable<string>) {
    this.names = [...new Set(candidates)];
    if (this.names.length < INDEXED_FROM) return;
    for (const name of this.names) {
      const lower = name.toLowerCase();
      for (const v of deletions(lower)) this.add(this.variants, v, name);
      this.add(this.exact, lower, name);
      for (const part of new Set(lower.split("_"))) if (part !== "" && part !== lower) this.add(this.parts, part, name);
    }
    // One by one: spreading 150,000 names as arguments overflows the stack.
    for (const lower of this.names.map((n) => n.toLowerCase()).sort()) this.sorted.push(lower);
  }

  /** The names close to `word`, as {@link closeNames} ranks them. */
  close(word: string): string[] {
    const cached = this.cache.get(word);
    if (cached !== undefined) return cached;
    const found = this.names.length < INDEXED_FROM ? closeNames(word, this.names) : this.lookUp(word);
    this.cache.set(word, found);
    return found;
  }

  private lookUp(word: string): string[] {
    const lower = word.toLowerCase();
    const candidates = new Set<string>();
    for (const v of deletions(lower)) {
      for (const name of this.variants.get(v) ?? []) candidates.add(name);
      for (const name of this.exact.get(v) ?? []) candidates.add(name);
    }
    for (const name of this.variants.get(lower) ?? []) candidates.add(name);
    for (const name of this.exact.get(lower) ?? []) candidates.add(name);
    // Names that the word starts with, and (a bounded run of) names that start with the word.
    for (let n = 3; n < lower.length; n++) for (const name of this.exact.get(lower.slice(0, n)) ?? []) candidates.add(name);
    if (lower.length >= 3) {
      let i = lowerBound(this.sorted, lower);
      for (let taken = 0; i < this.sorted.length && taken < 50 && (this.sorted[i] ?? "").startsWith(lower); i++, taken++) {
        for (const name of this.exact.get(this.sorted[i] ?? "") ?? []) candidates.add(name);
      }
    }
    // Names holding the word's parts: among those holding its first part.
    const [first] = lower.split("_");
    if (first !== undefined && first !== lower) for (const name of this.parts.get(first) ?? []) candidates.add(name);
    return closeNames(word, candidates);
  }

  private add(map: Map<string, string[]>, key: string, name: string): void {
    const list = map.get(key);
    if (list === undefined) map.set(key, [name]);
    else if (list.length < 64) list.push(name);
  }
}

function deletions(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < word.length; i++) out.push(word.slice(0, i) + word.slice(i + 1));
  return out;
}

function lowerBound(sorted: readonly string[], key: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] ?? "") < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
