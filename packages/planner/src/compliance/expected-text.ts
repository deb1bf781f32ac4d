import { rupiahLabels, type Labels, type Language } from "@lontar/core";

/** A bound of plan.json's expected count: `>= 2` (at least) or `<= 3` (at most). */
interface Bound {
  readonly least: boolean;
  readonly count: string;
}

/** The bounds of an expected count (`>= 1 and <= 3`), or undefined for anything else. */
function boundsOf(expected: string): readonly Bound[] | undefined {
  const bounds: Bound[] = [];
  for (const part of expected.split(" and ")) {
    const match = /^(>=|<=) (\d+)$/.exec(part);
    if (match === null) return undefined;
    bounds.push({ least: match[1] === ">=", count: match[2] ?? "" });
  }
  return bounds;
}

/** A budget share's expected amount (`Rp 25000000`) in each language, or undefined. */
function rupiahOf(expected: string): Labels | undefined {
  const amount = /^Rp (\d+)$/.exec(expected)?.[1];
  return amount === undefined ? undefined : rupiahLabels(Number(amount));
}

/**
 * A compliance finding's expected value (plan.json's `>= 2`, `<= 3`, `>= 1 and <= 3`, a
 * budget share's `Rp 25000000`) in a sentence's words: `at least 2`, `paling sedikit 1 dan
 * paling banyak 3`, `Rp 25.000.000`. Anything else as written, `and` said in Bahasa Indonesia.
 *
 * @example expectedWords(">= 1 and <= 3").id // "paling sedikit 1 dan paling banyak 3"
 */
export function expectedWords(expected: string): Labels {
  const rupiah = rupiahOf(expected);
  if (rupiah !== undefined) return rupiah;
  const bounds = boundsOf(expected);
  if (bounds === undefined) return { en: expected, id: expected.replaceAll(" and ", " dan ") };
  const say = (least: string, most: string, and: string): string => bounds.map((b) => `${b.least ? least : most} ${b.count}`).join(and);
  return { en: say("at least", "at most", " and "), id: say("paling sedikit", "paling banyak", " dan ") };
}

/**
 * The same value as a table's cell writes it: `≥ 2`, `≥ 1 dan ≤ 3`, `Rp 25.000.000`, the
 * joining word and the digits in `language`.
 *
 * @example expectedText(">= 1 and <= 3", "id") // "≥ 1 dan ≤ 3"
 */
export function expectedText(expected: string, language: Language): string {
  const rupiah = rupiahOf(expected);
  if (rupiah !== undefined) return rupiah[language];
  const bounds = boundsOf(expected);
  const and = language === "id" ? " dan " : " and ";
  return bounds === undefined ? expected.replaceAll(" and ", and) : bounds.map((b) => `${b.least ? "≥" : "≤"} ${b.count}`).join(and);
}

/**
 * The least count plan.json's expected value allows (`>= 2` and `>= 2 and <= 3` give 2), or
 * undefined when it sets none (`<= 3`, a budget share's amount).
 *
 * @example leastOf(">= 1 and <= 3") // 1
 */
export function leastOf(expected: string): number | undefined {
  const least = boundsOf(expected)?.find((b) => b.least);
  return least === undefined ? undefined : Number(least.count);
}

/**
 * What a count of sessions short of its minimum adds when more of the program's sessions fell
 * in the period (cancelled, say on a holiday, or not placed): ` (1 cancelled or not placed)`;
 * empty for none.
 *
 * @example notScheduledWords(2).id // " (2 dibatalkan atau belum ditempatkan)"
 */
export function notScheduledWords(count: number): Labels {
  return count > 0 ? { en: ` (${count} cancelled or not placed)`, id: ` (${count} dibatalkan atau belum ditempatkan)` } : { en: "", id: "" };
}
