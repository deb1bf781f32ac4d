import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { periodOf, periodsMeeting } from "../../src/calendar/periods.js";
import { periodNames } from "../../src/compliance/period-names.js";
import { missedWords } from "../../src/compliance/missed-periods.js";

const year = (y: number) => periodsMeeting({ from: `${y}-01-01`, to: `${y}-12-31` }, "month").map((p) => p.period);

describe("periodNames", () => {
  it("joins a whole year of months into one run from its first to its last month, in each language", () => {
    const names = periodNames(year(2025), "month");
    for (const language of ["en", "id"] as const) {
      const month = (m: number) => new Intl.DateTimeFormat(language, { month: "short", timeZone: "UTC" }).format(Date.UTC(2025, m, 1)).replace(/\.$/, "");
      expect(names[language]).toBe(`${month(0)}–${month(11)} 2025`);
    }
  });

  it("names as many runs as there are gaps plus one, up to six, and counts the rest", () => {
    fc.assert(
      fc.property(fc.subarray(year(2024).concat(year(2025)), { minLength: 1 }), (months) => {
        let runs = 0;
        months.forEach((m, i) => {
          const previous = months[i - 1];
          const dayAfter = previous === undefined ? undefined : new Date(Date.parse(`${previous.to}T00:00Z`) + 86_400_000).toISOString().slice(0, 10);
          if (dayAfter !== m.from) runs += 1;
        });
        const named = periodNames(months, "month");
        const listed = named.en.split(", ");
        if (runs <= 6) expect(listed.length).toBe(runs);
        else expect(listed.at(-1)).toBe(`and ${runs - 6} more`);
        expect(named.id.split(", ").length).toBe(listed.length);
      }),
    );
  });

  it("names a period that is not a month by its dates, and years by number", () => {
    const weeks = periodsMeeting({ from: "2025-01-06", to: "2025-01-26" }, "week").map((p) => p.period);
    expect(periodNames(weeks, "week").en).toBe(`${weeks[0]?.from}..${weeks.at(-1)?.to}`);
    const years = [2024, 2025].map((y) => periodOf(`${y}-06-01`, "year"));
    expect(periodNames(years, "year").id).toBe("2024–2025");
  });
});

describe("missedWords", () => {
  // The plan summary had its own copy of these words, which printed `>= 1 / >= 4` for an
  // obligation missed in a period the agreement cuts (its bound scaled down) and in whole ones.
  it("says each different bound in words, the planned spread, and the periods' names", () => {
    const missed = [
      { period: { from: "2027-01-01", to: "2027-01-31" }, planned: 0, expected: ">= 1" },
      { period: { from: "2027-02-01", to: "2027-02-28" }, planned: 2, expected: ">= 4" },
    ];
    const words = missedWords(missed, "month");
    expect(words.expected).toEqual({ en: "at least 1 / at least 4", id: "paling sedikit 1 / paling sedikit 4" });
    expect(words.planned).toBe("0–2");
    expect(words.names).toEqual({ en: "Jan–Feb 2027", id: "Jan–Feb 2027" });
  });
});
