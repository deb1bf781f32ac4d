import { readFileSync } from "node:fs";
import Ajv2020 from "ajv/dist/2020.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { exportJson, planJsonSchema } from "@lontar/planner";
import { planOf, samplePlan, samplePlanInput } from "./fixtures.js";
import { planSchemaPath, planSchemaText } from "./plan-schema-file.js";

function shuffleKeys(value: unknown, seed: number): unknown {
  if (Array.isArray(value)) return value.map((v, i) => shuffleKeys(v, seed + i));
  if (value === null || typeof value !== "object") return value;
  const entries = Object.entries(value);
  const rotated = entries.length === 0 ? entries : [...entries.slice(seed % entries.length), ...entries.slice(0, seed % entries.length)];
  return Object.fromEntries(rotated.reverse().map(([k, v]) => [k, shuffleKeys(v, seed + 1)]));
}

describe("exportJson", () => {
  const text = exportJson(samplePlan());

  it("is the plan, two-space indented, ending with a newline", () => {
    expect(JSON.parse(text)).toEqual(samplePlanInput());
    expect(text.startsWith('{\n  "version": 1,\n  "horizon": {\n    "from": "2019-02-01",')).toBe(true);
    expect(text.endsWith("}\n")).toBe(true);
  });

  it("writes keys in a stable order whatever order they came in", () => {
    fc.assert(
      fc.property(fc.nat(1000), (seed) => {
        expect(exportJson(planOf(shuffleKeys(samplePlanInput(), seed)))).toBe(text);
      }),
      { numRuns: 50 },
    );
  });

  it("refuses a value that is not a plan", () => {
    const broken = { ...samplePlan(), version: 2 } as unknown as Parameters<typeof exportJson>[0];
    expect(() => exportJson(broken)).toThrow(/not a valid plan/);
  });

  it("validates against the generated JSON Schema", () => {
    const validate = new Ajv2020({ strict: false }).compile(planJsonSchema());
    expect(validate(JSON.parse(text))).toBe(true);
    expect(validate({ ...JSON.parse(text), occurrences: [{ id: 1 }] })).toBe(false);
  });
});

describe("docs/plan.schema.json", () => {
  it("is up to date (regenerate with packages/planner/test/export/update-plan-schema.ts)", () => {
    expect(readFileSync(planSchemaPath, "utf8")).toBe(planSchemaText());
  });
});
