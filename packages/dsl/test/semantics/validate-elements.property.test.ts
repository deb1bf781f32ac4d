import { Agreement, isNormalForm, KpiDefinition, Library, Partner, Program, Resource, Rule, unknownKeyIssues, validateWorkspace } from "@lontar/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compileInput } from "../../src/semantics/compiler/compile.js";
import { validateByElement, type ElementSchema } from "../../src/semantics/compiler/validate-elements.js";
import { AnalysisMemo, analyzeFast } from "../../src/workspace/pipeline.js";
import type { SourceFile } from "../../src/workspace/load.js";
import { generateWorkspace } from "../../bench/generate.js";
import { droppedBraces, everyNth, exampleWorkspaces, keywordTypos } from "../arbitraries/mutants.js";
import { arbWorkspaceSource } from "../arbitraries/source.js";

const SCHEMAS: Readonly<Record<string, ElementSchema>> = {
  libraries: Library,
  partners: Partner,
  resources: Resource,
  programs: Program,
  agreements: Agreement,
  rules: Rule,
  kpis: KpiDefinition,
};

/** What the compiler makes of a workspace (errors or not: a broken one compiles to broken input). */
function compiled(files: readonly SourceFile[]): Record<string, unknown[]> {
  const fast = analyzeFast("/ws", files, () => undefined, new AnalysisMemo());
  return compileInput(fast.bound, fast.context.schedule).input as unknown as Record<string, unknown[]>;
}

/** The element-wise validation agrees with core's whole one: the same model, or both find an issue. */
function expectAgreement(input: unknown): void {
  const whole = validateWorkspace(input);
  const byElement = validateByElement(input);
  expect(byElement === undefined ? "issues" : JSON.stringify(byElement)).toBe(whole.ok ? JSON.stringify(whole.value) : "issues");
}

const examples = exampleWorkspaces();

describe("validating the compiled model element by element", () => {
  it("builds every element of the examples and the benchmark's workspace in core's normal form (so no parse runs)", () => {
    const inputs = [...examples.map((ws) => compiled(ws.files)), compiled(generateWorkspace(2, 3))];
    let elements = 0;
    for (const input of inputs) {
      for (const [collection, schema] of Object.entries(SCHEMAS)) {
        for (const element of input[collection] ?? []) {
          elements++;
          expect({ collection, normal: isNormalForm(schema, element) }).toEqual({ collection, normal: true });
        }
      }
      expectAgreement(input);
    }
    expect(elements).toBeGreaterThan(100);
  });

  it("agrees with core's validateWorkspace on generated workspaces in both languages", () => {
    fc.assert(
      fc.property(arbWorkspaceSource({ lang: "mixed" }), (text) => expectAgreement(compiled([{ path: "main.lontar", text }]))),
      { numRuns: 100 },
    );
  });

  it("agrees with core's validateWorkspace on mutants of the examples (typos, dropped braces)", () => {
    const mutants = [...everyNth(keywordTypos(examples), 400), ...everyNth(droppedBraces(examples), 60)];
    expect(mutants.length).toBeGreaterThan(10);
    for (const mutant of mutants) expectAgreement(compiled(mutant.files));
  });

  it("agrees with zod on mutated elements: normal form only when the parse gives the element back as it is", () => {
    const elements = examples.flatMap((ws) => {
      const input = compiled(ws.files);
      return Object.entries(SCHEMAS).flatMap(([collection, schema]) => (input[collection] ?? []).map((element) => ({ schema, element })));
    });
    const arbJson = fc.oneof(fc.constant(undefined), fc.constant(null), fc.boolean(), fc.integer({ min: -3, max: 3 }), fc.double(), fc.string({ maxLength: 4 }), fc.constantFrom("2019-02-30", "2019-02-28", "09:00", "24:00", "mon", "room", "x-y"), fc.constant([]), fc.constant({}));
    const arbMutation = fc.record({ pick: fc.nat(), at: fc.nat(), kind: fc.constantFrom("set", "delete", "add", "reorder", "undefined"), value: arbJson, key: fc.constantFrom("extra", "id", "kind", "source", "quantity") });
    fc.assert(
      fc.property(fc.nat(), fc.array(arbMutation, { minLength: 1, maxLength: 3 }), (index, mutations) => {
        const { schema, element } = elements[index % elements.length] as { schema: ElementSchema; element: unknown };
        const mutated = structuredClone(element) as Record<string, unknown>;
        for (const m of mutations) mutate(mutated, m);
        const parsed = schema.safeParse(mutated);
        const asItIs = parsed.success && unknownKeyIssues(schema, mutated).length === 0 && JSON.stringify(parsed.data) === JSON.stringify(mutated);
        if (isNormalForm(schema, mutated)) expect(asItIs).toBe(true);
      }),
      { numRuns: 1000 },
    );
    // And whole workspaces with mutated elements validate alike both ways.
    fc.assert(
      fc.property(fc.nat(), fc.array(arbMutation, { minLength: 1, maxLength: 2 }), (index, mutations) => {
        const ws = examples[index % examples.length];
        if (ws === undefined) return;
        const input = structuredClone(compiled(ws.files));
        const programs = input.programs ?? [];
        for (const m of mutations) {
          const target = programs[m.pick % Math.max(1, programs.length)];
          if (typeof target === "object" && target !== null) mutate(target as Record<string, unknown>, m);
        }
        expectAgreement(input);
      }),
      { numRuns: 60 },
    );
  });
});

interface Mutation {
  readonly at: number;
  readonly kind: string;
  readonly value: unknown;
  readonly key: string;
}

/** Changes one place somewhere inside `root`: a value set, a key deleted or added, keys reordered, a value made undefined. */
function mutate(root: Record<string, unknown>, m: Mutation): void {
  const objects: Record<string, unknown>[] = [];
  const visit = (value: unknown): void => {
    if (typeof value !== "object" || value === null) return;
    if (!Array.isArray(value)) objects.push(value as Record<string, unknown>);
    for (const item of Object.values(value)) visit(item);
  };
  visit(root);
  const target = objects[m.at % objects.length] ?? root;
  const keys = Object.keys(target);
  const key = keys.length === 0 ? m.key : (keys[m.at % keys.length] as string);
  switch (m.kind) {
    case "set":
      target[key] = m.value;
      break;
    case "delete":
      delete target[key];
      break;
    case "add":
      target[m.key] = m.value;
      break;
    case "undefined":
      target[key] = undefined;
      break;
    default: {
      // Move one key to the end: same content, another order.
      const value = target[key];
      delete target[key];
      target[key] = value;
    }
  }
}
