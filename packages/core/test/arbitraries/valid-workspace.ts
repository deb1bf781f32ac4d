import fc from "fast-check";
import { DEFAULT_STAGE_MODEL, PROVINCES, type Obligation, type Workspace } from "@lontar/core";
import { agreementArb, obligationArbs } from "./agreement.js";
import { kpiDefinitionArb } from "./kpi.js";
import { libraryArb } from "./library.js";
import { partnerArb } from "./partner.js";
import { dateRangeArb } from "./primitives.js";
import { programArb } from "./program.js";
import { resourceArbs } from "./resource.js";
import { ruleArb } from "./rule.js";

const stageNames = DEFAULT_STAGE_MODEL.stages.flatMap((s) => [s.id, s.keyword]);

/**
 * Whole workspaces that `validateWorkspace` accepts: distinct ids across every kind, and
 * every reference (library, partner, resource of the right kind, budget, program, stage)
 * pointing at something declared. Ids are prefixed by kind so they never collide.
 */
export const validWorkspaceArb = (): fc.Arbitrary<Workspace> =>
  fc
    .record(
      {
        libraries: fc.array(libraryArb(), { minLength: 1, maxLength: 3 }),
        partners: fc.array(partnerArb(), { maxLength: 3 }),
        rooms: fc.array(resourceArbs.room(), { maxLength: 2 }),
        collections: fc.array(resourceArbs.collection(), { maxLength: 2 }),
        budgets: fc.array(resourceArbs.budget(), { maxLength: 2 }),
        programs: fc.array(programArb(), { minLength: 1, maxLength: 3 }),
        agreements: fc.array(agreementArb(fc.oneof(obligationArbs.hosts(), obligationArbs.sessions(), obligationArbs.provides(), obligationArbs.budget_share())), { maxLength: 2 }),
        rules: fc.array(ruleArb(), { maxLength: 2 }),
        kpis: fc.array(kpiDefinitionArb(), { maxLength: 2 }),
        horizon: dateRangeArb(),
        picks: fc.infiniteStream(fc.nat()),
      },
      { noNullPrototype: true },
    )
    .map(({ picks, horizon, ...raw }) => {
      const next = picks[Symbol.iterator]();
      const pick = <T>(xs: readonly T[]): T | undefined => (xs.length === 0 ? undefined : xs[(next.next().value ?? 0) % xs.length]);
      const renamed = <T extends { id: string }>(xs: readonly T[], prefix: string): T[] => xs.map((x, i) => ({ ...x, id: `${prefix}_${i}` }));

      const libraries = renamed(raw.libraries, "lib").map((l) => {
        const { timeZone: _zone, stage: _stage, ...rest } = l;
        const province = PROVINCES.some((p) => p.name === l.region.province) ? l.region : { ...l.region, province: "Jawa Timur" };
        const stage = pick(stageNames);
        return { ...rest, region: province, ...(stage === undefined ? {} : { stage }) };
      });
      const libraryIds = libraries.map((l) => l.id);
      const partners = renamed(raw.partners, "mitra");
      const partnerIds = [...partners.map((p) => p.id), ...libraryIds];
      const withLibrary = <T extends { library?: string | undefined }>(x: T): T => ({ ...x, library: pick(libraryIds) ?? "lib_0" });
      const rooms = renamed(raw.rooms, "ruang").map(withLibrary);
      const collections = renamed(raw.collections, "paket").map(withLibrary);
      const budgets = renamed(raw.budgets, "anggaran").map(withLibrary);
      const programIds = raw.programs.map((_, i) => `prog_${i}`);

      const programs = renamed(raw.programs, "prog").map((p) => {
        const { gate: _gate, ...rest } = p;
        const room = pick(rooms.map((r) => r.id));
        const budget = pick(budgets.map((b) => b.id));
        const minStage = pick(stageNames);
        return {
          ...rest,
          library: pick(libraryIds) ?? "lib_0",
          partners: p.partners.flatMap(() => pick(partnerIds) ?? []),
          needs: room === undefined ? [] : [{ kind: "room" as const, resource: room, quantity: 1, features: [] }],
          costs: p.costs.map(({ budget: _b, ...cost }) => (budget === undefined ? cost : { ...cost, budget })),
          precedences: p.precedences.map((x) => ({ ...x, program: pick(programIds) ?? "prog_0" })),
          ...(minStage === undefined ? {} : { gate: { minStage } }),
        };
      });

      const agreements = renamed(raw.agreements, "mou").map((a) => ({
        ...a,
        library: pick(libraryIds) ?? "lib_0",
        partner: pick(partnerIds) ?? "lib_0",
        obligations: a.obligations.flatMap((o): Obligation[] => {
          switch (o.kind) {
            case "hosts":
            case "sessions":
              return [{ ...o, program: pick(programIds) ?? "prog_0" }];
            case "provides": {
              const resource = pick([...collections, ...rooms].map((r) => r.id));
              return resource === undefined ? [] : [{ ...o, resource }];
            }
            case "budget_share": {
              const { program: _p, budget: _b, ...rest } = o;
              const budget = pick(budgets.map((b) => b.id));
              return [{ ...rest, program: pick(programIds) ?? "prog_0", ...(budget === undefined ? {} : { budget }) }];
            }
          }
        }),
      }));

      const rules = renamed(raw.rules, "aturan");
      const kpis = renamed(raw.kpis, "kpi").map((k) => ({ ...k, appliesTo: k.appliesTo.flatMap(() => pick(libraryIds) ?? []) }));
      const workspace: Workspace = {
        version: 1,
        horizon,
        stageModel: DEFAULT_STAGE_MODEL,
        libraries,
        partners,
        resources: [...rooms, ...collections, ...budgets],
        programs,
        agreements,
        rules,
        kpis,
      };
      return workspace;
    });
