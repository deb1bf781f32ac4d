import { describe, expect, it } from "vitest";
import { parseCount, UsageError } from "../src/args/usage-error.js";
import { parseCheckOptions } from "../src/commands/check-options.js";

// Found by a CI walk: the help writes the default of --max-occurrences `2,000,000`
// (`2.000.000` in Indonesian), and the command refused it; `--max-warnings <path>` said "missing path".
describe("whole-number options", () => {
  it("take thousands written with commas or dots, as the help writes them", () => {
    expect(parseCount("max-occurrences", "2,000,000")).toBe(2_000_000);
    expect(parseCount("max-occurrences", "2.000.000")).toBe(2_000_000);
    expect(parseCount("max-warnings", "10")).toBe(10);
  });

  it.each(["1,5", "1.5", "2,000.000", "12,34", "-1", "", "1e3"])("refuse %j", (value) => {
    expect(() => parseCount("max-warnings", value)).toThrow(/expects a whole number/);
  });

  // Found by a CI walk: `--max-warnings -1` (ESLint's "no limit") was told to write
  // `--max-warnings=-1`, which was then refused with no word of what to write instead.
  it("say, for a negative --max-warnings, that it is 0 or more and how to allow any number (en, id)", () => {
    const parse = (): unknown => parseCheckOptions(["--max-warnings=-1", "."], {});
    expect(parse).toThrow("--max-warnings expects a whole number, got '-1': 0 or more; to allow any number of warnings, leave the option out");
    expect(() => parseCheckOptions(["--max-warnings=-1", "."], { LANG: "id_ID.UTF-8" })).toThrow(UsageError);
    try {
      parse();
    } catch (thrown) {
      expect((thrown as UsageError).render("id")).toBe("--max-warnings memerlukan bilangan bulat, bukan '-1': 0 atau lebih; agar peringatan berapa pun diterima, jangan pakai opsinya");
    }
  });

  it("say what is wrong with --max-warnings before asking for a path", () => {
    expect(() => parseCheckOptions(["--max-warnings", "examples/ntt-plm-2019"], {})).toThrow(/--max-warnings expects a whole number, got 'examples\/ntt-plm-2019'/);
  });

  it("suggest the format a typo meant, and list them all for anything else", () => {
    expect(() => parseCheckOptions(["--format", "sarf", "."], {})).toThrow(/unknown format 'sarf'; did you mean `sarif`\?/);
    expect(() => parseCheckOptions(["--format", "xml", "."], {})).toThrow(/unknown format 'xml' \(expected stylish, json, sarif, github, junit, codequality\)/);
  });
});
