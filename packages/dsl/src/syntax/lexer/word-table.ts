/**
 * Words looked up where they stand in the text, without cutting them out of it: an
 * open-addressing table keyed by a hash of the word's characters, which the scanner computes
 * as it reads them ({@link hashStep}). The fast scanner finds keywords this way (most words of
 * a file are keywords, and a keyword needs no string of its own). The hash is fixed, not
 * seeded: only a table whose words the program chooses (the keywords) may use it, never one of
 * words a file chooses, which could all be made to share one chain.
 */

/** The hash of a word after one more character `c` (start from 0). */
export function hashStep(hash: number, c: number): number {
  return (Math.imul(hash, 31) + c) | 0;
}

/** The hash of a whole word, as the scanner computes it character by character (a test reads it too). */
export function hashOfWord(word: string): number {
  let hash = 0;
  for (let i = 0; i < word.length; i++) hash = hashStep(hash, word.charCodeAt(i));
  return hash;
}

/** Words with a value each, found by their place in a text. */
export class WordTable<V> {
  private hashes: Int32Array;
  private words: (string | undefined)[];
  private values: (V | undefined)[];
  private mask: number;
  private size = 0;

  /** An empty table with room for about `expected` words before it grows. */
  constructor(expected = 32) {
    let capacity = 16;
    while (capacity < expected * 2) capacity *= 2;
    this.hashes = new Int32Array(capacity);
    this.words = new Array<string | undefined>(capacity).fill(undefined);
    this.values = new Array<V | undefined>(capacity).fill(undefined);
    this.mask = capacity - 1;
  }

  /** The value of the word `text[start, end)`, whose hash is `hash`; undefined when it is not in the table. */
  get(text: string, start: number, end: number, hash: number): V | undefined {
    const length = end - start;
    for (let slot = hash & this.mask; ; slot = (slot + 1) & this.mask) {
      const word = this.words[slot];
      if (word === undefined) return undefined;
      if (this.hashes[slot] === hash && word.length === length && sameChars(text, start, word)) return this.values[slot];
    }
  }

  /** Adds `word` (not yet in the table) with `value`. */
  add(word: string, value: V, hash = hashOfWord(word)): void {
    if ((this.size + 1) * 2 > this.words.length) this.grow();
    this.place(word, value, hash);
    this.size++;
  }

  private place(word: string, value: V, hash: number): void {
    let slot = hash & this.mask;
    while (this.words[slot] !== undefined) slot = (slot + 1) & this.mask;
    this.hashes[slot] = hash;
    this.words[slot] = word;
    this.values[slot] = value;
  }

  private grow(): void {
    const { hashes, words, values } = this;
    const capacity = words.length * 2;
    this.hashes = new Int32Array(capacity);
    this.words = new Array<string | undefined>(capacity).fill(undefined);
    this.values = new Array<V | undefined>(capacity).fill(undefined);
    this.mask = capacity - 1;
    for (let i = 0; i < words.length; i++) {
      const word = words[i];
      if (word !== undefined) this.place(word, values[i] as V, hashes[i] ?? 0);
    }
  }
}

/** True when `word` is written in `text` at `start`. */
function sameChars(text: string, start: number, word: string): boolean {
  for (let i = 0; i < word.length; i++) if (text.charCodeAt(start + i) !== word.charCodeAt(i)) return false;
  return true;
}
