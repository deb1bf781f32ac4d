/**
 * LON2002 of a name that nothing declared is near (`mitra pkk_ende`, a walk of stop 58) gave
 * no advice. It now shows the name declared as the first kind wanted there, in the message's
 * language, offered with no edit (the values are the writer's).
 */
import { describe, expect, it } from "vitest";
import { checkSource, localizeDiagnostic } from "@lontar/dsl";

const file = (needs: string) =>
  `perpustakaan p { nama "P" jenjang desa wilayah "Jawa Tengah" / "Kabupaten Klaten" }\nmitra uniflor { nama "Universitas Flores" jenis universitas }\nprogram x di p {\n  judul "X"\n  kategori mendongeng\n  jadwal sekali 2027-02-02 pukul 09:00 selama 1 jam\n  ${needs}\n}\n`;
const undeclared = (needs: string) => checkSource(file(needs), "a.lontar").diagnostics.filter((d) => d.code === "LON2002");

describe("a name declared nowhere, with nothing near it", () => {
  it("is shown declared as the kind wanted there, in each language, with no edit", () => {
    const [d] = undeclared("mitra uniflor, pkk_ende");
    expect(d?.suggestions.map((s) => [s.edits.length, s.preferred])).toEqual([[0, undefined]]);
    expect(localizeDiagnostic(d!, "id").suggestions[0]?.message).toBe('bila ia baru, deklarasikan: `mitra pkk_ende { nama "…"  jenis … }`');
    expect(localizeDiagnostic(d!, "en").suggestions[0]?.message).toBe('if it is new, declare it: `partner pkk_ende { name "…"  kind … }`');
    const [room, staff] = undeclared("butuh ruang aula, staf budi");
    expect(localizeDiagnostic(room!, "id").suggestions[0]?.message).toBe('bila ia baru, deklarasikan: `ruang aula di … { nama "…"  kapasitas … }`');
    expect(localizeDiagnostic(staff!, "en").suggestions[0]?.message).toBe('if it is new, declare it: `staff budi at … { name "…" }`');
  });

  it("writes each kind's title or display name, its required properties, and a region's parts", async () => {
    const { declarationExample } = await import("../../src/language/declaration-example.js");
    expect(declarationExample("program", "x").id).toBe('program x di … { judul "…"  kategori …  jadwal … }');
    expect(declarationExample("library", "x").en).toBe('library x { name "…"  tier …  region "…" / "…" }');
    expect(declarationExample("collection", "x").id).toBe('koleksi x di … { nama "…"  paket …  eksemplar … }');
  });

  it("is not offered beside a declared name near it", () => {
    const [d] = undeclared("mitra uniflr");
    expect(d?.suggestions.map((s) => s.text?.key)).not.toContain("LON2002.declareIt");
  });
});
