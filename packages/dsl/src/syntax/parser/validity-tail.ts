/**
 * An obligation's line that ends by saying it holds while the agreement does: `minimal 1 sesi
 * kunjungan per bulan selama masa berlaku`, `… sepanjang kesepakatan`, `… during the agreement`.
 * Every obligation holds from the agreement's first day to its last (its `berlaku`), so the
 * words say nothing more; the fix removes them.
 */
import type { IToken } from "chevrotain";
import type { KeywordLanguage } from "../ast.js";
import { endOf } from "../ast-builder/ranges.js";
import { spell } from "../keywords.js";
import type { LineHint } from "./line-hint.js";
import { writtenText, lineEndFrom } from "./written-tokens.js";

/** Words that start such an ending, lower case. */
const WHILE_WORDS: ReadonlySet<string> = new Set(["selama", "sepanjang", "during", "throughout", "for"]);
/**
 * The whole of what may follow, lower case, words joined by a space: the agreement or its
 * validity and nothing else (`selama tahun pertama kerja_sama` limits the obligation to a part
 * of it, and is not read here).
 */
const WHOLE_AGREEMENT: ReadonlySet<string> = new Set([
  "masa berlaku", "masa_berlaku", "masa berlakunya", "berlakunya kesepakatan", "kesepakatan berlaku", "masa kesepakatan", "kesepakatan", "perjanjian", "masa perjanjian",
  "mou", "pks", "masa kerja_sama", "masa kerjasama", "kerja_sama", "kerjasama", "masa kerja sama", "kerja sama",
  "the agreement", "agreement", "the validity", "validity", "the term", "the agreement's validity", "the whole agreement",
]);
/** At most this many words end the line. */
const MOST_WORDS = 5;

/** The hint and fix when the words from token `k` to the end of its line say "while the agreement holds"; undefined otherwise. */
export function validityTailAt(tokens: readonly IToken[], k: number, lang: KeywordLanguage): LineHint | undefined {
  const word = tokens[k];
  const before = tokens[k - 1];
  if (word === undefined || before === undefined || before.startLine !== word.startLine || !WHILE_WORDS.has(word.image.toLowerCase())) return undefined;
  const last = lineEndFrom(tokens, k, MOST_WORDS);
  if (tokens[last + 1]?.startLine === word.startLine) return undefined;
  if (!WHOLE_AGREEMENT.has(tokens.slice(k + 1, last + 1).map((t) => t.image.toLowerCase()).join(" "))) return undefined;
  const text = writtenText(tokens, k, last);
  const end = tokens[last] as IToken;
  return {
    hint: {
      en: `; every obligation holds for as long as the agreement is valid (its \`${spell("Valid", lang)}\`), so \`${text}\` says nothing more: without it, the line means the same`,
      id: `; setiap kewajiban berlaku selama kesepakatannya berlaku (\`${spell("Valid", lang)}\`-nya), jadi \`${text}\` tidak menambah apa-apa: tanpanya, baris itu berarti sama`,
    },
    fix: { note: "deleteIt", shown: text, edits: [{ range: { start: endOf(before), end: endOf(end) }, text: "" }] },
  };
}
