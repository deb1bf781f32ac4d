/**
 * `kepada` after a provided resource: a text (`kepada "sekolah dasar"`) says who receives it;
 * a name (`kepada sman1_padang`) is a declared partner or library, checked as a reference
 * (LON2002), compiled as the obligation's recipient (the planner counts its sessions only),
 * and formatted as written.
 */
import { describe, expect, it } from "vitest";
import { checkSource, formatSource, localizeDiagnostic } from "@lontar/dsl";
import { validateWorkspace } from "@lontar/core";

const source = (to: string): string => `perpustakaan p {
  jenjang provinsi
  wilayah "Sumatera Barat" / "Kota Padang"
}
mitra sman1_padang {
  jenis sekolah
}
koleksi paket di p {
  paket 2
  eksemplar 30
}
kesepakatan mou {
  antara p dan sman1_padang
  berlaku 2027-01-01..2027-12-31
  perpustakaan menyediakan paket 1 setiap bulan kepada ${to}
}
`;

describe("the recipient of what an agreement provides", () => {
  it("a declared partner's name is compiled as the recipient, and formatted as written", () => {
    const result = checkSource(source("sman1_padang"), "a.lontar");
    expect(result.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    expect(result.workspace?.agreements[0]?.obligations[0]).toMatchObject({ kind: "provides", resource: "paket", to: "sman1_padang", recipient: "sman1_padang" });
    expect(formatSource(source("sman1_padang"), "a.lontar").text).toContain("kepada sman1_padang\n");
  });

  it("a text is who receives it, not a recipient the planner counts by", () => {
    const result = checkSource(source('"sekolah dasar"'), "a.lontar");
    expect(result.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    const [obligation] = result.workspace?.agreements[0]?.obligations ?? [];
    expect(obligation).toMatchObject({ to: "sekolah dasar" });
    expect(obligation).not.toHaveProperty("recipient");
  });

  it("an undeclared name is LON2002 at it, the close names offered; a program's name is the wrong kind", () => {
    const [missing] = checkSource(source("sman9_padang"), "a.lontar").diagnostics.filter((d) => d.severity === "error");
    expect(missing?.code).toBe("LON2002");
    expect(localizeDiagnostic(missing!, "id").message).toBe("`sman9_padang` tidak dideklarasikan; di sini diperlukan mitra atau perpustakaan");
    expect(missing?.suggestions.map((s) => s.edits.map((e) => e.text).join(""))).toEqual(["sman1_padang"]);
    expect(checkSource(source("paket"), "a.lontar").diagnostics.map((d) => d.code)).toContain("LON5002");
  });

  it("core refuses a recipient that is not a declared partner or library", () => {
    const compiled = checkSource(source("sman1_padang"), "a.lontar").workspace;
    const agreement = compiled?.agreements[0];
    const obligation = agreement?.obligations[0];
    if (compiled === undefined || agreement === undefined || obligation?.kind !== "provides") throw new Error("the source compiles");
    const broken = { ...compiled, agreements: [{ ...agreement, obligations: [{ ...obligation, recipient: "sman9_padang" }] }] };
    const validated = validateWorkspace(JSON.parse(JSON.stringify(broken)));
    expect(validated.ok).toBe(false);
    expect(validated.ok ? [] : validated.issues.map((i) => [i.code, i.path.join(".")])).toEqual([["CORE_UNKNOWN_REFERENCE", "agreements.0.obligations.0.recipient"]]);
  });
});
