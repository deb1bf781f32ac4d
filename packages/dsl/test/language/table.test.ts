import * as core from "@lontar/core";
import { checkSource, formatSource, LANGUAGE, PROPERTY_SYNTAX, VALUE_SHAPES, type DeclarationSpec } from "@lontar/dsl";
import { describe, expect, it } from "vitest";
import { WORDS } from "../../src/syntax/keywords.js";
import { EVERY_PROPERTY } from "./every-property.js";

/** The core schema each declaration kind compiles to. */
const SCHEMAS: Readonly<Record<DeclarationSpec["kind"], { readonly shape: Readonly<Record<string, unknown>> }>> = {
  library: core.Library, partner: core.Partner, room: core.Room, vehicle: core.Vehicle, staff: core.Staff, volunteer: core.Volunteer,
  collection: core.CollectionPackage, equipment: core.Equipment, budget: core.Budget, program: core.Program, agreement: core.Agreement,
  rule: core.Rule, kpi: core.KpiDefinition,
};

/** Core fields the language does not spell, each with the reason. */
const EXEMPT: Readonly<Record<string, string>> = {
  "partner.contact": "a contact person's phone, e-mail and address are personal data that planning files do not carry; no planning step reads them",
};

/** Workspace fields outside any declaration, each with how it is set. */
const WORKSPACE_FIELDS: Readonly<Record<string, string>> = {
  version: "the model version, written by the compiler",
  name: "the workspace's name, from its root folder",
  horizon: "the `horizon` / `cakrawala` item",
  stageModel: "the TPBIS stage model, core's default; a deployment supplies another through the API",
  libraries: "library declarations", partners: "partner declarations",
  resources: "room, vehicle, staff, volunteer, collection, equipment and budget declarations",
  programs: "program declarations", agreements: "agreement declarations", rules: "rule declarations", kpis: "kpi declarations",
};

describe("the language table", () => {
  it("spells every field of core's schemas a user should set (exemptions have a reason)", () => {
    const missing: string[] = [];
    for (const spec of LANGUAGE) {
      const spelt = new Set([...spec.properties.flatMap((p) => p.fields), ...Object.keys(spec.implicitFields)]);
      for (const field of Object.keys(SCHEMAS[spec.kind].shape)) {
        if (!spelt.has(field) && EXEMPT[`${spec.kind}.${field}`] === undefined) missing.push(`${spec.kind}.${field}`);
      }
      for (const field of spelt) expect(Object.keys(SCHEMAS[spec.kind].shape), `${spec.kind}.${field} is not a core field`).toContain(field);
    }
    expect(missing).toEqual([]);
    expect(Object.keys(core.Workspace.shape).filter((f) => WORKSPACE_FIELDS[f] === undefined)).toEqual([]);
  });

  it("gives each property key one keyword and one value shape in every declaration", () => {
    for (const spec of LANGUAGE) {
      for (const p of spec.properties) {
        const syntax = PROPERTY_SYNTAX.find((s) => s.key === p.key);
        expect(syntax?.keyword, `${spec.kind}.${p.key}`).toEqual(p.keyword);
        expect(syntax?.shape, `${spec.kind}.${p.key}`).toBe(p.shape);
        expect(syntax?.repeatable, `${spec.kind}.${p.key}`).toBe(p.repeatable);
      }
      expect(new Set(spec.properties.map((p) => p.key)).size).toBe(spec.properties.length);
    }
  });

  it("lexes every keyword spelling of the table to its token", () => {
    for (const p of [...LANGUAGE.map((d) => d.keyword), ...PROPERTY_SYNTAX.map((s) => s.keyword)]) {
      for (const word of [...p.en, ...p.id]) expect(WORDS.get(word)?.token, word).toBe(p.token);
    }
  });

  it("documents every declaration, property and value shape in both languages", () => {
    const texts = [
      ...LANGUAGE.flatMap((d) => [d.doc, ...d.properties.map((p) => p.doc), ...Object.values(d.implicitFields)]),
      ...Object.values(VALUE_SHAPES).flatMap((s) => [s.expected, s.example]),
    ];
    for (const t of texts) {
      expect(t.en.length).toBeGreaterThan(0);
      expect(t.id.length).toBeGreaterThan(0);
    }
  });

  it("allows exactly core's enum values, each with core's labels", () => {
    const enums: readonly [string, string, { readonly options: readonly string[] }][] = [
      ["library", "tier", core.LibraryTier], ["library", "level", core.SchoolLevel], ["partner", "kind", core.PartnerKind],
      ["program", "category", core.ProgramCategory], ["program", "audience", core.AudienceGroup], ["budget", "category", core.BudgetCategory],
      ["agreement", "kind", core.Agreement.shape.kind.unwrap()],
    ];
    for (const [kind, key, schema] of enums) {
      const set = LANGUAGE.find((d) => d.kind === kind)?.properties.find((p) => p.key === key)?.values;
      expect(set?.values.map((v) => v.value), `${kind}.${key}`).toEqual([...schema.options]);
      for (const v of set?.values ?? []) expect(v.label.en.length * v.label.id.length).toBeGreaterThan(0);
    }
  });
});

describe("every property of the table", () => {
  const english = checkSource(EVERY_PROPERTY, "every.lontar");
  const indonesian = formatSource(EVERY_PROPERTY, "every.lontar", { lang: "id" }).text;

  it("can be written in English and compiles without a diagnostic", () => {
    expect(english.diagnostics).toEqual([]);
    expect(english.workspace).toBeDefined();
  });

  it("sets each core field its property names", () => {
    const w = english.workspace;
    const objects: Record<string, readonly Readonly<Record<string, unknown>>[]> = {
      library: w?.libraries ?? [], partner: w?.partners ?? [], program: w?.programs ?? [], agreement: w?.agreements ?? [], rule: w?.rules ?? [], kpi: w?.kpis ?? [],
    };
    const unset: string[] = [];
    for (const spec of LANGUAGE) {
      const compiled = objects[spec.kind] ?? (w?.resources ?? []).filter((r) => r.kind === spec.kind);
      expect(compiled.length, spec.kind).toBeGreaterThan(0);
      for (const p of spec.properties) {
        for (const field of p.fields) {
          const set = compiled.some((o) => o[field] !== undefined && !(Array.isArray(o[field]) && o[field].length === 0));
          if (!set) unset.push(`${spec.kind}.${p.key} → ${field}`);
        }
      }
    }
    expect(unset).toEqual([]);
  });

  it("can be written in Bahasa Indonesia and compiles to the same workspace", () => {
    expect(indonesian).toContain("tingkat sd");
    const result = checkSource(indonesian, "every.lontar");
    expect(result.diagnostics).toEqual([]);
    const strip = (value: unknown): string => JSON.stringify(value, (key, v: unknown) => (key === "source" ? undefined : v));
    expect(strip(result.workspace)).toBe(strip(english.workspace));
  });

  it("compiles a school library's level from either spelling", () => {
    const en = checkSource('library sdn_01 { tier school  level sd_mi  region "Sumatera Barat" / "Kota Solok" }', "a.lontar");
    const id = checkSource('perpustakaan sdn_01 { jenjang sekolah  tingkat smp  wilayah "Sumatera Barat" / "Kota Solok" }', "a.lontar");
    expect(en.diagnostics).toEqual([]);
    expect(id.diagnostics).toEqual([]);
    expect(en.workspace?.libraries[0]).toMatchObject({ tier: "sekolah", schoolLevel: "sd_mi" });
    expect(id.workspace?.libraries[0]).toMatchObject({ tier: "sekolah", schoolLevel: "smp_mts" });
  });
});
