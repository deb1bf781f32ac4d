import { describe, expect, it } from "vitest";
import { Plan, agreementStatusWord, expectedText, expectedWords } from "../../src/index.js";

describe("agreementStatusWord", () => {
  const statuses = Plan.shape.agreements.element.shape.status.options;

  it("says every status plan.json writes in both languages, in words, not as its id", () => {
    for (const status of statuses) {
      for (const language of ["en", "id"] as const) {
        const word = agreementStatusWord(status, language);
        expect(word, `${status} ${language}`).not.toBe(status);
        expect(word).toBe(word.toLowerCase());
      }
    }
    expect(statuses.map((s) => agreementStatusWord(s, "id"))).toEqual(["terpenuhi", "berisiko", "tidak terpenuhi", "tidak berlaku"]);
    expect(statuses.map((s) => agreementStatusWord(s, "en"))).toEqual(["met", "at risk", "not met", "not in force"]);
  });

  it("writes a status it does not know (a newer plan.json) as it is, and no inherited name", () => {
    expect(agreementStatusWord("suspended", "id")).toBe("suspended");
    expect(agreementStatusWord("toString", "en")).toBe("toString");
  });
});

describe("expectedText", () => {
  it("writes plan.json's expected bound with signs and the reader's joining word, a share in rupiah", () => {
    expect(expectedText(">= 6", "en")).toBe("≥ 6");
    expect(expectedText(">= 1 and <= 3", "en")).toBe("≥ 1 and ≤ 3");
    expect(expectedText(">= 1 and <= 3", "id")).toBe("≥ 1 dan ≤ 3");
    expect(expectedText("Rp 25000000", "id")).toBe("Rp 25.000.000");
    expect(expectedText("Rp 25000000", "en")).toBe("Rp 25,000,000");
  });
});

describe("expectedWords", () => {
  it("says plan.json's expected bound in a sentence's words, in both languages", () => {
    expect(expectedWords(">= 6")).toEqual({ en: "at least 6", id: "paling sedikit 6" });
    expect(expectedWords("<= 3")).toEqual({ en: "at most 3", id: "paling banyak 3" });
    expect(expectedWords(">= 1 and <= 3")).toEqual({ en: "at least 1 and at most 3", id: "paling sedikit 1 dan paling banyak 3" });
    // A budget share's amount as each language writes money; anything else as written.
    expect(expectedWords("Rp 25000000")).toEqual({ en: "Rp 25,000,000", id: "Rp 25.000.000" });
    expect(expectedWords("some 3")).toEqual({ en: "some 3", id: "some 3" });
  });
});
