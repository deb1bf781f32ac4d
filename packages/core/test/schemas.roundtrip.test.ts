import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { Agreement, Condition, KpiDefinition, Library, Partner, Program, Resource, Rule, StageModel, Workspace } from "@lontar/core";
import {
  agreementArb,
  conditionArb,
  kpiDefinitionArb,
  libraryArb,
  obligationArbs,
  partnerArb,
  programArb,
  resourceArbs,
  ruleArb,
  scheduleArbs,
  stageModelArb,
  workspaceArb,
} from "./arbitraries/index.js";

/** Serialise to JSON text and parse back with the schema: must give the value back unchanged. */
function roundTrips<T>(schema: z.ZodType<T>, arb: fc.Arbitrary<T>, numRuns = 100): void {
  fc.assert(
    fc.property(arb, (value) => {
      const again = schema.parse(JSON.parse(JSON.stringify(value)));
      expect(again).toStrictEqual(value);
    }),
    { numRuns },
  );
}

describe("parse after serialise is the identity", () => {
  it("Library", () => roundTrips(Library, libraryArb()));
  it("Partner", () => roundTrips(Partner, partnerArb()));
  it.each(Object.keys(resourceArbs) as (keyof typeof resourceArbs)[])("Resource of kind %s", (kind) => roundTrips(Resource, resourceArbs[kind]()));
  it.each(Object.keys(scheduleArbs) as (keyof typeof scheduleArbs)[])("Program with a %s schedule", (kind) => roundTrips(Program, programArb(scheduleArbs[kind]())));
  it.each(Object.keys(obligationArbs) as (keyof typeof obligationArbs)[])("Agreement with a %s obligation", (kind) =>
    roundTrips(Agreement, agreementArb(obligationArbs[kind]())),
  );
  it("Condition trees", () => roundTrips(Condition, conditionArb(6)));
  it("Rule with nested condition trees", () => roundTrips(Rule, ruleArb()));
  it("KpiDefinition", () => roundTrips(KpiDefinition, kpiDefinitionArb()));
  it("StageModel", () => roundTrips(StageModel, stageModelArb()));
  it("a whole Workspace", () => roundTrips(Workspace, workspaceArb(), 50));
});

describe("the arbitraries exercise every variant", () => {
  it("a condition arbitrary reaches every node kind", () => {
    const kinds = new Set<string>();
    const visit = (c: Condition): void => {
      kinds.add(c.kind);
      if (c.kind === "not") visit(c.operand);
      if (c.kind === "and" || c.kind === "or" || c.kind === "compare") [c.left, c.right].forEach(visit);
      if (c.kind === "match") visit(c.subject);
      if (c.kind === "in") [c.subject, c.collection].forEach(visit);
      if (c.kind === "list") c.items.forEach(visit);
      if (c.kind === "call") c.args.forEach(visit);
    };
    fc.sample(conditionArb(4), { numRuns: 300, seed: 42 }).forEach(visit);
    expect([...kinds].sort()).toEqual(["and", "call", "compare", "fact", "in", "list", "literal", "match", "not", "or"]);
  });
});
