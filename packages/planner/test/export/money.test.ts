import fc from "fast-check";
import { formatRupiah } from "@lontar/core";
import { describe, expect, it } from "vitest";
import { money } from "../../src/export/words.js";

describe("the report's rupiah", () => {
  it("is core's formatRupiah in both languages, an overspent remainder included (the browser script keeps its own copy)", () => {
    expect(money(-1_500_000, "id")).toBe("-Rp 1.500.000");
    fc.assert(
      fc.property(fc.integer({ min: -Number.MAX_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER }), fc.constantFrom("en" as const, "id" as const), (amount, language) => {
        expect(money(amount, language)).toBe(formatRupiah(amount, language));
      }),
    );
  });
});
