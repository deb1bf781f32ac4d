import type { Issue } from "../primitives/result.js";
import type { ResourceKind } from "../resource/resource.js";
import { findStage } from "../tpbis/transitions.js";
import { nearProvinces } from "../region/near-provinces.js";
import { inferTimeZone } from "../region/provinces.js";
import type { Workspace } from "./workspace.js";

/** What each kind of declaration is called in a message, in both languages (the language's keywords). */
const KIND_WORDS: Readonly<Record<string, { en: string; id: string }>> = {
  library: { en: "library", id: "perpustakaan" },
  partner: { en: "partner", id: "mitra" },
  program: { en: "program", id: "program" },
  agreement: { en: "agreement", id: "kesepakatan" },
  rule: { en: "rule", id: "aturan" },
  kpi: { en: "KPI", id: "KPI" },
  room: { en: "room", id: "ruang" },
  vehicle: { en: "vehicle", id: "kendaraan" },
  staff: { en: "staff", id: "staf" },
  volunteer: { en: "volunteer", id: "relawan" },
  collection: { en: "collection", id: "koleksi" },
  equipment: { en: "equipment", id: "peralatan" },
  budget: { en: "budget", id: "anggaran" },
};

/** A kind of declaration as a message names it in both languages; an unknown kind as written. */
const kindWord = (kind: string): { en: string; id: string } => KIND_WORDS[kind] ?? { en: kind, id: kind };

type Path = readonly (string | number)[];

/** Kinds a reference may name: listed in order (for a message), and as a set (for the look-up). */
interface KindSet {
  readonly listed: readonly string[];
  readonly kinds: ReadonlySet<string>;
}

const kindSet = (listed: readonly string[]): KindSet => ({ listed, kinds: new Set(listed) });
const PARTNER_OR_LIBRARY = kindSet(["partner", "library"]);
const PROVIDED = kindSet(["collection", "equipment", "vehicle", "room", "staff", "volunteer"]);

/** "`a`, `b` or `c`": names in code quotes, as alternatives joined by `or` (`atau`). */
function alternatives(names: readonly string[], or: string): string {
  const quoted = names.map((n) => `\`${n}\``);
  return quoted.length < 2 ? quoted.join("") : `${quoted.slice(0, -1).join(", ")} ${or} ${quoted[quoted.length - 1] as string}`;
}

/**
 * A library's province that Lontar does not know, reported where it is written: a
 * misspelling of a known one (`Jawa Baratt`) as `CORE_UNKNOWN_PROVINCE` with the nearest
 * provinces, whether or not a zone is declared (the zone given does not make the name
 * right); a place far from every province (`Johor`, a library abroad) only when no zone is
 * declared, as `CORE_UNKNOWN_TIME_ZONE`. One issue either way.
 */
function unknownProvince(library: Workspace["libraries"][number], path: Path, issues: Issue[]): void {
  const province = library.region.province;
  if (inferTimeZone(province) !== undefined) return;
  const near = nearProvinces(province);
  if (near.length > 0) {
    const names = { en: alternatives(near, "or"), id: alternatives(near, "atau") };
    issues.push({ code: "CORE_UNKNOWN_PROVINCE", path, message: `${province} is not a province Lontar knows; did you mean ${names.en}?`, args: { province, names, nearest: near[0] as string } });
  } else if (library.timeZone === undefined) {
    // Not "declare a zone" alone: a zone would silence a province written wrong, so the message says first that the name is not Indonesia's.
    issues.push({ code: "CORE_UNKNOWN_TIME_ZONE", path, message: `\`${province}\` is not one of Indonesia's provinces, so its time zone is unknown: write the province as in the official list (\`Jawa Barat\`), or, for a library abroad, give its \`timeZone\``, args: { province } });
  }
}

/**
 * Checks what a schema alone cannot: every identifier unique, every reference to a
 * declared thing of the right kind, stages known to the stage model, every library with
 * a known province or a time zone. Returns issues; an empty list means the workspace holds together.
 */
export function checkReferences(workspace: Workspace): Issue[] {
  const issues: Issue[] = [];
  const kinds = new Map<string, string>();
  // The path of an identifier is built only for an issue (a workspace declares thousands).
  const declare = (id: string, kind: string, collection: string, index: number): void => {
    const previous = kinds.get(id);
    if (previous !== undefined) issues.push({ code: "CORE_DUPLICATE_ID", path: [collection, index, "id"], message: `${id} is declared twice (as ${previous === kind ? kind : `${previous} and ${kind}`})`, args: { id, first: kindWord(previous), second: kindWord(kind) } });
    else kinds.set(id, kind);
  };
  const declareAll = (collection: string, elements: readonly { readonly id: string }[], kind: string): void => {
    for (let i = 0; i < elements.length; i++) declare((elements[i] as { readonly id: string }).id, kind, collection, i);
  };
  declareAll("libraries", workspace.libraries, "library");
  declareAll("partners", workspace.partners, "partner");
  const resources = workspace.resources;
  for (let i = 0; i < resources.length; i++) {
    const resource = resources[i] as Workspace["resources"][number];
    declare(resource.id, resource.kind, "resources", i);
  }
  declareAll("programs", workspace.programs, "program");
  declareAll("agreements", workspace.agreements, "agreement");
  declareAll("rules", workspace.rules, "rule");
  declareAll("kpis", workspace.kpis, "kpi");

  // Each reference is looked up first; its path is built only for an issue (a workspace holds tens of thousands of references).
  const fits = (id: string, wanted: string | KindSet): boolean => {
    const kind = kinds.get(id);
    return kind !== undefined && (typeof wanted === "string" ? kind === wanted : wanted.kinds.has(kind));
  };
  const report = (id: string, wanted: string | KindSet, path: Path): void => {
    const kind = kinds.get(id);
    const listed = typeof wanted === "string" ? [wanted] : wanted.listed;
    if (kind === undefined) issues.push({ code: "CORE_UNKNOWN_REFERENCE", path, message: `${id} is not declared`, args: { id } });
    else {
      const wantedWords = { en: listed.map((k) => kindWord(k).en).join(" or "), id: listed.map((k) => kindWord(k).id).join(" atau ") };
      issues.push({ code: "CORE_WRONG_KIND", path, message: `${id} is a ${kind}, not a ${listed.join(" or ")}`, args: { id, kind: kindWord(kind), wanted: wantedWords } });
    }
  };
  const unknownStage = (stage: string, path: Path): void => {
    if (findStage(workspace.stageModel, stage) === undefined) issues.push({ code: "CORE_UNKNOWN_STAGE", path, message: `unknown TPBIS stage ${stage}`, args: { stage } });
  };

  const libraries = workspace.libraries;
  for (let i = 0; i < libraries.length; i++) {
    const library = libraries[i] as Workspace["libraries"][number];
    if (library.stage !== undefined) unknownStage(library.stage, ["libraries", i, "stage"]);
    unknownProvince(library, ["libraries", i, "region", "province"], issues);
  }
  for (let i = 0; i < resources.length; i++) {
    const r = resources[i] as Workspace["resources"][number];
    if (r.library !== undefined && !fits(r.library, "library")) report(r.library, "library", ["resources", i, "library"]);
  }
  const programs = workspace.programs;
  for (let i = 0; i < programs.length; i++) {
    const program = programs[i] as Workspace["programs"][number];
    if (!fits(program.library, "library")) report(program.library, "library", ["programs", i, "library"]);
    const partners = program.partners;
    for (let j = 0; j < partners.length; j++) {
      const p = partners[j] as string;
      if (!fits(p, PARTNER_OR_LIBRARY)) report(p, PARTNER_OR_LIBRARY, ["programs", i, "partners", j]);
    }
    const needs = program.needs;
    for (let j = 0; j < needs.length; j++) {
      const need = needs[j] as Workspace["programs"][number]["needs"][number];
      const kind: ResourceKind = need.kind;
      if (need.resource !== undefined && !fits(need.resource, kind)) report(need.resource, kind, ["programs", i, "needs", j, "resource"]);
      if (need.preferred !== undefined && !fits(need.preferred, kind)) report(need.preferred, kind, ["programs", i, "needs", j, "preferred"]);
    }
    const costs = program.costs;
    for (let j = 0; j < costs.length; j++) {
      const budget = (costs[j] as Workspace["programs"][number]["costs"][number]).budget;
      if (budget !== undefined && !fits(budget, "budget")) report(budget, "budget", ["programs", i, "costs", j, "budget"]);
    }
    const precedences = program.precedences;
    for (let j = 0; j < precedences.length; j++) {
      const other = (precedences[j] as Workspace["programs"][number]["precedences"][number]).program;
      if (!fits(other, "program")) report(other, "program", ["programs", i, "precedences", j, "program"]);
    }
    const minStage = program.gate?.minStage;
    if (minStage !== undefined) unknownStage(minStage, ["programs", i, "gate", "minStage"]);
  }
  const agreements = workspace.agreements;
  for (let i = 0; i < agreements.length; i++) {
    const agreement = agreements[i] as Workspace["agreements"][number];
    if (!fits(agreement.library, "library")) report(agreement.library, "library", ["agreements", i, "library"]);
    if (!fits(agreement.partner, PARTNER_OR_LIBRARY)) report(agreement.partner, PARTNER_OR_LIBRARY, ["agreements", i, "partner"]);
    const obligations = agreement.obligations;
    for (let j = 0; j < obligations.length; j++) {
      const o = obligations[j] as Workspace["agreements"][number]["obligations"][number];
      const expect = (id: string | undefined, wanted: string | KindSet, key: string): void => {
        if (id !== undefined && !fits(id, wanted)) report(id, wanted, ["agreements", i, "obligations", j, key]);
      };
      if (o.kind === "provides") {
        expect(o.resource, PROVIDED, "resource");
        expect(o.recipient, PARTNER_OR_LIBRARY, "recipient");
      }
      if (o.kind === "hosts" || o.kind === "sessions") expect(o.program, "program", "program");
      if (o.kind === "budget_share") {
        expect(o.program, "program", "program");
        expect(o.budget, "budget", "budget");
      }
    }
  }
  const kpis = workspace.kpis;
  for (let i = 0; i < kpis.length; i++) {
    const appliesTo = (kpis[i] as Workspace["kpis"][number]).appliesTo;
    for (let j = 0; j < appliesTo.length; j++) {
      const l = appliesTo[j] as string;
      if (!fits(l, "library")) report(l, "library", ["kpis", i, "appliesTo", j]);
    }
  }
  return issues;
}
