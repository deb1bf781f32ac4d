import { analyzeWorkspace, checkSource } from "@lontar/dsl";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { arbWorkspaceSource } from "../arbitraries/source.js";

const CODE = /^LON[1-5]\d{3}$/;

describe("the semantic stages never throw", () => {
  it("on any workspace the syntax arbitraries produce, in either language: every diagnostic is well formed", () => {
    fc.assert(
      fc.property(arbWorkspaceSource({ lang: "mixed" }), (text) => {
        const result = checkSource(text, "main.lontar");
        for (const d of result.diagnostics) {
          expect(d.code).toMatch(CODE);
          expect(d.location.file).toBe("main.lontar");
          expect(d.location.range.start.line).toBeGreaterThanOrEqual(1);
        }
        // Deterministic: the same text gives the same bytes.
        expect(JSON.stringify(checkSource(text, "main.lontar"))).toBe(JSON.stringify(result));
        // Errors and a compiled workspace exclude each other.
        expect(result.workspace !== undefined && result.diagnostics.some((d) => d.severity === "error")).toBe(false);
      }),
      { numRuns: 150, seed: 9 },
    );
  });

  it("on sources with values the parser accepts but the calendar does not", () => {
    const arbBad = fc.record({
      date: fc.tuple(fc.integer({ min: 1900, max: 2200 }), fc.integer({ min: 0, max: 19 }), fc.integer({ min: 0, max: 39 })).map(([y, m, d]) => `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`),
      time: fc.tuple(fc.integer({ min: 0, max: 29 }), fc.integer({ min: 0, max: 69 })).map(([h, m]) => `${String(h).padStart(2, "0")}:${String(m).padStart(2, "0")}`),
      n: fc.integer({ min: 0, max: 40 }),
      unit: fc.constantFrom("day", "week", "month", "year"),
    });
    fc.assert(
      fc.property(arbBad, arbBad, ({ date, time, n, unit }, other) => {
        const text = `library l { tier desa region "Aceh" open mon..fri ${time}-${other.time} closed ${date}..${other.date} "x" }
program p at l { category class
  schedule every ${n} ${unit} on ${n} from ${date} until ${other.date} at ${time}
  schedule once ${date} at ${time} for ${n}h
  schedule ${n} times per ${unit} on mon between ${time}-${other.time}
  schedule rrule "FREQ=DAILY;INTERVAL=${n}" starting ${date}T${time}
}
agreement a { between l and l valid ${date}..${other.date} }`;
        expect(() => checkSource(text, "x.lontar")).not.toThrow();
      }),
      { numRuns: 150, seed: 9 },
    );
  });

  it("on arbitrary text, and with arbitrary imports", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), fc.string({ maxLength: 20 }), (text, spec) => {
        const result = analyzeWorkspace({ root: "/r", files: [{ path: "/r/a.lontar", text: `import ${JSON.stringify(spec)}\n${text}` }], readFile: () => "import \"./a.lontar\"" });
        for (const d of result.diagnostics) expect(d.code).toMatch(CODE);
      }),
      { numRuns: 200, seed: 9 },
    );
  });
});
