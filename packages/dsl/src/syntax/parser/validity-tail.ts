/**
 * An obligation's line that ends by saying it holds while the agreement does: `minimal 1 sesi
 * kunjungan per bulan selama masa berlaku`, `… sepanjang kesepakatan`, `… during the agreement`.
 * Every obligation holds from the agreement's first day to its last (its `berlaku`), so the
 * words say nothing more; the fix removes them.
 */
import type { IToken } from "chevrotain";
import { endOf } from "../ast-builder/ranges.js";
import type { LineHint } from "./line-hint.js";
import { writtenText } from "./written-tokens.js";

/** Words that start such an ending, lower case. */
const WHILE_WORDS: ReadonlySet<string> = new Set(["selama", "sepanjang", "during", "throughout", "for"]);
/** Words of the agreement or its validity, lower case: one of them must follow. */
const AGREEMENT_WORDS: ReadonlySet<string> = new Set(["berlaku", "masa_berlaku", "kesepakatan", "perjanjian", "mou", "pks", "kerja_sama", "kerjasama", "agreement", "validity", "term"]);
/** At most this many words end the line. */
const MOST_WORDS = 8;

/** The hint and fix when the words from token `k` to the end of its line say "while the agreement holds"; undefined otherwise. */
export function validityTailAt(tokens: readonly IToken[], k: number): LineHint | undefined {
  const word = tokens[k];
  const before = tokens[k - 1];
  if (word === undefined || before === undefined || before.startLine !== word.startLine || !WHILE_WORDS.has(word.image.toLowerCase())) return undefined;
  let last = k;
  while (tokens[last + 1]?.startLine === word.startLine && last - k < MOST_WORDS) last++;
  if (tokens[last + 1]?.startLine === word.startLine) return undefined;
  const words = tokens.slice(k + 1, last + 1).map((t) => t.image.toLowerCase());
  if (!words.every((w) => /^[a-z_]+$/.test(w)) || !words.some((w) => AGREEMENT_WORDS.has(w))) return undefined;
  const text = writtenText(tokens, k, last);
  const end = tokens[last] as IToken;
  return {
    hint: {
      en: `; every obligation holds for as long as the agreement is valid (its \`valid\`), so \`${text}\` says nothing more: without it, the line means the same`,
      id: `; setiap kewajiban berlaku selama kesepakatannya berlaku (\`berlaku\`-nya), jadi \`${text}\` tidak menambah apa-apa: tanpanya, baris itu berarti sama`,
    },
    fix: { note: "deleteIt", shown: text, edits: [{ range: { start: endOf(before), end: endOf(end) }, text: "" }] },
  };
}
