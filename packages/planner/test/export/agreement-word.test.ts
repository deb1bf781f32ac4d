/**
 * The report's Indonesian words call an agreement a `kesepakatan`, as the keyword, the docs
 * and the CLI do. Found by a user walk: the report's heading read `Perjanjian kerja sama`,
 * while the planner writes `kesepakatan` in her files (a PKS, one kind of them, stays a
 * *perjanjian kerja sama*).
 */
import { describe, expect, it } from "vitest";
import { REPORT_WORDS } from "../../src/export/html/report-words.js";

describe("the word for an agreement in the report's Bahasa Indonesia", () => {
  it("is kesepakatan", () => {
    const entries = Object.entries(REPORT_WORDS).map(([key, words]) => [key, words.id] as const);
    expect(entries.filter(([, text]) => /perjanjian(?! kerja sama \(PKS\))/i.test(text)).map(([key]) => key)).toEqual([]);
    expect(REPORT_WORDS.agreements.id).toBe("Kesepakatan");
  });
});
