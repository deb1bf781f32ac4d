/**
 * The CLI's own Indonesian words (and the report's: packages/planner/test/export/agreement-word.test.ts) call an agreement a `kesepakatan`, as the
 * keyword, the docs and `lontar init` do. Found by a user walk: the plan summary's line read
 * `perjanjian   1 terpenuhi` and the report's heading `Perjanjian kerja sama`, while the
 * planner writes `kesepakatan` in her files (a PKS, one kind of them, stays a *perjanjian
 * kerja sama*).
 */
import { describe, expect, it } from "vitest";
import { COMMAND_USAGE, MAIN_USAGE } from "../src/args/help-texts.js";
import { CLI_MESSAGES } from "../src/text/messages.js";

const indonesian = (table: Readonly<Record<string, { readonly id: string }>>): [string, string][] => Object.entries(table).map(([key, words]) => [key, words.id]);

describe("the word for an agreement in Bahasa Indonesia", () => {
  it.each([
    ["CLI messages", indonesian(CLI_MESSAGES)],
    ["help texts", [["main", MAIN_USAGE.id], ...indonesian(COMMAND_USAGE)] as [string, string][]],
  ])("is kesepakatan in the %s", (_, entries) => {
    const perjanjian = entries.filter(([, text]) => /perjanjian(?! kerja sama \(PKS\))/i.test(text)).map(([key]) => key);
    expect(perjanjian).toEqual([]);
    expect(entries.some(([, text]) => /kesepakatan/i.test(text))).toBe(true);
  });
});
