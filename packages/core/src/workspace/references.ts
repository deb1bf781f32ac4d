import type { Issue } from "../primitives/result.js";
import type { ResourceKind } from "../resource/resource.js";
import { findStage } from "../tpbis/transitions.js";
import { libraryTimeZone } from "./time-zone.js";
import type { Workspace } from "./workspace.js";

type Path = readonly (string | number)[];

const PARTNER_OR_LIBRARY: readonly string[] = ["partner", "library"];
const PROVIDED: readonly string[] = ["collection", "equipment", "vehicle", "room", "staff", "volunteer"];

/**
 * Checks what a schema alone cannot: every identifier unique, every reference to a
 * declared thing of the right kind, stages known to the stage model, every library with
 * a time zone. Returns issues; an empty list means the workspace holds together.
 */
export function checkReferences(workspace: Workspace): Issue[] {
  const issues: Issue[] = [];
  const kinds = new Map<string, string>();
  // The path of an identifier is built only for an issue (a workspace declares thousands).
  const declare = (id: string, kind: string, collection: string, index: number): void => {
    const previous = kinds.get(id);
    if (previous !== undefined) issues.push({ code: "CORE_DUPLICATE_ID", path: [collection, index, "id"], message: `${id} is declared twice (as ${previous} and ${kind})`, args: { id, first: previous, second: kind } });
    else kinds.set(id, kind);
  };
  const declareAll = (collection: string, elements: readonly { readonly id: string }[], kind: string | ((index: number) => string)): void => {
    for (let i = 0; i < elements.length; i++) declare((elements[i] as { readonly id: string }).id, typeof kind === "string" ? kind : kind(i), collection, i);
  };
  declareAll("libraries", workspace.libraries, "library");
  declareAll("partners", workspace.partners, "partner");
  declareAll("resources", workspace.resources, (i) => (workspace.resources[i] as Workspace["resources"][number]).kind);
  declareAll("programs", workspace.programs, "program");
  declareAll("agreements", workspace.agreements, "agreement");
  declareAll("rules", workspace.rules, "rule");
  declareAll("kpis", workspace.kpis, "kpi");

  // Each reference is looked up first; its path is built only for an issue (a workspace holds tens of thousands of references).
  const fits = (id: string, wanted: string | readonly string[]): boolean => {
    const kind = kinds.get(id);
    return kind !== undefined && (typeof wanted === "string" ? kind === wanted : wanted.includes(kind));
  };
  const report = (id: string, wanted: string | readonly string[], path: Path): void => {
    const kind = kinds.get(id);
    const listed = typeof wanted === "string" ? [wanted] : wanted;
    if (kind === undefined) issues.push({ code: "CORE_UNKNOWN_REFERENCE", path, message: `${id} is not declared`, args: { id } });
    else issues.push({ code: "CORE_WRONG_KIND", path, message: `${id} is a ${kind}, not a ${listed.join(" or ")}`, args: { id, kind, wanted: { en: listed.join(" or "), id: listed.join(" atau ") } } });
  };
  const unknownStage = (stage: string, path: Path): void => {
    if (findStage(workspace.stageModel, stage) === undefined) issues.push({ code: "CORE_UNKNOWN_STAGE", path, message: `unknown TPBIS stage ${stage}`, args: { stage } });
  };

  workspace.libraries.forEach((library, i) => {
    if (library.stage !== undefined) unknownStage(library.stage, ["libraries", i, "stage"]);
    if (libraryTimeZone(library) === undefined) {
      issues.push({ code: "CORE_UNKNOWN_TIME_ZONE", path: ["libraries", i, "timeZone"], message: `no time zone for province ${library.region.province}; declare one`, args: { province: library.region.province } });
    }
  });
  workspace.resources.forEach((r, i) => {
    if (r.library !== undefined && !fits(r.library, "library")) report(r.library, "library", ["resources", i, "library"]);
  });
  const programs = workspace.programs;
  for (let i = 0; i < programs.length; i++) {
    const program = programs[i] as Workspace["programs"][number];
    if (!fits(program.library, "library")) report(program.library, "library", ["programs", i, "library"]);
    program.partners.forEach((p, j) => {
      if (!fits(p, PARTNER_OR_LIBRARY)) report(p, PARTNER_OR_LIBRARY, ["programs", i, "partners", j]);
    });
    program.needs.forEach((need, j) => {
      const kind: ResourceKind = need.kind;
      if (need.resource !== undefined && !fits(need.resource, kind)) report(need.resource, kind, ["programs", i, "needs", j, "resource"]);
      if (need.preferred !== undefined && !fits(need.preferred, kind)) report(need.preferred, kind, ["programs", i, "needs", j, "preferred"]);
    });
    program.costs.forEach((cost, j) => {
      if (cost.budget !== undefined && !fits(cost.budget, "budget")) report(cost.budget, "budget", ["programs", i, "costs", j, "budget"]);
    });
    program.precedences.forEach((p, j) => {
      if (!fits(p.program, "program")) report(p.program, "program", ["programs", i, "precedences", j, "program"]);
    });
    const minStage = program.gate?.minStage;
    if (minStage !== undefined) unknownStage(minStage, ["programs", i, "gate", "minStage"]);
  }
  workspace.agreements.forEach((agreement, i) => {
    if (!fits(agreement.library, "library")) report(agreement.library, "library", ["agreements", i, "library"]);
    if (!fits(agreement.partner, PARTNER_OR_LIBRARY)) report(agreement.partner, PARTNER_OR_LIBRARY, ["agreements", i, "partner"]);
    agreement.obligations.forEach((o, j) => {
      const expect = (id: string | undefined, wanted: string | readonly string[], key: string): void => {
        if (id !== undefined && !fits(id, wanted)) report(id, wanted, ["agreements", i, "obligations", j, key]);
      };
      if (o.kind === "provides") expect(o.resource, PROVIDED, "resource");
      if (o.kind === "hosts" || o.kind === "sessions") expect(o.program, "program", "program");
      if (o.kind === "budget_share") {
        expect(o.program, "program", "program");
        expect(o.budget, "budget", "budget");
      }
    });
  });
  workspace.kpis.forEach((kpi, i) => {
    kpi.appliesTo.forEach((l, j) => {
      if (!fits(l, "library")) report(l, "library", ["kpis", i, "appliesTo", j]);
    });
  });
  return issues;
}
