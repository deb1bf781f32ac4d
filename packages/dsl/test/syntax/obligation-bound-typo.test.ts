/**
 * A misspelt `least` / `most` after an obligation's `at` (`at lest 2 sessions …`): the word is
 * the mistake, named with the word meant and its certain fix (it said "expected a property of
 * `agreement` …, found `at`", with no fix).
 */
import { describe, expect, it } from "vitest";
import { applyEdits, certainFixes, checkSource } from "@lontar/dsl";

const SOURCE = (line: string): string =>
  `library l {\n  tier city\n  region "Aceh" / "Kota Langsa"\n}\npartner m {\n  kind school\n}\nprogram p at l {\n  category class\n  schedule every week on tue at 09:00 for 1h from 2026-01-06 until 2026-12-15\n}\nagreement k {\n  between l and m\n  valid 2026-01-01..2026-12-31\n  ${line}\n}\n`;

describe("an obligation's `at` with its `least` / `most` misspelt", () => {
  it.each([
    ["at lest 2 sessions of p per month", "lest", "least"],
    ["at mots 60 sessions of p per year", "mots", "most"],
  ])("%j: one LON1101 at the word, fixed to the word meant", (line, word, meant) => {
    const source = SOURCE(line);
    const errors = checkSource(source, "a.lontar").diagnostics.filter((d) => d.severity === "error");
    expect(errors.map((d) => [d.code, d.message])).toEqual([["LON1101", `unexpected \`${word}\` after \`at\`; did you mean \`${meant}\`?`]]);
    expect(source.slice(errors[0]!.location.range.start.offset, errors[0]!.location.range.end.offset)).toBe(word);
    const fixed = applyEdits(source, certainFixes(errors).get("a.lontar") ?? []);
    expect(fixed).toBe(SOURCE(line.replace(word, meant)));
    expect(checkSource(fixed, "a.lontar").diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  });
});

describe("an obligation's verb misspelt after its party", () => {
  it.each([
    ["partner hots p", "hots", "partner", "hosts"],
    ["library provdes m every month", "provdes", "library", "provides"],
  ])("%j: one LON1101 at the verb, fixed to the verb meant (it said the verb was no partner, and that the next word starts no property)", (line, word, party, meant) => {
    const source = SOURCE(line);
    const errors = checkSource(source, "a.lontar").diagnostics.filter((d) => d.severity === "error");
    expect(errors.map((d) => [d.code, d.message])).toEqual([["LON1101", `unexpected \`${word}\` after \`${party}\`; did you mean \`${meant}\`?`]]);
    const fixed = applyEdits(source, certainFixes(errors).get("a.lontar") ?? []);
    expect(fixed).toBe(SOURCE(line.replace(word, meant)));
  });
});
