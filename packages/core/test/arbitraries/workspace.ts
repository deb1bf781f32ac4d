import fc from "fast-check";
import { DEFAULT_STAGE_MODEL, type StageModel, type Workspace } from "@lontar/core";
import { agreementArb } from "./agreement.js";
import { kpiDefinitionArb } from "./kpi.js";
import { libraryArb } from "./library.js";
import { partnerArb } from "./partner.js";
import { dateRangeArb, identifierArb, textArb } from "./primitives.js";
import { programArb } from "./program.js";
import { resourceArb } from "./resource.js";
import { ruleArb } from "./rule.js";

/**
 * Stage models: `size` stages in order with distinct ids and keywords, and any set of
 * transitions between them, each needing zero to three pieces of evidence.
 */
export const stageModelArb = (size: { min: number; max: number } = { min: 1, max: 7 }): fc.Arbitrary<StageModel> =>
  fc.integer(size).chain((n) => {
    const stages = Array.from({ length: n }, (_, i) => ({ id: `stage_${i}`, keyword: `kw_${i}`, labels: { id: `Tahap ${i}`, en: `Stage ${i}` } }));
    const pairs = stages.flatMap((a) => stages.map((b) => [a.id, b.id] as const));
    const transition = fc.record({
      from: fc.constant(""),
      to: fc.constant(""),
      evidence: fc.uniqueArray(fc.constantFrom("laporan", "sertifikat", "berita_acara", "rencana_kerja"), { maxLength: 3 }),
    }, { noNullPrototype: true });
    return fc
      .subarray(pairs)
      .chain((chosen) => fc.tuple(...chosen.map(([from, to]) => transition.map((t) => ({ ...t, from, to })))))
      .map((transitions) => ({ stages, transitions }));
  });

/** Whole workspaces as parsed (shape only: references need not resolve). */
export const workspaceArb = (): fc.Arbitrary<Workspace> =>
  fc.record(
    {
      version: fc.constant(1 as const),
      name: textArb(),
      horizon: dateRangeArb(),
      stageModel: fc.oneof(fc.constant(DEFAULT_STAGE_MODEL), stageModelArb()),
      libraries: fc.array(libraryArb(), { maxLength: 3 }),
      partners: fc.array(partnerArb(), { maxLength: 3 }),
      resources: fc.array(resourceArb(), { maxLength: 3 }),
      programs: fc.array(programArb(), { maxLength: 2 }),
      agreements: fc.array(agreementArb(), { maxLength: 2 }),
      rules: fc.array(ruleArb(), { maxLength: 2 }),
      kpis: fc.array(kpiDefinitionArb(), { maxLength: 2 }),
    },
    { noNullPrototype: true, requiredKeys: ["version", "stageModel", "libraries", "partners", "resources", "programs", "agreements", "rules", "kpis"] },
  );

/** An identifier not used by `taken`, for building references that must not resolve. */
export const freshIdentifier = (taken: ReadonlySet<string>): fc.Arbitrary<string> => identifierArb().filter((id) => !taken.has(id));
