/**
 * LON5007: a share written `from <budget>` is money in that budget, so it cannot be larger than
 * the budget's amount (helper-154's walk, stop 49: `dari apbd` with a share over APBD's amount
 * drew only a budget overrun and an unused share).
 */
import { localizeDiagnostic } from "@lontar/core";
import { analyzeWorkspace } from "@lontar/dsl";
import { describe, expect, it } from "vitest";

const PRELUDE = `library lib {\n  tier city\n  region "Aceh" / "Kota Langsa"\n}\npartner lsm { kind ngo }\nprogram festival at lib {\n  category festival\n  schedule once 2024-09-10 at 09:00 for 6h\n}\n`;
const budget = (amount: string): string => `budget apbk at lib {\n  amount ${amount}\n  period 2024\n}\n`;
const agreement = (line: string): string => `agreement mou {\n  between lib and lsm\n  valid 2024-01-01..2024-12-31\n  ${line}\n}\n`;
const analyze = (...texts: string[]) => analyzeWorkspace({ root: "/ws", files: texts.map((text, i) => ({ path: `f${i}.lontar`, text })), readFile: () => undefined });
const codes = (...texts: string[]) => analyze(...texts).diagnostics.map((d) => d.code);

describe("LON5007: a share from a budget larger than the budget", () => {
  it("warns at the share's amount, with the budget's amount and both ways out, in both languages", () => {
    const result = analyze(PRELUDE + budget("Rp 20.000.000") + agreement("partner pays Rp 25.000.000 for festival from apbk"));
    expect(result.diagnostics.map((d) => [d.code, d.severity, d.location.range.start.line, d.location.range.start.column])).toEqual([["LON5007", "warning", 17, 16]]);
    const [d] = result.diagnostics;
    expect(d?.message).toBe(
      "the share of Rp 25,000,000 is money in `apbk` (`from apbk`), whose amount is only Rp 20,000,000: raise `apbk`'s `amount` to include the share, or drop `from apbk` if the partner's money is not in that budget (it then pays the program's costs before the budget does)",
    );
    expect(localizeDiagnostic(d!, "id").message).toMatch(/^bagian sebesar Rp 25\.000\.000 adalah uang di dalam `apbk` \(`dari apbk`\), yang jumlahnya hanya Rp 20\.000\.000: /);
  });

  it("is quiet for a share the budget holds, a share without `from`, and a library's share", () => {
    expect(codes(PRELUDE + budget("Rp 25.000.000") + agreement("partner pays Rp 25.000.000 for festival from apbk"))).toEqual([]);
    expect(codes(PRELUDE + budget("Rp 20.000.000") + agreement("partner pays Rp 25.000.000 for festival"))).toEqual([]);
    expect(codes(PRELUDE + budget("Rp 20.000.000") + agreement("library pays Rp 25.000.000 for festival from apbk"))).toEqual(["LON5007"]);
  });

  it("reads a budget in another file, and leaves a budget declared nowhere to LON2002", () => {
    expect(codes(PRELUDE + agreement("partner pays Rp 25.000.000 for festival from apbk"), budget("Rp 20.000.000"))).toEqual(["LON5007"]);
    expect(codes(PRELUDE + agreement("partner pays Rp 25.000.000 for festival from apbk"))).toEqual(["LON2002"]);
  });

});

describe("LON5007: the shares of one budget together larger than it", () => {
  const second = `partner pkk { kind pkk }\nagreement mou_pkk {\n  between lib and pkk\n  valid 2024-01-01..2024-12-31\n  partner pays Rp 12.000.000 for festival from apbk\n}\n`;

  it("warns once, at the share that tips the sum over, with the other shares as related locations, in both languages", () => {
    const result = analyze(PRELUDE + budget("Rp 20.000.000") + agreement("partner pays Rp 15.000.000 for festival from apbk"), second);
    expect(result.diagnostics.map((d) => [d.code, d.severity, d.location.file, d.location.range.start.line, d.location.range.start.column])).toEqual([["LON5007", "warning", "f1.lontar", 5, 16]]);
    const [d] = result.diagnostics;
    expect(d?.message).toBe(
      "the 2 shares written `from apbk` add up to Rp 27,000,000, more than its amount of Rp 20,000,000: each is money in `apbk`, which cannot hold them all. Raise `apbk`'s `amount` to include every share, lower a share, or drop `from apbk` where a partner's money is not in that budget",
    );
    expect(d?.related?.map((r) => [r.location.file, r.location.range.start.line, r.message])).toEqual([["f0.lontar", 17, "another share of Rp 15,000,000 in `apbk`, in `mou`"]]);
    const id = localizeDiagnostic(d!, "id");
    expect(id.message).toMatch(/^2 bagian yang ditulis `dari apbk` berjumlah Rp 27\.000\.000, lebih dari jumlah anggaran itu, Rp 20\.000\.000: /);
    expect(id.related?.[0]?.message).toBe("bagian lain sebesar Rp 15.000.000 di `apbk`, dalam `mou`");
  });

  it("counts a library's share and two shares of one agreement alike", () => {
    const both = `agreement mou {\n  between lib and lsm\n  valid 2024-01-01..2024-12-31\n  partner pays Rp 15.000.000 for festival from apbk\n  library pays Rp 10.000.000 for festival from apbk\n}\n`;
    expect(codes(PRELUDE + budget("Rp 20.000.000") + both)).toEqual(["LON5007"]);
    expect(codes(PRELUDE + budget("Rp 25.000.000") + both)).toEqual([]);
  });

  it("counts a share written twice in one agreement once, as the plan does, and leaves out an agreement with a condition", () => {
    const twice = agreement("partner pays Rp 15.000.000 for festival from apbk\n  partner pays Rp 15.000.000 for festival from apbk");
    expect(codes(PRELUDE + budget("Rp 20.000.000") + twice)).toEqual(["LON3008"]);
    const conditional = second.replace("  valid 2024", '  when library.province == "Aceh"\n  valid 2024');
    expect(codes(PRELUDE + budget("Rp 20.000.000") + agreement("partner pays Rp 15.000.000 for festival from apbk"), conditional)).toEqual([]);
  });

  it("is quiet when the shares fit exactly, and says once that one share alone is too large", () => {
    expect(codes(PRELUDE + budget("Rp 27.000.000") + agreement("partner pays Rp 15.000.000 for festival from apbk"), second)).toEqual([]);
    const result = analyze(PRELUDE + budget("Rp 20.000.000") + agreement("partner pays Rp 25.000.000 for festival from apbk"), second);
    expect(result.diagnostics.map((d) => [d.code, d.location.file])).toEqual([["LON5007", "f0.lontar"]]);
    expect(result.diagnostics[0]?.message).toMatch(/^the share of Rp 25,000,000 is money in `apbk`/);
  });
});
