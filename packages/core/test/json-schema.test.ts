import { readFileSync } from "node:fs";
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { validateWorkspace, workspaceJsonSchema, type WorkspaceInput } from "@lontar/core";
import { WORKSPACE_SCHEMA_PATH, renderWorkspaceSchema } from "../scripts/workspace-schema.js";
import { seed002File } from "./fixtures/seed-002-kpi.js";

const ntt: WorkspaceInput = {
  version: 1,
  name: "Perpustakaan Daerah NTT",
  horizon: { from: "2019-10-01", to: "2019-10-31" },
  libraries: [{ id: "perpusda_ntt", name: "Perpustakaan Daerah NTT", tier: "provinsi", region: { province: "NTT", regency: "Kota Kupang" }, stage: "pendampingan" }],
  partners: [{ id: "perpus_alor", name: "Perpustakaan Kabupaten Alor", kind: "library" }],
  resources: [{ kind: "room", id: "aula", library: "perpusda_ntt", capacity: 120 }],
  programs: [
    {
      id: "plm_2019",
      title: "Peer Learning Meeting TPBIS",
      library: "perpusda_ntt",
      category: "peer_learning",
      schedules: [{ kind: "range", range: { from: "2019-10-16", to: "2019-10-18" } }],
      needs: [{ kind: "room", resource: "aula" }],
      gate: { condition: { kind: "compare", op: ">=", left: { kind: "fact", name: "library.stage" }, right: { kind: "literal", value: "implementasi" } } },
    },
  ],
  rules: [{ id: "no_sunday", when: { kind: "compare", op: "==", left: { kind: "fact", name: "weekday" }, right: { kind: "literal", value: "sun" } }, effect: "forbid", message: "Tidak ada kegiatan hari Minggu" }],
};

describe("docs/schema/workspace.schema.json", () => {
  const committed = readFileSync(WORKSPACE_SCHEMA_PATH, "utf8");

  it("equals the freshly generated schema (run `npx -y pnpm@10 --filter @lontar/core run schema` to update)", () => {
    expect(committed).toBe(renderWorkspaceSchema());
  });

  it("is pretty-printed with a trailing newline, and generated the same way twice", () => {
    expect(committed.endsWith("}\n")).toBe(true);
    expect(committed.startsWith('{\n  "$schema": "https://json-schema.org/draft/2020-12/schema"')).toBe(true);
    expect(JSON.stringify(workspaceJsonSchema())).toBe(JSON.stringify(workspaceJsonSchema()));
  });

  describe("compiled by ajv (draft 2020-12)", () => {
    const ajv = new Ajv2020({ strict: true, allowUnionTypes: true, allErrors: true });
    const validate = ajv.compile(JSON.parse(committed) as object);

    it("accepts valid workspaces", () => {
      expect(validateWorkspace(ntt).ok).toBe(true);
      expect(validate(JSON.parse(JSON.stringify(ntt))), JSON.stringify(validate.errors)).toBe(true);
      expect(validate(seed002File.workspace), JSON.stringify(validate.errors)).toBe(true);
      expect(validate({ version: 1 })).toBe(true);
    });

    it("rejects what the schema can state: a wrong version, an unknown tier, a malformed date or time", () => {
      expect(validate({ version: 2 })).toBe(false);
      const library = ntt.libraries?.[0];
      expect(validate({ ...ntt, libraries: [{ ...library, tier: "village" }] })).toBe(false);
      expect(validate({ ...ntt, horizon: { from: "2019-1-1", to: "2019-10-31" } })).toBe(false);
      expect(validate({ version: 1, programs: [{ ...ntt.programs?.[0], schedules: [{ kind: "once", start: "2019-10-16T25:00", durationMinutes: 60 }] }] })).toBe(false);
      expect(validate({ version: 1, rules: [{ id: "r", effect: "warn", message: "m", when: { kind: "xor" } }] })).toBe(false);
    });
  });
});
