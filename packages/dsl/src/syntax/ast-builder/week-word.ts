/**
 * Spellings kept in a node: the week ({@link WeekSpelling}: both parsers spread what
 * {@link weekWordOf} gives for the word they read as the period) and the words of public
 * holidays in `closed on …` ({@link holidayWordsOf}).
 */
import type { WeekSpelling } from "../ast.js";
import { CANONICAL_HOLIDAY_WORDS } from "../written-words.js";

const PEKAN: WeekSpelling = Object.freeze({ weekWord: "pekan" });
const NONE: WeekSpelling = Object.freeze({});

/** `{ weekWord: "pekan" }` for the word `pekan`; nothing to spread for any other word. */
export function weekWordOf(image: string | undefined): WeekSpelling {
  return image === "pekan" ? PEKAN : NONE;
}

const CANONICAL_HOLIDAYS: ReadonlySet<string> = new Set(Object.values(CANONICAL_HOLIDAY_WORDS));

/** `{ holidayWords }` for the words after `on` / `pada` in `closed on …` when they are not the canonical ones; nothing to spread otherwise. */
export function holidayWordsOf(images: readonly string[]): { readonly holidayWords?: string } {
  const words = images.join(" ");
  return CANONICAL_HOLIDAYS.has(words) ? {} : { holidayWords: words };
}
