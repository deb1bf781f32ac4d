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
  const declare = (id: string, kind: string, path: Path): void => {
    const previous = kinds.get(id);
    if (previous !== undefined) issues.push({ code: "CORE_DUPLICATE_ID", path, message: `${id} is declared twice (as ${previous} and ${kind})`, args: { id, first: previous, second: kind } });
    else kinds.set(id, kind);
  };
  workspace.libraries.forEach((x, i) => declare(x.id, "library", ["libraries", i, "id"]));
  workspace.partners.forEach((x, i) => declare(x.id, "partner", ["partners", i, "id"]));
  workspace.resources.forEach((x, i) => declare(x.id, x.kind, ["resources", i, "id"]));
  workspace.programs.forEach((x, i) => declare(x.id, "program", ["programs", i, "id"]));
  workspace.agreements.forEach((x, i) => declare(x.id, "agreement", ["agreements", i, "id"]));
  workspace.rules.forEach((x, i) => declare(x.id, "rule", ["rules", i, "id"]));
  workspace.kpis.forEach((x, i) => declare(x.id, "kpi", ["kpis", i, "id"]));

  // The path is built only for an issue: a workspace holds tens of thousands of references.
  const expect = (id: string, wanted: string | readonly string[], pathOf: () => Path): void => {
    const kind = kinds.get(id);
    if (kind !== undefined && (typeof wanted === "string" ? kind === wanted : wanted.includes(kind))) return;
    const path = pathOf();
    const listed = typeof wanted === "string" ? [wanted] : wanted;
    if (kind === undefined) issues.push({ code: "CORE_UNKNOWN_REFERENCE", path, message: `${id} is not declared`, args: { id } });
    else issues.push({ code: "CORE_WRONG_KIND", path, message: `${id} is a ${kind}, not a ${listed.join(" or ")}`, args: { id, kind, wanted: { en: listed.join(" or "), id: listed.join(" atau ") } } });
  };

  workspace.libraries.forEach((library, i) => {
    if (library.stage !== undefined && findStage(workspace.stageModel, library.stage) === undefined) {
      issues.push({ code: "CORE_UNKNOWN_STAGE", path: ["libraries", i, "stage"], message: `unknown TPBIS stage ${library.stage}`, args: { stage: library.stage } });
    }
    if (libraryTimeZone(library) === undefined) {
      issues.push({ code: "CORE_UNKNOWN_TIME_ZONE", path: ["libraries", i, "timeZone"], message: `no time zone for province ${library.region.province}; declare one`, args: { province: library.region.province } });
    }
  });
  workspace.resources.forEach((r, i) => r.library !== undefined && expect(r.library, "library", () => ["resources", i, "library"]));
  workspace.programs.forEach((program, i) => {
    const at = ["programs", i] as const;
    expect(program.library, "library", () => [...at, "library"]);
    program.partners.forEach((p, j) => expect(p, PARTNER_OR_LIBRARY, () => [...at, "partners", j]));
    program.needs.forEach((need, j) => {
      if (need.resource !== undefined) expect(need.resource, need.kind satisfies ResourceKind, () => [...at, "needs", j, "resource"]);
      if (need.preferred !== undefined) expect(need.preferred, need.kind, () => [...at, "needs", j, "preferred"]);
    });
    program.costs.forEach((cost, j) => cost.budget !== undefined && expect(cost.budget, "budget", () => [...at, "costs", j, "budget"]));
    program.precedences.forEach((p, j) => expect(p.program, "program", () => [...at, "precedences", j, "program"]));
    const minStage = program.gate?.minStage;
    if (minStage !== undefined && findStage(workspace.stageModel, minStage) === undefined) {
      issues.push({ code: "CORE_UNKNOWN_STAGE", path: [...at, "gate", "minStage"], message: `unknown TPBIS stage ${minStage}`, args: { stage: minStage } });
    }
  });
  workspace.agreements.forEach((agreement, i) => {
    const at = ["agreements", i] as const;
    expect(agreement.library, "library", () => [...at, "library"]);
    expect(agreement.partner, PARTNER_OR_LIBRARY, () => [...at, "partner"]);
    agreement.obligations.forEach((o, j) => {
      const path = [...at, "obligations", j];
      if (o.kind === "provides") expect(o.resource, PROVIDED, () => [...path, "resource"]);
      if (o.kind === "hosts" || o.kind === "sessions") expect(o.program, "program", () => [...path, "program"]);
      if (o.kind === "budget_share" && o.program !== undefined) expect(o.program, "program", () => [...path, "program"]);
      if (o.kind === "budget_share" && o.budget !== undefined) expect(o.budget, "budget", () => [...path, "budget"]);
    });
  });
  workspace.kpis.forEach((kpi, i) => kpi.appliesTo.forEach((l, j) => expect(l, "library", () => ["kpis", i, "appliesTo", j])));
  return issues;
}
