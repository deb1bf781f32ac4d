/**
 * Random edits of a source text for the fuzz: byte edits (delete, insert, replace a
 * character) and token edits (drop, repeat or swap a word, misspell a keyword, insert a
 * keyword), driven by a seeded random source.
 */
import { WORDS } from "../src/syntax/keywords.js";

/** A seeded random source (mulberry32): the same seed gives the same sequence. */
export class Random {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [0, n). */
  below(n: number): number {
    return Math.floor(this.next() * n);
  }

  /** One of `items`. */
  pick<T>(items: readonly T[]): T {
    return items[this.below(items.length)] as T;
  }
}

const KEYWORD_LIST = [...WORDS.keys()];
const ALPHABET = ' \n\t{}()[],.:;-/"\'!=<>&|~@#$%^*+0123456789abcdefghijklmnopqrstuvwxyzRpT_\u00e9\u200b\u0000';
const WORD = /[A-Za-z_][A-Za-z0-9_]*|\d[\d.:-]*|"[^"\n]*"|\S/g;

interface Span { readonly start: number; readonly end: number }

function spans(text: string): Span[] {
  return [...text.matchAll(WORD)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

function misspell(word: string, random: Random): string {
  if (word.length < 2) return word + word;
  const i = random.below(word.length - 1);
  return random.below(2) === 0 ? word.slice(0, i) + word.slice(i + 1) : word.slice(0, i) + (word[i + 1] ?? "") + (word[i] ?? "") + word.slice(i + 2);
}

/** One random edit of `text`. */
export function mutateOnce(text: string, random: Random): string {
  const at = random.below(text.length + 1);
  const words = spans(text);
  const word = words.length === 0 ? undefined : random.pick(words);
  switch (random.below(9)) {
    case 0:
      return text.slice(0, at) + text.slice(at + 1 + random.below(3));
    case 1:
      return text.slice(0, at) + random.pick([...ALPHABET]) + text.slice(at);
    case 2:
      return text.slice(0, at) + random.pick([...ALPHABET]) + text.slice(at + 1);
    case 3:
      return word === undefined ? text : text.slice(0, word.start) + text.slice(word.end);
    case 4:
      return word === undefined ? text : text.slice(0, word.end) + " " + text.slice(word.start, word.end) + text.slice(word.end);
    case 5: {
      const other = words.length === 0 ? undefined : random.pick(words);
      if (word === undefined || other === undefined || other.start <= word.end) return text;
      return text.slice(0, word.start) + text.slice(other.start, other.end) + text.slice(word.end, other.start) + text.slice(word.start, word.end) + text.slice(other.end);
    }
    case 6:
      return word === undefined ? text : text.slice(0, word.start) + misspell(text.slice(word.start, word.end), random) + text.slice(word.end);
    case 7:
      return text.slice(0, at) + ` ${random.pick(KEYWORD_LIST)} ` + text.slice(at);
    default: {
      // Cut a piece, or move it elsewhere.
      const end = Math.min(text.length, at + random.below(60));
      const piece = text.slice(at, end);
      const rest = text.slice(0, at) + text.slice(end);
      if (random.below(2) === 0) return rest;
      const to = random.below(rest.length + 1);
      return rest.slice(0, to) + piece + rest.slice(to);
    }
  }
}

/** One to three random edits of `text`. */
export function mutate(text: string, random: Random): string {
  let out = text;
  const edits = 1 + random.below(3);
  for (let i = 0; i < edits; i++) out = mutateOnce(out, random);
  return out;
}
